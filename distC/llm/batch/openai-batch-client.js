import { LlmCallError, LlmError } from '../../errors/errors.js';
import { createErrorBodyRecorder, isRecord, numberField, stringField } from '../adapter-request.js';
import { createLlmHttpError, createLlmResponseError } from '../llm-http-error.js';
import { buildOpenAiChatBody, createOpenAiSdkClient, loadOpenAiSdk, mapOpenAiChatCompletion, mapOpenAiSdkError, } from '../openai-compatible-llm-client.js';
import { OPENAI_CHAT_SETTINGS } from '../openai-llm-client.js';
import { readJsonLines } from './read-json-lines.js';
/**
 * OpenAI Batch API (platform.openai.com/docs/guides/batch): upload a JSONL file of `/v1/chat/completions`
 * requests with purpose `batch`, create the batch with a 24 h window, poll `GET /v1/batches/{id}`, then read
 * `output_file_id` (successes) and `error_file_id` (failures) line by line.
 * Limits (openai-node `resources/batches.d.ts`, BatchCreateParams.input_file_id): 50,000 requests, 200 MB.
 */
export const OPENAI_BATCH_LIMITS = { maxRequests: 50_000, maxBytes: 200 * 1024 * 1024 };
const STATES = {
    validating: 'validating',
    in_progress: 'in-progress',
    finalizing: 'finalizing',
    completed: 'completed',
    failed: 'failed',
    expired: 'expired',
    cancelling: 'cancelling',
    cancelled: 'cancelled',
};
const DONE = new Set(['completed', 'failed', 'expired', 'cancelled']);
export function mapOpenAiBatchStatus(batch) {
    const state = STATES[batch.status] ?? 'in-progress';
    const total = batch.request_counts?.total ?? 0;
    const succeeded = batch.request_counts?.completed ?? 0;
    const failed = batch.request_counts?.failed ?? 0;
    const problems = (batch.errors?.data ?? []).map((error) => `${error.line === undefined || error.line === null ? '' : `line ${error.line}: `}${error.message ?? error.code ?? 'unknown error'}`);
    return { state, done: DONE.has(state), counts: { total, succeeded, failed, pending: Math.max(0, total - succeeded - failed) }, problems, raw: batch };
}
/** One line of an output or error file: `{custom_id, response: {status_code, request_id, body} | null, error}`. */
export function mapOpenAiBatchLine(line, context) {
    const customId = stringField(line, 'custom_id') ?? '';
    const response = isRecord(line) ? line.response : undefined;
    const status = numberField(response, 'status_code');
    const requestId = stringField(response, 'request_id');
    const body = isRecord(response) ? response.body : undefined;
    if (status === 200) {
        try {
            return { customId, ok: true, result: mapOpenAiChatCompletion(body, context, { requestId, status, warnings: [], raw: line }) };
        }
        catch (error) {
            return { customId, ok: false, error: error, outcome: 'errored' };
        }
    }
    if (status !== undefined) {
        const detail = isRecord(body) && isRecord(body.error) ? body.error : undefined;
        const code = stringField(detail, 'code') ?? stringField(detail, 'type');
        const error = createLlmHttpError(context, {
            status,
            bodyText: JSON.stringify(body),
            requestId,
            vendorMessage: stringField(detail, 'message'),
            vendorCode: code,
            isQuota: code === 'insufficient_quota',
            cause: undefined,
        });
        return { customId, ok: false, error, outcome: 'errored' };
    }
    // No response at all: the request never ran (`batch_expired` when the 24 h window closed).
    const lineError = isRecord(line) ? line.error : undefined;
    const code = stringField(lineError, 'code') ?? 'unknown';
    const outcome = /expired/.test(code) ? 'expired' : /cancel/.test(code) ? 'cancelled' : 'errored';
    const error = new LlmCallError(`OpenAI batch request "${customId}" did not run (${code}: ${stringField(lineError, 'message') ?? 'no message'})${outcome === 'errored' ? '' : '; it can be submitted again'}.`, { provider: 'openai', modelId: context.modelId, isRetryable: outcome !== 'errored', responseBody: JSON.stringify(line) });
    return { customId, ok: false, error, outcome };
}
export function createOpenAiBatchClient(options) {
    const { modelId, call } = options;
    const context = { provider: 'openai', modelId, secrets: [options.apiKey] };
    const recorder = createErrorBodyRecorder();
    let clientPromise;
    const getClient = () => {
        clientPromise ??= loadOpenAiSdk().then((sdk) => [
            sdk,
            createOpenAiSdkClient(sdk, { apiKey: options.apiKey, baseURL: options.baseURL, timeoutMs: options.timeoutMs, recorder }),
        ]);
        return clientPromise;
    };
    const mapping = { context, timeoutMs: options.timeoutMs, baseURL: options.baseURL, recorder };
    const run = async (operation, signal, idempotent) => {
        const [sdk, client] = await getClient();
        return call(() => operation(client), { signal, idempotent, mapError: (error) => mapOpenAiSdkError(sdk, error, mapping) });
    };
    return {
        provider: 'openai',
        model: modelId,
        async submit(requests, callOptions = {}) {
            const { signal } = callOptions;
            const lines = requests.map(({ customId, request }) => JSON.stringify({ custom_id: customId, method: 'POST', url: '/v1/chat/completions', body: buildOpenAiChatBody(request, modelId, OPENAI_CHAT_SETTINGS, []) }));
            const jsonl = Buffer.from(`${lines.join('\n')}\n`, 'utf8');
            options.checkSize(jsonl.byteLength, OPENAI_BATCH_LIMITS.maxBytes);
            const [sdk] = await getClient();
            const file = await run(async (client) => client.files.create({ file: await sdk.toFile(jsonl, 'ftdb-batch.jsonl', { type: 'application/jsonl' }), purpose: 'batch' }, { signal }), signal, true);
            const batch = await run((client) => client.batches.create({ input_file_id: file.id, endpoint: '/v1/chat/completions', completion_window: '24h', metadata: { source: 'fine-tune-dataset-builder' } }, { signal }), signal, false);
            return { provider: 'openai', model: modelId, batchId: batch.id, inputFileId: file.id, requestCount: requests.length, submittedAt: options.now().toISOString() };
        },
        async poll(handle, callOptions = {}) {
            return mapOpenAiBatchStatus(await run((client) => client.batches.retrieve(handle.batchId, { signal: callOptions.signal }), callOptions.signal, true));
        },
        async cancel(handle, callOptions = {}) {
            return mapOpenAiBatchStatus(await run((client) => client.batches.cancel(handle.batchId, { signal: callOptions.signal }), callOptions.signal, true));
        },
        results(handle, callOptions = {}) {
            const { signal } = callOptions;
            return (async function* () {
                const batch = await run((client) => client.batches.retrieve(handle.batchId, { signal }), signal, true);
                const status = mapOpenAiBatchStatus(batch);
                if (!status.done) {
                    throw new LlmError('llm_batch_not_ready', `OpenAI batch ${handle.batchId} is ${status.state} (${status.counts.pending} pending); poll until it is done before reading results.`);
                }
                for (const fileId of [batch.output_file_id, batch.error_file_id]) {
                    if (fileId === undefined || fileId === null)
                        continue;
                    const response = await run((client) => client.files.content(fileId, { signal }), signal, true);
                    if (response.body === null)
                        continue;
                    const lines = readJsonLines(response.body, (line, lineNumber, error) => createLlmResponseError(context, `batch file ${fileId} line ${lineNumber} is not JSON`, error, { bodyText: line }));
                    for await (const line of lines)
                        yield mapOpenAiBatchLine(line, context);
                }
            })();
        },
    };
}
//# sourceMappingURL=openai-batch-client.js.map