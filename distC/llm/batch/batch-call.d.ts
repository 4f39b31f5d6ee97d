import { type LlmErrorContext } from '../llm-http-error.js';
import { type RetryAttemptInfo, type Sleep } from '../retry.js';
/**
 * How the vendor batch clients make each HTTP call: through the one retry loop, with the SDK error mapped
 * to our classes. Creating a batch is not idempotent, so it is retried only when the provider answered
 * (429/5xx); after a timeout or dropped connection the batch may already exist, so that error goes to the
 * caller instead of risking a duplicate (and a double bill).
 */
export interface BatchCallOptions {
    signal?: AbortSignal;
    idempotent: boolean;
    mapError: (error: unknown) => Error;
}
export type BatchCall = <T>(operation: () => Promise<T>, options: BatchCallOptions) => Promise<T>;
export interface BatchVendorOptions {
    apiKey: string;
    baseURL: string;
    modelId: string;
    /** Per HTTP call (the SDK's own timeout: it stops at the response headers, so long result downloads are not cut). */
    timeoutMs: number;
    call: BatchCall;
    now: () => Date;
    /** Throws when the serialized batch exceeds the provider's size limit. */
    checkSize: (bytes: number, maxBytes: number) => void;
}
export interface BatchRetrySettings {
    maxRetries: number;
    sleep?: Sleep;
    random?: () => number;
    onRetry?: (info: RetryAttemptInfo) => void;
    errorContext: LlmErrorContext;
}
export declare function createBatchCall(settings: BatchRetrySettings): BatchCall;
