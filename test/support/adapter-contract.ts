import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  LlmAuthError,
  LlmCallError,
  LlmConnectionError,
  LlmRateLimitError,
  LlmTimeoutError,
  RetryExhaustedError,
} from '../../src/errors/errors.js';
import { createLlmClient, type LlmRetryEvent } from '../../src/llm/create-llm-client.js';
import type { LlmProviderId, LlmRequest, LlmUsage } from '../../src/llm/types.js';
import { fixtureReply } from './llm-fixtures.js';
import { startLoopbackServer, type LoopbackRequest, type LoopbackServer } from './loopback-server.js';

/**
 * The STYLE.md per-adapter table, run against one vendor: the real SDK inside `createLlmClient` talks to
 * the loopback server. Each vendor test file calls this with its wire details and adds its own cases.
 */

export interface AdapterContractSpec {
  provider: LlmProviderId;
  model: string;
  /** The path the SDK posts to (without query). */
  path: string;
  baseUrlFor(server: LoopbackServer): string;
  assertAuth(request: LoopbackRequest, apiKey: string): void;
  /** Checks the vendor wire body for `CONTRACT_REQUEST`. */
  assertHappyBody(body: unknown): void;
  happy: { usage: LlmUsage; requestId: string };
  fixtures: { happy: string; length: string; auth: string; badRequest: string; rateLimit: string; quota: string; serverError: string };
  /** The wait the rate-limit fixture asks for. */
  rateLimitDelayMs: number;
  /** Extra checks on the 401-class error (e.g. Gemini's 400 API_KEY_INVALID). */
  authStatus?: number;
}

export const CONTRACT_API_KEY = 'test-key-0123456789-secret';

export const CONTRACT_REQUEST: LlmRequest = {
  messages: [
    { role: 'system', content: 'You write training conversations. Reply with JSON only.' },
    { role: 'user', content: 'Source text: Refunds are accepted within 30 days of delivery.' },
  ],
  temperature: 0.3,
  maxOutputTokens: 300,
  stop: ['###'],
  responseFormat: 'json',
};

export const HAPPY_TEXT =
  '{"conversations":[{"messages":[{"role":"user","content":"What is a refund window?"},{"role":"assistant","content":"30 days from delivery."}],"topic_keywords":["refunds"]}]}';

export function causeChain(error: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let current = error; current !== undefined && chain.length < 6; current = (current as { cause?: unknown }).cause) {
    chain.push(current);
    if (!(current instanceof Error)) break;
  }
  return chain;
}

async function waitFor(condition: () => boolean, timeoutMs = 2000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

export function describeAdapterContract(spec: AdapterContractSpec, getServer?: () => LoopbackServer): void {
  describe(`${spec.provider} adapter contract (real SDK against 127.0.0.1)`, () => {
    let ownServer: LoopbackServer | undefined;
    const server = (): LoopbackServer => getServer?.() ?? (ownServer as LoopbackServer);
    let sleeps: number[];
    let retries: LlmRetryEvent[];

    beforeAll(async () => {
      if (getServer === undefined) ownServer = await startLoopbackServer();
    });
    afterAll(async () => {
      await ownServer?.close();
    });
    afterEach(() => {
      server().assertNoFailures();
      server().reset();
    });

    const client = (overrides: { timeoutMs?: number; maxRetries?: number } = {}) => {
      sleeps = [];
      retries = [];
      return createLlmClient({
        provider: spec.provider,
        model: spec.model,
        apiKey: CONTRACT_API_KEY,
        baseUrl: spec.baseUrlFor(server()),
        timeoutMs: overrides.timeoutMs ?? 5000,
        maxRetries: overrides.maxRetries ?? 2,
        sleep: async (ms) => {
          sleeps.push(ms);
        },
        random: () => 0.5,
        onRetry: (info) => retries.push(info),
      });
    };
    const enqueue = (...names: string[]) => server().enqueue('POST', spec.path, ...names.map((name) => fixtureReply(spec.provider, name)));
    const calls = () => server().requestsTo('POST', spec.path);
    const failure = async (promise: Promise<unknown>): Promise<unknown> => promise.then(() => expect.fail('expected the call to fail'), (error: unknown) => error);

    it('happy path: wire body, auth header, text, usage, finish reason, request id', async () => {
      enqueue(spec.fixtures.happy);
      const result = await client().generate(CONTRACT_REQUEST);
      expect(result.text).toBe(HAPPY_TEXT);
      expect(result.finishReason).toBe('stop');
      expect(result.usage).toEqual(spec.happy.usage);
      expect(result.requestId).toBe(spec.happy.requestId);
      expect(result.raw).toBeDefined();
      expect(calls()).toHaveLength(1);
      const [request] = calls();
      spec.assertAuth(request as LoopbackRequest, CONTRACT_API_KEY);
      spec.assertHappyBody(request?.body);
    });

    it('truncation maps to finishReason "length"', async () => {
      enqueue(spec.fixtures.length);
      const result = await client().generate(CONTRACT_REQUEST);
      expect(result.finishReason).toBe('length');
      expect(result.usage.outputTokens).toBe(16);
    });

    it('400 is not retried', async () => {
      enqueue(spec.fixtures.badRequest, spec.fixtures.happy);
      const error = await failure(client().generate(CONTRACT_REQUEST));
      expect(error).toBeInstanceOf(LlmCallError);
      expect(error).toMatchObject({ status: 400, isRetryable: false, provider: spec.provider, modelId: spec.model });
      expect((error as LlmCallError).responseBody).toBeTruthy();
      expect(calls()).toHaveLength(1);
      expect(sleeps).toEqual([]);
    });

    it('401-class auth failure is a clear LlmAuthError without the key', async () => {
      enqueue(spec.fixtures.auth, spec.fixtures.happy);
      const error = await failure(client().generate(CONTRACT_REQUEST));
      expect(error).toBeInstanceOf(LlmAuthError);
      const authError = error as LlmAuthError;
      expect(authError).toMatchObject({ code: 'llm_auth', status: spec.authStatus ?? 401, isRetryable: false });
      expect(authError.message).toMatch(/API_KEY/);
      expect(authError.message).toContain('.env.example');
      expect(authError.message).not.toContain(CONTRACT_API_KEY);
      expect(authError.responseBody ?? '').not.toContain(CONTRACT_API_KEY);
      expect(calls()).toHaveLength(1);
    });

    it('429 with a retry delay is retried after exactly that delay (2 requests)', async () => {
      enqueue(spec.fixtures.rateLimit, spec.fixtures.happy);
      const result = await client().generate(CONTRACT_REQUEST);
      expect(result.text).toBe(HAPPY_TEXT);
      expect(calls()).toHaveLength(2);
      expect(sleeps).toEqual([spec.rateLimitDelayMs]);
      expect(retries[0]).toMatchObject({ attempt: 1, delaySource: 'retry-after', provider: spec.provider });
      expect(retries[0]?.error).toBeInstanceOf(LlmRateLimitError);
      expect((retries[0]?.error as LlmRateLimitError).kind).toBe('rate-limit');
    });

    it('429 quota exhaustion stops at once (1 request) with a clear message', async () => {
      enqueue(spec.fixtures.quota, spec.fixtures.happy);
      const error = await failure(client().generate(CONTRACT_REQUEST));
      expect(error).toBeInstanceOf(LlmRateLimitError);
      expect(error).toMatchObject({ kind: 'quota', code: 'llm_quota', isRetryable: false });
      expect((error as Error).message).toMatch(/quota or credit exhausted.*Retrying will not help/);
      expect(calls()).toHaveLength(1);
      expect(sleeps).toEqual([]);
    });

    it('500 then 200 succeeds after one backoff', async () => {
      enqueue(spec.fixtures.serverError, spec.fixtures.happy);
      const result = await client().generate(CONTRACT_REQUEST);
      expect(result.text).toBe(HAPPY_TEXT);
      expect(calls()).toHaveLength(2);
      expect(sleeps).toEqual([750]);
      expect(retries[0]).toMatchObject({ delaySource: 'backoff' });
    });

    it('a malformed body fails with the parse error kept as cause, not retried', async () => {
      server().enqueue('POST', spec.path, { kind: 'text', status: 200, headers: { 'content-type': 'application/json' }, body: '{"id": "broken", "choi' });
      const error = await failure(client().generate(CONTRACT_REQUEST));
      expect(error).toBeInstanceOf(LlmCallError);
      expect((error as LlmCallError).isRetryable).toBe(false);
      expect(causeChain(error).some((cause) => cause instanceof SyntaxError)).toBe(true);
      expect(calls()).toHaveLength(1);
    });

    it('a hang hits timeoutMs 200 and fails with LlmTimeoutError', async () => {
      server().enqueue('POST', spec.path, { kind: 'hang' });
      const started = Date.now();
      const error = await failure(client({ timeoutMs: 200, maxRetries: 0 }).generate(CONTRACT_REQUEST));
      expect(error).toBeInstanceOf(LlmTimeoutError);
      expect(error).toMatchObject({ code: 'llm_timeout', isRetryable: true, provider: spec.provider });
      expect(Date.now() - started).toBeLessThan(3000);
      expect(calls()).toHaveLength(1);
    });

    it('a timed-out attempt is retried, and exhaustion reports every attempt', async () => {
      server().enqueue('POST', spec.path, { kind: 'hang' }, { kind: 'hang' });
      const error = await failure(client({ timeoutMs: 200, maxRetries: 1 }).generate(CONTRACT_REQUEST));
      expect(error).toBeInstanceOf(RetryExhaustedError);
      expect(error).toMatchObject({ attempts: 2, code: 'llm_retry_exhausted' });
      expect((error as RetryExhaustedError).lastError).toBeInstanceOf(LlmTimeoutError);
      expect(calls()).toHaveLength(2);
    });

    it('a dropped connection is retried and then succeeds', async () => {
      server().enqueue('POST', spec.path, { kind: 'destroy' });
      enqueue(spec.fixtures.happy);
      const result = await client().generate(CONTRACT_REQUEST);
      expect(result.text).toBe(HAPPY_TEXT);
      expect(calls()).toHaveLength(2);
      expect(retries[0]?.error).toBeInstanceOf(LlmConnectionError);
    });

    it('a caller abort rejects with the AbortError and is not retried', async () => {
      server().enqueue('POST', spec.path, { kind: 'hang' }, { kind: 'hang' });
      const controller = new AbortController();
      const pending = client().generate(CONTRACT_REQUEST, { signal: controller.signal });
      await waitFor(() => calls().length === 1);
      controller.abort();
      const error = await failure(pending);
      expect((error as Error).name).toBe('AbortError');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(calls()).toHaveLength(1);
      expect(sleeps).toEqual([]);
      server().reset();
    });
  });
}
