import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LlmCallError, LlmConfigError, LlmConnectionError, LlmError } from '../../src/errors/errors.js';
import { createLlmBatchClient, waitForLlmBatch } from '../../src/llm/batch/create-llm-batch-client.js';
import type { LlmBatchItem, LlmBatchProviderId, LlmBatchRequest, LlmBatchStatus } from '../../src/llm/batch/llm-batch-types.js';
import { startFakeLlmServer, type FakeLlmReply, type FakeLlmRequest, type FakeLlmServer } from '../support/fake-llm-server.js';
import { startLoopbackServer } from '../support/loopback-server.js';

const MODELS: Record<LlmBatchProviderId, string> = { openai: 'gpt-4o-mini', anthropic: 'claude-3-5-haiku-20241022' };

const ERROR_BODIES: Record<LlmBatchProviderId, (status: number, message: string) => unknown> = {
  openai: (_status, message) => ({ error: { message, type: 'invalid_request_error', param: null, code: null } }),
  anthropic: (status, message) => ({ type: 'error', error: { type: status === 429 ? 'rate_limit_error' : 'invalid_request_error', message } }),
};

function requests(count: number): LlmBatchRequest[] {
  return Array.from({ length: count }, (_, index) => ({
    customId: `chunk-${index}`,
    request: { messages: [{ role: 'system', content: 'Answer in JSON.' }, { role: 'user', content: `question ${index}` }], maxOutputTokens: 100, responseFormat: 'json' },
  }));
}

async function collect(items: AsyncIterable<LlmBatchItem>): Promise<Map<string, LlmBatchItem>> {
  const byId = new Map<string, LlmBatchItem>();
  for await (const item of items) byId.set(item.customId, item);
  return byId;
}

describe.each([['openai'], ['anthropic']] as const)('%s batch API against the fake server', (provider) => {
  let server: FakeLlmServer;
  const reply = (request: FakeLlmRequest): FakeLlmReply => {
    if (request.user === 'question 2') return { status: 400, body: ERROR_BODIES[provider](400, 'prompt is too long') };
    return JSON.stringify({ echo: request.user });
  };
  beforeAll(async () => {
    server = await startFakeLlmServer({ vendor: provider, reply, batchPollsUntilDone: 2 });
  });
  afterAll(async () => {
    await server.close();
  });
  const client = () => createLlmBatchClient({ provider, model: MODELS[provider], apiKey: 'k-test', baseUrl: server.baseUrl, sleep: async () => {} });

  it('submits, survives a restart with the stored handle, polls until done and streams every result', async () => {
    const handle = await client().submit(requests(4));
    expect(handle).toMatchObject({ provider, model: MODELS[provider], requestCount: 4 });
    expect(handle.batchId).toBeTruthy();

    // "Restart": only the JSON handle survives; a fresh client picks it up.
    const stored = JSON.parse(JSON.stringify(handle)) as typeof handle;
    const resumed = client();
    const statuses: LlmBatchStatus[] = [];
    const sleeps: number[] = [];
    const final = await waitForLlmBatch(resumed, stored, {
      pollIntervalMs: 5000,
      sleep: async (ms) => void sleeps.push(ms),
      onStatus: (status) => statuses.push(status),
    });
    expect(statuses.map((status) => status.state)).toEqual(
      provider === 'openai' ? ['in-progress', 'in-progress', 'completed'] : ['in-progress', 'in-progress', 'completed'],
    );
    expect(sleeps).toEqual([5000, 5000]);
    expect(final).toMatchObject({ done: true, counts: { total: 4, succeeded: 3, failed: 1, pending: 0 } });

    const items = await collect(resumed.results(stored));
    expect([...items.keys()].sort()).toEqual(['chunk-0', 'chunk-1', 'chunk-2', 'chunk-3']);
    const first = items.get('chunk-0');
    expect(first?.ok).toBe(true);
    if (first?.ok === true) {
      expect(JSON.parse(first.result.text)).toEqual({ echo: 'question 0' });
      expect(first.result.finishReason).toBe('stop');
      expect(first.result.usage.inputTokens).toBeGreaterThan(0);
      expect(first.result.usage.outputTokens).toBe(Math.ceil(first.result.text.length / 4));
    }
    const failed = items.get('chunk-2');
    expect(failed).toMatchObject({ ok: false, outcome: 'errored' });
    if (failed?.ok === false) {
      expect(failed.error).toBeInstanceOf(LlmCallError);
      expect(failed.error).toMatchObject({ status: 400, isRetryable: false });
      expect(failed.error.message).toContain('prompt is too long');
    }
    expect(server.failures).toEqual([]);
  });

  it('sends the same wire body as the synchronous adapter', async () => {
    const before = server.requests.length;
    await client().submit(requests(1));
    const sent = server.requests.slice(before);
    if (provider === 'openai') {
      const upload = sent.find((request) => request.path === '/v1/files');
      const line = JSON.parse(/\{"custom_id".*\}/.exec(upload?.bodyText ?? '')?.[0] ?? '{}') as Record<string, unknown>;
      expect(line).toEqual({
        custom_id: 'chunk-0',
        method: 'POST',
        url: '/v1/chat/completions',
        body: {
          model: MODELS.openai,
          response_format: { type: 'json_object' },
          messages: [{ role: 'system', content: 'Answer in JSON.' }, { role: 'user', content: 'question 0' }],
          max_completion_tokens: 100,
        },
      });
      expect(sent.find((request) => request.path === '/v1/batches')?.body).toMatchObject({ endpoint: '/v1/chat/completions', completion_window: '24h' });
    } else {
      expect(sent[0]?.body).toEqual({
        requests: [{ custom_id: 'chunk-0', params: { model: MODELS.anthropic, max_tokens: 100, system: 'Answer in JSON.', messages: [{ role: 'user', content: 'question 0' }] } }],
      });
    }
  });

  it('refuses to read results before the batch is done', async () => {
    const handle = await client().submit(requests(1));
    await expect(collect(client().results(handle))).rejects.toMatchObject({ code: 'llm_batch_not_ready' });
    await expect(collect(client().results(handle))).rejects.toBeInstanceOf(LlmError);
  });

  it('cancels, and reports cancelled requests as resubmittable', async () => {
    const batchClient = client();
    const handle = await batchClient.submit(requests(2));
    const cancelling = await batchClient.cancel(handle);
    expect(['cancelling', 'cancelled']).toContain(cancelling.state);
    const final = await waitForLlmBatch(batchClient, handle, { sleep: async () => {} });
    expect(final.state).toBe('cancelled');
    const items = await collect(batchClient.results(handle));
    expect(items.size).toBe(2);
    for (const item of items.values()) {
      expect(item).toMatchObject({ ok: false, outcome: 'cancelled' });
      if (!item.ok) expect(item.error).toMatchObject({ isRetryable: true });
    }
  });

  it('checks custom ids before sending anything', async () => {
    const before = server.requests.length;
    const batchClient = client();
    const [first] = requests(1);
    if (first === undefined) throw new Error('no request');
    await expect(batchClient.submit([])).rejects.toBeInstanceOf(LlmConfigError);
    await expect(batchClient.submit([first, first])).rejects.toThrow(/used twice/);
    await expect(batchClient.submit([{ ...first, customId: 'has space' }])).rejects.toThrow(/invalid/);
    expect(server.requests.length).toBe(before);
  });
});

describe('batch creation retries', () => {
  it('retries an answered 429 on create, but not a dropped connection (the batch may exist)', async () => {
    const loopback = await startLoopbackServer();
    try {
      const sleeps: number[] = [];
      const client = createLlmBatchClient({ provider: 'anthropic', model: 'claude-3-5-haiku-20241022', apiKey: 'k', baseUrl: loopback.baseUrl, sleep: async (ms) => void sleeps.push(ms) });
      const created = { id: 'msgbatch_1', type: 'message_batch', processing_status: 'in_progress', request_counts: { processing: 1, succeeded: 0, errored: 0, canceled: 0, expired: 0 }, ended_at: null, created_at: '2024-09-24T18:37:24Z', expires_at: '2024-09-25T18:37:24Z', cancel_initiated_at: null, archived_at: null, results_url: null };
      loopback.enqueue(
        'POST',
        '/v1/messages/batches',
        { kind: 'json', status: 429, headers: { 'retry-after': '3' }, body: { type: 'error', error: { type: 'rate_limit_error', message: 'slow down' } } },
        { kind: 'json', body: created },
      );
      await expect(client.submit(requests(1))).resolves.toMatchObject({ batchId: 'msgbatch_1' });
      expect(sleeps).toEqual([3000]);
      expect(loopback.requestsTo('POST', '/v1/messages/batches')).toHaveLength(2);

      loopback.reset();
      loopback.enqueue('POST', '/v1/messages/batches', { kind: 'destroy' }, { kind: 'json', body: created });
      await expect(client.submit(requests(1))).rejects.toBeInstanceOf(LlmConnectionError);
      expect(loopback.requestsTo('POST', '/v1/messages/batches')).toHaveLength(1);
    } finally {
      await loopback.close();
    }
  });

  it('rejects providers without a batch client', () => {
    expect(() => createLlmBatchClient({ provider: 'google' as never, model: 'gemini-2.5-flash', apiKey: 'k' })).toThrow(/openai and anthropic/);
  });
});
