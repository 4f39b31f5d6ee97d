import { parentPort } from 'node:worker_threads';
import { serializeError } from './worker-protocol.js';
/**
 * Entry point of the extraction worker thread (started by `extraction-worker-pool.ts` from the compiled
 * `dist/extract/extract-worker.js`). It takes one request at a time: imports the extractor named by the request,
 * extracts the file at `path`, and posts back the document (structured clone) or the serialised error.
 * Nothing here outlives a request except the loaded extractor objects: the document is dropped as soon as
 * it has been posted, so the worker does not keep documents alive between files.
 * There is no abort signal here: the main thread stops a request by terminating the whole worker.
 */
function requireParentPort() {
    if (parentPort === null)
        throw new Error('extract-worker.js must be started as a worker thread (new Worker(...)), not run directly');
    return parentPort;
}
const port = requireParentPort();
const extractors = new Map();
async function loadExtractor(spec) {
    const key = `${spec.moduleUrl}#${spec.exportName}#${JSON.stringify(spec.factoryArgument ?? null)}`;
    let loading = extractors.get(key);
    if (loading === undefined) {
        loading = import(spec.moduleUrl).then((module) => {
            const exported = module[spec.exportName];
            const extractor = typeof exported === 'function' ? exported(spec.factoryArgument) : exported;
            if (typeof extractor?.extract !== 'function') {
                throw new Error(`${spec.moduleUrl} has no extractor export named ${spec.exportName}`);
            }
            return extractor;
        });
        loading.catch(() => extractors.delete(key));
        extractors.set(key, loading);
    }
    return loading;
}
async function handle(request) {
    let reply;
    try {
        const extractor = await loadExtractor(request.extractor);
        reply = { id: request.id, ok: true, document: await extractor.extract({ path: request.path }) };
    }
    catch (error) {
        reply = { id: request.id, ok: false, error: serializeError(error) };
    }
    try {
        port.postMessage(reply);
    }
    catch (error) {
        // A document that cannot be cloned (e.g. a function in `metadata`) fails here, not on the main thread.
        port.postMessage({ id: request.id, ok: false, error: serializeError(error) });
    }
}
port.on('message', (request) => void handle(request));
//# sourceMappingURL=extract-worker.js.map