import { type Sleep } from '../retry.js';
import type { LlmClient, LlmRequest } from '../types.js';
import type { LlmBatchClient, LlmBatchStatus } from './llm-batch-types.js';
/**
 * An `LlmClient` whose `generate()` calls go through a provider batch API (`system.use_batch_api`): requests are
 * queued for `windowMs` (or until a batch is full), sent as one batch, polled until done, and each caller gets its
 * own result. Every request has a custom id derived from its content (hash + occurrence number), and a journal
 * records each batch before it is polled and each result once read, so a restarted run with the same requests:
 * - gets results already read from the journal at no cost;
 * - polls a batch that was submitted but not read yet, instead of submitting (and paying for) it again.
 * Item failures that may succeed later (expired, cancelled, 429/5xx) go into a later batch, up to `maxRetries` times.
 * The journal interface is structural: `src/store/batch-journal.ts` implements it on SQLite.
 */
export interface BatchingJournal {
    recordSubmitted(batch: {
        batchId: string;
        provider: string;
        handleJson: string;
        customIds: readonly string[];
    }): void;
    recordResults(batchId: string, results: readonly {
        customId: string;
        ok: boolean;
        resultJson: string;
    }[]): void;
    setStatus(batchId: string, status: 'submitted' | 'collected' | 'failed' | 'cancelled', detail?: string): void;
    findResult(customId: string): string | undefined;
    pendingBatches(): {
        batchId: string;
        handleJson: string;
        requestCount: number;
        pendingIds: string[];
    }[];
}
export type BatchingEvent = {
    type: 'batch-submitted';
    batchId: string;
    requestCount: number;
} | {
    type: 'batch-resumed';
    batchId: string;
    requestCount: number;
    pending: number;
} | {
    type: 'batch-status';
    batchId: string;
    status: LlmBatchStatus;
} | {
    type: 'batch-collected';
    batchId: string;
    state: string;
    succeeded: number;
    failed: number;
    resubmitted: number;
} | {
    type: 'batch-problem';
    batchId?: string;
    message: string;
};
export interface CreateBatchingLlmClientOptions {
    batchClient: LlmBatchClient;
    journal: BatchingJournal;
    /** How long the first queued request waits for others before the batch is sent (default 1000 ms). */
    windowMs?: number;
    /** Default min(10,000, the provider's limit). */
    maxRequestsPerBatch?: number;
    /** Estimated request bytes per batch (default 80% of the provider's file limit). */
    maxBytesPerBatch?: number;
    /** Resubmissions of an item that failed retryably (expired, cancelled, 429/5xx); default 2. */
    maxRetries?: number;
    /** Delay before poll n (0-based) after the first; default 1 s growing ×1.5 up to 60 s. */
    pollIntervalMs?: number | ((pollIndex: number) => number);
    /** Consecutive failed polls (network, 5xx) before the waiting calls fail; default 10. */
    maxPollFailures?: number;
    sleep?: Sleep;
    /** The run's signal: aborting it stops queueing and polling (submitted batches stay in the journal). */
    signal?: AbortSignal;
    onEvent?: (event: BatchingEvent) => void;
}
export interface BatchingStats {
    submittedBatches: number;
    submittedRequests: number;
    resumedBatches: number;
    reusedResults: number;
    resubmitted: number;
}
export interface BatchingLlmClient extends LlmClient {
    /** Sends what is queued now instead of waiting for the window. */
    flush(): void;
    /** Stops polling (batches stay in the journal); `cancelUnneeded` cancels submitted batches nobody waits for. */
    close(options?: {
        cancelUnneeded?: boolean;
    }): Promise<void>;
    stats(): BatchingStats;
}
/** Custom id of a request: 32 base64url characters of its SHA-256, then `_<occurrence>` (fits `[A-Za-z0-9_-]{1,64}`). */
export declare function batchRequestHash(provider: string, model: string, request: LlmRequest): string;
export declare function createBatchingLlmClient(options: CreateBatchingLlmClientOptions): BatchingLlmClient;
