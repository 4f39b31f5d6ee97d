import { describe, expect, it } from 'vitest';
import type { Sample } from '../dataset/types.js';
import { createTestAgentContext, createTestAgentInput } from '../testing/agent-context.js';
import { createMockLlmClient, mockConversationsReply, mockResult } from '../testing/mock-llm-client.js';
import { createCreateAgent } from './create-agent.js';
import type { Chunk } from './types.js';

const agent = createCreateAgent({ keywordExtractor: () => () => [] });
const chunks: Chunk[] = Array.from({ length: 6 }, (_, index) => ({
  id: `c${index}`,
  sourceFile: `file${index % 3}.txt`,
  startOffset: 0,
  text: `Chunk ${index} text about ovens.`,
  tokens: 8,
}));

describe('LLM loop (through the create agent)', () => {
  it('keeps context.concurrency calls in flight and reaches near-ideal throughput', async () => {
    const latencyMs = 40;
    const llm = createMockLlmClient(() => mockResult(mockConversationsReply(1)), { latencyMs });
    const context = createTestAgentContext({ llm, concurrency: 8 });
    const input = createTestAgentInput({ chunks, targetCount: 64, create: { conversationsPerCall: 1 } });
    const started = performance.now();
    let count = 0;
    for await (const _sample of agent.run(input, context)) {
      count += 1;
      if (count === 64) break;
    }
    const elapsed = performance.now() - started;
    expect(llm.maxInFlight).toBe(8);
    expect(llm.calls).toHaveLength(64);
    const ideal = (64 / 8) * latencyMs;
    expect(elapsed).toBeLessThan(ideal * 1.5 + 50);
  });

  it('lets every call in flight listen on the run signal without a listener-leak warning', async () => {
    // Each call listens for aborts on the loop's signal (the real client up to three times: its abort link, a
    // rate-limit wait, a retry pause); Node warns past 10 listeners on one signal unless told to expect more.
    const warnings: string[] = [];
    const onWarning = (warning: Error): void => {
      warnings.push(warning.name);
    };
    process.on('warning', onWarning);
    try {
      const llm = createMockLlmClient(() => mockResult(mockConversationsReply(1)), { latencyMs: 20 });
      const context = createTestAgentContext({ llm, concurrency: 16, signal: new AbortController().signal });
      const input = createTestAgentInput({ chunks, targetCount: 32, create: { conversationsPerCall: 1 } });
      let count = 0;
      for await (const _sample of agent.run(input, context)) if (++count === 32) break;
      expect(llm.maxInFlight).toBe(16);
      await new Promise((resolve) => setImmediate(resolve));
      expect(warnings).not.toContain('MaxListenersExceededWarning');
    } finally {
      process.off('warning', onWarning);
    }
  });

  it('does not serialise on a slow consumer: calls run while the consumer works', async () => {
    const llm = createMockLlmClient(() => mockResult(mockConversationsReply(1)), { latencyMs: 20 });
    const context = createTestAgentContext({ llm, concurrency: 4 });
    const input = createTestAgentInput({ chunks, targetCount: 12, create: { conversationsPerCall: 1 } });
    let count = 0;
    const started = performance.now();
    for await (const _sample of agent.run(input, context)) {
      count += 1;
      await new Promise((resolve) => setTimeout(resolve, 20));
      if (count === 12) break;
    }
    const elapsed = performance.now() - started;
    expect(llm.maxInFlight).toBe(4);
    // Serialised it would take 12 × (20 + 20) ms; overlapped, about 20 + 12 × 20 ms.
    expect(elapsed).toBeLessThan(12 * 40 - 60);
  });

  it('aborts calls in flight when the consumer stops, and returns promptly', async () => {
    const llm = createMockLlmClient(() => mockResult(mockConversationsReply(5)), { latencyMs: (index) => (index === 0 ? 5 : 10_000) });
    const context = createTestAgentContext({ llm, concurrency: 4 });
    const input = createTestAgentInput({ chunks, targetCount: 100, create: { conversationsPerCall: 5 } });
    const started = performance.now();
    const samples: Sample[] = [];
    for await (const sample of agent.run(input, context)) {
      samples.push(sample);
      break;
    }
    expect(performance.now() - started).toBeLessThan(1000);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(samples).toHaveLength(1);
    expect(llm.inFlight).toBe(0);
    expect(llm.abortedCalls).toBeGreaterThanOrEqual(3);
    expect(llm.calls.length).toBeLessThanOrEqual(5);
  });

  it('ends with the AbortError when the caller\'s signal fires', async () => {
    const llm = createMockLlmClient(() => mockResult(mockConversationsReply(5)), { latencyMs: 10_000 });
    const controller = new AbortController();
    const context = createTestAgentContext({ llm, concurrency: 2, signal: controller.signal });
    const input = createTestAgentInput({ chunks, targetCount: 10, create: { conversationsPerCall: 5 } });
    setTimeout(() => controller.abort(), 20);
    const started = performance.now();
    const error = await (async () => {
      for await (const _sample of agent.run(input, context)) {
        // nothing arrives
      }
    })().catch((caught: unknown) => caught);
    expect((error as Error).name).toBe('AbortError');
    expect(performance.now() - started).toBeLessThan(1000);
    expect(llm.abortedCalls).toBe(2);
  });

  it('keeps generating while the consumer pulls past the target (the pipeline rejected some)', async () => {
    const llm = createMockLlmClient(() => mockResult(mockConversationsReply(2)));
    const context = createTestAgentContext({ llm, concurrency: 2 });
    const input = createTestAgentInput({ chunks, targetCount: 4, create: { conversationsPerCall: 2 } });
    let count = 0;
    for await (const _sample of agent.run(input, context)) {
      count += 1;
      if (count === 9) break;
    }
    expect(count).toBe(9);
    expect(llm.calls.length).toBeGreaterThanOrEqual(5);
    expect(llm.calls.length).toBeLessThanOrEqual(8);
  });
});
