export { LLM_PROVIDER_IDS } from './types.js';
export { createLlmClient, estimateRequestTokens, DEFAULT_LLM_CONCURRENCY, DEFAULT_LLM_MAX_RETRIES, DEFAULT_LLM_TIMEOUT_MS, } from './create-llm-client.js';
export { resolveLlmConnection, hasLlmCredentials } from './connection.js';
export { estimateLlmCost, findLlmPrice, LLM_PRICES } from './pricing.js';
export { withRetry, computeRetryDelay, defaultSleep } from './retry.js';
export { createRateLimiter } from './rate-limiter.js';
export { createOpenAiLlmClient } from './openai-llm-client.js';
export { createAnthropicLlmClient } from './anthropic-llm-client.js';
export { createGoogleLlmClient } from './google-llm-client.js';
export { createMistralLlmClient } from './mistral-llm-client.js';
export { createLlamaLlmClient } from './llama-llm-client.js';
export { LLM_API_KEY_VARIABLES, LLM_BASE_URL_VARIABLES, LLM_DEFAULT_BASE_URLS, LLM_PROVIDER_NAMES, isLocalBaseUrl, } from './llm-providers.js';
export { parseRetryAfterMs, redactSecrets } from './llm-http-error.js';
export * from './batch/index.js';
//# sourceMappingURL=index.js.map