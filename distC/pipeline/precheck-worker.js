import { parentPort, workerData } from 'node:worker_threads';
import { getTarget } from '../targets/registry.js';
import { preloadTokenizer } from '../targets/tokenizers.js';
import { precheckBatch } from './precheck-pool.js';
/**
 * Entry point of a sample check worker thread (started by `precheck-pool.ts` from the compiled
 * `dist/pipeline/precheck-worker.js`): runs `precheckSample` for each batch it is sent and replies with the
 * results column by column. Pure work: the target, model and options come once, as `workerData`.
 */
function requirePort() {
    if (parentPort === null)
        throw new Error('precheck-worker.js must be started as a worker thread');
    return parentPort;
}
const port = requirePort();
const { settings, replies } = workerData;
const target = getTarget(settings.target);
const ready = preloadTokenizer(settings.model);
port.on('message', (request) => {
    void ready.then(() => {
        const reply = check(request);
        // The texts' bytes move to the other thread without a copy.
        replies.postMessage(reply, reply.payload.byteLength > 0 ? [reply.payload.buffer] : []);
    }, (error) => replies.postMessage(failed(request.id, error)));
});
function check(request) {
    try {
        return precheckBatch(target, settings, request);
    }
    catch (error) {
        return failed(request.id, error);
    }
}
function failed(id, error) {
    const code = error?.code;
    return {
        id,
        admitHashes: [],
        admitSignatures: new Uint32Array(0),
        hasSignature: new Uint8Array(0),
        ok: new Uint8Array(0),
        tokenCounts: new Int32Array(0),
        tokenExact: new Uint8Array(0),
        payload: new Uint8Array(0),
        offsets: new Int32Array(0),
        rejected: {},
        truncated: {},
        error: { message: error instanceof Error ? error.message : String(error), code: typeof code === 'string' ? code : undefined },
    };
}
//# sourceMappingURL=precheck-worker.js.map