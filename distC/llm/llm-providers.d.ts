import type { LlmProviderId } from './types.js';
/**
 * Static facts about the five agentic-LLM providers: display names, the env variables the CLI reads
 * (named here so error messages can tell the user which one to set; nothing in `llm/` reads env),
 * and the default base URLs that adapters pass to the SDKs explicitly so the SDKs never fall back to
 * their own env lookups.
 */
export declare const LLM_PROVIDER_NAMES: Record<LlmProviderId, string>;
/** First entry is the preferred variable; later entries are accepted aliases. */
export declare const LLM_API_KEY_VARIABLES: Record<LlmProviderId, readonly string[]>;
export declare const LLM_BASE_URL_VARIABLES: Record<LlmProviderId, string>;
/**
 * Default API roots, in the form each SDK expects for its base-URL option:
 * - openai: `baseURL` includes `/v1` (openai-node `client.ts` default `https://api.openai.com/v1`).
 * - anthropic: `baseURL` without `/v1` (anthropic-sdk-typescript default `https://api.anthropic.com`).
 * - google: `httpOptions.baseUrl` without the API version (@google/genai appends `v1beta/`).
 * - mistral: `serverURL` without `/v1` (@mistralai/mistralai `ServerList.global`).
 * - llama: Together's OpenAI-compatible endpoint (docs.together.ai "OpenAI compatibility", read 2025).
 */
export declare const LLM_DEFAULT_BASE_URLS: Record<LlmProviderId, string>;
/** True for loopback hosts (Ollama, vLLM, llama.cpp server on this machine), which may run without a key. */
export declare function isLocalBaseUrl(baseUrl: string | undefined): boolean;
