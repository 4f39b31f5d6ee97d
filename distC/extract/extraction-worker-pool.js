import { Worker } from 'node:worker_threads';
import { ExtractionError } from '../errors/errors.js';
import { errorText } from './read-input.js';
import { reviveError } from './worker-protocol.js';
/** The job hit its time limit and the worker was terminated; the registry turns it into `extraction_timeout`. */
export class TimeLimitExceededError extends Error {
    timeoutMs;
    constructor(timeoutMs) {
        super(`stopped after ${timeoutMs} ms (worker terminated)`);
        this.name = 'TimeLimitExceededError';
        this.timeoutMs = timeoutMs;
    }
}
/** Longest delay `setTimeout` takes (Node docs, timers: "When `delay` is larger than `2147483647` ... the `delay` will be set to `1`"). */
export const MAX_TIMER_MS = 2_147_483_647;
/** The compiled worker script beside this module (`dist/extract/extract-worker.js`). */
export const EXTRACT_WORKER_URL = new URL('./extract-worker.js', import.meta.url);
/**
 * True when this module runs from compiled JavaScript, so `extract-worker.js` exists beside it. Under vitest the
 * `.ts` sources run through vitest's transformer, which a worker thread does not have, so extraction stays
 * in-process there (with the soft, timer-based limit); the worker path is tested through the built `dist/`.
 */
export const extractionWorkerAvailable = !new URL(import.meta.url).pathname.endsWith('.ts');
export function createExtractionWorkerPool(workerUrl = EXTRACT_WORKER_URL) {
    let worker;
    let current;
    const queue = [];
    let nextId = 1;
    let startedWorkers = 0;
    const startWorker = () => {
        // No inherited execArgv: flags meant for the main script (e.g. `--input-type=module` with `-e`) stop a worker
        // from loading. V8 heap flags such as --max-old-space-size apply to every thread anyway (V8 flags are global).
        const started = new Worker(workerUrl, { name: 'ftdb-extract', execArgv: [] });
        startedWorkers += 1;
        started.on('message', (reply) => onReply(started, reply));
        started.on('error', (error) => onWorkerFailure(started, errorText(error), error));
        started.on('exit', (exitCode) => onWorkerFailure(started, `it exited with code ${exitCode}`));
        started.unref();
        return started;
    };
    /** Drops the worker; its memory is freed once it has stopped. */
    const stopWorker = () => {
        const stopping = worker;
        worker = undefined;
        if (stopping === undefined)
            return Promise.resolve();
        return stopping.terminate().then(() => undefined, () => undefined);
    };
    const settle = (entry) => {
        if (entry.timer !== undefined)
            clearTimeout(entry.timer);
        if (entry.onAbort !== undefined)
            entry.options.signal?.removeEventListener('abort', entry.onAbort);
        if (current === entry)
            current = undefined;
        const index = queue.indexOf(entry);
        if (index !== -1)
            queue.splice(index, 1);
    };
    const pump = () => {
        if (current !== undefined)
            return;
        const entry = queue.shift();
        if (entry === undefined) {
            worker?.unref();
            return;
        }
        current = entry;
        try {
            worker ??= startWorker();
        }
        catch (error) {
            settle(entry);
            entry.reject(new ExtractionError(entry.job.path, `could not start the extraction worker (${errorText(error)})`, { extractorId: entry.job.extractorId, cause: error }));
            pump();
            return;
        }
        worker.ref();
        entry.timer = setTimeout(() => {
            settle(entry);
            void stopWorker();
            entry.reject(new TimeLimitExceededError(entry.options.timeoutMs));
            pump();
        }, Math.min(entry.options.timeoutMs, MAX_TIMER_MS));
        const request = { id: entry.id, path: entry.job.path, extractor: entry.job.extractor };
        worker.postMessage(request);
    };
    const onReply = (from, reply) => {
        const entry = current;
        if (from !== worker || entry === undefined || reply.id !== entry.id)
            return;
        settle(entry);
        if (reply.ok)
            entry.resolve(reply.document);
        else
            entry.reject(reviveError(reply.error));
        pump();
    };
    const onWorkerFailure = (from, detail, cause) => {
        if (from !== worker)
            return; // a worker we already dropped (terminated after a time-out or abort)
        void stopWorker();
        const entry = current;
        if (entry === undefined)
            return;
        settle(entry);
        const { path, extractorId } = entry.job;
        entry.reject(new ExtractionError(path, `the extraction worker stopped while reading this file (${detail}); the file may be malformed or too large to extract in memory — split it, re-save it, or leave it out`, { extractorId, code: 'extraction_crashed', cause }));
        pump();
    };
    const run = (job, options) => new Promise((resolve, reject) => {
        const { signal } = options;
        if (signal?.aborted) {
            reject(signal.reason);
            return;
        }
        const entry = { id: nextId++, job, options, resolve, reject };
        if (signal !== undefined) {
            entry.onAbort = () => {
                const running = current === entry;
                settle(entry);
                if (running)
                    void stopWorker();
                reject(signal.reason);
                if (running)
                    pump();
            };
            signal.addEventListener('abort', entry.onAbort, { once: true });
        }
        queue.push(entry);
        pump();
    });
    const dispose = async () => {
        const pending = [...(current === undefined ? [] : [current]), ...queue];
        for (const entry of pending) {
            settle(entry);
            entry.reject(new DOMException('extraction was cancelled: the extraction worker was shut down', 'AbortError'));
        }
        await stopWorker();
    };
    return {
        run,
        dispose,
        get startedWorkers() {
            return startedWorkers;
        },
    };
}
let sharedPool;
/** The process-wide pool used by `extractFile` (created on first use; creating it starts no thread). */
export function sharedExtractionWorkerPool() {
    sharedPool ??= createExtractionWorkerPool();
    return sharedPool;
}
/**
 * Stops the extraction worker thread, if one is running. Call it at the end of a run to free its memory at once;
 * it is optional for exiting (the idle worker never keeps the process alive). A later `extractFile` starts a new one.
 */
export async function disposeExtractionWorkers() {
    await sharedPool?.dispose();
}
//# sourceMappingURL=extraction-worker-pool.js.map