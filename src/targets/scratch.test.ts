import { test } from 'vitest';
import { validateJsonlFile, formatValidationReport } from './validate-file.js';
test('x', async () => {
  for (const [t, m] of [['openai','gpt-3.5-turbo'],['anthropic','claude-3-haiku-20240307'],['llama','meta-llama/Meta-Llama-3.1-8B-Instruct'],['google','gemini-2.5-flash']]) {
  const r = await validateJsonlFile('../shared/fixtures/documents/qa/openai-cookbook-toy_chat_fine_tuning.jsonl', { target: t!, model: m! });
  console.log(formatValidationReport(r));
  }
});
