import { beforeAll, describe, expect, it } from 'vitest';
import type { Message, TrainingExample } from '../dataset/types.js';
import { withTokenCounter } from './api-token-counter.js';
import { checkExample, checkExampleSync, truncationCandidates } from './check-example.js';
import { getTarget, resolveModel } from './registry.js';
import { preloadTokenizer } from './tokenizers.js';

const system: Message = { role: 'system', content: 'You answer questions about zlib.' };
const exchange = (index: number): Message[] => [
  { role: 'user', content: `Question ${index}: ${'how does deflate work? '.repeat(10)}` },
  { role: 'assistant', content: `Answer ${index}: ${'it finds repeated strings and codes them. '.repeat(10)}` },
];
const conversation: TrainingExample = { messages: [system, ...exchange(1), ...exchange(2), ...exchange(3), ...exchange(4)] };

const openai = getTarget('openai');
const withLimit = (target: string, model: string, limit: number) => resolveModel(target, model, { [model]: { maxTokensPerExample: limit, minTrainExamples: 1 } });

beforeAll(async () => {
  await preloadTokenizer('o200k_base');
});

describe('checkExample', () => {
  it('accepts a fitting example with its record, exact tokens and warnings', async () => {
    const model = resolveModel('openai', 'gpt-4o-mini');
    const result = checkExampleSync(openai, model, { messages: exchange(1) }, { truncate: false });
    expect(result).toMatchObject({ ok: true, truncated: false, droppedMessages: 0, tokens: { method: 'exact' } });
    if (!result.ok) return;
    expect(result.record).toEqual(openai.format({ messages: exchange(1) }, model));
    expect(result.warnings.map((issue) => issue.code)).toEqual(['missing_system_message']);
    expect(await checkExample(openai, model, { messages: exchange(1) }, { truncate: false })).toEqual(result);
  });

  it('rejects invalid examples with the first error code as the reason', () => {
    const model = resolveModel('anthropic', 'claude-3-haiku-20240307');
    const greeting: TrainingExample = { messages: [{ role: 'assistant', content: 'Hello! How can I help?' }, ...exchange(1)] };
    const result = checkExampleSync(getTarget('anthropic'), model, greeting, { truncate: true });
    expect(result).toMatchObject({ ok: false, reason: 'first_message_not_user' });
    const noAnswer = checkExampleSync(openai, resolveModel('openai', 'gpt-4o'), { messages: [{ role: 'user', content: 'Hi' }] }, { truncate: false });
    expect(noAnswer).toMatchObject({ ok: false, reason: 'example_missing_assistant_message' });
    if (!noAnswer.ok) expect(noAnswer.detail).toContain('no assistant message');
  });

  it('rejects an over-limit example unless truncation is on', () => {
    const full = openai.countTokensSync(conversation, resolveModel('openai', 'gpt-4o')).count;
    const model = withLimit('openai', 'gpt-4o', full - 1);
    const result = checkExampleSync(openai, model, conversation, { truncate: false });
    expect(result).toMatchObject({ ok: false, reason: 'over_token_limit', tokens: { count: full } });
    if (!result.ok) expect(result.detail).toContain('output.truncate: true');
  });

  it('truncates at exchange boundaries: keeps the system prompt and the final exchange', () => {
    const base = resolveModel('openai', 'gpt-4o');
    const lastTwo: TrainingExample = { messages: [system, ...exchange(3), ...exchange(4)] };
    const fits = openai.countTokensSync(lastTwo, base).count;
    const result = checkExampleSync(openai, withLimit('openai', 'gpt-4o', fits), conversation, { truncate: true });
    expect(result).toMatchObject({ ok: true, truncated: true, droppedMessages: 4, tokens: { count: fits } });
    if (!result.ok) return;
    expect(result.messages).toEqual(lastTwo.messages);
    expect(result.record).toEqual(openai.format(lastTwo, base));
  });

  it('gives up with over_token_limit when even system + final exchange is too long', () => {
    const model = withLimit('openai', 'gpt-4o', 50);
    const result = checkExampleSync(openai, model, conversation, { truncate: true });
    expect(result).toMatchObject({ ok: false, reason: 'over_token_limit' });
    if (!result.ok) expect(result.detail).toContain('still over after dropping the 3 earliest exchange(s)');
  });

  it('keeps strict alternation valid when truncating for Anthropic', () => {
    const anthropic = getTarget('anthropic');
    const minimal = anthropic.countTokensSync({ messages: [system, ...exchange(4)] }, resolveModel('anthropic', 'claude-3-haiku-20240307')).count;
    const model = withLimit('anthropic', 'claude-3-haiku-20240307', minimal);
    const result = checkExampleSync(anthropic, model, conversation, { truncate: true });
    expect(result).toMatchObject({ ok: true, truncated: true, droppedMessages: 6 });
    if (!result.ok) return;
    expect(result.record).toMatchObject({ system: system.content, messages: [{ role: 'user' }, { role: 'assistant' }] });
    expect(anthropic.validate(result.record, model)).toEqual([]);
  });

  it('builds truncation candidates that drop whole exchanges, including a leading assistant greeting', () => {
    const greeting: TrainingExample = { messages: [system, { role: 'assistant', content: 'Hi!' }, ...exchange(1), ...exchange(2)] };
    const candidates = truncationCandidates(greeting).map((candidate) => candidate.messages.map((message) => message.role[0]).join(''));
    expect(candidates).toEqual(['sauaua', 'suaua', 'sua']);
  });

  it('counts through an injected counter in the async path only', async () => {
    const model = resolveModel('openai', 'gpt-4o');
    const bigCounts = withTokenCounter(openai, async () => ({ count: 1_000_000, method: 'exact' }));
    expect(checkExampleSync(bigCounts, model, { messages: exchange(1) }, { truncate: false }).ok).toBe(true);
    expect(await checkExample(bigCounts, model, { messages: exchange(1) }, { truncate: false })).toMatchObject({ ok: false, reason: 'over_token_limit', tokens: { count: 1_000_000, method: 'exact' } });
    let calls = 0;
    const shrinking = withTokenCounter(openai, async (example) => {
      calls += 1;
      return { count: example.messages.length * 10, method: 'exact' };
    });
    const truncated = await checkExample(shrinking, withLimit('openai', 'gpt-4o', 30), conversation, { truncate: true });
    expect(truncated).toMatchObject({ ok: true, truncated: true, tokens: { count: 30 } });
    expect(calls).toBe(4); // 9, 7, 5 messages over; 3 messages fit; no further calls
    calls = 0;
    expect(await checkExample(shrinking, model, { messages: [{ role: 'user', content: 'no answer' }] }, { truncate: true })).toMatchObject({ ok: false, reason: 'example_missing_assistant_message' });
    expect(calls).toBe(0); // invalid examples never reach the counter (an API call)
  });
});
