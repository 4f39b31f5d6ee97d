import { LlmConfigError } from '../errors/errors.js';
import { LLM_API_KEY_VARIABLES, LLM_BASE_URL_VARIABLES, LLM_PROVIDER_NAMES, isLocalBaseUrl } from './llm-providers.js';
function nonEmpty(value) {
    const trimmed = value?.trim();
    return trimmed === undefined || trimmed === '' ? undefined : trimmed;
}
function findKey(provider, env) {
    const variables = LLM_API_KEY_VARIABLES[provider];
    for (const variable of variables) {
        const apiKey = nonEmpty(env[variable]);
        if (apiKey !== undefined)
            return { apiKey, keyVariable: variable };
    }
    return { keyVariable: variables[0] ?? `${provider.toUpperCase()}_API_KEY` };
}
function findBaseUrl(provider, options) {
    const fromConfig = nonEmpty(options.baseUrl);
    const variable = LLM_BASE_URL_VARIABLES[provider];
    const baseUrl = fromConfig ?? nonEmpty(options.env[variable]);
    if (baseUrl === undefined)
        return undefined;
    const source = fromConfig === undefined ? `${variable}` : 'system.base_url';
    let parsed;
    try {
        parsed = new URL(baseUrl);
    }
    catch {
        throw new LlmConfigError(`${source} is not a valid URL ("${baseUrl}"); use a full URL such as ${exampleBaseUrl(provider)}.`);
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
        throw new LlmConfigError(`${source} must be an http(s) URL, got "${baseUrl}"; for example ${exampleBaseUrl(provider)}.`);
    }
    return baseUrl.replace(/\/+$/, '');
}
function exampleBaseUrl(provider) {
    return provider === 'openai' || provider === 'llama' ? 'http://localhost:11434/v1' : 'http://localhost:8080';
}
export function resolveLlmConnection(provider, options) {
    const { apiKey, keyVariable } = findKey(provider, options.env);
    const baseUrl = findBaseUrl(provider, options);
    if (apiKey === undefined && !isLocalBaseUrl(baseUrl)) {
        const aliases = LLM_API_KEY_VARIABLES[provider].slice(1);
        const aliasText = aliases.length === 0 ? '' : ` (${aliases.join(' or ')} also works)`;
        throw new LlmConfigError(`No API key for the agentic LLM ${LLM_PROVIDER_NAMES[provider]} (system.agentic_llm: ${provider}). ` +
            `Set ${keyVariable}${aliasText} in your environment or in a .env file; .env.example lists every variable. ` +
            `A local server (system.base_url or ${LLM_BASE_URL_VARIABLES[provider]} on localhost, e.g. Ollama) needs no key.`);
    }
    return { apiKey, baseUrl, keyVariable };
}
/** True when `resolveLlmConnection` would succeed: a key is set, or the base URL is a local server. */
export function hasLlmCredentials(provider, options) {
    try {
        resolveLlmConnection(provider, options);
        return true;
    }
    catch {
        return false;
    }
}
//# sourceMappingURL=connection.js.map