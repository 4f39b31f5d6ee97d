import { createLazyLoader, isRecord, numberField, parseJsonSafely, providerOptionsFor, resolveResponseFormat, splitSystemMessages, stopSequencesFor, stringField, } from './adapter-request.js';
import { createLlmConnectionError, createLlmHttpError, createLlmResponseError, createLlmUnreadableResponseError, headersToRecord, } from './llm-http-error.js';
import { LLM_DEFAULT_BASE_URLS } from './llm-providers.js';
import { createSdkLlmClient } from './run-llm-call.js';
const loadGoogleSdk = createLazyLoader(() => import('@google/genai'));
/** FinishReason enum of @google/genai (`genai.d.ts`); the safety family maps to content-filter. */
const FINISH_REASONS = {
    STOP: 'stop',
    MAX_TOKENS: 'length',
    SAFETY: 'content-filter',
    RECITATION: 'content-filter',
    BLOCKLIST: 'content-filter',
    PROHIBITED_CONTENT: 'content-filter',
    SPII: 'content-filter',
    IMAGE_SAFETY: 'content-filter',
    IMAGE_PROHIBITED_CONTENT: 'content-filter',
    MALFORMED_FUNCTION_CALL: 'error',
    LANGUAGE: 'other',
    OTHER: 'other',
};
function readGoogleErrorBody(text) {
    const parsed = parseJsonSafely(text);
    const error = isRecord(parsed) && isRecord(parsed.error) ? parsed.error : undefined;
    const details = Array.isArray(error?.details) ? error.details.filter(isRecord) : [];
    return { message: stringField(error, 'message'), status: stringField(error, 'status'), details };
}
/** `google.rpc.RetryInfo.retryDelay` is a protobuf Duration in JSON form, e.g. "37s" or "0.5s". */
function retryDelayMs(details) {
    const info = details.find((detail) => String(detail['@type']).endsWith('google.rpc.RetryInfo'));
    const delay = stringField(info, 'retryDelay');
    const match = delay === undefined ? null : /^(\d+(?:\.\d+)?)s$/.exec(delay);
    return match?.[1] === undefined ? undefined : Number.parseFloat(match[1]) * 1000;
}
/**
 * Gemini answers every exhausted limit with 429 RESOURCE_EXHAUSTED and "You exceeded your current quota".
 * Per-minute limits clear on their own; daily ones ("resource_exhausted is sticky and only resets
 * midnight", gke-labs/gemini-for-kubernetes-development#1215) and models with no free-tier allowance
 * ("Quota exceeded for metric: …free_tier_requests, limit: 0", continuedev/continue#10062) do not.
 * Those are reported as quota; everything else as a rate limit to wait out.
 */
function isDailyOrZeroQuota(body) {
    if (/limit: 0\b/.test(body.message ?? ''))
        return true;
    return body.details.some((detail) => {
        const violations = Array.isArray(detail.violations) ? detail.violations.filter(isRecord) : [];
        return violations.some((violation) => /PerDay/i.test(`${stringField(violation, 'quotaId') ?? ''} ${stringField(violation, 'quotaMetric') ?? ''}`));
    });
}
/** A bad key is 400 INVALID_ARGUMENT with reason API_KEY_INVALID, not 401 (ai.google.dev troubleshooting). */
function isInvalidKey(body) {
    return (body.details.some((detail) => detail.reason === 'API_KEY_INVALID') || /API key (not valid|expired)/i.test(body.message ?? ''));
}
/** The `generateContent` parameters for `request` (the SDK puts `config` into `generationConfig`). */
function buildGoogleParams(request, modelId, warnings) {
    const format = resolveResponseFormat(request);
    const { system, conversation } = splitSystemMessages(request.messages);
    const config = {};
    if (system !== undefined)
        config.systemInstruction = system;
    if (request.temperature !== undefined)
        config.temperature = request.temperature;
    if (request.maxOutputTokens !== undefined)
        config.maxOutputTokens = request.maxOutputTokens;
    // GenerationConfig.stopSequences: "up to 5" (ai.google.dev/api/generate-content).
    const stop = stopSequencesFor(request, 5, 'google', warnings);
    if (stop !== undefined)
        config.stopSequences = stop;
    if (format.kind === 'json') {
        config.responseMimeType = 'application/json';
        if (format.schema !== undefined)
            config.responseJsonSchema = format.schema;
    }
    Object.assign(config, providerOptionsFor(request, 'google'));
    const contents = conversation.map((message) => ({
        role: message.role === 'assistant' ? 'model' : 'user',
        parts: [{ text: message.content }],
    }));
    return { model: modelId, contents, config };
}
function mapGoogleSdkError(sdk, error, context, baseUrl) {
    if (error instanceof sdk.ApiError) {
        const body = readGoogleErrorBody(error.message);
        const isQuota = error.status === 429 && isDailyOrZeroQuota(body);
        return createLlmHttpError(context, {
            status: error.status,
            bodyText: error.message,
            vendorMessage: body.message ?? error.message.slice(0, 300),
            vendorCode: body.status,
            isQuota,
            isAuth: error.status === 400 && isInvalidKey(body),
            retryAfterMs: retryDelayMs(body.details),
            cause: error,
        });
    }
    // undici: "fetch failed" before a response, "terminated" when the socket dies mid-body.
    if (error instanceof TypeError && /^(fetch failed|terminated)$/.test(error.message)) {
        return createLlmConnectionError(context, error, baseUrl);
    }
    return createLlmUnreadableResponseError(context, error);
}
function mapGoogleResponse(data, params, warnings, context) {
    const { sdkHttpResponse, ...responseBody } = data;
    const raw = { request: params, response: { headers: headersToRecord(sdkHttpResponse?.headers), body: responseBody } };
    const requestId = data.responseId;
    const candidate = data.candidates?.[0];
    const blockReason = data.promptFeedback?.blockReason;
    if (candidate === undefined) {
        if (blockReason !== undefined) {
            warnings.push(`google: the prompt was blocked (${blockReason})`);
            return { text: '', finishReason: 'content-filter', usage: mapUsage(data), warnings, requestId, raw };
        }
        throw createLlmResponseError(context, 'no candidates in the generateContent response', undefined, {
            bodyText: JSON.stringify(responseBody),
            requestId,
        });
    }
    const text = (candidate.content?.parts ?? [])
        .filter((part) => typeof part.text === 'string' && part.thought !== true)
        .map((part) => part.text)
        .join('');
    return {
        text,
        finishReason: FINISH_REASONS[candidate.finishReason ?? ''] ?? 'other',
        usage: mapUsage(data),
        warnings,
        requestId,
        raw,
    };
}
export function createGoogleLlmClient(options) {
    const baseUrl = options.baseURL ?? LLM_DEFAULT_BASE_URLS.google;
    return createSdkLlmClient({
        provider: 'google',
        options,
        loadSdk: loadGoogleSdk,
        createClient: (sdk) => new sdk.GoogleGenAI({ apiKey: options.apiKey, vertexai: false, httpOptions: { baseUrl } }),
        translateRequest: (request, warnings) => buildGoogleParams(request, options.modelId, warnings),
        send: (client, params, signal) => client.models.generateContent({ ...params, config: { ...params.config, abortSignal: signal } }),
        mapError: (sdk, error, context) => mapGoogleSdkError(sdk, error, context, baseUrl),
        mapResponse: mapGoogleResponse,
    });
}
/** Thinking tokens are billed as output (ai.google.dev pricing: "output price (including thinking tokens)"). */
function mapUsage(data) {
    const usage = data.usageMetadata;
    const candidates = numberField(usage, 'candidatesTokenCount');
    const thoughts = numberField(usage, 'thoughtsTokenCount');
    return {
        inputTokens: numberField(usage, 'promptTokenCount'),
        outputTokens: candidates === undefined && thoughts === undefined ? undefined : (candidates ?? 0) + (thoughts ?? 0),
    };
}
//# sourceMappingURL=google-llm-client.js.map