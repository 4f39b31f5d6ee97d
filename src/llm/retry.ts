import { LlmCallError, LlmTimeoutError, RetryExhaustedError, errorMessage, isAbortError } from '../errors/errors.js';
import { abortReason, createLlmTimeoutError, type LlmErrorContext } from './llm-http-error.js';
import { LLM_PROVIDER_NAMES } from './llm-providers.js';

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
export const defaultSleep: Sleep = (ms, signal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortReason(signal));
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(abortReason(signal as AbortSignal));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });

/**
 * Delay before retry number `retryIndex` (0-based): the server's Retry-After when it is within
 * [0, maxRetryAfterMs], else `min(cap, initial × factor^retryIndex)` with equal jitter (half fixed, half random),
 * which spreads concurrent callers apart without ever waiting less than half the step.
 */
export function computeRetryDelay(
  error: unknown,
  retryIndex: number,
  options: Pick<RetryOptions, 'initialDelayMs' | 'maxDelayMs' | 'backoffFactor' | 'maxRetryAfterMs' | 'random'> = {},
): { delayMs: number; source: 'retry-after' | 'backoff' } {
  const maxRetryAfterMs = options.maxRetryAfterMs ?? 60_000;
  const retryAfterMs = error instanceof LlmCallError ? error.retryAfterMs : undefined;
  if (retryAfterMs !== undefined && retryAfterMs >= 0 && retryAfterMs <= maxRetryAfterMs) {
    return { delayMs: retryAfterMs, source: 'retry-after' };
  }
  const initial = options.initialDelayMs ?? 1000;
  const cap = options.maxDelayMs ?? 30_000;
  const step = Math.min(cap, initial * (options.backoffFactor ?? 2) ** retryIndex);
  const random = options.random ?? Math.random;
  return { delayMs: Math.round(step / 2 + (step / 2) * random()), source: 'backoff' };
}

function isRetryable(error: unknown): boolean {
  return error instanceof LlmCallError && error.isRetryable;
}

function describe(context: LlmErrorContext | undefined): string {
  return context === undefined ? 'The LLM call' : `${LLM_PROVIDER_NAMES[context.provider]} model "${context.modelId}"`;
}

export async function withRetry<T>(operation: (attempt: RetryAttempt) => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const maxRetries = options.maxRetries ?? 2;
  const maxAttempts = maxRetries + 1;
  const sleep = options.sleep ?? defaultSleep;
  const callerSignal = options.signal;
  const errors: unknown[] = [];

  for (let attempt = 1; ; attempt += 1) {
    if (callerSignal?.aborted) throw abortReason(callerSignal);
    await options.beforeAttempt?.(attempt, callerSignal);
    if (callerSignal?.aborted) throw abortReason(callerSignal);

    const timeoutSignal = options.timeoutMs === undefined ? undefined : AbortSignal.timeout(options.timeoutMs);
    const signals = [callerSignal, timeoutSignal].filter((signal): signal is AbortSignal => signal !== undefined);
    const signal = signals.length === 0 ? new AbortController().signal : signals.length === 1 ? (signals[0] as AbortSignal) : AbortSignal.any(signals);

    let error: unknown;
    try {
      return await operation({ signal, attempt });
    } catch (caught) {
      error = caught;
    }

    // A caller abort (or an abort from anywhere but our timer) goes out exactly as it came in.
    if (callerSignal?.aborted) throw error;
    if (timeoutSignal?.aborted && !(error instanceof LlmTimeoutError)) {
      error =
        options.errorContext === undefined
          ? new LlmTimeoutError(`The LLM call did not answer within ${options.timeoutMs} ms`, { provider: 'unknown', modelId: 'unknown', cause: error })
          : createLlmTimeoutError(options.errorContext, options.timeoutMs ?? 0, error);
    } else if (isAbortError(error)) {
      throw error;
    }
    if (!isRetryable(error)) throw error;
    if (options.shouldRetry !== undefined && !options.shouldRetry(error as LlmCallError)) throw error;

    errors.push(error);
    if (attempt >= maxAttempts) {
      // With retries switched off there is nothing to summarise: the one error is the answer.
      if (maxRetries === 0) throw error;
      throw new RetryExhaustedError(
        `${describe(options.errorContext)} failed ${attempt} time${attempt === 1 ? '' : 's'} in a row; last error: ${errorMessage(error)} Raise system.max_retries (now ${maxRetries}) or try again later.`,
        { attempts: attempt, errors, lastError: error, reason: 'maxRetriesExceeded' },
      );
    }
    const { delayMs, source } = computeRetryDelay(error, attempt - 1, options);
    options.onRetry?.({ attempt, maxAttempts, delayMs, delaySource: source, error });
    await sleep(delayMs, callerSignal);
  }
}
