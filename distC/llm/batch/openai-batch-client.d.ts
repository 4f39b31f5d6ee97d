import type OpenAI from 'openai';
import { type LlmErrorContext } from '../llm-http-error.js';
import type { BatchVendorOptions } from './batch-call.js';
import type { LlmBatchClient, LlmBatchItem, LlmBatchStatus } from './llm-batch-types.js';
/**
 * OpenAI Batch API (platform.openai.com/docs/guides/batch): upload a JSONL file of `/v1/chat/completions`
 * requests with purpose `batch`, create the batch with a 24 h window, poll `GET /v1/batches/{id}`, then read
 * `output_file_id` (successes) and `error_file_id` (failures) line by line.
 * Limits (openai-node `resources/batches.d.ts`, BatchCreateParams.input_file_id): 50,000 requests, 200 MB.
 */
export declare const OPENAI_BATCH_LIMITS: {
    readonly maxRequests: 50000;
    readonly maxBytes: number;
};
export declare function mapOpenAiBatchStatus(batch: OpenAI.Batches.Batch): LlmBatchStatus;
/** One line of an output or error file: `{custom_id, response: {status_code, request_id, body} | null, error}`. */
export declare function mapOpenAiBatchLine(line: unknown, context: LlmErrorContext): LlmBatchItem;
export declare function createOpenAiBatchClient(options: BatchVendorOptions): LlmBatchClient;
