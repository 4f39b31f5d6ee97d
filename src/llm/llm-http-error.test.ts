import { describe, expect, it } from 'vitest';
import { LlmAuthError, LlmCallError, LlmRateLimitError } from '../errors/errors.js';
import { createLlmHttpError, isRetryableStatus, parseRetryAfterMs, redactSecrets } from './llm-http-error.js';

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
