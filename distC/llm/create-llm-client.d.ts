import { type RetryAttemptInfo, type Sleep } from './retry.js';
import { type LlmClient, type LlmProviderId, type LlmRequest } from './types.js';
/**
 * `createLlmClient(spec)`: the vendor adapter wrapped in the one retry loop, the per-attempt timeout,
 * the optional requests/tokens-per-minute limiter and the concurrency cap. What the pipeline and library
 * users call; the model name goes to the API as given (no allow-list).
 */
export interface LlmRetryEvent extends RetryAttemptInfo {
    provider: LlmProviderId;
    model: string;
}
export interface CreateLlmClientSpec {
    provider: LlmProviderId;
    model: string;
    /** Required unless `baseUrl` is a local server; get it from `resolveLlmConnection`. */
    apiKey?: string;
    baseUrl?: string;
    /** Per attempt (default 120 000 ms, config `system.timeout` × 1000). */
    timeoutMs?: number;
    /** Retries after the first attempt (default 2; config `system.max_retries`). */
    maxRetries?: number;
    /** Calls in flight at once (default 4; config `system.concurrency`). */
    concurrency?: number;
    /** Requests per minute (config `system.rpm`). */
    rpm?: number;
    /** Tokens per minute, input + output (config `system.tpm`). */
    tpm?: number;
    sleep?: Sleep;
    random?: () => number;
    /** Clock for the rate limiter (default Date.now). */
    now?: () => number;
    onRetry?: (info: LlmRetryEvent) => void;
}
export declare const DEFAULT_LLM_TIMEOUT_MS = 120000;
export declare const DEFAULT_LLM_MAX_RETRIES = 2;
export declare const DEFAULT_LLM_CONCURRENCY = 4;
/** Rough pre-call token estimate for the TPM budget: 4 characters per token plus the output allowance. */
export declare function estimateRequestTokens(request: LlmRequest): number;
export declare function createLlmClient(spec: CreateLlmClientSpec): LlmClient;
