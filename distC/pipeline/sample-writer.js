import { MessageChannel, Worker } from 'node:worker_threads';
import { RunError } from '../errors/errors.js';
import { finishedSpool } from './output-spool.js';
/**
 * The thread that stores the samples of a large identify run (see identify-stream.ts): SQLite inserts and the output
 * spool. The check workers send it what they computed of each sample (the JSONL line, the messages JSON and the
 * preview, as UTF-8 bytes) and this thread sends it its decisions (which samples are kept, with their metadata), so
 * the bulk of every sample never crosses into this thread and its storage runs beside detection instead of after it.
 * Samples are stored in the order they are decided, in transactions of `batchSize`, as `SampleSink.flush` does.
 * The worker script is the compiled `dist/pipeline/sample-writer-worker.js` (used only from the compiled build).
 */
const WORKER_URL = new URL('./sample-writer-worker.js', import.meta.url);
export function createSampleWriter(settings) {
    const worker = new Worker(WORKER_URL, { workerData: settings, name: 'ftdb-sample-writer' });
    let failure;
    let finished;
    let exited = false;
    const fail = (error) => {
        failure ??= error;
        finished?.reject(failure);
        finished = undefined;
    };
    worker.on('message', (reply) => {
        if (reply.type === 'failed')
            fail(new RunError(`Storing samples failed: ${reply.message}`, { code: reply.code ?? 'store_failed' }));
        else {
            finished?.resolve({ stored: reply.stored, spool: reply.spool === undefined ? undefined : finishedSpool(reply.spool) });
            finished = undefined;
        }
    });
    worker.on('error', (error) => fail(new RunError(`The sample writer thread failed: ${error.message}`, { cause: error, code: 'store_failed' })));
    worker.on('exit', (code) => {
        exited = true;
        if (finished !== undefined)
            fail(new RunError(`The sample writer thread stopped (exit code ${code}) before storing every sample.`, { code: 'store_failed' }));
    });
    return {
        connect() {
            const channel = new MessageChannel();
            worker.postMessage({ type: 'connect', port: channel.port1 }, [channel.port1]);
            return channel.port2;
        },
        payload(message) {
            worker.postMessage(message, [message.payload.buffer]);
        },
        verdict(message) {
            worker.postMessage(message);
        },
        get failure() {
            return failure;
        },
        finish() {
            if (failure !== undefined)
                return Promise.reject(failure);
            if (exited)
                return Promise.reject(new RunError('The sample writer thread is not running.', { code: 'store_failed' }));
            return new Promise((resolve, reject) => {
                finished = { resolve, reject };
                worker.postMessage({ type: 'finish' });
            });
        },
        async close() {
            await worker.terminate();
        },
    };
}
//# sourceMappingURL=sample-writer.js.map