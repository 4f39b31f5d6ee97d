import { describe, expect, it } from 'vitest';
import { LlmAuthError, LlmCallError, LlmConnectionError, LlmRateLimitError, LlmTimeoutError } from '../errors/errors.js';
import {
  createLlmHttpError,
  createLlmUnreadableResponseError,
  isRetryableStatus,
  mapStainlessSdkError,
  parseRetryAfterMs,
  redactSecrets,
  type LlmErrorContext,
} from './llm-http-error.js';

describe('parseRetryAfterMs', () => {
  it('prefers retry-after-ms, then retry-after seconds or HTTP date', () => {
    expect(parseRetryAfterMs(new Headers({ 'retry-after-ms': '1500', 'retry-after': '9' }))).toBe(1500);
    expect(parseRetryAfterMs(new Headers({ 'retry-after': '2' }))).toBe(2000);
    expect(parseRetryAfterMs({ 'Retry-After': '0.5' })).toBe(500);
    const now = Date.parse('2025-01-01T00:00:00Z');
    expect(parseRetryAfterMs({ 'retry-after': 'Wed, 01 Jan 2025 00:00:07 GMT' }, now)).toBe(7000);
    expect(parseRetryAfterMs({ 'retry-after': 'soon' })).toBeUndefined();
    expect(parseRetryAfterMs(undefined)).toBeUndefined();
  });
});

describe('redactSecrets', () => {
  it('removes the key and key-shaped strings', () => {
    expect(redactSecrets('bad key my-secret-key here', ['my-secret-key'])).toBe('bad key [redacted] here');
    expect(redactSecrets('Incorrect API key provided: sk-proj-abcdefgh12345678')).toBe('Incorrect API key provided: [redacted]');
    expect(redactSecrets('key=AIzaSyA1234567890abcdefghijklmnop')).toBe('key=[redacted]');
  });
});

describe('isRetryableStatus', () => {
  it('retries 408/409/429/5xx and obeys x-should-retry', () => {
    expect([400, 401, 403, 404, 408, 409, 422, 429, 500, 503, 529].filter((status) => isRetryableStatus(status))).toEqual([408, 409, 429, 500, 503, 529]);
    expect(isRetryableStatus(500, { 'x-should-retry': 'false' })).toBe(false);
    expect(isRetryableStatus(400, new Headers({ 'x-should-retry': 'true' }))).toBe(true);
  });
});

describe('createLlmHttpError', () => {
  const context = { provider: 'openai' as const, modelId: 'gpt-4o-mini', secrets: ['k-123456'] };

  it('builds the right class with provider, model, status and request id', () => {
    const auth = createLlmHttpError(context, { status: 401, requestId: 'req_1', vendorMessage: 'bad key k-123456', cause: null });
    expect(auth).toBeInstanceOf(LlmAuthError);
    expect(auth).toMatchObject({ provider: 'openai', modelId: 'gpt-4o-mini', status: 401, requestId: 'req_1', isRetryable: false });
    expect(auth.message).not.toContain('k-123456');
    expect(auth.message).toContain('[request id req_1]');

    const rate = createLlmHttpError(context, { status: 429, headers: { 'retry-after': '3' }, cause: null });
    expect(rate).toBeInstanceOf(LlmRateLimitError);
    expect(rate).toMatchObject({ kind: 'rate-limit', isRetryable: true, retryAfterMs: 3000 });

    const quota = createLlmHttpError(context, { status: 429, isQuota: true, cause: null });
    expect(quota).toMatchObject({ kind: 'quota', isRetryable: false, code: 'llm_quota' });

    const notFound = createLlmHttpError(context, { status: 404, vendorMessage: 'model not found', cause: null });
    expect(notFound).toBeInstanceOf(LlmCallError);
    expect(notFound.message).toMatch(/system.agentic_model.*OPENAI_BASE_URL/);
  });

  it('truncates the kept body and scrubs secrets from it', () => {
    const error = createLlmHttpError(context, { status: 500, bodyText: `k-123456 ${'x'.repeat(5000)}`, cause: null });
    expect(error.responseBody?.length).toBe(2000);
    expect(error.responseBody).not.toContain('k-123456');
  });
});

describe('mapStainlessSdkError', () => {
  // Stand-ins with the class layout both Stainless SDKs export (APIConnectionTimeoutError extends APIConnectionError).
  class APIError extends Error {
    constructor(
      readonly status: number | undefined,
      readonly headers: Headers | undefined,
      readonly requestID: string | null | undefined,
    ) {
      super(`${status} status code`);
    }
  }
  class APIConnectionError extends APIError {
    constructor(cause?: Error) {
      super(undefined, undefined, undefined);
      this.cause = cause;
    }
  }
  class APIConnectionTimeoutError extends APIConnectionError {}
  const sdk = { APIError, APIConnectionError, APIConnectionTimeoutError };
  const context: LlmErrorContext = { provider: 'openai', modelId: 'gpt-4o-mini', secrets: ['sk-test-secret-123'] };
  const mapping = { context, timeoutMs: 1500, baseURL: 'http://127.0.0.1:9/v1' };
  const describeApiError = () => ({ bodyText: '{"error":{"code":"insufficient_quota"}}', vendorMessage: 'no credit', vendorCode: 'insufficient_quota', isQuota: true, requestId: 'req-body' });

  it('sorts timeouts, connection failures, HTTP errors and anything else', () => {
    expect(mapStainlessSdkError(sdk, new APIConnectionTimeoutError(), mapping, describeApiError)).toBeInstanceOf(LlmTimeoutError);
    const refused = mapStainlessSdkError(sdk, new APIConnectionError(new Error('connect ECONNREFUSED')), mapping, describeApiError);
    expect(refused).toBeInstanceOf(LlmConnectionError);
    expect(refused.message).toContain('ECONNREFUSED');
    expect(refused.message).toContain('http://127.0.0.1:9/v1');
    const unreadable = mapStainlessSdkError(sdk, new SyntaxError('Unexpected end of JSON input'), mapping, describeApiError);
    expect(unreadable).toMatchObject({ isRetryable: false, message: expect.stringContaining('invalid JSON: Unexpected end of JSON input') });
    expect(unreadable.cause).toBeInstanceOf(SyntaxError);
  });

  it('builds the HTTP error from the status, headers and the vendor reading; the SDK request id wins', () => {
    const apiError = new APIError(429, new Headers({ 'retry-after': '3' }), 'req-header');
    const error = mapStainlessSdkError(sdk, apiError, mapping, describeApiError);
    expect(error).toBeInstanceOf(LlmRateLimitError);
    expect(error).toMatchObject({ kind: 'quota', status: 429, requestId: 'req-header', responseBody: '{"error":{"code":"insufficient_quota"}}', cause: apiError });
    const withoutId = mapStainlessSdkError(sdk, new APIError(500, undefined, null), mapping, () => ({ isQuota: false, requestId: 'req-body' }));
    expect(withoutId).toMatchObject({ status: 500, isRetryable: true, requestId: 'req-body', responseBody: '500 status code' });
  });
});

describe('createLlmUnreadableResponseError', () => {
  it('names bad JSON as such and keeps the thrown value as cause', () => {
    const context: LlmErrorContext = { provider: 'google', modelId: 'gemini-2.5-flash' };
    expect(createLlmUnreadableResponseError(context, 'odd').message).toContain('(odd)');
    const error = createLlmUnreadableResponseError(context, new TypeError('body used already'));
    expect(error).toBeInstanceOf(LlmCallError);
    expect(error).toMatchObject({ isRetryable: false, cause: expect.any(TypeError), message: expect.stringContaining('(body used already)') });
  });
});
