import { createLazyLoader, ensureJsonInstruction, isRecord, numberField, parseJsonSafely, providerOptionsFor, resolveResponseFormat, stringField, } from './adapter-request.js';
import { createLlmConnectionError, createLlmHttpError, createLlmResponseError, createLlmTimeoutError, createLlmUnreadableResponseError, getHeader, } from './llm-http-error.js';
import { LLM_DEFAULT_BASE_URLS } from './llm-providers.js';
import { createSdkLlmClient } from './run-llm-call.js';
const loadMistralSdk = createLazyLoader(() => Promise.all([import('@mistralai/mistralai'), import('@mistralai/mistralai/models/errors')]));
/** ChatCompletionChoiceFinishReason (@mistralai/mistralai `components/chatcompletionchoice.d.ts`). */
const FINISH_REASONS = {
    stop: 'stop',
    length: 'length',
    model_length: 'length',
    error: 'error',
    tool_calls: 'other',
};
/**
 * Mistral documents no dedicated quota code. Throttling comes back as 429
 * `{"object":"error","message":"Rate limit exceeded","type":"rate_limited","code":"1300"}` (cline/cline#9085,
 * raycast/extensions#31107); a spent monthly budget also shows as 429 (vanna-ai/vanna#177, "my monthly usage
 * limit had reached") and an inactive plan as 403 `subscription_error` (portkey.ai error library #10572).
 * So: 402, or a body naming a usage limit / billing / subscription, is quota; other 429s are rate limits.
 */
function isMistralQuota(status, text) {
    if (status === 402)
        return true;
    return /usage limit|monthly limit|quota|billing|credit|subscription_error|payment/i.test(text);
}
/** The Chat Completions body (the SDK's camelCase field names) for `request`. */
function buildMistralChatBody(request, modelId, warnings) {
    const format = resolveResponseFormat(request);
    let messages = request.messages;
    const body = { model: modelId };
    if (format.kind === 'json') {
        if (format.schema !== undefined) {
            body.responseFormat = { type: 'json_schema', jsonSchema: { name: 'response', schemaDefinition: format.schema, strict: false } };
        }
        else {
            messages = ensureJsonInstruction(messages, warnings);
            body.responseFormat = { type: 'json_object' };
        }
    }
    body.messages = messages.map((message) => ({ role: message.role, content: message.content }));
    if (request.temperature !== undefined)
        body.temperature = request.temperature;
    if (request.maxOutputTokens !== undefined)
        body.maxTokens = request.maxOutputTokens;
    if (request.stop !== undefined && request.stop.length > 0)
        body.stop = request.stop;
    return { ...body, ...providerOptionsFor(request, 'mistral') };
}
function mapMistralSdkError(errors, error, context, timeoutMs, serverURL) {
    if (error instanceof errors.ResponseValidationError) {
        return createLlmResponseError(context, `unexpected shape: ${error.message}`, error, { bodyText: error.body, status: error.statusCode });
    }
    if (error instanceof errors.MistralError) {
        const parsed = parseJsonSafely(error.body);
        const message = stringField(parsed, 'message') ?? stringField(parsed, 'detail') ?? (error.body === '' ? error.message : error.body.slice(0, 300));
        const type = stringField(parsed, 'type');
        return createLlmHttpError(context, {
            status: error.statusCode,
            headers: error.headers,
            bodyText: error.body,
            requestId: getHeader(error.headers, 'x-request-id') ?? getHeader(error.headers, 'mistral-correlation-id'),
            vendorMessage: message,
            vendorCode: type ?? stringField(parsed, 'code'),
            isQuota: isMistralQuota(error.statusCode, `${type ?? ''} ${message}`),
            cause: error,
        });
    }
    if (error instanceof errors.RequestTimeoutError)
        return createLlmTimeoutError(context, timeoutMs, error);
    if (error instanceof errors.ConnectionError)
        return createLlmConnectionError(context, error.cause ?? error, serverURL);
    if (error instanceof errors.UnexpectedClientError && error.cause instanceof TypeError) {
        return createLlmConnectionError(context, error.cause, serverURL);
    }
    return createLlmUnreadableResponseError(context, error);
}
function mapMistralChatCompletion(data, body, warnings, context) {
    const raw = { request: body, response: { body: data } };
    const requestId = typeof data?.id === 'string' ? data.id : undefined;
    const choice = data?.choices?.[0];
    if (choice === undefined) {
        throw createLlmResponseError(context, 'no choices in the chat completion', undefined, { bodyText: JSON.stringify(data), requestId });
    }
    const content = choice.message?.content;
    const text = typeof content === 'string'
        ? content
        : Array.isArray(content)
            ? content.map((chunk) => (isRecord(chunk) && chunk.type === 'text' && typeof chunk.text === 'string' ? chunk.text : '')).join('')
            : '';
    return {
        text,
        finishReason: FINISH_REASONS[String(choice.finishReason)] ?? 'other',
        usage: {
            inputTokens: numberField(data.usage, 'promptTokens'),
            outputTokens: numberField(data.usage, 'completionTokens'),
        },
        warnings,
        requestId,
        raw,
    };
}
export function createMistralLlmClient(options) {
    const serverURL = options.baseURL ?? LLM_DEFAULT_BASE_URLS.mistral;
    return createSdkLlmClient({
        provider: 'mistral',
        options,
        loadSdk: loadMistralSdk,
        createClient: ([sdk]) => new sdk.Mistral({ apiKey: options.apiKey, serverURL }),
        translateRequest: (request, warnings) => buildMistralChatBody(request, options.modelId, warnings),
        send: (client, body, signal) => client.chat.complete(body, { signal, retries: { strategy: 'none' } }),
        mapError: ([, errors], error, context) => mapMistralSdkError(errors, error, context, options.timeoutMs, serverURL),
        mapResponse: mapMistralChatCompletion,
    });
}
//# sourceMappingURL=mistral-llm-client.js.map