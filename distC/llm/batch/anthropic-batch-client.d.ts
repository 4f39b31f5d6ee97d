import type Anthropic from '@anthropic-ai/sdk';
import { type LlmErrorContext } from '../llm-http-error.js';
import type { BatchVendorOptions } from './batch-call.js';
import type { LlmBatchClient, LlmBatchItem, LlmBatchStatus } from './llm-batch-types.js';
/**
 * Anthropic Message Batches (platform.claude.com/docs/en/build-with-claude/batch-processing): one
 * `POST /v1/messages/batches` with `{requests: [{custom_id, params}]}`, poll `GET /v1/messages/batches/{id}`
 * until `processing_status` is `ended`, then stream the JSONL at `results_url` (the SDK's `results()`).
 * Limits (API reference "Create a Message Batch", read 2026): 1–100,000 requests; the guide adds 256 MB.
 */
export declare const ANTHROPIC_BATCH_LIMITS: {
    readonly maxRequests: 100000;
    readonly maxBytes: number;
};
export declare function mapAnthropicBatchStatus(batch: Anthropic.Messages.MessageBatch): LlmBatchStatus;
/** One results line: `{custom_id, result: {type: succeeded|errored|canceled|expired, …}}`. */
export declare function mapAnthropicBatchLine(line: unknown, context: LlmErrorContext, prefills?: Record<string, string>): LlmBatchItem;
export declare function createAnthropicBatchClient(options: BatchVendorOptions): LlmBatchClient;
