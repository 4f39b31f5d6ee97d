import { TargetFormatError } from '../errors/errors.js';
import { splitSystem } from './target-module.js';
/** `anthropic.claude-3-haiku-20240307-v1:0:200k` → `claude-3-haiku-20240307` (the Anthropic API's ID). */
export function anthropicApiModelId(model) {
    // Optional cross-region prefix (`us.`), then `anthropic.<api id>-v<n>[:<revision>[:<context>]]`.
    return /^(?:[a-z]+\.)?anthropic\.(claude-.+?)-v\d+(?::.*)?$/.exec(model)?.[1] ?? model;
}
/**
 * A counter backed by the vendor's count-tokens endpoint (used when `system.exact_token_counts: true` and a key is
 * set). The SDK is imported on first use, with its retries off (STYLE.md).
 * - Anthropic: `client.messages.countTokens({ model, system, messages })` → `input_tokens` (POST /v1/messages/count_tokens).
 *   A conversation ending with the assistant turn is counted as a prefill, which is exactly the training record.
 * - Gemini: `ai.models.countTokens({ model, contents })` → `totalTokens`. The Developer API rejects
 *   `config.systemInstruction` in countTokens (@google/genai 2.32 `countTokensConfigToMldev`), so the system prompt
 *   is sent as a leading user turn: its text is counted, the turn markers may differ by a few tokens.
 */
export function createApiTokenCounter(options) {
    if (options.target === 'anthropic')
        return createAnthropicCounter(options);
    if (options.target === 'google')
        return createGeminiCounter(options);
    throw new TargetFormatError(`No count-tokens API for target "${String(options.target)}"; exact API counts exist for anthropic and google only.`, {
        code: 'unsupported_token_counter',
    });
}
function wrapError(target, model, error) {
    const status = error.status;
    const detail = error instanceof Error ? error.message : String(error);
    return new TargetFormatError(`Exact token count via the ${target} API failed for ${model}${status ? ` (HTTP ${status})` : ''}: ${detail}. Check the API key and base URL, or set system.exact_token_counts: false to use estimates.`, { code: 'token_count_api_failed', cause: error });
}
function createAnthropicCounter(options) {
    let client;
    const model = anthropicApiModelId(options.model);
    return async (example) => {
        client ??= import('@anthropic-ai/sdk').then(({ default: Anthropic }) => new Anthropic({ apiKey: options.apiKey, baseURL: options.baseUrl, maxRetries: 0, timeout: options.timeoutMs ?? 60_000 }));
        const { system, rest } = splitSystem(example);
        const messages = rest.map((message) => ({ role: message.role, content: message.content }));
        try {
            const result = await (await client).messages.countTokens({ model, messages, ...(system === undefined ? {} : { system }) });
            return { count: result.input_tokens, method: 'exact' };
        }
        catch (error) {
            throw wrapError('Anthropic', model, error);
        }
    };
}
function createGeminiCounter(options) {
    let client;
    return async (example) => {
        client ??= import('@google/genai').then(({ GoogleGenAI }) => new GoogleGenAI({
            apiKey: options.apiKey,
            httpOptions: { ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}), timeout: options.timeoutMs ?? 60_000 },
        }));
        const { system, rest } = splitSystem(example);
        const contents = [
            ...(system === undefined ? [] : [{ role: 'user', parts: [{ text: system }] }]),
            ...rest.map((message) => ({ role: message.role === 'assistant' ? 'model' : 'user', parts: [{ text: message.content }] })),
        ];
        try {
            const result = await (await client).models.countTokens({ model: options.model, contents });
            if (typeof result.totalTokens !== 'number')
                throw new Error('the response has no totalTokens');
            return { count: result.totalTokens, method: 'exact' };
        }
        catch (error) {
            throw wrapError('Gemini', options.model, error);
        }
    };
}
/**
 * The same target with `countTokens` backed by `counter` (e.g. from `createApiTokenCounter`). `countTokensSync`
 * stays the offline estimate, so `checkExample` (async) uses the exact counts and `checkExampleSync` does not.
 */
export function withTokenCounter(target, counter, appliesTo) {
    return {
        ...target,
        countTokens: (example, model) => (appliesTo && !appliesTo(model) ? target.countTokens(example, model) : counter(example)),
    };
}
//# sourceMappingURL=api-token-counter.js.map