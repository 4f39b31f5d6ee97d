export { createLlmBatchClient, waitForLlmBatch, validateLlmBatchRequests, LLM_BATCH_LIMITS, LLM_BATCH_PROVIDERS, } from './create-llm-batch-client.js';
//# sourceMappingURL=index.js.map