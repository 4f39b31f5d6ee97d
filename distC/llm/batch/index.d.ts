/** Batch APIs (issue 9, "Scale"): OpenAI Batch and Anthropic Message Batches. */
export type * from './llm-batch-types.js';
export { createLlmBatchClient, waitForLlmBatch, validateLlmBatchRequests, LLM_BATCH_LIMITS, LLM_BATCH_PROVIDERS, type CreateLlmBatchClientSpec, type WaitForLlmBatchOptions, } from './create-llm-batch-client.js';
