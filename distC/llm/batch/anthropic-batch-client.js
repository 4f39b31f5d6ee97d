import { LlmCallError, LlmError } from '../../errors/errors.js';
import { createErrorBodyRecorder, isRecord, stringField } from '../adapter-request.js';
import { buildAnthropicMessageBody, createAnthropicSdkClient, isAnthropicQuotaError, loadAnthropicSdk, mapAnthropicMessage, mapAnthropicSdkError, } from '../anthropic-llm-client.js';
import { createLlmHttpError } from '../llm-http-error.js';
/**
 * Anthropic Message Batches (platform.claude.com/docs/en/build-with-claude/batch-processing): one
 * `POST /v1/messages/batches` with `{requests: [{custom_id, params}]}`, poll `GET /v1/messages/batches/{id}`
 * until `processing_status` is `ended`, then stream the JSONL at `results_url` (the SDK's `results()`).
 * Limits (API reference "Create a Message Batch", read 2026): 1–100,000 requests; the guide adds 256 MB.
 */
export const ANTHROPIC_BATCH_LIMITS = { maxRequests: 100_000, maxBytes: 256 * 1024 * 1024 };
/** Error `type` → the HTTP status the Messages API uses for it (docs.anthropic.com/en/api/errors). */
const STATUS_BY_TYPE = {
    invalid_request_error: 400,
    authentication_error: 401,
    billing_error: 402,
    permission_error: 403,
    not_found_error: 404,
    request_too_large: 413,
    rate_limit_error: 429,
    api_error: 500,
    timeout_error: 504,
    overloaded_error: 529,
};
export function mapAnthropicBatchStatus(batch) {
    const counts = batch.request_counts;
    const failed = counts.errored + counts.canceled + counts.expired;
    const total = counts.processing + counts.succeeded + failed;
    const ended = batch.processing_status === 'ended';
    const state = ended ? (batch.cancel_initiated_at === null ? 'completed' : 'cancelled') : batch.processing_status === 'canceling' ? 'cancelling' : 'in-progress';
    return { state, done: ended, counts: { total, succeeded: counts.succeeded, failed, pending: counts.processing }, problems: [], raw: batch };
}
/** One results line: `{custom_id, result: {type: succeeded|errored|canceled|expired, …}}`. */
export function mapAnthropicBatchLine(line, context, prefills = {}) {
    const customId = stringField(line, 'custom_id') ?? '';
    const result = isRecord(line) ? line.result : undefined;
    const type = stringField(result, 'type');
    if (type === 'succeeded' && isRecord(result)) {
        try {
            const message = mapAnthropicMessage(result.message, context, { prefill: prefills[customId] ?? '', warnings: [], raw: line });
            return { customId, ok: true, result: message };
        }
        catch (error) {
            return { customId, ok: false, error: error, outcome: 'errored' };
        }
    }
    if (type === 'errored' && isRecord(result)) {
        const envelope = isRecord(result.error) ? result.error : undefined;
        const detail = isRecord(envelope?.error) ? envelope.error : envelope;
        const errorType = stringField(detail, 'type');
        const message = stringField(detail, 'message') ?? 'no message';
        const status = STATUS_BY_TYPE[errorType ?? ''] ?? 500;
        const errorCode = stringField(isRecord(detail) ? detail.details : undefined, 'error_code');
        const error = createLlmHttpError(context, {
            status,
            bodyText: JSON.stringify(result.error),
            requestId: stringField(envelope, 'request_id'),
            vendorMessage: message,
            vendorCode: errorCode ?? errorType,
            isQuota: isAnthropicQuotaError(status, errorType, errorCode, message),
            cause: undefined,
        });
        return { customId, ok: false, error, outcome: 'errored' };
    }
    const outcome = type === 'expired' ? 'expired' : 'cancelled';
    const error = new LlmCallError(`Anthropic batch request "${customId}" was ${type ?? 'not run'} before it ran; it can be submitted again.`, {
        provider: 'anthropic',
        modelId: context.modelId,
        isRetryable: true,
        responseBody: JSON.stringify(line),
    });
    return { customId, ok: false, error, outcome };
}
export function createAnthropicBatchClient(options) {
    const { modelId, call } = options;
    const context = { provider: 'anthropic', modelId, secrets: [options.apiKey] };
    const recorder = createErrorBodyRecorder();
    let clientPromise;
    const getClient = () => {
        clientPromise ??= loadAnthropicSdk().then((sdk) => [
            sdk,
            createAnthropicSdkClient(sdk, { apiKey: options.apiKey, baseURL: options.baseURL, timeoutMs: options.timeoutMs, recorder }),
        ]);
        return clientPromise;
    };
    const mapping = { context, timeoutMs: options.timeoutMs, baseURL: options.baseURL, recorder };
    const run = async (operation, signal, idempotent) => {
        const [sdk, client] = await getClient();
        return call(() => operation(client), { signal, idempotent, mapError: (error) => mapAnthropicSdkError(sdk, error, mapping) });
    };
    return {
        provider: 'anthropic',
        model: modelId,
        async submit(requests, callOptions = {}) {
            const { signal } = callOptions;
            const prefills = {};
            const body = {
                requests: requests.map(({ customId, request }) => {
                    const { body: params, prefill } = buildAnthropicMessageBody(request, modelId, []);
                    if (prefill !== '')
                        prefills[customId] = prefill;
                    return { custom_id: customId, params };
                }),
            };
            options.checkSize(Buffer.byteLength(JSON.stringify(body), 'utf8'), ANTHROPIC_BATCH_LIMITS.maxBytes);
            const batch = await run((client) => client.messages.batches.create(body, { signal }), signal, false);
            const handle = { provider: 'anthropic', model: modelId, batchId: batch.id, requestCount: requests.length, submittedAt: options.now().toISOString() };
            if (Object.keys(prefills).length > 0)
                handle.prefills = prefills;
            return handle;
        },
        async poll(handle, callOptions = {}) {
            return mapAnthropicBatchStatus(await run((client) => client.messages.batches.retrieve(handle.batchId, {}, { signal: callOptions.signal }), callOptions.signal, true));
        },
        async cancel(handle, callOptions = {}) {
            return mapAnthropicBatchStatus(await run((client) => client.messages.batches.cancel(handle.batchId, {}, { signal: callOptions.signal }), callOptions.signal, true));
        },
        results(handle, callOptions = {}) {
            const { signal } = callOptions;
            return (async function* () {
                const batch = await run((client) => client.messages.batches.retrieve(handle.batchId, {}, { signal }), signal, true);
                const status = mapAnthropicBatchStatus(batch);
                if (!status.done) {
                    throw new LlmError('llm_batch_not_ready', `Anthropic batch ${handle.batchId} is ${status.state} (${status.counts.pending} pending); poll until it is done before reading results.`);
                }
                const lines = await run((client) => client.messages.batches.results(handle.batchId, {}, { signal }), signal, true);
                for await (const line of lines)
                    yield mapAnthropicBatchLine(line, context, handle.prefills);
            })();
        },
    };
}
//# sourceMappingURL=anthropic-batch-client.js.map