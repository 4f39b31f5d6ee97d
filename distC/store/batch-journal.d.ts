import type { Store } from './store.js';
/**
 * The batch-API journal of one dataset (`system.use_batch_api`): which provider batches were submitted, the custom
 * ids in each, and each request's result once collected. The pipeline writes a batch here right after the provider
 * accepted it and before polling, so a restarted run polls that batch again instead of submitting (and paying for)
 * the same requests twice. Handles are plain JSON (batch id, input file id, model): no keys are stored.
 * Tables: `llm_batches` and `llm_batch_results` (migration 2 in migrations.ts).
 */
export type BatchJournalStatus = 'submitted' | 'collected' | 'failed' | 'cancelled';
export interface BatchJournalEntry {
    batchId: string;
    provider: string;
    /** The serialized batch handle (what a fresh batch client needs to poll and read the batch). */
    handleJson: string;
    status: BatchJournalStatus;
    requestCount: number;
    detail?: string;
    createdAt: string;
    updatedAt: string;
}
export interface BatchJournalPending extends BatchJournalEntry {
    /** Custom ids of the batch whose result has not been recorded yet. */
    pendingIds: string[];
}
export interface BatchJournalResult {
    customId: string;
    /** Only successful results are handed out again by `findResult`; failures are kept for the record. */
    ok: boolean;
    resultJson: string;
}
export interface BatchJournal {
    readonly datasetId: string;
    recordSubmitted(batch: {
        batchId: string;
        provider: string;
        handleJson: string;
        customIds: readonly string[];
    }): void;
    /** Stores results (one transaction); a later result for the same batch and id replaces the earlier one. */
    recordResults(batchId: string, results: readonly BatchJournalResult[]): void;
    setStatus(batchId: string, status: BatchJournalStatus, detail?: string): void;
    /** The JSON of a successful result for this custom id, from any batch of the dataset. */
    findResult(customId: string): string | undefined;
    /** Batches submitted and not yet collected, oldest first. */
    pendingBatches(): BatchJournalPending[];
    listBatches(): BatchJournalEntry[];
}
/** The journal of `datasetId` in the SQLite store (the dataset must exist: rows reference it). */
export declare function createBatchJournal(store: Store, datasetId: string, now?: () => string): BatchJournal;
/** The same journal in memory (tests, library users without a store). */
export declare function createMemoryBatchJournal(datasetId?: string, now?: () => string): BatchJournal;
