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

export interface ContractFixtures {
  happy: string;
  length: string;
  auth: string;
  badRequest: string;
  rateLimit: string;
  quota: string;
  serverError: string;
}

/** The fixture names under test/fixtures/llm/<vendor>/ that most vendors use for each case. */
export const DEFAULT_CONTRACT_FIXTURES: ContractFixtures = {
  happy: 'happy',
  length: 'length',
  auth: 'error-401',
  badRequest: 'error-400',
  rateLimit: 'error-429-rate',
  quota: 'error-429-quota',
  serverError: 'error-500',
};

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
  /** Fixture names that differ from `DEFAULT_CONTRACT_FIXTURES`. */
  fixtures?: Partial<ContractFixtures>;
  /** The wait the rate-limit fixture asks for (every recorded one asks for 2 s). */
  rateLimitDelayMs?: number;
  /** The status of the 401-class error (Gemini answers a bad key with 400 API_KEY_INVALID). */
  authStatus?: number;
  /** For vendors that send a JSON schema: the part of the wire body that carries `schema`. */
  schemaBody?(schema: Record<string, unknown>): Record<string, unknown>;
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

/** Options for calling a vendor factory (`create<Vendor>LlmClient`) directly against the loopback server. */
export function adapterOptionsFor(spec: AdapterContractSpec, server: LoopbackServer) {
  return { apiKey: CONTRACT_API_KEY, baseURL: spec.baseUrlFor(server), modelId: spec.model, timeoutMs: 5000 };
}

/** `Authorization: Bearer <key>` (OpenAI, OpenAI-compatible hosts, Mistral, @anthropic-ai/sdk 1.x). */
export function assertBearerAuth(request: LoopbackRequest, apiKey: string): void {
  expect(request.headers.authorization).toBe(`Bearer ${apiKey}`);
}

/** The Chat Completions wire body (OpenAI, Llama hosts, Mistral) for `CONTRACT_REQUEST` in JSON mode. */
export function chatCompletionsBody(
  model: string,
  maxTokensField: 'max_tokens' | 'max_completion_tokens',
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    model,
    messages: CONTRACT_REQUEST.messages,
    temperature: 0.3,
    [maxTokensField]: 300,
    stop: ['###'],
    response_format: { type: 'json_object' },
    ...extra,
  };
}

/** The Chat Completions `response_format` for a schema (OpenAI; Mistral's SDK sends the same wire form). */
export function jsonSchemaResponseFormat(schema: Record<string, unknown>): Record<string, unknown> {
  return { response_format: { type: 'json_schema', json_schema: { name: 'response', schema, strict: false } } };
}

/**
 * One loopback server for the whole test file: started before the first test, closed after the last,
 * and after every test checked for unmatched requests and reset.
 */
export function useLoopbackServer(): () => LoopbackServer {
  let server: LoopbackServer | undefined;
  beforeAll(async () => {
    server = await startLoopbackServer();
  });
  afterAll(async () => {
    await server?.close();
  });
  afterEach(() => {
    try {
      server?.assertNoFailures();
    } finally {
      server?.reset();
    }
  });
  return () => {
    if (server === undefined) throw new Error('the loopback server is not started: call useLoopbackServer() at the top of the test file');
    return server;
  };
}

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

/** Registers the contract's cases for `spec`; `server` is the file's server from `useLoopbackServer()`. */
export function describeAdapterContract(spec: AdapterContractSpec, server: () => LoopbackServer): void {
  const fixtures: ContractFixtures = { ...DEFAULT_CONTRACT_FIXTURES, ...spec.fixtures };
  const rateLimitDelayMs = spec.rateLimitDelayMs ?? 2000;

  describe(`${spec.provider} adapter contract (real SDK against 127.0.0.1)`, () => {
    let sleeps: number[];
    let retries: LlmRetryEvent[];

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
      enqueue(fixtures.happy);
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

    const { schemaBody } = spec;
    if (schemaBody !== undefined) {
      it('a JSON schema request carries the schema in the vendor field', async () => {
        enqueue(fixtures.happy);
        const schema = { type: 'object', properties: { conversations: { type: 'array' } } };
        await client().generate({ messages: [{ role: 'user', content: 'hi' }], responseFormat: { type: 'json', schema } });
        expect(calls()[0]?.body).toMatchObject(schemaBody(schema));
      });
    }

    it('truncation maps to finishReason "length"', async () => {
      enqueue(fixtures.length);
      const result = await client().generate(CONTRACT_REQUEST);
      expect(result.finishReason).toBe('length');
      expect(result.usage.outputTokens).toBe(16);
    });

    it('400 is not retried', async () => {
      enqueue(fixtures.badRequest, fixtures.happy);
      const error = await failure(client().generate(CONTRACT_REQUEST));
      expect(error).toBeInstanceOf(LlmCallError);
      expect(error).toMatchObject({ status: 400, isRetryable: false, provider: spec.provider, modelId: spec.model });
      expect((error as LlmCallError).responseBody).toBeTruthy();
      expect(calls()).toHaveLength(1);
      expect(sleeps).toEqual([]);
    });

    it('401-class auth failure is a clear LlmAuthError without the key', async () => {
      enqueue(fixtures.auth, fixtures.happy);
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
      enqueue(fixtures.rateLimit, fixtures.happy);
      const result = await client().generate(CONTRACT_REQUEST);
      expect(result.text).toBe(HAPPY_TEXT);
      expect(calls()).toHaveLength(2);
      expect(sleeps).toEqual([rateLimitDelayMs]);
      expect(retries[0]).toMatchObject({ attempt: 1, delaySource: 'retry-after', provider: spec.provider });
      expect(retries[0]?.error).toBeInstanceOf(LlmRateLimitError);
      expect((retries[0]?.error as LlmRateLimitError).kind).toBe('rate-limit');
    });

    it('429 quota exhaustion stops at once (1 request) with a clear message', async () => {
      enqueue(fixtures.quota, fixtures.happy);
      const error = await failure(client().generate(CONTRACT_REQUEST));
      expect(error).toBeInstanceOf(LlmRateLimitError);
      expect(error).toMatchObject({ kind: 'quota', code: 'llm_quota', isRetryable: false });
      expect((error as Error).message).toMatch(/quota or credit exhausted.*Retrying will not help/);
      expect(calls()).toHaveLength(1);
      expect(sleeps).toEqual([]);
    });

    it('500 then 200 succeeds after one backoff', async () => {
      enqueue(fixtures.serverError, fixtures.happy);
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
      enqueue(fixtures.happy);
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
