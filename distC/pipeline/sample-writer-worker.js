import { parentPort, workerData } from 'node:worker_threads';
import { openStore } from '../store/store.js';
import { OutputSpool, storeAndSpool } from './output-spool.js';
/**
 * Entry point of the sample writer thread (sample-writer.ts): joins each batch's payload (from a check worker) with
 * its verdict (from the identify loop), in batch order, and stores the kept samples and their spool lines.
 */
function requirePort() {
    if (parentPort === null)
        throw new Error('sample-writer-worker.js must be started as a worker thread');
    return parentPort;
}
const port = requirePort();
const settings = workerData;
const store = openStore(settings.databasePath);
const spool = settings.spool === undefined ? undefined : new OutputSpool(settings.spool.outputDir, settings.spool.datasetId, settings.spool.withCsv);
const payloads = new Map();
const verdicts = new Map();
let next = 0;
let pending = [];
let pendingChunks = [];
let stored = 0;
let failed = false;
function fail(error) {
    failed = true;
    const code = error?.code;
    port.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error), code: typeof code === 'string' ? code : undefined });
}
function flush() {
    if (pending.length === 0 && pendingChunks.length === 0)
        return;
    const entries = pending;
    const chunks = pendingChunks;
    pending = [];
    pendingChunks = [];
    storeAndSpool(store, settings.datasetId, spool, entries, chunks);
    stored += entries.length;
}
/** Joins payloads and verdicts in batch order, as far as both have arrived. */
function drain() {
    for (;;) {
        const verdict = verdicts.get(next);
        const payload = payloads.get(next);
        if (verdict === undefined || payload === undefined)
            return;
        verdicts.delete(next);
        payloads.delete(next);
        next += 1;
        const bytes = Buffer.from(payload.payload.buffer, payload.payload.byteOffset, payload.payload.byteLength);
        const { offsets } = payload;
        for (const { index, sample, contentHash } of verdict.kept) {
            const at = index * 3;
            pending.push({
                sample: { ...sample, messages: [], tokenLength: payload.tokenCounts[index], tokenMethod: payload.tokenExact[index] === 1 ? 'exact' : 'estimate' },
                contentHash,
                jsonl: bytes.subarray(offsets[at], offsets[at + 1]),
                messagesJson: bytes.subarray(offsets[at + 1], offsets[at + 2]),
                preview: bytes.toString('utf8', offsets[at + 2], offsets[at + 3]),
            });
        }
        pendingChunks.push(...verdict.chunkIds);
        if (pending.length >= settings.batchSize)
            flush();
    }
}
function receive(message) {
    if (failed)
        return;
    try {
        switch (message.type) {
            case 'connect':
                message.port.on('message', receive);
                break;
            case 'payload':
                payloads.set(message.batch, message);
                drain();
                break;
            case 'verdict':
                verdicts.set(message.batch, message);
                drain();
                break;
            case 'finish': {
                drain();
                flush();
                spool?.close();
                const data = spool?.finishedData();
                store.close();
                port.postMessage({ type: 'finished', stored, spool: data }, data === undefined ? [] : [data.meta.columns.buffer]);
                break;
            }
        }
    }
    catch (error) {
        fail(error);
    }
}
port.on('message', receive);
//# sourceMappingURL=sample-writer-worker.js.map