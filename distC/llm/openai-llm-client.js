import { createOpenAiCompatibleLlmClient } from './openai-compatible-llm-client.js';
/**
 * OpenAI Chat Completions via the official `openai` SDK (retries off, errors mapped to our classes).
 * - JSON: `response_format: {type: 'json_object'}`, or `json_schema` when the request carries a schema.
 * - `maxOutputTokens` → `max_completion_tokens` (OpenAI deprecated `max_tokens`, which o-series models
 *   reject: API reference, "Create chat completion", `max_tokens` note, read 2025).
 * - 429 `insufficient_quota` (and the billing codes) → `LlmRateLimitError` kind `quota`, not retried.
 * The model name is passed as given; extra body fields go in `providerOptions.openai`.
 */
export const OPENAI_CHAT_SETTINGS = {
    provider: 'openai',
    maxTokensField: 'max_completion_tokens',
    supportsJsonSchema: true,
};
export function createOpenAiLlmClient(options) {
    return createOpenAiCompatibleLlmClient(options, OPENAI_CHAT_SETTINGS);
}
//# sourceMappingURL=openai-llm-client.js.map