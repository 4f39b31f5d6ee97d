import { LlmCallError } from '../errors/errors.js';
import { type LlmErrorContext } from './llm-http-error.js';
/**
 * The one retry loop (STYLE.md "Retries and timeouts"). SDK retries are off everywhere, so this is the
 * only place a call is repeated. It retries only errors whose `isRetryable` is true (408/409/429/5xx,
 * connection errors, timeouts), never a caller abort, and never a quota error (`isRetryable` false).
 */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;
export interface RetryAttemptInfo {
    /** The 1-based attempt that just failed. */
    attempt: number;
    maxAttempts: number;
    /** How long the loop waits before the next attempt. */
    delayMs: number;
    delaySource: 'retry-after' | 'backoff';
    error: unknown;
}
export interface RetryOptions {
    /** Retries after the first attempt (default 2, so at most 3 attempts). */
    maxRetries?: number;
    /** First backoff delay before jitter (default 1000 ms); doubles each retry up to `maxDelayMs`. */
    initialDelayMs?: number;
    /** Backoff cap (default 30 000 ms). */
    maxDelayMs?: number;
    backoffFactor?: number;
    /** A server-sent Retry-After is honoured when 0 ≤ value ≤ this (default 60 000 ms); otherwise backoff is used. */
    maxRetryAfterMs?: number;
    /** Time limit per attempt, enforced with `AbortSignal.timeout`. */
    timeoutMs?: number;
    /** The caller's signal; an abort is passed through unchanged and never retried. */
    signal?: AbortSignal;
    sleep?: Sleep;
    /** Returns [0, 1); injected so jitter is testable (default Math.random). */
    random?: () => number;
    onRetry?: (info: RetryAttemptInfo) => void;
    /** Awaited before each attempt, outside the attempt's time limit (rate-limit budget, for example). */
    beforeAttempt?: (attempt: number, signal?: AbortSignal) => Promise<void>;
    /** Provider and model, for the `LlmTimeoutError` built when the per-attempt limit fires. */
    errorContext?: LlmErrorContext;
    /**
     * Narrows which retryable errors are retried (never widens: `isRetryable` must also be true). Used for
     * non-idempotent calls such as creating a batch, where only an answered 429/5xx is safe to repeat.
     */
    shouldRetry?: (error: LlmCallError) => boolean;
}
export interface RetryAttempt {
    /** Aborts when the caller aborts or this attempt's time limit passes. */
    signal: AbortSignal;
    attempt: number;
}
/** setTimeout as a promise; rejects with the signal's abort reason. */
export declare const defaultSleep: Sleep;
/**
 * Delay before retry number `retryIndex` (0-based): the server's Retry-After when it is within
 * [0, maxRetryAfterMs], else `min(cap, initial × factor^retryIndex)` with equal jitter (half fixed, half random),
 * which spreads concurrent callers apart without ever waiting less than half the step.
 */
export declare function computeRetryDelay(error: unknown, retryIndex: number, options?: Pick<RetryOptions, 'initialDelayMs' | 'maxDelayMs' | 'backoffFactor' | 'maxRetryAfterMs' | 'random'>): {
    delayMs: number;
    source: 'retry-after' | 'backoff';
};
export declare function withRetry<T>(operation: (attempt: RetryAttempt) => Promise<T>, options?: RetryOptions): Promise<T>;
