import { parentPort, workerData } from 'node:worker_threads';
import { getTarget } from '../targets/registry.js';
import { preloadTokenizer } from '../targets/tokenizers.js';
import { precheckBatch } from './precheck-pool.js';
/**
 * Entry point of a sample check worker thread (started by `precheck-pool.ts` from the compiled
 * `dist/pipeline/precheck-worker.js`): runs `precheckSample` for each batch it is sent, replies with the decisions
 * column by column, and sends what is stored of each kept sample to the sample writer thread (bytes, transferred).
 * Pure work: the target, model and options come once, as `workerData`.
 */
function requirePort() {
    if (parentPort === null)
        throw new Error('precheck-worker.js must be started as a worker thread');
    return parentPort;
}
const port = requirePort();
const { settings, replies, writer } = workerData;
const target = getTarget(settings.target);
const ready = preloadTokenizer(settings.model);
port.on('message', (request) => {
    void ready.then(() => check(request), (error) => replies.postMessage(failed(request.id, error)));
});
function check(request) {
    let result;
    try {
        result = precheckBatch(target, settings, request);
    }
    catch (error) {
        replies.postMessage(failed(request.id, error));
        return;
    }
    // The writer first: by the time the decisions are taken on the other thread, the payload is there.
    writer.postMessage(result.payload, [result.payload.payload.buffer]);
    replies.postMessage(result.reply);
}
function failed(id, error) {
    const code = error?.code;
    return {
        id,
        ok: new Uint8Array(0),
        tokenCounts: new Int32Array(0),
        tokenExact: new Uint8Array(0),
        rejected: {},
        truncated: {},
        error: { message: error instanceof Error ? error.message : String(error), code: typeof code === 'string' ? code : undefined },
    };
}
//# sourceMappingURL=precheck-worker.js.map