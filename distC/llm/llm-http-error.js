import { LlmAuthError, LlmCallError, LlmConnectionError, LlmRateLimitError, LlmTimeoutError, } from '../errors/errors.js';
import { LLM_API_KEY_VARIABLES, LLM_BASE_URL_VARIABLES, LLM_PROVIDER_NAMES } from './llm-providers.js';
export function getHeader(headers, name) {
    if (headers === undefined)
        return undefined;
    if (typeof headers.get === 'function')
        return headers.get(name) ?? undefined;
    const record = headers;
    const key = Object.keys(record).find((candidate) => candidate.toLowerCase() === name.toLowerCase());
    const value = key === undefined ? undefined : record[key];
    return Array.isArray(value) ? value[0] : value;
}
export function headersToRecord(headers) {
    const result = {};
    if (headers === undefined)
        return result;
    if (typeof headers.forEach === 'function' && typeof headers.get === 'function') {
        headers.forEach((value, key) => {
            result[key.toLowerCase()] = value;
        });
        return result;
    }
    for (const [key, value] of Object.entries(headers)) {
        if (value !== undefined)
            result[key.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
    }
    return result;
}
/**
 * Delay the server asked for, in ms. `retry-after-ms` first (a non-standard header OpenAI and Anthropic
 * send; openai-node `client.ts` `retryRequest` reads it the same way), then `retry-after` as seconds or
 * an HTTP date (RFC 9110 §10.2.3). Returns undefined when absent or unparsable.
 */
export function parseRetryAfterMs(headers, now = Date.now()) {
    const milliseconds = getHeader(headers, 'retry-after-ms');
    if (milliseconds !== undefined) {
        const value = Number.parseFloat(milliseconds);
        if (Number.isFinite(value) && value >= 0)
            return value;
    }
    const retryAfter = getHeader(headers, 'retry-after');
    if (retryAfter === undefined || retryAfter.trim() === '')
        return undefined;
    if (/^\s*\d+(\.\d+)?\s*$/.test(retryAfter))
        return Number.parseFloat(retryAfter) * 1000;
    const date = Date.parse(retryAfter);
    if (Number.isNaN(date))
        return undefined;
    return Math.max(0, date - now);
}
/** Replaces every secret and anything shaped like a provider key with `[redacted]`. */
export function redactSecrets(text, secrets = []) {
    let result = text;
    for (const secret of secrets) {
        if (secret !== undefined && secret.length >= 4)
            result = result.split(secret).join('[redacted]');
    }
    // OpenAI/Anthropic style (`sk-…`, `sk-ant-…`) and Google API keys (`AIza…`).
    return result.replace(/\b(sk-[A-Za-z0-9_-]{8,}|AIza[0-9A-Za-z_-]{20,})/g, '[redacted]');
}
function truncate(text, maxLength) {
    return text.length <= maxLength ? text : `${text.slice(0, maxLength)}…`;
}
function where(context) {
    return `${LLM_PROVIDER_NAMES[context.provider]} model "${context.modelId}"`;
}
function keyVariable(provider) {
    return LLM_API_KEY_VARIABLES[provider][0] ?? 'the API key variable';
}
/**
 * Statuses worth retrying: 408/409/429/5xx, as openai-node and anthropic-sdk-typescript `shouldRetry`
 * do. A server-sent `x-should-retry: true|false` (both SDKs honour it) overrides the status rule.
 */
export function isRetryableStatus(status, headers) {
    const shouldRetry = getHeader(headers, 'x-should-retry');
    if (shouldRetry === 'true')
        return true;
    if (shouldRetry === 'false')
        return false;
    return status === 408 || status === 409 || status === 429 || status >= 500;
}
export function createLlmHttpError(context, info) {
    const secrets = context.secrets ?? [];
    const vendor = LLM_PROVIDER_NAMES[context.provider];
    // One line: the CLI prints the message as a single line.
    const vendorMessage = info.vendorMessage === undefined ? '' : truncate(redactSecrets(info.vendorMessage, secrets).replace(/\s+/g, ' ').trim(), 300);
    const codePart = info.vendorCode === undefined ? '' : `, ${info.vendorCode}`;
    const requestPart = info.requestId === undefined ? '' : ` [request id ${info.requestId}]`;
    const said = vendorMessage === '' ? '' : `: ${vendorMessage}`;
    const head = `${where(context)} returned HTTP ${info.status}${codePart}${said}${requestPart}`;
    const details = {
        provider: context.provider,
        modelId: context.modelId,
        status: info.status,
        requestId: info.requestId,
        responseBody: info.bodyText === undefined ? undefined : redactSecrets(info.bodyText, secrets),
        cause: info.cause,
    };
    const retryAfterMs = info.retryAfterMs ?? parseRetryAfterMs(info.headers);
    if (info.isQuota === true) {
        return new LlmRateLimitError(`${vendor} quota or credit exhausted: ${head}. Retrying will not help: add credits or raise the spend/usage limit in your ${vendor} account (or switch system.agentic_model), then resume the run.`, { ...details, isRetryable: false, kind: 'quota' });
    }
    if (info.isAuth === true || info.status === 401 || info.status === 403) {
        return new LlmAuthError(`${vendor} refused the credentials: ${head}. Check ${keyVariable(context.provider)} (see .env.example) and that the key may use this model${info.status === 403 ? ' (HTTP 403: the key is valid but lacks permission)' : ''}.`, details);
    }
    if (info.status === 429) {
        return new LlmRateLimitError(`${vendor} rate limit hit: ${head}. It will be retried; to avoid it, lower system.concurrency or set system.rpm / system.tpm.`, { ...details, isRetryable: isRetryableStatus(429, info.headers), retryAfterMs, kind: 'rate-limit' });
    }
    const retryable = isRetryableStatus(info.status, info.headers);
    let hint = '';
    if (info.status === 404) {
        hint = ` Check the model name (system.agentic_model) and the base URL (system.base_url or ${LLM_BASE_URL_VARIABLES[context.provider]}).`;
    }
    else if (info.status >= 500) {
        hint = ' The provider had a server-side problem; it is retried automatically.';
    }
    else if (info.status >= 400 && info.status < 500 && !retryable) {
        hint = ' The request was rejected as sent, so it is not retried; check the model name and the agent settings.';
    }
    return new LlmCallError(`${head}.${hint}`, { ...details, isRetryable: retryable, retryAfterMs });
}
export function createLlmConnectionError(context, cause, baseUrl) {
    const detail = cause instanceof Error ? redactSecrets(describeCauseChain(cause), context.secrets) : String(cause);
    const target = baseUrl === undefined ? '' : ` at ${baseUrl}`;
    return new LlmConnectionError(`Could not reach ${where(context)}${target} (${detail}). Check the network and the base URL (system.base_url or ${LLM_BASE_URL_VARIABLES[context.provider]}); it is retried automatically.`, { provider: context.provider, modelId: context.modelId, cause });
}
export function createLlmTimeoutError(context, timeoutMs, cause) {
    return new LlmTimeoutError(`${where(context)} did not answer within ${timeoutMs} ms. It is retried automatically; raise system.timeout (seconds per attempt) if long answers are expected.`, { provider: context.provider, modelId: context.modelId, cause });
}
/** A 2xx response whose body is not the vendor's documented shape (an HTML page, truncated JSON...). */
export function createLlmResponseError(context, problem, cause, extra = {}) {
    return new LlmCallError(`${where(context)} sent a response that could not be read (${problem}). Check that the base URL (system.base_url or ${LLM_BASE_URL_VARIABLES[context.provider]}) points at a ${LLM_PROVIDER_NAMES[context.provider]} API.`, {
        provider: context.provider,
        modelId: context.modelId,
        status: extra.status,
        requestId: extra.requestId,
        isRetryable: false,
        responseBody: extra.bodyText === undefined ? undefined : redactSecrets(extra.bodyText, context.secrets),
        cause,
    });
}
/** Anything else thrown while calling an SDK: the response could not be read (a `SyntaxError` is bad JSON). */
export function createLlmUnreadableResponseError(context, error) {
    const problem = error instanceof SyntaxError ? `invalid JSON: ${error.message}` : error instanceof Error ? error.message : String(error);
    return createLlmResponseError(context, problem, error);
}
/**
 * Sorts an error thrown by a Stainless SDK call: its timeout → `LlmTimeoutError`, a connection failure →
 * `LlmConnectionError`, an HTTP error → `createLlmHttpError` with what `describeApiError` read from it,
 * anything else → an unreadable response.
 */
export function mapStainlessSdkError(sdk, error, mapping, describeApiError) {
    const { context } = mapping;
    if (error instanceof sdk.APIConnectionTimeoutError)
        return createLlmTimeoutError(context, mapping.timeoutMs, error);
    if (error instanceof sdk.APIConnectionError)
        return createLlmConnectionError(context, error.cause ?? error, mapping.baseURL);
    if (error instanceof sdk.APIError && typeof error.status === 'number') {
        const details = describeApiError(error);
        return createLlmHttpError(context, {
            ...details,
            status: error.status,
            headers: error.headers,
            bodyText: details.bodyText ?? error.message,
            requestId: error.requestID ?? details.requestId,
            cause: error,
        });
    }
    return createLlmUnreadableResponseError(context, error);
}
export function describeCauseChain(error) {
    const parts = [];
    let current = error;
    for (let depth = 0; depth < 4 && current instanceof Error; depth += 1) {
        const code = current.code;
        parts.push(typeof code === 'string' && !current.message.includes(code) ? `${current.message} [${code}]` : current.message);
        current = current.cause;
    }
    return truncate(parts.join(': '), 300);
}
/** The error to throw when the caller's signal aborted: its reason when that is an Error, else an AbortError. */
export function abortReason(signal) {
    const reason = signal.reason;
    if (reason instanceof Error)
        return reason;
    return new DOMException(typeof reason === 'string' ? reason : 'This operation was aborted', 'AbortError');
}
/**
 * `promise`, except that it rejects with the abort reason as soon as `signal` aborts (a call still waiting
 * for a concurrency slot or a rate-limit turn leaves at once). Without a signal it is `promise` itself.
 */
export function abortable(promise, signal) {
    if (signal === undefined)
        return promise;
    return new Promise((resolve, reject) => {
        const onAbort = () => reject(abortReason(signal));
        if (signal.aborted)
            onAbort();
        else
            signal.addEventListener('abort', onAbort, { once: true });
        promise.then((value) => {
            signal.removeEventListener('abort', onAbort);
            resolve(value);
        }, (error) => {
            signal.removeEventListener('abort', onAbort);
            reject(error);
        });
    });
}
//# sourceMappingURL=llm-http-error.js.map