import pLimit from 'p-limit';
import { LlmConfigError } from '../errors/errors.js';
import { createAnthropicLlmClient } from './anthropic-llm-client.js';
import { createGoogleLlmClient } from './google-llm-client.js';
import { createLlamaLlmClient } from './llama-llm-client.js';
import { abortable } from './llm-http-error.js';
import { LLM_API_KEY_VARIABLES, LLM_BASE_URL_VARIABLES, LLM_PROVIDER_NAMES, isLocalBaseUrl } from './llm-providers.js';
import { createMistralLlmClient } from './mistral-llm-client.js';
import { createOpenAiLlmClient } from './openai-llm-client.js';
import { createRateLimiter } from './rate-limiter.js';
import { withRetry } from './retry.js';
import { LLM_PROVIDER_IDS } from './types.js';
export const DEFAULT_LLM_TIMEOUT_MS = 120_000;
export const DEFAULT_LLM_MAX_RETRIES = 2;
export const DEFAULT_LLM_CONCURRENCY = 4;
/** Placeholder sent to local servers that need no key (the SDKs refuse to start without one). */
const LOCAL_SERVER_API_KEY = 'local-server-no-key';
const ADAPTERS = {
    openai: createOpenAiLlmClient,
    anthropic: createAnthropicLlmClient,
    google: createGoogleLlmClient,
    mistral: createMistralLlmClient,
    llama: createLlamaLlmClient,
};
function positiveInteger(name, value, fallback, minimum) {
    const result = value ?? fallback;
    if (!Number.isInteger(result) || result < minimum)
        throw new LlmConfigError(`${name} must be an integer ≥ ${minimum}, got ${String(value)}.`);
    return result;
}
/** Rough pre-call token estimate for the TPM budget: 4 characters per token plus the output allowance. */
export function estimateRequestTokens(request) {
    const characters = request.messages.reduce((total, message) => total + message.content.length, 0);
    return Math.ceil(characters / 4) + (request.maxOutputTokens ?? 0);
}
export function createLlmClient(spec) {
    if (!LLM_PROVIDER_IDS.includes(spec.provider)) {
        throw new LlmConfigError(`Unknown agentic LLM provider "${String(spec.provider)}"; use one of ${LLM_PROVIDER_IDS.join(', ')}.`);
    }
    const model = spec.model.trim();
    if (model === '')
        throw new LlmConfigError('The agentic model name is empty; set system.agentic_model.');
    const baseUrl = spec.baseUrl === undefined || spec.baseUrl.trim() === '' ? undefined : spec.baseUrl.trim().replace(/\/+$/, '');
    if (baseUrl !== undefined) {
        try {
            new URL(baseUrl);
        }
        catch {
            throw new LlmConfigError(`The base URL "${baseUrl}" is not a valid URL (system.base_url or ${LLM_BASE_URL_VARIABLES[spec.provider]}).`);
        }
    }
    const apiKey = spec.apiKey?.trim() === '' ? undefined : spec.apiKey;
    if (apiKey === undefined && !isLocalBaseUrl(baseUrl)) {
        throw new LlmConfigError(`No API key for ${LLM_PROVIDER_NAMES[spec.provider]}: set ${LLM_API_KEY_VARIABLES[spec.provider][0]} (see .env.example), or point the base URL at a local server.`);
    }
    const timeoutMs = positiveInteger('timeoutMs', spec.timeoutMs === undefined ? undefined : Math.round(spec.timeoutMs), DEFAULT_LLM_TIMEOUT_MS, 1);
    const maxRetries = positiveInteger('maxRetries', spec.maxRetries, DEFAULT_LLM_MAX_RETRIES, 0);
    const concurrency = positiveInteger('concurrency', spec.concurrency, DEFAULT_LLM_CONCURRENCY, 1);
    const adapter = ADAPTERS[spec.provider]({ apiKey: apiKey ?? LOCAL_SERVER_API_KEY, baseURL: baseUrl, modelId: model, timeoutMs });
    const limiter = spec.rpm === undefined && spec.tpm === undefined
        ? undefined
        : createRateLimiter({ requestsPerMinute: spec.rpm, tokensPerMinute: spec.tpm, now: spec.now, sleep: spec.sleep });
    const limit = pLimit(concurrency);
    const errorContext = { provider: spec.provider, modelId: model, secrets: [apiKey] };
    const generateOnce = (request, signal) => {
        const estimatedTokens = estimateRequestTokens(request);
        let reservation;
        return withRetry(async ({ signal: attemptSignal }) => {
            try {
                const result = await adapter.generate(request, { signal: attemptSignal });
                const { inputTokens, outputTokens } = result.usage;
                reservation?.settle(inputTokens === undefined && outputTokens === undefined ? undefined : (inputTokens ?? 0) + (outputTokens ?? 0));
                return result;
            }
            finally {
                reservation = undefined;
            }
        }, {
            maxRetries,
            timeoutMs,
            signal,
            sleep: spec.sleep,
            random: spec.random,
            errorContext,
            beforeAttempt: limiter === undefined ? undefined : async (_attempt, callerSignal) => {
                reservation = await limiter.acquire(estimatedTokens, callerSignal);
            },
            onRetry: spec.onRetry === undefined ? undefined : (info) => spec.onRetry?.({ ...info, provider: spec.provider, model }),
        });
    };
    return {
        provider: spec.provider,
        modelId: model,
        model,
        generate: (request, options = {}) => abortable(limit(() => generateOnce(request, options.signal)), options.signal),
    };
}
//# sourceMappingURL=create-llm-client.js.map