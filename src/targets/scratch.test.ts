import { test } from 'vitest';
import { openAiTarget } from './openai-target.js';
test('x', () => {
  const m = openAiTarget.models[0]!;
  for (const r of [5, {}, {messages: []}, {messages:[{role:'user',content:'x', weight: 1},{role:'bot',content:1, extra: 2}], foo: 1}, {messages:[{role:'user'},{role:'assistant',content:'', weight: 2}]},
    {messages:[{role:'system',content:'s'},{role:'user',content:'u'},{role:'assistant',content:'a'}]}]) {
    console.log(JSON.stringify(r), '\n  ', openAiTarget.validate(r, m).map(i => `${i.severity}:${i.code}@${i.path} ${i.message}`).join('\n   '));
  }
});
