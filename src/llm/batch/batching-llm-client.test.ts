import { describe, expect, it } from 'vitest';
import { LlmCallError, LlmConnectionError, LlmError } from '../../errors/errors.js';
import { createMemoryBatchJournal } from '../../store/batch-journal.js';
import type { LlmRequest, LlmResult } from '../types.js';
import { batchRequestHash, createBatchingLlmClient, type BatchingEvent, type CreateBatchingLlmClientOptions } from './batching-llm-client.js';
import type { LlmBatchClient, LlmBatchHandle, LlmBatchItem, LlmBatchRequest, LlmBatchStatus } from './llm-batch-types.js';

type Outcome = { text: string } | { error: LlmError; outcome: 'errored' | 'expired' | 'cancelled' } | 'missing';

interface FakeBatch {
  requests: LlmBatchRequest[];
  polls: number;
  cancelled: boolean;
}

/** An in-memory provider: batches live here, so a "restarted" client (a new fake client on the same provider) finds them. */
function createFakeProvider(settings: { pollsUntilDone?: number; outcome?: (request: LlmBatchRequest, submission: number) => Outcome; failedProblems?: string[] } = {}) {
  const batches = new Map<string, FakeBatch>();
  const submissions = new Map<string, number>();
  const log = { submits: [] as string[][], polls: 0, cancels: [] as string[], pollErrors: [] as LlmError[] };
  const outcomeOf = (request: LlmBatchRequest): Outcome =>
    settings.outcome?.(request, submissions.get(request.customId) ?? 1) ?? { text: `reply to ${request.request.messages.at(-1)?.content ?? ''}` };
  const status = (batch: FakeBatch): LlmBatchStatus => {
    const done = batch.cancelled || batch.polls > (settings.pollsUntilDone ?? 0);
    const total = batch.requests.length;
    const state = batch.cancelled ? 'cancelled' : settings.failedProblems !== undefined && done ? 'failed' : done ? 'completed' : 'in-progress';
    return { state, done, counts: { total, succeeded: done ? total : 0, failed: 0, pending: done ? 0 : total }, problems: settings.failedProblems ?? [], raw: {} };
  };
  const client = (): LlmBatchClient => ({
    provider: 'openai',
    model: 'gpt-test',
    async submit(requests) {
      const batchId = `batch_${batches.size + 1}`;
      for (const request of requests) submissions.set(request.customId, (submissions.get(request.customId) ?? 0) + 1);
      batches.set(batchId, { requests, polls: 0, cancelled: false });
      log.submits.push(requests.map((request) => request.customId));
      return { provider: 'openai', model: 'gpt-test', batchId, requestCount: requests.length, submittedAt: '2026-01-01T00:00:00.000Z', inputFileId: `file_${batchId}` };
    },
    async poll(handle) {
      log.polls += 1;
      const error = log.pollErrors.shift();
      if (error !== undefined) throw error;
      const batch = batches.get(handle.batchId);
      if (batch === undefined) throw new LlmCallError(`No batch ${handle.batchId}`, { provider: 'openai', modelId: 'gpt-test', status: 404, isRetryable: false });
      batch.polls += 1;
      return status(batch);
    },
    async cancel(handle) {
      log.cancels.push(handle.batchId);
      const batch = batches.get(handle.batchId)!;
      batch.cancelled = true;
      return status(batch);
    },
    results(handle: LlmBatchHandle): AsyncIterable<LlmBatchItem> {
      const batch = batches.get(handle.batchId)!;
      return (async function* () {
        if (settings.failedProblems !== undefined) return;
        for (const request of batch.requests) {
          const outcome = outcomeOf(request);
          if (outcome === 'missing') continue;
          if ('text' in outcome) {
            const result: LlmResult = { text: outcome.text, finishReason: 'stop', usage: { inputTokens: 10, outputTokens: 5 }, warnings: [], requestId: `req_${request.customId}` };
            yield { customId: request.customId, ok: true, result };
          } else yield { customId: request.customId, ok: false, error: outcome.error, outcome: outcome.outcome };
        }
      })();
    },
  });
  return { client, log, batches };
}

const request = (text: string): LlmRequest => ({ messages: [{ role: 'system', content: 'Write JSON.' }, { role: 'user', content: text }], temperature: 0.7, responseFormat: 'json' });
const fast = { windowMs: 5, pollIntervalMs: 1 } satisfies Partial<CreateBatchingLlmClientOptions>;

describe('createBatchingLlmClient', () => {
  it('sends the calls of one window as one batch, journals it before polling, and answers each caller', async () => {
    const provider = createFakeProvider({ pollsUntilDone: 2 });
    const journal = createMemoryBatchJournal();
    const events: BatchingEvent[] = [];
    let journaledBeforeFirstPoll = false;
    const batchClient = provider.client();
    const poll = batchClient.poll.bind(batchClient);
    batchClient.poll = async (handle, callOptions) => {
      if (provider.log.polls === 0) journaledBeforeFirstPoll = journal.pendingBatches().some((batch) => batch.batchId === handle.batchId);
      return poll(handle, callOptions);
    };
    const llm = createBatchingLlmClient({ ...fast, batchClient, journal, onEvent: (event) => events.push(event) });
    const results = await Promise.all(['a', 'b', 'c'].map((text) => llm.generate(request(text))));
    expect(results.map((result) => result.text)).toEqual(['reply to a', 'reply to b', 'reply to c']);
    expect(results[0]).toMatchObject({ finishReason: 'stop', usage: { inputTokens: 10, outputTokens: 5 } });
    expect(provider.log.submits).toHaveLength(1);
    expect(provider.log.submits[0]).toHaveLength(3);
    expect(provider.log.polls).toBe(3);
    expect(journaledBeforeFirstPoll).toBe(true);
    expect(events.map((event) => event.type)).toEqual(['batch-submitted', 'batch-status', 'batch-status', 'batch-status', 'batch-collected']);
    expect(events.at(-1)).toMatchObject({ type: 'batch-collected', state: 'completed', succeeded: 3, failed: 0 });
    expect(journal.listBatches()).toMatchObject([{ batchId: 'batch_1', status: 'collected', requestCount: 3 }]);
    expect(journal.pendingBatches()).toEqual([]);
    expect(llm.stats()).toMatchObject({ submittedBatches: 1, submittedRequests: 3, reusedResults: 0 });
    await llm.close();
  });

  it('custom ids: the content hash plus an occurrence number, valid for both vendors, distinct for identical requests', async () => {
    const provider = createFakeProvider();
    const llm = createBatchingLlmClient({ ...fast, batchClient: provider.client(), journal: createMemoryBatchJournal() });
    await Promise.all([llm.generate(request('same')), llm.generate(request('same')), llm.generate(request('other'))]);
    const ids = provider.log.submits[0]!;
    const hash = batchRequestHash('openai', 'gpt-test', request('same'));
    expect(ids).toEqual([`${hash}_0`, `${hash}_1`, `${batchRequestHash('openai', 'gpt-test', request('other'))}_0`]);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
    // Any field that changes the reply changes the id.
    expect(batchRequestHash('openai', 'gpt-test', { ...request('same'), temperature: 0.2 })).not.toBe(hash);
    expect(batchRequestHash('openai', 'gpt-other', request('same'))).not.toBe(hash);
    await llm.close();
  });

  it('splits at maxRequestsPerBatch', async () => {
    const provider = createFakeProvider();
    const llm = createBatchingLlmClient({ ...fast, maxRequestsPerBatch: 2, batchClient: provider.client(), journal: createMemoryBatchJournal() });
    const results = await Promise.all(['1', '2', '3', '4', '5'].map((text) => llm.generate(request(text))));
    expect(results).toHaveLength(5);
    expect(provider.log.submits.map((ids) => ids.length)).toEqual([2, 2, 1]);
    await llm.close();
  });

  it('after a restart, polls the batch submitted before instead of submitting it again; read results cost nothing', async () => {
    const provider = createFakeProvider({ pollsUntilDone: 3 });
    const journal = createMemoryBatchJournal();
    const first = createBatchingLlmClient({ ...fast, pollIntervalMs: 50, batchClient: provider.client(), journal });
    const controller = new AbortController();
    const calls = ['a', 'b'].map((text) => first.generate(request(text), { signal: controller.signal }));
    await expect.poll(() => provider.log.submits.length).toBe(1);
    // "Crash": the waiting calls go away, nothing was collected.
    controller.abort();
    await Promise.allSettled(calls);
    await first.close();
    expect(journal.pendingBatches()).toMatchObject([{ batchId: 'batch_1', pendingIds: provider.log.submits[0] }]);

    const events: BatchingEvent[] = [];
    const second = createBatchingLlmClient({ ...fast, batchClient: provider.client(), journal, onEvent: (event) => events.push(event) });
    const results = await Promise.all(['a', 'b', 'new'].map((text) => second.generate(request(text))));
    expect(results.map((result) => result.text)).toEqual(['reply to a', 'reply to b', 'reply to new']);
    expect(provider.log.submits).toHaveLength(2);
    expect(provider.log.submits[1]).toEqual([`${batchRequestHash('openai', 'gpt-test', request('new'))}_0`]);
    expect(events.find((event) => event.type === 'batch-resumed')).toMatchObject({ batchId: 'batch_1', pending: 2 });
    expect(second.stats()).toMatchObject({ resumedBatches: 1, submittedBatches: 1 });
    await second.close();

    const third = createBatchingLlmClient({ ...fast, batchClient: provider.client(), journal });
    const polls = provider.log.polls;
    const again = await Promise.all(['a', 'b', 'new'].map((text) => third.generate(request(text))));
    expect(again.map((result) => result.text)).toEqual(['reply to a', 'reply to b', 'reply to new']);
    expect(again[0]!.usage).toEqual({ inputTokens: 10, outputTokens: 5 });
    expect(provider.log.submits).toHaveLength(2);
    expect(provider.log.polls).toBe(polls);
    expect(third.stats().reusedResults).toBe(3);
    await third.close();
  });

  it('resubmits items that failed retryably, rejects the others, and never replays a failure after a restart', async () => {
    const expired = new LlmCallError('expired', { provider: 'openai', modelId: 'gpt-test', isRetryable: true });
    const badRequest = new LlmCallError('prompt is too long', { provider: 'openai', modelId: 'gpt-test', status: 400, isRetryable: false });
    let failBad = true;
    const provider = createFakeProvider({
      outcome: (item, submission) => {
        const text = item.request.messages.at(-1)!.content;
        if (text === 'late' && submission === 1) return { error: expired, outcome: 'expired' };
        if (text === 'lost' && submission === 1) return 'missing';
        if (text === 'bad' && failBad) return { error: badRequest, outcome: 'errored' };
        return { text: `reply to ${text}` };
      },
    });
    const journal = createMemoryBatchJournal();
    const llm = createBatchingLlmClient({ ...fast, batchClient: provider.client(), journal });
    const [late, lost, bad] = await Promise.allSettled(['late', 'lost', 'bad'].map((text) => llm.generate(request(text))));
    expect(late).toMatchObject({ status: 'fulfilled', value: { text: 'reply to late' } });
    expect(lost).toMatchObject({ status: 'fulfilled', value: { text: 'reply to lost' } });
    expect(bad?.status).toBe('rejected');
    expect((bad as PromiseRejectedResult).reason).toBe(badRequest);
    expect(provider.log.submits.map((ids) => ids.length)).toEqual([3, 2]);
    expect(llm.stats().resubmitted).toBe(2);
    await llm.close();

    failBad = false;
    const restarted = createBatchingLlmClient({ ...fast, batchClient: provider.client(), journal });
    await expect(restarted.generate(request('bad'))).resolves.toMatchObject({ text: 'reply to bad' });
    expect(provider.log.submits).toHaveLength(3);
    await restarted.close();
  });

  it('gives up after maxRetries resubmissions with the last error', async () => {
    const expired = new LlmCallError('expired', { provider: 'openai', modelId: 'gpt-test', isRetryable: true });
    const provider = createFakeProvider({ outcome: () => ({ error: expired, outcome: 'expired' }) });
    const llm = createBatchingLlmClient({ ...fast, maxRetries: 1, batchClient: provider.client(), journal: createMemoryBatchJournal() });
    await expect(llm.generate(request('x'))).rejects.toBe(expired);
    expect(provider.log.submits).toHaveLength(2);
    await llm.close();
  });

  it('a batch that failed as a whole rejects its calls with the provider problems, not retryable', async () => {
    const provider = createFakeProvider({ failedProblems: ['line 1: model not found'] });
    const llm = createBatchingLlmClient({ ...fast, batchClient: provider.client(), journal: createMemoryBatchJournal() });
    const error = await llm.generate(request('x')).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(LlmCallError);
    expect(error).toMatchObject({ isRetryable: false });
    expect((error as Error).message).toContain('line 1: model not found');
    expect(provider.log.submits).toHaveLength(1);
    await llm.close();
  });

  it('keeps polling through transient poll failures, and fails the calls on a permanent one', async () => {
    const provider = createFakeProvider({ pollsUntilDone: 1 });
    const transient = new LlmConnectionError('connection reset', { provider: 'openai', modelId: 'gpt-test' });
    provider.log.pollErrors.push(transient, transient);
    const events: BatchingEvent[] = [];
    const llm = createBatchingLlmClient({ ...fast, batchClient: provider.client(), journal: createMemoryBatchJournal(), onEvent: (event) => events.push(event) });
    await expect(llm.generate(request('x'))).resolves.toMatchObject({ text: 'reply to x' });
    expect(events.filter((event) => event.type === 'batch-problem')).toHaveLength(2);

    const auth = new LlmCallError('invalid key', { provider: 'openai', modelId: 'gpt-test', status: 401, isRetryable: false });
    provider.log.pollErrors.push(auth);
    await expect(llm.generate(request('y'))).rejects.toBe(auth);
    await llm.close();
  });

  it('a call aborted while queued is never submitted; when nobody waits any more, polling stops and the batch stays pending', async () => {
    const provider = createFakeProvider({ pollsUntilDone: 1000 });
    const journal = createMemoryBatchJournal();
    const llm = createBatchingLlmClient({ windowMs: 20, pollIntervalMs: 5, batchClient: provider.client(), journal });
    const early = new AbortController();
    const dropped = llm.generate(request('dropped'), { signal: early.signal });
    early.abort();
    await expect(dropped).rejects.toThrow();
    const late = new AbortController();
    const kept = llm.generate(request('kept'), { signal: late.signal });
    await expect.poll(() => provider.log.polls).toBeGreaterThan(1);
    expect(provider.log.submits).toEqual([[`${batchRequestHash('openai', 'gpt-test', request('kept'))}_0`]]);
    late.abort();
    await expect(kept).rejects.toThrow();
    const polls = provider.log.polls;
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(provider.log.polls).toBeLessThanOrEqual(polls + 1);
    expect(journal.pendingBatches()).toHaveLength(1);

    await llm.close({ cancelUnneeded: true });
    expect(provider.log.cancels).toEqual(['batch_1']);
    expect(journal.listBatches()[0]).toMatchObject({ status: 'cancelled' });
    await expect(llm.generate(request('after'))).rejects.toMatchObject({ code: 'llm_batch_closed' });
  });

  it('a batch from an earlier run that the provider no longer knows (404) is marked failed and its requests go into a new batch', async () => {
    const provider = createFakeProvider();
    const journal = createMemoryBatchJournal();
    const id = `${batchRequestHash('openai', 'gpt-test', request('old'))}_0`;
    const handle: LlmBatchHandle = { provider: 'openai', model: 'gpt-test', batchId: 'batch_gone', requestCount: 1, submittedAt: '2025-01-01T00:00:00Z' };
    journal.recordSubmitted({ batchId: 'batch_gone', provider: 'openai', handleJson: JSON.stringify(handle), customIds: [id] });
    const llm = createBatchingLlmClient({ ...fast, batchClient: provider.client(), journal });
    await expect(llm.generate(request('old'))).resolves.toMatchObject({ text: 'reply to old' });
    expect(provider.log.submits).toEqual([[id]]);
    expect(journal.listBatches()).toMatchObject([{ batchId: 'batch_gone', status: 'failed' }, { batchId: 'batch_1', status: 'collected' }]);
    await llm.close();
  });

  it('on close after a completed run, an unneeded batch the provider already finished is closed in the journal, not cancelled', async () => {
    const provider = createFakeProvider();
    const journal = createMemoryBatchJournal();
    const handle = await provider.client().submit([{ customId: 'old_0', request: request('old') }]);
    journal.recordSubmitted({ batchId: handle.batchId, provider: 'openai', handleJson: JSON.stringify(handle), customIds: ['old_0'] });
    const llm = createBatchingLlmClient({ ...fast, batchClient: provider.client(), journal });
    await llm.close({ cancelUnneeded: true });
    expect(provider.log.cancels).toEqual([]);
    expect(journal.listBatches()).toMatchObject([{ batchId: handle.batchId, status: 'collected' }]);
    expect(journal.pendingBatches()).toEqual([]);
  });
});
