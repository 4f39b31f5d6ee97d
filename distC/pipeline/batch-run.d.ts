import type { Config } from '../config/config.js';
import { type BatchingEvent, type BatchingLlmClient } from '../llm/batch/batching-llm-client.js';
import type { LlmBatchClient } from '../llm/batch/llm-batch-types.js';
import { type LlmPrice } from '../llm/pricing.js';
import type { Store } from '../store/store.js';
import type { BuildEventListener } from './events.js';
/**
 * Batch mode of a run (`system.use_batch_api`): the agent's LLM calls go through the provider's batch API via a
 * batching client backed by the dataset's batch journal. So that a restarted run asks the very same requests (and
 * finds the batch it submitted before in the journal), the agent's randomness is seeded from the dataset id, and
 * the agent may keep all its planned calls in flight at once so they travel in as few batches as possible.
 */
/** Requests per batch: well under both vendors' limits (OpenAI 50,000, Anthropic 100,000) and their file sizes. */
export declare const BATCH_MAX_REQUESTS = 10000;
export interface BatchRun {
    client: BatchingLlmClient;
    /** Seeded from the dataset id: a resumed run builds the same prompts in the same order. */
    random: () => number;
    /** `pricing.agentic` with the agentic model at its batch price. */
    pricing: Record<string, LlmPrice>;
    /** LLM calls to allow in flight: all the calls the run plans, capped at one batch. */
    concurrency(plan: {
        remaining: number;
        chunkCount: number;
    }): number;
    /** Stops polling; after a completed run, cancels batches nobody needs any more. Never throws. */
    close(status: string): Promise<void>;
}
export interface StartBatchRunOptions {
    config: Config;
    batch: LlmBatchClient;
    store: Store;
    datasetId: string;
    onEvent: BuildEventListener;
    signal?: AbortSignal;
}
export declare function datasetSeed(datasetId: string): number;
export declare function startBatchRun(options: StartBatchRunOptions): BatchRun;
/** Batch events → run notices: submissions, resumptions, state changes and every 10% of progress, results. */
export declare function createBatchNotices(provider: string, notice: (message: string, level?: 'info' | 'warning') => void): (event: BatchingEvent) => void;
