import type OpenAI from 'openai';
import type { LlmAdapterOptions } from './adapter-request.js';
import { type OpenAiCompatibleSettings } from './openai-compatible-llm-client.js';
import type { LlmClient } from './types.js';
export type OpenAiLlmClientOptions = LlmAdapterOptions<OpenAI>;
/**
 * OpenAI Chat Completions via the official `openai` SDK (retries off, errors mapped to our classes).
 * - JSON: `response_format: {type: 'json_object'}`, or `json_schema` when the request carries a schema.
 * - `maxOutputTokens` → `max_completion_tokens` (OpenAI deprecated `max_tokens`, which o-series models
 *   reject: API reference, "Create chat completion", `max_tokens` note, read 2025).
 * - 429 `insufficient_quota` (and the billing codes) → `LlmRateLimitError` kind `quota`, not retried.
 * The model name is passed as given; extra body fields go in `providerOptions.openai`.
 */
export declare const OPENAI_CHAT_SETTINGS: OpenAiCompatibleSettings;
export declare function createOpenAiLlmClient(options: OpenAiLlmClientOptions): LlmClient;
