import { describe, expect, it } from 'vitest';
import { createMockLlmClient, mockResult } from './mock-llm-client.js';

describe('createMockLlmClient', () => {
  it('answers from the script in order, records calls, throws scripted errors and fails past the end', async () => {
    const boom = new Error('boom');
    const llm = createMockLlmClient([mockResult('one'), boom, (request) => mockResult(`echo ${request.messages[0]!.content}`)]);
    const request = { messages: [{ role: 'user' as const, content: 'hi' }] };
    expect((await llm.generate(request)).text).toBe('one');
    await expect(llm.generate(request)).rejects.toBe(boom);
    expect((await llm.generate(request)).text).toBe('echo hi');
    await expect(llm.generate(request)).rejects.toThrow(/no scripted reply for call 4/);
    expect(llm.calls).toHaveLength(4);
    expect(llm.model).toBe('mock-model');
  });

  it('simulates latency, tracks concurrency and honours abort signals', async () => {
    const llm = createMockLlmClient(() => mockResult('ok'), { latencyMs: 30 });
    const request = { messages: [{ role: 'user' as const, content: 'x' }] };
    await Promise.all([llm.generate(request), llm.generate(request), llm.generate(request)]);
    expect(llm.maxInFlight).toBe(3);
    const controller = new AbortController();
    const pending = llm.generate(request, { signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(llm.abortedCalls).toBe(1);
    expect(llm.inFlight).toBe(0);
  });
});
