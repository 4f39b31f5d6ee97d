import { LlmCallError, LlmTimeoutError, RetryExhaustedError, errorMessage, isAbortError } from '../errors/errors.js';
import { abortReason, createLlmTimeoutError } from './llm-http-error.js';
import { LLM_PROVIDER_NAMES } from './llm-providers.js';
/** setTimeout as a promise; rejects with the signal's abort reason. */
export const defaultSleep = (ms, signal) => new Promise((resolve, reject) => {
    if (signal?.aborted) {
        reject(abortReason(signal));
        return;
    }
    const onAbort = () => {
        clearTimeout(timer);
        reject(abortReason(signal));
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
export function computeRetryDelay(error, retryIndex, options = {}) {
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
function isRetryable(error) {
    return error instanceof LlmCallError && error.isRetryable;
}
function describe(context) {
    return context === undefined ? 'The LLM call' : `${LLM_PROVIDER_NAMES[context.provider]} model "${context.modelId}"`;
}
export async function withRetry(operation, options = {}) {
    const maxRetries = options.maxRetries ?? 2;
    const maxAttempts = maxRetries + 1;
    const sleep = options.sleep ?? defaultSleep;
    const callerSignal = options.signal;
    const errors = [];
    for (let attempt = 1;; attempt += 1) {
        if (callerSignal?.aborted)
            throw abortReason(callerSignal);
        await options.beforeAttempt?.(attempt, callerSignal);
        if (callerSignal?.aborted)
            throw abortReason(callerSignal);
        const timeoutSignal = options.timeoutMs === undefined ? undefined : AbortSignal.timeout(options.timeoutMs);
        const signals = [callerSignal, timeoutSignal].filter((signal) => signal !== undefined);
        const signal = signals.length === 0 ? new AbortController().signal : signals.length === 1 ? signals[0] : AbortSignal.any(signals);
        let error;
        try {
            return await operation({ signal, attempt });
        }
        catch (caught) {
            error = caught;
        }
        // A caller abort (or an abort from anywhere but our timer) goes out exactly as it came in.
        if (callerSignal?.aborted)
            throw error;
        if (timeoutSignal?.aborted && !(error instanceof LlmTimeoutError)) {
            error =
                options.errorContext === undefined
                    ? new LlmTimeoutError(`The LLM call did not answer within ${options.timeoutMs} ms`, { provider: 'unknown', modelId: 'unknown', cause: error })
                    : createLlmTimeoutError(options.errorContext, options.timeoutMs ?? 0, error);
        }
        else if (isAbortError(error)) {
            throw error;
        }
        if (!isRetryable(error))
            throw error;
        if (options.shouldRetry !== undefined && !options.shouldRetry(error))
            throw error;
        errors.push(error);
        if (attempt >= maxAttempts) {
            // With retries switched off there is nothing to summarise: the one error is the answer.
            if (maxRetries === 0)
                throw error;
            throw new RetryExhaustedError(`${describe(options.errorContext)} failed ${attempt} time${attempt === 1 ? '' : 's'} in a row; last error: ${errorMessage(error)} Raise system.max_retries (now ${maxRetries}) or try again later.`, { attempts: attempt, errors, lastError: error, reason: 'maxRetriesExceeded' });
        }
        const { delayMs, source } = computeRetryDelay(error, attempt - 1, options);
        options.onRetry?.({ attempt, maxAttempts, delayMs, delaySource: source, error });
        await sleep(delayMs, callerSignal);
    }
}
//# sourceMappingURL=retry.js.map