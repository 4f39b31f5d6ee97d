import { LlmConfigError } from '../../errors/errors.js';
import { abortReason } from '../llm-http-error.js';
import { LLM_API_KEY_VARIABLES, LLM_DEFAULT_BASE_URLS, isLocalBaseUrl } from '../llm-providers.js';
import { defaultSleep } from '../retry.js';
import { ANTHROPIC_BATCH_LIMITS, createAnthropicBatchClient } from './anthropic-batch-client.js';
import { createBatchCall } from './batch-call.js';
import { OPENAI_BATCH_LIMITS, createOpenAiBatchClient } from './openai-batch-client.js';
export const LLM_BATCH_LIMITS = {
    openai: OPENAI_BATCH_LIMITS,
    anthropic: ANTHROPIC_BATCH_LIMITS,
};
export const LLM_BATCH_PROVIDERS = ['openai', 'anthropic'];
/** Anthropic's custom_id rule (API reference, "Create a Message Batch"), applied to OpenAI too. */
const CUSTOM_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
export function validateLlmBatchRequests(provider, requests) {
    const { maxRequests } = LLM_BATCH_LIMITS[provider];
    if (requests.length === 0)
        throw new LlmConfigError('A batch needs at least one request.');
    if (requests.length > maxRequests) {
        throw new LlmConfigError(`A ${provider} batch holds at most ${maxRequests.toLocaleString('en-US')} requests; got ${requests.length}. Split the requests into several batches.`);
    }
    const seen = new Set();
    for (const { customId } of requests) {
        if (!CUSTOM_ID_PATTERN.test(customId)) {
            throw new LlmConfigError(`Batch custom id "${customId.slice(0, 80)}" is invalid: use 1–64 letters, digits, "_" or "-".`);
        }
        if (seen.has(customId))
            throw new LlmConfigError(`Batch custom id "${customId}" is used twice; each request needs its own id.`);
        seen.add(customId);
    }
}
export function createLlmBatchClient(spec) {
    if (!LLM_BATCH_PROVIDERS.includes(spec.provider)) {
        throw new LlmConfigError(`system.use_batch_api is supported for ${LLM_BATCH_PROVIDERS.join(' and ')}, not "${String(spec.provider)}"; turn it off or switch system.agentic_llm.`);
    }
    const baseUrl = spec.baseUrl?.trim().replace(/\/+$/, '') || undefined;
    if (spec.apiKey === undefined && !isLocalBaseUrl(baseUrl)) {
        throw new LlmConfigError(`No API key for the ${spec.provider} Batch API: set ${LLM_API_KEY_VARIABLES[spec.provider][0]} (see .env.example).`);
    }
    const errorContext = { provider: spec.provider, modelId: spec.model, secrets: [spec.apiKey] };
    const vendorOptions = {
        apiKey: spec.apiKey ?? 'local-server-no-key',
        baseURL: baseUrl ?? LLM_DEFAULT_BASE_URLS[spec.provider],
        modelId: spec.model,
        timeoutMs: spec.timeoutMs ?? 600_000,
        call: createBatchCall({ maxRetries: spec.maxRetries ?? 2, sleep: spec.sleep, random: spec.random, onRetry: spec.onRetry, errorContext }),
        now: spec.now ?? (() => new Date()),
        checkSize: (bytes, maxBytes) => {
            if (bytes > maxBytes) {
                throw new LlmConfigError(`The ${spec.provider} batch is ${(bytes / 1024 / 1024).toFixed(1)} MB, over the ${maxBytes / 1024 / 1024} MB limit; split the requests into several batches.`);
            }
        },
    };
    const vendor = spec.provider === 'openai' ? createOpenAiBatchClient(vendorOptions) : createAnthropicBatchClient(vendorOptions);
    return {
        ...vendor,
        async submit(requests, options) {
            validateLlmBatchRequests(spec.provider, requests);
            return vendor.submit(requests, options);
        },
    };
}
/** Polls until the batch is done (completed, failed, expired or cancelled) and returns the last status. */
export async function waitForLlmBatch(client, handle, options = {}) {
    const sleep = options.sleep ?? defaultSleep;
    for (;;) {
        if (options.signal?.aborted)
            throw abortReason(options.signal);
        const status = await client.poll(handle, { signal: options.signal });
        options.onStatus?.(status);
        if (status.done)
            return status;
        await sleep(options.pollIntervalMs ?? 30_000, options.signal);
    }
}
//# sourceMappingURL=create-llm-batch-client.js.map