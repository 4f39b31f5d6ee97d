import { describe, expect, it } from 'vitest';
import type { Sample } from '../dataset/types.js';
import { LlmAuthError } from '../errors/errors.js';
import type { LlmRequest } from '../llm/types.js';
import { createTestAgentContext, createTestAgentInput } from '../testing/agent-context.js';
import { createMockLlmClient, mockConversationsReply, mockResult } from '../testing/mock-llm-client.js';
import { UnusableRepliesError } from './agent-errors.js';
import { createCreateAgent } from './create-agent.js';
import type { Chunk } from './types.js';

const keywordExtractor = () => () => ['tf-idf-keyword'];
const agent = createCreateAgent({ keywordExtractor });

function chunk(file: string, index: number, text = `Text of ${file} part ${index}. The device resets when the button is held.`): Chunk {
  return { id: `${file}:${index}`, sourceFile: file, unitKind: 'page', unitIndex: index + 1, startOffset: index * 1000, text, tokens: Math.ceil(text.length / 4) };
}

async function take(iterable: AsyncIterable<Sample>, count: number): Promise<Sample[]> {
  const taken: Sample[] = [];
  if (count <= 0) return taken;
  for await (const sample of iterable) {
    taken.push(sample);
    if (taken.length >= count) break;
  }
  return taken;
}

async function drain(iterable: AsyncIterable<Sample>): Promise<{ samples: Sample[]; error?: unknown }> {
  const samples: Sample[] = [];
  try {
    for await (const sample of iterable) samples.push(sample);
    return { samples };
  } catch (error) {
    return { samples, error };
  }
}

function excerptFile(request: LlmRequest): string {
  return /Excerpt from "([^"]+)"/.exec(request.messages[1]!.content)?.[1] ?? '';
}

describe('create agent', () => {
  it('parses malformed replies tolerantly and counts the dropped ones by reason', async () => {
    const valid = mockConversationsReply(2);
    const llm = createMockLlmClient([
      mockResult(`\`\`\`json\n${valid}\n\`\`\``),
      mockResult(`Here you go!\n${valid}\nEnjoy.`),
      mockResult(valid.slice(0, valid.length - 30), { finishReason: 'length' }),
      mockResult('{"questions": "none"}'),
      mockResult(''),
      mockResult('Sorry, I cannot produce JSON today.'),
      mockResult(mockConversationsReply(3)),
    ]);
    const context = createTestAgentContext({ llm, concurrency: 1, maxRetries: 3 });
    const input = createTestAgentInput({ chunks: [chunk('a.md', 0)], targetCount: 8, create: { conversationsPerCall: 2 } });
    const samples = await take(agent.run(input, context), 8);
    expect(samples).toHaveLength(8);
    expect(llm.calls).toHaveLength(7);
    expect(context.count('reply-dropped')).toBe(3);
    expect(context.count('reply-dropped', 'wrong_shape')).toBe(1);
    expect(context.count('reply-dropped', 'empty_reply')).toBe(1);
    expect(context.count('reply-dropped', 'invalid_json')).toBe(1);
    expect(context.count('candidate-rejected', 'truncated')).toBe(1);
    expect(context.count('llm-call')).toBe(7);
    // The re-ask tells the LLM what went wrong.
    expect(llm.calls[4]!.messages[1]!.content).toContain('Your previous reply could not be used (wrong_shape');
  });

  it('gives exactly the count taken when the LLM returns more than asked, without extra calls', async () => {
    const llm = createMockLlmClient(() => mockResult(mockConversationsReply(7)));
    const context = createTestAgentContext({ llm, concurrency: 4 });
    const input = createTestAgentInput({ chunks: [chunk('a.md', 0), chunk('b.md', 0)], targetCount: 12, create: { conversationsPerCall: 5 } });
    const samples = await take(agent.run(input, context), 12);
    expect(samples).toHaveLength(12);
    expect(llm.calls.length).toBe(3); // 5 + 5 + 2 asked
    expect(llm.calls.map((call) => /Write (\d+) conversation/.exec(call.messages[1]!.content)?.[1])).toEqual(['5', '5', '2']);
  });

  it('makes more calls when the LLM returns fewer than asked, but not absurdly many', async () => {
    const llm = createMockLlmClient(() => mockResult(mockConversationsReply(2)), { latencyMs: 2 });
    const context = createTestAgentContext({ llm, concurrency: 4 });
    const input = createTestAgentInput({ chunks: [chunk('a.md', 0)], targetCount: 12, create: { conversationsPerCall: 5 } });
    const samples = await take(agent.run(input, context), 12);
    expect(samples).toHaveLength(12);
    expect(llm.calls.length).toBeGreaterThanOrEqual(6);
    expect(llm.calls.length).toBeLessThanOrEqual(6 + 4);
  });

  it('stops with a clear error after 1 + maxRetries unusable replies in a row, after yielding what was made', async () => {
    const llm = createMockLlmClient((_request, index) => (index === 0 ? mockResult(mockConversationsReply(5)) : mockResult('not json at all')));
    const context = createTestAgentContext({ llm, concurrency: 1, maxRetries: 2 });
    const input = createTestAgentInput({ chunks: [chunk('a.md', 0)], targetCount: 20, create: { conversationsPerCall: 5 } });
    const { samples, error } = await drain(agent.run(input, context));
    expect(samples).toHaveLength(5);
    expect(error).toBeInstanceOf(UnusableRepliesError);
    expect((error as UnusableRepliesError).code).toBe('llm_unusable_replies');
    expect((error as UnusableRepliesError).attempts).toBe(3);
    expect((error as UnusableRepliesError).rawText).toBe('not json at all');
    expect((error as Error).message).toMatch(/3 unusable replies in a row for chunk a\.md:0 of a\.md \(last one: invalid_json\)/);
    expect(llm.calls).toHaveLength(4);
    expect(context.count('reply-dropped', 'invalid_json')).toBe(3);
  });

  it('propagates LLM call errors (auth) after the samples already made', async () => {
    const auth = new LlmAuthError('401 from mock: check OPENAI_API_KEY', { provider: 'mock', modelId: 'mock-model', status: 401 });
    const llm = createMockLlmClient([mockResult(mockConversationsReply(5)), auth]);
    const context = createTestAgentContext({ llm, concurrency: 1 });
    const input = createTestAgentInput({ chunks: [chunk('a.md', 0), chunk('a.md', 1)], targetCount: 10, create: { conversationsPerCall: 5 } });
    const { samples, error } = await drain(agent.run(input, context));
    expect(samples).toHaveLength(5);
    expect(error).toBe(auth);
  });

  it('spreads calls over files so no file dominates (round-robin, equal shares)', async () => {
    const llm = createMockLlmClient(() => mockResult(mockConversationsReply(5)));
    const chunks = [...Array.from({ length: 10 }, (_, index) => chunk('big.pdf', index)), chunk('small.md', 0), chunk('mid.docx', 0), chunk('mid.docx', 1)];
    const context = createTestAgentContext({ llm, concurrency: 2 });
    await take(agent.run(createTestAgentInput({ chunks, targetCount: 15, create: { conversationsPerCall: 5 } }), context), 15);
    expect(llm.calls.map(excerptFile).sort()).toEqual(['big.pdf', 'mid.docx', 'small.md']);

    const second = createMockLlmClient(() => mockResult(mockConversationsReply(5)));
    await take(agent.run(createTestAgentInput({ chunks, targetCount: 30, create: { conversationsPerCall: 5 } }), createTestAgentContext({ llm: second, concurrency: 2 })), 30);
    const perFile: Record<string, number> = {};
    for (const call of second.calls) perFile[excerptFile(call)] = (perFile[excerptFile(call)] ?? 0) + 1;
    expect(perFile).toEqual({ 'big.pdf': 3, 'small.md': 1, 'mid.docx': 2 });
    // Files take turns from the first calls on.
    expect(second.calls.slice(0, 3).map(excerptFile).sort()).toEqual(['big.pdf', 'mid.docx', 'small.md']);
  });

  it('builds samples with provenance, LLM keywords, system prompt, turn limits and usage shares', async () => {
    const reply = JSON.stringify({
      conversations: [
        { messages: [{ role: 'system', content: 'LLM-made system' }, { role: 'user', content: 'q1' }, { role: 'assistant', content: 'a1' }, { role: 'user', content: 'q2' }, { role: 'assistant', content: 'a2' }, { role: 'user', content: 'q3' }, { role: 'assistant', content: 'a3' }], topic_keywords: ['Reset'] },
        { messages: [{ role: 'user', content: 'only one exchange' }, { role: 'assistant', content: 'a' }], topic_keywords: ['x'] },
        { messages: [{ role: 'user', content: 'p1' }, { role: 'assistant', content: 'b1' }, { role: 'user', content: 'p2' }, { role: 'assistant', content: 'b2' }] },
      ],
    });
    const llm = createMockLlmClient([mockResult(reply, { usage: { inputTokens: 101, outputTokens: 50 } })]);
    const context = createTestAgentContext({ llm, concurrency: 1 });
    const source = chunk('guide.pdf', 2);
    const input = createTestAgentInput({
      chunks: [source],
      targetCount: 2,
      create: { conversationsPerCall: 3, minTurns: 2, maxTurns: 2, systemPrompt: 'You are the Acme support bot.', temperature: 0.3, variety: 'high' },
    });
    const samples = await take(agent.run(input, context), 2);
    expect(samples).toHaveLength(2);
    expect(context.count('candidate-rejected', 'too_few_turns')).toBe(1);
    const [first, second] = samples as [Sample, Sample];
    expect(first.messages).toEqual([
      { role: 'system', content: 'You are the Acme support bot.' },
      { role: 'user', content: 'q1' },
      { role: 'assistant', content: 'a1' },
      { role: 'user', content: 'q2' },
      { role: 'assistant', content: 'a2' },
    ]);
    expect(first).toMatchObject({
      origin: 'generated',
      sourceFile: 'guide.pdf',
      source: { file: 'guide.pdf', unitKind: 'page', unitIndex: 3, startOffset: 2000, endOffset: 2000 + source.text.length },
      topicKeywords: ['Reset'],
      detector: 'create',
      chunkId: 'guide.pdf:2',
      usage: { inputTokens: 51, outputTokens: 25, model: 'mock-model' },
    });
    expect(first.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(second.topicKeywords).toEqual(['tf-idf-keyword']);
    expect(second.usage).toMatchObject({ inputTokens: 50, outputTokens: 25 });
    const request = llm.calls[0]!;
    expect(request.temperature).toBe(0.3);
    expect(request.responseFormat).toBe('json');
    expect(request.messages[0]!.content).toContain('You are the Acme support bot.');
    expect(request.messages[0]!.content).toContain('exactly 2 exchanges');
    expect(request.messages[0]!.content).toContain('at least 5 kinds');
    expect(request.messages[1]!.content).toContain(source.text);
    expect(request.messages[1]!.content).toContain('Excerpt from "guide.pdf", page 3');
  });

  it('treats a reply whose conversations are all too short as unusable and re-asks', async () => {
    const llm = createMockLlmClient([mockResult(mockConversationsReply(3, { turns: 1 })), mockResult(mockConversationsReply(3, { turns: 2 }))]);
    const context = createTestAgentContext({ llm, concurrency: 1 });
    const input = createTestAgentInput({ chunks: [chunk('a.md', 0)], targetCount: 3, create: { conversationsPerCall: 3, minTurns: 2, maxTurns: 2 } });
    const samples = await take(agent.run(input, context), 3);
    expect(samples).toHaveLength(3);
    expect(context.count('reply-dropped', 'no_valid_conversations')).toBe(1);
    expect(context.count('candidate-rejected')).toBe(0);
    expect(llm.calls).toHaveLength(2);
  });

  it('skips finished chunks and reports chunk-finished after the chunk\'s samples were handed over', async () => {
    const llm = createMockLlmClient(() => mockResult(mockConversationsReply(2)));
    const context = createTestAgentContext({ llm, concurrency: 1 });
    const chunks = [chunk('a.md', 0), chunk('a.md', 1), chunk('a.md', 2)];
    const order: string[] = [];
    context.emit = ((emit) => (event) => {
      if (event.type === 'chunk-finished') order.push(`finished ${event.chunkId}`);
      emit(event);
    })(context.emit);
    const input = createTestAgentInput({ chunks, targetCount: 4, create: { conversationsPerCall: 2 }, finishedChunkIds: new Set(['a.md:0']) });
    for await (const sample of agent.run(input, context)) {
      order.push(`sample ${sample.chunkId}`);
      if (order.filter((entry) => entry.startsWith('sample')).length === 4) break;
    }
    expect(llm.calls.map(excerptFile)).toEqual(['a.md', 'a.md']);
    expect(llm.calls.some((call) => call.messages[1]!.content.includes('part 0.'))).toBe(false);
    expect(order).toEqual(['sample a.md:1', 'sample a.md:1', 'finished a.md:1', 'sample a.md:2', 'sample a.md:2']);
  });

  it('never loops forever when the consumer keeps rejecting: a call cap with a notice', async () => {
    const llm = createMockLlmClient(() => mockResult(mockConversationsReply(5)));
    const context = createTestAgentContext({ llm, concurrency: 2, maxRetries: 2 });
    const input = createTestAgentInput({ chunks: [chunk('a.md', 0)], targetCount: 10, create: { conversationsPerCall: 5 } });
    const { samples, error } = await drain(agent.run(input, context));
    expect(error).toBeUndefined();
    expect(llm.calls.length).toBe(3 * 2 + 2 + 2 * 2);
    expect(samples.length).toBe(llm.calls.length * 5);
    expect(context.events.filter((event) => event.type === 'notice' && event.level === 'warning' && /stopped after 12 LLM calls/.test(event.message))).toHaveLength(1);
  });

  it('needs an LLM and source text', async () => {
    await expect(drain(agent.run(createTestAgentInput({ chunks: [chunk('a.md', 0)] }), createTestAgentContext())).then((result) => result.error)).resolves.toMatchObject({ code: 'llm_config' });
    const llm = createMockLlmClient([]);
    await expect(drain(agent.run(createTestAgentInput({ chunks: [] }), createTestAgentContext({ llm }))).then((result) => result.error)).resolves.toMatchObject({ code: 'no_input_text' });
  });
});
