import type OpenAI from 'openai';
import type { LlmAdapterOptions } from './adapter-request.js';
import type { LlmClient } from './types.js';
export type LlamaLlmClientOptions = LlmAdapterOptions<OpenAI>;
/**
 * Llama models on any OpenAI-compatible host through the `openai` SDK. Default base URL: Together's
 * `https://api.together.xyz/v1`; Fireworks (`https://api.fireworks.ai/inference/v1`), OpenRouter
 * (`https://openrouter.ai/api/v1`), Ollama (`http://localhost:11434/v1`), vLLM and llama.cpp server
 * (`http://localhost:8000/v1`, `http://localhost:8080/v1`) work by setting the base URL, including `/v1`.
 * - `maxOutputTokens` → `max_tokens`, which every one of those hosts accepts.
 * - JSON: `response_format: {type: 'json_object'}` (Together, Fireworks, Ollama, vLLM and llama.cpp all
 *   accept it); a schema is not sent, because `json_schema` support varies by host: a warning says so.
 * - Error bodies in the vLLM/Ollama shape (`{"object":"error","message":…}`) are kept in `responseBody`.
 */
export declare function createLlamaLlmClient(options: LlamaLlmClientOptions): LlmClient;
