import { describe, expect, it } from 'vitest';
import type { TrainingExample } from '../dataset/types.js';
import { MISTRAL_MODELS, mistralTarget } from './mistral-target.js';

const model = MISTRAL_MODELS[0]!;
const codes = (record: unknown) => mistralTarget.validate(record, model).map((issue) => `${issue.severity}:${issue.code}@${issue.path}`);
const user = { role: 'user', content: 'u' };
const assistant = { role: 'assistant', content: 'a' };
const system = { role: 'system', content: 's' };

describe('mistral target', () => {
  it.each(MISTRAL_MODELS.map((spec) => [spec.id, spec] as const))('formats the golden line for %s', (_id, spec) => {
    const example: TrainingExample = {
      messages: [
        { role: 'system', content: 'You are terse.' },
        { role: 'user', content: '2+2?' },
        { role: 'assistant', content: '4' },
      ],
    };
    const record = mistralTarget.format(example, spec);
    // PROVIDERS.md §4 minimal line, byte for byte.
    expect(JSON.stringify(record)).toBe('{"messages":[{"role":"system","content":"You are terse."},{"role":"user","content":"2+2?"},{"role":"assistant","content":"4"}]}');
    expect(mistralTarget.validate(record, spec)).toEqual([]);
    expect(spec).toMatchObject({ maxTokensPerExample: 32_768, minTrainExamples: 10, maxTrainFileBytes: 512 * 1024 ** 2, maxValidationFileBytes: 1024 ** 2 });
  });

  it('knows the -latest IDs and their short aliases', () => {
    expect(MISTRAL_MODELS.map((spec) => [spec.id, ...spec.aliases])).toEqual([
      ['open-mistral-7b'],
      ['open-mistral-nemo'],
      ['mistral-small-latest', 'mistral-small'],
      ['mistral-large-latest', 'mistral-large'],
      ['ministral-8b-latest', 'ministral-8b'],
      ['codestral-latest', 'codestral'],
    ]);
  });

  it('merges several system messages into one leading system message', () => {
    const record = mistralTarget.format({ messages: [{ role: 'system', content: 'A.' }, { role: 'user', content: 'q' }, { role: 'system', content: 'B.' }, { role: 'assistant', content: 'r' }] }, model);
    expect(record).toEqual({ messages: [{ role: 'system', content: 'A.\n\nB.' }, { role: 'user', content: 'q' }, { role: 'assistant', content: 'r' }] });
  });

  it('allows at most one system message and requires a final assistant message', () => {
    expect(codes({ messages: [system, system, user, assistant] })).toEqual(['error:multiple_system_messages@messages[1].role']);
    expect(codes({ messages: [system, user, assistant, user] })).toEqual(['error:last_message_not_assistant@messages[3].role']);
    expect(codes({ messages: [user, system, assistant] })).toEqual(['warning:system_not_first@messages[1].role']);
    expect(codes({ messages: [system, user] })).toEqual(['error:example_missing_assistant_message@messages', 'error:last_message_not_assistant@messages[1].role']);
    expect(codes({ messages: [system, { role: 'user', text: 'u' }, assistant] })).toEqual([]);
    expect(codes({ messages: [system, { role: 'user', text: 'u', content: 'u' }, assistant] })).toEqual(['error:message_unrecognized_key@messages[1].text']);
  });

  it('checks tool calls: 9-character ids that a tool message answers', () => {
    const call = (id: string, answer = id) => ({
      messages: [
        user,
        { role: 'assistant', tool_calls: [{ id, type: 'function', function: { name: 'f', arguments: '{}' } }] },
        { role: 'tool', tool_call_id: answer, content: '1' },
        assistant,
      ],
      tools: [{ type: 'function', function: { name: 'f', description: 'd', parameters: { type: 'object' } } }],
    });
    expect(codes(call('aB3dE5gH7'))).toEqual(['warning:missing_system_message@messages']);
    expect(codes(call('call_1'))).toContain('error:bad_tool_call@messages[1].tool_calls[0].id');
    expect(codes(call('aB3dE5gH7', 'zzzzzzzzz'))).toContain('error:bad_tool_call@messages[2].tool_call_id');
  });

  it('estimates with the less efficient Mistral vocabulary', () => {
    const example: TrainingExample = { messages: [{ role: 'user', content: 'a'.repeat(30) }, { role: 'assistant', content: 'Привет' }] };
    // 5 + (5 + ceil(30/3×1.1)=11) + (5 + ceil(6×1.5×1.1)=10)
    expect(mistralTarget.countTokensSync(example, model)).toEqual({ count: 5 + 5 + 11 + 5 + 10, method: 'estimate' });
  });
});
