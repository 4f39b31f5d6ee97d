import type { LlmProviderId } from './types.js';
/**
 * Where the agentic LLM's key and base URL come from. The env record is passed in (the CLI hands over
 * `process.env` merged with `.env`), so this module never touches `process`.
 * - Key: OPENAI_API_KEY, ANTHROPIC_API_KEY, GOOGLE_API_KEY (or GEMINI_API_KEY), MISTRAL_API_KEY, LLAMA_API_KEY.
 * - Base URL: `options.baseUrl` (config `system.base_url`) first, else OPENAI_BASE_URL, ANTHROPIC_BASE_URL,
 *   GOOGLE_GEMINI_BASE_URL, MISTRAL_BASE_URL, LLAMA_BASE_URL.
 * A missing key is an error before any work starts, unless the base URL is a local server (Ollama, vLLM…).
 */
export interface LlmConnectionOptions {
    env: Record<string, string | undefined>;
    /** `system.base_url` from the config; wins over the env variable. */
    baseUrl?: string;
}
export interface LlmConnection {
    apiKey?: string;
    baseUrl?: string;
    /** The variable the key came from, or the one to set when it is missing. */
    keyVariable: string;
}
export declare function resolveLlmConnection(provider: LlmProviderId, options: LlmConnectionOptions): LlmConnection;
/** True when `resolveLlmConnection` would succeed: a key is set, or the base URL is a local server. */
export declare function hasLlmCredentials(provider: LlmProviderId, options: LlmConnectionOptions): boolean;
