import { getEncoding } from 'js-tiktoken';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TrainingExample } from '../dataset/types.js';
import { OPENAI_MODELS, openAiTarget } from './openai-target.js';
import { preloadTokenizer } from './tokenizers.js';

const example: TrainingExample = {
  messages: [
    { role: 'system', content: 'You are terse.' },
    { role: 'user', content: '2+2?' },
    { role: 'assistant', content: '4' },
  ],
};
// PROVIDERS.md §1 minimal line, byte for byte.
const GOLDEN = '{"messages":[{"role":"system","content":"You are terse."},{"role":"user","content":"2+2?"},{"role":"assistant","content":"4"}]}';

/** Independent oracle: the cookbook formula with js-tiktoken (not the code under test). */
const oracles = new Map<string, ReturnType<typeof getEncoding>>();
function cookbookCount(messages: readonly { role: string; content: string }[], encoding: 'o200k_base' | 'cl100k_base'): number {
  let encoder = oracles.get(encoding);
  if (!encoder) oracles.set(encoding, (encoder = getEncoding(encoding)));
  // Special-token strings in data are plain text (tiktoken `disallowed_special=()`).
  const length = (text: string) => encoder.encode(text, [], []).length;
  return 3 + messages.reduce((sum, message) => sum + 3 + length(message.role) + length(message.content), 0);
}

const codes = (record: unknown) => openAiTarget.validate(record, OPENAI_MODELS[0]!).map((issue) => `${issue.severity}:${issue.code}@${issue.path}`);

beforeAll(async () => {
  await preloadTokenizer('o200k_base');
  await preloadTokenizer('cl100k_base');
});

describe('openai target', () => {
  it.each(OPENAI_MODELS.map((model) => [model.id, model] as const))('formats the golden line and counts it like the cookbook for %s', (_id, model) => {
    const record = openAiTarget.format(example, model);
    expect(JSON.stringify(record)).toBe(GOLDEN);
    expect(openAiTarget.validate(record, model)).toEqual([]);
    const tokens = openAiTarget.countTokensSync(example, model);
    expect(tokens).toEqual({ count: cookbookCount(example.messages, model.tokenizer as 'o200k_base'), method: 'exact' });
  });

  it('uses o200k_base for gpt-4o / gpt-4.1 and cl100k_base for gpt-3.5-turbo, with undated aliases', () => {
    const byId = Object.fromEntries(OPENAI_MODELS.map((model) => [model.id, model]));
    expect(byId['gpt-4o-2024-08-06']?.tokenizer).toBe('o200k_base');
    expect(byId['gpt-4.1-nano-2025-04-14']?.maxTokensPerExample).toBe(32_768);
    expect(byId['gpt-3.5-turbo-0125']).toMatchObject({ tokenizer: 'cl100k_base', maxTokensPerExample: 16_385, aliases: ['gpt-3.5-turbo'] });
    expect(byId['gpt-4o-mini-2024-07-18']?.aliases).toEqual(['gpt-4o-mini']);
    for (const model of OPENAI_MODELS) expect(model).toMatchObject({ minTrainExamples: 10, maxTrainFileBytes: 512 * 1024 * 1024 });
  });

  it('counts a long multi-turn conversation exactly like the cookbook formula on both encodings', async () => {
    const messages = [
      { role: 'system' as const, content: 'You answer questions about zlib.\nBe precise.' },
      { role: 'user' as const, content: 'What is inflateBack() for? Ünïcödé & emoji 🚀 <|endoftext|>' },
      { role: 'assistant' as const, content: 'It is a faster inflate for when the whole output fits in memory.' },
      { role: 'user' as const, content: '  And deflateBound()?  ' },
      { role: 'assistant' as const, content: 'An upper bound on the compressed size.' },
    ];
    for (const model of [OPENAI_MODELS[0]!, OPENAI_MODELS[5]!]) {
      expect(openAiTarget.countTokensSync({ messages }, model).count).toBe(cookbookCount(messages, model.tokenizer as 'o200k_base'));
      expect((await openAiTarget.countTokens({ messages }, model)).count).toBe(cookbookCount(messages, model.tokenizer as 'o200k_base'));
    }
  });

  it('reports the cookbook error categories', () => {
    expect(codes(7)).toEqual(['error:data_type@']);
    expect(codes({})).toEqual(['error:missing_messages_list@messages']);
    expect(codes({ messages: [] })).toEqual(['error:missing_messages_list@messages']);
    expect(codes({ messages: [{ role: 'user', content: 'x' }, { role: 'assistant' }] })).toEqual([
      'error:message_missing_key@messages[1].content',
      'warning:missing_system_message@messages',
    ]);
    expect(codes({ messages: [{ content: 'x' }, { role: 'assistant', content: 'y' }] })).toContain('error:message_missing_key@messages[0].role');
    expect(codes({ messages: [{ role: 'user', content: 'x', lang: 'en' }, { role: 'assistant', content: 'y' }] })).toContain('error:message_unrecognized_key@messages[0].lang');
    expect(codes({ messages: [{ role: 'human', content: 'x' }, { role: 'assistant', content: 'y' }] })).toContain('error:unrecognized_role@messages[0].role');
    expect(codes({ messages: [{ role: 'user', content: 5 }, { role: 'assistant', content: 'y' }] })).toContain('error:missing_content@messages[0].content');
    expect(codes({ messages: [{ role: 'user', content: '' }, { role: 'assistant', content: 'y' }] })).toContain('error:missing_content@messages[0].content');
    expect(codes({ messages: [{ role: 'system', content: 's' }, { role: 'user', content: 'x' }] })).toEqual([
      'error:example_missing_assistant_message@messages',
      'warning:last_message_not_assistant@messages[1].role',
    ]);
    expect(codes({ messages: [{ role: 'user', content: 'x' }, { role: 'assistant', content: 'y' }], metadata: {} })).toContain('error:record_unrecognized_key@metadata');
  });

  it('accepts weight 0/1 on assistant messages only', () => {
    const turn = (weight: unknown, role = 'assistant') => ({ messages: [{ role: 'system', content: 's' }, { role: 'user', content: 'x' }, { role, content: 'y', weight }] });
    expect(codes(turn(0))).toEqual([]);
    expect(codes(turn(1))).toEqual([]);
    expect(codes(turn(2))).toEqual(['error:bad_weight@messages[2].weight']);
    expect(codes(turn(0.5))).toEqual(['error:bad_weight@messages[2].weight']);
    expect(codes(turn('1'))).toEqual(['error:bad_weight@messages[2].weight']);
    expect(codes(turn(1, 'user'))).toContain('error:bad_weight@messages[2].weight');
  });

  it('accepts modern tool-call examples and checks tool_call_id references', () => {
    const tool = {
      messages: [
        { role: 'user', content: 'Weather in Paris?' },
        { role: 'assistant', tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Paris"}' } }] },
        { role: 'tool', tool_call_id: 'call_1', content: '18C' },
        { role: 'assistant', content: 'It is 18C.' },
      ],
      tools: [{ type: 'function', function: { name: 'get_weather', parameters: { type: 'object' } } }],
      parallel_tool_calls: false,
    };
    expect(codes(tool).filter((code) => code.startsWith('error'))).toEqual([]);
    const wrongId = structuredClone(tool);
    wrongId.messages[2] = { role: 'tool', tool_call_id: 'call_9', content: '18C' };
    expect(codes(wrongId)).toContain('error:bad_tool_call@messages[2].tool_call_id');
    const count = openAiTarget.countRecordTokensSync(tool, OPENAI_MODELS[0]!);
    expect(count.method).toBe('estimate'); // tool definitions/calls: the cookbook calls these counts estimates
    expect(count.count).toBeGreaterThan(20);
  });

  it('rejects DPO lines with a clear code instead of misreporting them', () => {
    const dpo = { input: { messages: [{ role: 'user', content: '2+2?' }] }, preferred_output: [{ role: 'assistant', content: '4' }], non_preferred_output: [{ role: 'assistant', content: '5' }] };
    expect(codes(dpo)).toEqual(['error:preference_format_unsupported@']);
  });
});

describe('openai validation fast path', () => {
  const mapping = { listKey: 'messages', contentKey: 'content', roles: ['system', 'user', 'assistant', 'tool', 'function'] as const };
  const user = { role: 'user', content: 'How do I reset it?' };
  const assistant = { role: 'assistant', content: 'Hold the button.' };
  const records: unknown[] = [
    { messages: [user, assistant] },
    { messages: [{ role: 'system', content: 'Support.' }, user, assistant] },
    { messages: [user, assistant, user, assistant] },
    { messages: [assistant, user] },
    { messages: [user] },
    { messages: [assistant] },
    { messages: [user, { role: 'assistant', content: '  ' }] },
    { messages: [user, { role: 'assistant', content: 'x', weight: 0 }] },
    { messages: [user, { role: 'bot', content: 'x' }] },
    { messages: [user, assistant], extra: true },
    { messages: [] },
    { messages: [user, { role: 'assistant' }] },
    { messages: [user, { role: 'assistant', content: 7 }] },
    { messages: [{ role: 'system', content: 'S' }, assistant] },
    'not a record',
  ];
  it('reports exactly what the schema reports', async () => {
    const { validateWithSchema } = await import('./zod-issues.js');
    const { openAiRecordSchema } = await import('./openai-target.js');
    for (const record of records) {
      expect(openAiTarget.validate(record, OPENAI_MODELS[1]!), JSON.stringify(record)).toEqual(validateWithSchema(openAiRecordSchema, record, mapping));
    }
  });
});
