import type { LlmError } from '../../errors/errors.js';
import type { LlmRequest, LlmResult } from '../types.js';
/**
 * Batch APIs (OpenAI Batch, Anthropic Message Batches): submit many requests at half price, poll until the
 * provider is done (minutes to 24 h), then read the results. Every value here is plain JSON so the
 * pipeline can store a handle and resume polling after a restart.
 */
export type LlmBatchProviderId = 'openai' | 'anthropic';
export interface LlmBatchRequest {
    /** Unique within the batch; 1–64 characters of `[A-Za-z0-9_-]` (Anthropic's rule, applied to both). */
    customId: string;
    request: LlmRequest;
}
/** What to store to find the batch again after a restart. */
export interface LlmBatchHandle {
    provider: LlmBatchProviderId;
    model: string;
    batchId: string;
    requestCount: number;
    /** ISO-8601 time of submission. */
    submittedAt: string;
    /** OpenAI: the uploaded JSONL input file. */
    inputFileId?: string;
    /** Anthropic: reply prefixes to restore (custom id → prefill), when `jsonPrefill` was used. */
    prefills?: Record<string, string>;
}
export type LlmBatchState = 'validating' | 'in-progress' | 'finalizing' | 'cancelling' | 'completed' | 'failed' | 'expired' | 'cancelled';
export interface LlmBatchStatus {
    state: LlmBatchState;
    /** True once the provider will make no more progress (completed, failed, expired or cancelled). */
    done: boolean;
    counts: {
        total: number;
        succeeded: number;
        failed: number;
        pending: number;
    };
    /** Batch-level problems (OpenAI input validation errors, for example). */
    problems: string[];
    raw: unknown;
}
export type LlmBatchItem = {
    customId: string;
    ok: true;
    result: LlmResult;
} | {
    customId: string;
    ok: false;
    /** Our error class for the failure; `isRetryable` says whether resubmitting may succeed. */
    error: LlmError;
    outcome: 'errored' | 'cancelled' | 'expired';
};
export interface LlmBatchCallOptions {
    signal?: AbortSignal;
}
export interface LlmBatchClient {
    readonly provider: LlmBatchProviderId;
    readonly model: string;
    /** Sends the requests as one batch; the handle is all that is needed to continue later. */
    submit(requests: LlmBatchRequest[], options?: LlmBatchCallOptions): Promise<LlmBatchHandle>;
    poll(handle: LlmBatchHandle, options?: LlmBatchCallOptions): Promise<LlmBatchStatus>;
    /** Streams every result (successes and failures, in the provider's order) once the batch is done. */
    results(handle: LlmBatchHandle, options?: LlmBatchCallOptions): AsyncIterable<LlmBatchItem>;
    cancel(handle: LlmBatchHandle, options?: LlmBatchCallOptions): Promise<LlmBatchStatus>;
}
