import { createErrorBodyRecorder, createLazyLoader, ensureJsonInstruction, isRecord, numberField, parseJsonSafely, providerOptionsFor, resolveResponseFormat, stopSequencesFor, stringField, } from './adapter-request.js';
import { createLlmResponseError, headersToRecord, mapStainlessSdkError, } from './llm-http-error.js';
import { LLM_DEFAULT_BASE_URLS } from './llm-providers.js';
import { createSdkLlmClient } from './run-llm-call.js';
export const loadOpenAiSdk = createLazyLoader(() => import('openai'));
/**
 * OpenAI sends 429 for spent credit too; `error.code`/`type` tell it apart. `insufficient_quota` plus the
 * billing codes listed in Microsoft's Dev Proxy guide "OpenAI insufficient_quota" (learn.microsoft.com,
 * microsoft-cloud/dev/dev-proxy/concepts/openai-insufficient-quota, read 2026): retrying never helps.
 */
const QUOTA_CODES = new Set([
    'insufficient_quota',
    'credit_balance_exhausted',
    'organization_spend_limit_exceeded',
    'project_spend_limit_exceeded',
    'organization_usage_limit_exceeded',
    'billing_hard_limit_reached',
]);
const FINISH_REASONS = {
    stop: 'stop',
    length: 'length',
    content_filter: 'content-filter',
    tool_calls: 'other',
    function_call: 'other',
    // llama.cpp / some hosts report `eos`; vLLM may report `abort`.
    eos: 'stop',
    abort: 'error',
};
export function buildOpenAiChatBody(request, modelId, settings, warnings) {
    const { provider } = settings;
    const format = resolveResponseFormat(request);
    let messages = request.messages;
    const body = { model: modelId };
    if (format.kind === 'json') {
        if (format.schema !== undefined && settings.supportsJsonSchema) {
            // Structured outputs: https://platform.openai.com/docs/guides/structured-outputs (`json_schema`).
            body.response_format = { type: 'json_schema', json_schema: { name: 'response', schema: format.schema, strict: false } };
        }
        else {
            if (format.schema !== undefined)
                warnings.push(`${provider}: the JSON schema is not sent (host JSON mode is json_object only); output is parsed and validated afterwards`);
            messages = ensureJsonInstruction(messages, warnings);
            body.response_format = { type: 'json_object' };
        }
    }
    body.messages = messages.map((message) => ({ role: message.role, content: message.content }));
    if (request.temperature !== undefined)
        body.temperature = request.temperature;
    if (request.maxOutputTokens !== undefined)
        body[settings.maxTokensField] = request.maxOutputTokens;
    // Chat Completions accepts "up to 4 sequences" (API reference, `stop`).
    const stop = stopSequencesFor(request, 4, provider, warnings);
    if (stop !== undefined)
        body.stop = stop;
    return { ...body, ...providerOptionsFor(request, provider) };
}
/** Maps an `openai` SDK error (or anything thrown while calling it) to our error classes. */
export function mapOpenAiSdkError(sdk, error, mapping) {
    return mapStainlessSdkError(sdk, error, mapping, (apiError) => {
        const bodyText = mapping.recorder?.bodyFor(apiError.headers) ?? (apiError.error === undefined ? undefined : JSON.stringify({ error: apiError.error }));
        const parsed = parseJsonSafely(bodyText);
        // OpenAI wraps details in `error`; vLLM/Ollama/Together may send them at the top level.
        const detail = isRecord(parsed) && isRecord(parsed.error) ? parsed.error : parsed;
        const code = stringField(detail, 'code') ?? (apiError.code ?? undefined);
        const type = stringField(detail, 'type') ?? apiError.type;
        const message = stringField(detail, 'message') ?? (typeof parsed === 'string' ? parsed : undefined);
        return {
            bodyText,
            vendorMessage: message ?? (bodyText === undefined ? apiError.message : bodyText.slice(0, 300)),
            vendorCode: code ?? type,
            isQuota: apiError.status === 402 || (code !== undefined && QUOTA_CODES.has(code)) || (type !== undefined && QUOTA_CODES.has(type)),
        };
    });
}
/** Turns a `chat.completion` body into an `LlmResult` (also used for Batch API output lines). */
export function mapOpenAiChatCompletion(data, context, meta) {
    const { warnings } = meta;
    const requestId = meta.requestId ?? stringField(data, 'id');
    const choices = isRecord(data) && Array.isArray(data.choices) ? data.choices : [];
    const choice = choices[0];
    if (!isRecord(choice) || !isRecord(choice.message)) {
        throw createLlmResponseError(context, 'no choices[0].message in the chat completion', undefined, {
            bodyText: JSON.stringify(data),
            status: meta.status,
            requestId,
        });
    }
    const content = choice.message.content;
    const refusal = stringField(choice.message, 'refusal');
    let finishReason = FINISH_REASONS[stringField(choice, 'finish_reason') ?? ''] ?? 'other';
    if (refusal !== undefined && refusal !== '') {
        warnings.push(`${context.provider}: the model refused: ${refusal.slice(0, 200)}`);
        finishReason = 'content-filter';
    }
    const usage = isRecord(data) ? data.usage : undefined;
    return {
        text: typeof content === 'string' ? content : '',
        finishReason,
        usage: { inputTokens: numberField(usage, 'prompt_tokens'), outputTokens: numberField(usage, 'completion_tokens') },
        warnings,
        requestId,
        raw: meta.raw,
    };
}
export function createOpenAiCompatibleLlmClient(options, settings) {
    const { provider } = settings;
    const baseURL = options.baseURL ?? LLM_DEFAULT_BASE_URLS[provider];
    const { apiKey, timeoutMs } = options;
    const recorder = createErrorBodyRecorder();
    return createSdkLlmClient({
        provider,
        options,
        loadSdk: loadOpenAiSdk,
        createClient: (sdk) => createOpenAiSdkClient(sdk, { apiKey, baseURL, timeoutMs, recorder }),
        translateRequest: (request, warnings) => buildOpenAiChatBody(request, options.modelId, settings, warnings),
        send: (client, body, signal) => client.chat.completions
            .create(body, { signal, maxRetries: 0, timeout: timeoutMs })
            .withResponse(),
        mapError: (sdk, error, context) => mapOpenAiSdkError(sdk, error, { context, timeoutMs, baseURL, recorder }),
        mapResponse: ({ data, response, request_id: requestId }, body, warnings, context) => {
            const raw = { request: body, response: { status: response.status, headers: headersToRecord(response.headers), body: data } };
            return mapOpenAiChatCompletion(data, context, { requestId: requestId ?? undefined, status: response.status, warnings, raw });
        },
    });
}
/** An `openai` SDK client with its retries off, our timeout, and the error-body recorder. */
export function createOpenAiSdkClient(sdk, options) {
    return new sdk.default({
        apiKey: options.apiKey,
        baseURL: options.baseURL,
        maxRetries: 0,
        timeout: options.timeoutMs,
        fetch: options.recorder?.fetch,
        logLevel: 'off',
    });
}
//# sourceMappingURL=openai-compatible-llm-client.js.map