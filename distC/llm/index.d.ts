/** Public surface of the agentic-LLM layer. */
export type * from './types.js';
export { LLM_PROVIDER_IDS } from './types.js';
export { createLlmClient, estimateRequestTokens, DEFAULT_LLM_CONCURRENCY, DEFAULT_LLM_MAX_RETRIES, DEFAULT_LLM_TIMEOUT_MS, type CreateLlmClientSpec, type LlmRetryEvent, } from './create-llm-client.js';
export { resolveLlmConnection, hasLlmCredentials, type LlmConnection, type LlmConnectionOptions } from './connection.js';
export { estimateLlmCost, findLlmPrice, LLM_PRICES, type LlmPrice } from './pricing.js';
export { withRetry, computeRetryDelay, defaultSleep, type RetryOptions, type RetryAttempt, type RetryAttemptInfo, type Sleep } from './retry.js';
export { createRateLimiter, type RateLimiter, type RateLimiterOptions, type RateLimitReservation } from './rate-limiter.js';
export { createOpenAiLlmClient, type OpenAiLlmClientOptions } from './openai-llm-client.js';
export { createAnthropicLlmClient, type AnthropicLlmClientOptions } from './anthropic-llm-client.js';
export { createGoogleLlmClient, type GoogleLlmClientOptions } from './google-llm-client.js';
export { createMistralLlmClient, type MistralLlmClientOptions } from './mistral-llm-client.js';
export { createLlamaLlmClient, type LlamaLlmClientOptions } from './llama-llm-client.js';
export type { LlmAdapterOptions } from './adapter-request.js';
export { LLM_API_KEY_VARIABLES, LLM_BASE_URL_VARIABLES, LLM_DEFAULT_BASE_URLS, LLM_PROVIDER_NAMES, isLocalBaseUrl, } from './llm-providers.js';
export { parseRetryAfterMs, redactSecrets } from './llm-http-error.js';
export * from './batch/index.js';
