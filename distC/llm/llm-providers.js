/**
 * Static facts about the five agentic-LLM providers: display names, the env variables the CLI reads
 * (named here so error messages can tell the user which one to set; nothing in `llm/` reads env),
 * and the default base URLs that adapters pass to the SDKs explicitly so the SDKs never fall back to
 * their own env lookups.
 */
export const LLM_PROVIDER_NAMES = {
    openai: 'OpenAI',
    anthropic: 'Anthropic',
    google: 'Google Gemini',
    mistral: 'Mistral',
    llama: 'Llama host (OpenAI-compatible)',
};
/** First entry is the preferred variable; later entries are accepted aliases. */
export const LLM_API_KEY_VARIABLES = {
    openai: ['OPENAI_API_KEY'],
    anthropic: ['ANTHROPIC_API_KEY'],
    google: ['GOOGLE_API_KEY', 'GEMINI_API_KEY'],
    mistral: ['MISTRAL_API_KEY'],
    llama: ['LLAMA_API_KEY'],
};
export const LLM_BASE_URL_VARIABLES = {
    openai: 'OPENAI_BASE_URL',
    anthropic: 'ANTHROPIC_BASE_URL',
    google: 'GOOGLE_GEMINI_BASE_URL',
    mistral: 'MISTRAL_BASE_URL',
    llama: 'LLAMA_BASE_URL',
};
/**
 * Default API roots, in the form each SDK expects for its base-URL option:
 * - openai: `baseURL` includes `/v1` (openai-node `client.ts` default `https://api.openai.com/v1`).
 * - anthropic: `baseURL` without `/v1` (anthropic-sdk-typescript default `https://api.anthropic.com`).
 * - google: `httpOptions.baseUrl` without the API version (@google/genai appends `v1beta/`).
 * - mistral: `serverURL` without `/v1` (@mistralai/mistralai `ServerList.global`).
 * - llama: Together's OpenAI-compatible endpoint (docs.together.ai "OpenAI compatibility", read 2025).
 */
export const LLM_DEFAULT_BASE_URLS = {
    openai: 'https://api.openai.com/v1',
    anthropic: 'https://api.anthropic.com',
    google: 'https://generativelanguage.googleapis.com',
    mistral: 'https://api.mistral.ai',
    llama: 'https://api.together.xyz/v1',
};
/** True for loopback hosts (Ollama, vLLM, llama.cpp server on this machine), which may run without a key. */
export function isLocalBaseUrl(baseUrl) {
    if (baseUrl === undefined)
        return false;
    let hostname;
    try {
        hostname = new URL(baseUrl).hostname.toLowerCase();
    }
    catch {
        return false;
    }
    if (hostname.startsWith('[') && hostname.endsWith(']'))
        hostname = hostname.slice(1, -1);
    return (hostname === 'localhost' ||
        hostname.endsWith('.localhost') ||
        hostname === '::1' ||
        hostname === '0.0.0.0' ||
        /^127(?:\.\d{1,3}){3}$/.test(hostname));
}
//# sourceMappingURL=llm-providers.js.map