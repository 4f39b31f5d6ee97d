import { LlmError } from '../errors/errors.js';
import { abortReason, createLlmTimeoutError, type LlmErrorContext } from './llm-http-error.js';

export interface RunLlmCallOptions {
  context: LlmErrorContext;
  /** The caller's signal: when it aborts, its reason is thrown unchanged (never wrapped, never retried). */
  signal?: AbortSignal;
  /** Per-call time limit; when it fires the call fails with `LlmTimeoutError`. */
  timeoutMs: number;
  /** Turns an SDK error into one of our classes. Only called for errors that are not aborts/timeouts. */
  mapError: (error: unknown) => Error;
}

/**
 * Runs one SDK call under the caller's signal plus a per-call timeout, and sorts what can go wrong:
 * caller abort → the abort reason as is; our timeout → `LlmTimeoutError`; anything else → `mapError`.
 * The SDK gets one combined signal, which is the only cancellation path all four SDKs share
 * (Mistral ignores its own `timeoutMs` when a signal is given: @mistralai/mistralai `lib/sdks.js`).
 */
export async function runLlmCall<T>(options: RunLlmCallOptions, call: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const { signal: callerSignal, timeoutMs, context } = options;
  if (callerSignal?.aborted) throw abortReason(callerSignal);

  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new DOMException(`timed out after ${timeoutMs} ms`, 'TimeoutError'));
  }, timeoutMs);
  timer.unref?.();
  const onCallerAbort = (): void => controller.abort(callerSignal?.reason);
  callerSignal?.addEventListener('abort', onCallerAbort, { once: true });

  try {
    return await call(controller.signal);
  } catch (error) {
    if (callerSignal?.aborted) throw abortReason(callerSignal);
    if (timedOut) throw createLlmTimeoutError(context, timeoutMs, error);
    if (error instanceof LlmError) throw error;
    throw options.mapError(error);
  } finally {
    clearTimeout(timer);
    callerSignal?.removeEventListener('abort', onCallerAbort);
  }
}
