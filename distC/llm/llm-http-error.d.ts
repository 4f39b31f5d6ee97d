import { LlmCallError, LlmConnectionError, LlmTimeoutError } from '../errors/errors.js';
import type { ErrorBodyRecorder } from './adapter-request.js';
import type { LlmProviderId } from './types.js';
/**
 * Shared error construction for the adapters: every vendor error ends up as one of the classes in
 * `errors/errors.ts`, with provider, model, status and request id, a message that says what + where +
 * how to fix, and no secrets (the API key is scrubbed from messages and bodies).
 */
export interface LlmErrorContext {
    provider: LlmProviderId;
    modelId: string;
    /** Strings that must never appear in messages or bodies (the API key). */
    secrets?: readonly (string | undefined)[];
}
export type HeaderSource = Headers | Record<string, string | string[] | undefined>;
export interface HttpErrorInfo {
    status: number;
    headers?: HeaderSource;
    /** The raw response body, when it could be read. */
    bodyText?: string;
    requestId?: string;
    /** The vendor's human-readable message from the body. */
    vendorMessage?: string;
    /** The vendor's machine code (`insufficient_quota`, `rate_limit_error`, `RESOURCE_EXHAUSTED`...). */
    vendorCode?: string;
    /** Set by the adapter when the vendor's body says the account is out of credit/quota. */
    isQuota?: boolean;
    /** Set by the adapter when the vendor signals a bad key with a non-401 status (Gemini uses 400). */
    isAuth?: boolean;
    /** Overrides the header-derived delay (Gemini sends it in the body as RetryInfo.retryDelay). */
    retryAfterMs?: number;
    cause: unknown;
}
export declare function getHeader(headers: HeaderSource | undefined, name: string): string | undefined;
export declare function headersToRecord(headers: HeaderSource | undefined): Record<string, string>;
/**
 * Delay the server asked for, in ms. `retry-after-ms` first (a non-standard header OpenAI and Anthropic
 * send; openai-node `client.ts` `retryRequest` reads it the same way), then `retry-after` as seconds or
 * an HTTP date (RFC 9110 §10.2.3). Returns undefined when absent or unparsable.
 */
export declare function parseRetryAfterMs(headers: HeaderSource | undefined, now?: number): number | undefined;
/** Replaces every secret and anything shaped like a provider key with `[redacted]`. */
export declare function redactSecrets(text: string, secrets?: readonly (string | undefined)[]): string;
/**
 * Statuses worth retrying: 408/409/429/5xx, as openai-node and anthropic-sdk-typescript `shouldRetry`
 * do. A server-sent `x-should-retry: true|false` (both SDKs honour it) overrides the status rule.
 */
export declare function isRetryableStatus(status: number, headers?: HeaderSource): boolean;
export declare function createLlmHttpError(context: LlmErrorContext, info: HttpErrorInfo): LlmCallError;
export declare function createLlmConnectionError(context: LlmErrorContext, cause: unknown, baseUrl?: string): LlmConnectionError;
export declare function createLlmTimeoutError(context: LlmErrorContext, timeoutMs: number, cause: unknown): LlmTimeoutError;
/** A 2xx response whose body is not the vendor's documented shape (an HTML page, truncated JSON...). */
export declare function createLlmResponseError(context: LlmErrorContext, problem: string, cause: unknown, extra?: {
    bodyText?: string;
    status?: number;
    requestId?: string;
}): LlmCallError;
/** Anything else thrown while calling an SDK: the response could not be read (a `SyntaxError` is bad JSON). */
export declare function createLlmUnreadableResponseError(context: LlmErrorContext, error: unknown): LlmCallError;
/** What an adapter's SDK error mapper needs besides the error. */
export interface SdkErrorMappingContext {
    context: LlmErrorContext;
    timeoutMs: number;
    baseURL: string;
    recorder?: ErrorBodyRecorder;
}
/** The `APIError` fields both Stainless-generated SDKs (`openai`, `@anthropic-ai/sdk` `core/error.d.ts`) carry. */
export interface StainlessApiError extends Error {
    readonly status: number | undefined;
    readonly headers: Headers | undefined;
    readonly requestID: string | null | undefined;
}
/** The error classes both Stainless SDKs export, passed in so this file imports no vendor. */
export interface StainlessErrorClasses<TApiError extends StainlessApiError> {
    APIConnectionTimeoutError: abstract new (...args: never[]) => Error;
    APIConnectionError: abstract new (...args: never[]) => Error;
    APIError: abstract new (...args: never[]) => TApiError;
}
/** The vendor-specific reading of an HTTP error: its body, message, code and whether it means quota. */
export interface ApiErrorDetails {
    bodyText?: string;
    requestId?: string;
    vendorMessage?: string;
    vendorCode?: string;
    isQuota: boolean;
}
/**
 * Sorts an error thrown by a Stainless SDK call: its timeout → `LlmTimeoutError`, a connection failure →
 * `LlmConnectionError`, an HTTP error → `createLlmHttpError` with what `describeApiError` read from it,
 * anything else → an unreadable response.
 */
export declare function mapStainlessSdkError<TApiError extends StainlessApiError>(sdk: StainlessErrorClasses<TApiError>, error: unknown, mapping: SdkErrorMappingContext, describeApiError: (apiError: TApiError) => ApiErrorDetails): Error;
export declare function describeCauseChain(error: Error): string;
/** The error to throw when the caller's signal aborted: its reason when that is an Error, else an AbortError. */
export declare function abortReason(signal: AbortSignal): Error;
/**
 * `promise`, except that it rejects with the abort reason as soon as `signal` aborts (a call still waiting
 * for a concurrency slot or a rate-limit turn leaves at once). Without a signal it is `promise` itself.
 */
export declare function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T>;
