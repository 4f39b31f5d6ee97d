import { createErrorBodyRecorder, createLazyLoader, isRecord, numberField, parseJsonSafely, providerOptionsFor, resolveResponseFormat, splitSystemMessages, stringField, } from './adapter-request.js';
import { createLlmResponseError, headersToRecord, mapStainlessSdkError, } from './llm-http-error.js';
import { LLM_DEFAULT_BASE_URLS } from './llm-providers.js';
import { createSdkLlmClient } from './run-llm-call.js';
export const loadAnthropicSdk = createLazyLoader(() => import('@anthropic-ai/sdk'));
export const ANTHROPIC_DEFAULT_MAX_OUTPUT_TOKENS = 4096;
/**
 * Out-of-credit signals, which retrying never fixes. `billing_error` / HTTP 402 and the spend-limit
 * `error.details.error_code`s are from @anthropic-ai/sdk 1.x `resources/shared.d.ts` (ErrorType,
 * EnforcedSpendLimitReachedError "crossed the monthly API usage threshold", ContractSpendLimitReachedError,
 * both 429). A 400 "Your credit balance is too low to access the Anthropic API" is the prepaid-credit case.
 */
const QUOTA_ERROR_CODES = new Set([
    'enforced_spend_limit_reached',
    'contract_spend_limit_reached',
    'linked_organization_spend_limit_reached',
    'linked_organization_billing_unavailable',
]);
/** stop_reason values: docs.anthropic.com/en/api/messages ("stop_reason"), plus `refusal` and context-window stops. */
const FINISH_REASONS = {
    end_turn: 'stop',
    stop_sequence: 'stop',
    max_tokens: 'length',
    model_context_window_exceeded: 'length',
    refusal: 'content-filter',
    tool_use: 'other',
    pause_turn: 'other',
};
/** The Messages API body for `request`, and the prefill to put back in front of the reply text. */
export function buildAnthropicMessageBody(request, modelId, warnings) {
    const { jsonPrefill, ...extra } = providerOptionsFor(request, 'anthropic');
    const format = resolveResponseFormat(request);
    const { system, conversation } = splitSystemMessages(request.messages);
    const messages = conversation.map((message) => ({ role: message.role, content: message.content }));
    let prefill = '';
    if (format.kind === 'json') {
        if (jsonPrefill === true && messages.at(-1)?.role !== 'assistant') {
            prefill = '{';
            messages.push({ role: 'assistant', content: prefill });
        }
        else {
            warnings.push('anthropic: the Messages API has no JSON mode; JSON is requested by the prompt only and parsed tolerantly');
        }
        if (format.schema !== undefined)
            warnings.push('anthropic: the JSON schema is not enforced by the API; output is validated afterwards');
    }
    const body = {
        model: modelId,
        max_tokens: request.maxOutputTokens ?? ANTHROPIC_DEFAULT_MAX_OUTPUT_TOKENS,
        messages,
    };
    if (system !== undefined)
        body.system = system;
    if (request.temperature !== undefined) {
        const temperature = Math.min(1, Math.max(0, request.temperature));
        if (temperature !== request.temperature)
            warnings.push(`anthropic: temperature ${request.temperature} is outside 0–1; sent ${temperature}`);
        body.temperature = temperature;
    }
    if (request.stop !== undefined && request.stop.length > 0)
        body.stop_sequences = request.stop;
    return { body: { ...body, ...extra }, prefill };
}
/** The `type`/`error_code`/message rule for an Anthropic error body (also used for batch `errored` results). */
export function isAnthropicQuotaError(status, type, errorCode, message) {
    return (status === 402 ||
        type === 'billing_error' ||
        (errorCode !== undefined && QUOTA_ERROR_CODES.has(errorCode)) ||
        /credit balance is too low/i.test(message));
}
/** Maps an `@anthropic-ai/sdk` error (or anything thrown while calling it) to our error classes. */
export function mapAnthropicSdkError(sdk, error, mapping) {
    return mapStainlessSdkError(sdk, error, mapping, (apiError) => {
        const bodyText = mapping.recorder?.bodyFor(apiError.headers) ?? (apiError.error === undefined ? undefined : JSON.stringify(apiError.error));
        const parsed = parseJsonSafely(bodyText);
        const detail = isRecord(parsed) && isRecord(parsed.error) ? parsed.error : undefined;
        const type = stringField(detail, 'type') ?? apiError.type ?? undefined;
        const errorCode = stringField(isRecord(detail) ? detail.details : undefined, 'error_code') ?? apiError.errorCode ?? undefined;
        const message = stringField(detail, 'message') ?? apiError.apiMessage ?? (bodyText === undefined ? apiError.message : bodyText.slice(0, 300));
        return {
            bodyText,
            requestId: stringField(parsed, 'request_id'),
            vendorMessage: message,
            vendorCode: errorCode ?? type,
            isQuota: isAnthropicQuotaError(apiError.status, type, errorCode, message),
        };
    });
}
/** Turns a Messages API `message` body into an `LlmResult` (also used for Message Batches results). */
export function mapAnthropicMessage(data, context, meta) {
    const requestId = meta.requestId ?? stringField(data, 'id');
    const content = isRecord(data) ? data.content : undefined;
    if (!Array.isArray(content)) {
        throw createLlmResponseError(context, 'no content array in the message', undefined, {
            bodyText: JSON.stringify(data),
            status: meta.status,
            requestId,
        });
    }
    const text = content
        .filter((block) => isRecord(block) && block.type === 'text')
        .map((block) => (typeof block.text === 'string' ? block.text : ''))
        .join('');
    const usage = isRecord(data) ? data.usage : undefined;
    const input = numberField(usage, 'input_tokens');
    // Prompt-cache reads and writes are input too (docs.anthropic.com prompt caching, "usage" fields).
    const cached = (numberField(usage, 'cache_creation_input_tokens') ?? 0) + (numberField(usage, 'cache_read_input_tokens') ?? 0);
    return {
        text: meta.prefill + text,
        finishReason: FINISH_REASONS[stringField(data, 'stop_reason') ?? ''] ?? 'other',
        usage: { inputTokens: input === undefined ? undefined : input + cached, outputTokens: numberField(usage, 'output_tokens') },
        warnings: meta.warnings,
        requestId,
        raw: meta.raw,
    };
}
/** An `@anthropic-ai/sdk` client with its retries off, our timeout, and the error-body recorder. */
export function createAnthropicSdkClient(sdk, options) {
    return new sdk.default({
        apiKey: options.apiKey,
        baseURL: options.baseURL,
        maxRetries: 0,
        // An explicit timeout also stops the SDK refusing large `max_tokens` without streaming.
        timeout: options.timeoutMs,
        fetch: options.recorder?.fetch,
        logLevel: 'off',
    });
}
export function createAnthropicLlmClient(options) {
    const baseURL = options.baseURL ?? LLM_DEFAULT_BASE_URLS.anthropic;
    const { apiKey, timeoutMs } = options;
    const recorder = createErrorBodyRecorder();
    return createSdkLlmClient({
        provider: 'anthropic',
        options,
        loadSdk: loadAnthropicSdk,
        createClient: (sdk) => createAnthropicSdkClient(sdk, { apiKey, baseURL, timeoutMs, recorder }),
        translateRequest: (request, warnings) => buildAnthropicMessageBody(request, options.modelId, warnings),
        send: (client, { body }, signal) => client.messages.create(body, { signal, maxRetries: 0, timeout: timeoutMs }).withResponse(),
        mapError: (sdk, error, context) => mapAnthropicSdkError(sdk, error, { context, timeoutMs, baseURL, recorder }),
        mapResponse: ({ data, response, request_id: requestId }, { body, prefill }, warnings, context) => {
            const raw = { request: body, response: { status: response.status, headers: headersToRecord(response.headers), body: data } };
            return mapAnthropicMessage(data, context, { requestId: requestId ?? undefined, status: response.status, prefill, warnings, raw });
        },
    });
}
//# sourceMappingURL=anthropic-llm-client.js.map