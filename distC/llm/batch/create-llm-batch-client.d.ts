import { type RetryAttemptInfo, type Sleep } from '../retry.js';
import type { LlmBatchClient, LlmBatchHandle, LlmBatchProviderId, LlmBatchRequest, LlmBatchStatus } from './llm-batch-types.js';
/**
 * `createLlmBatchClient(spec)` for `system.use_batch_api: true` (OpenAI and Anthropic), plus
 * `waitForLlmBatch` to poll until done. Custom ids are checked before anything is sent.
 */
export interface CreateLlmBatchClientSpec {
    provider: LlmBatchProviderId;
    model: string;
    apiKey?: string;
    baseUrl?: string;
    /** Per HTTP call (default 600 000 ms: uploads of large JSONL files take a while). */
    timeoutMs?: number;
    /** Retries per HTTP call (default 2). */
    maxRetries?: number;
    sleep?: Sleep;
    random?: () => number;
    now?: () => Date;
    onRetry?: (info: RetryAttemptInfo) => void;
}
export declare const LLM_BATCH_LIMITS: Record<LlmBatchProviderId, {
    maxRequests: number;
    maxBytes: number;
}>;
export declare const LLM_BATCH_PROVIDERS: readonly LlmBatchProviderId[];
export declare function validateLlmBatchRequests(provider: LlmBatchProviderId, requests: readonly LlmBatchRequest[]): void;
export declare function createLlmBatchClient(spec: CreateLlmBatchClientSpec): LlmBatchClient;
export interface WaitForLlmBatchOptions {
    /** Between polls (default 30 000 ms; batches take minutes to hours). */
    pollIntervalMs?: number;
    sleep?: Sleep;
    signal?: AbortSignal;
    onStatus?: (status: LlmBatchStatus) => void;
}
/** Polls until the batch is done (completed, failed, expired or cancelled) and returns the last status. */
export declare function waitForLlmBatch(client: LlmBatchClient, handle: LlmBatchHandle, options?: WaitForLlmBatchOptions): Promise<LlmBatchStatus>;
