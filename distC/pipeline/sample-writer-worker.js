import { parentPort, workerData } from 'node:worker_threads';
import { openStore } from '../store/store.js';
import { OutputSpool, storeAndSpool } from './output-spool.js';
import { KeywordCorpus } from '../dataset/keywords.js';
import { keptRow, PAYLOAD_PARTS } from './sample-writer.js';
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
const NO_MESSAGES = [];
const payloads = new Map();
const verdicts = new Map();
let next = 0;
let pending = [];
let pendingChunks = [];
let stored = 0;
let failed = false;
let finishing = false;
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
        let keywordStart = 0;
        for (let kept = 0; kept < verdict.kept.count; kept++) {
            const { index, document, sample: row, contentHash } = keptRow(verdict.kept, kept, keywordStart);
            keywordStart += verdict.kept.keywordCounts[kept];
            const at = index * PAYLOAD_PARTS;
            if (settings.keywords) {
                // As the identify agent: TF-IDF keywords of the sample's text against its document's corpus, when any.
                const computed = keywordsOf(document)(bytes.toString('utf8', offsets[at + 3], offsets[at + 4]));
                if (computed.length > 0)
                    row.topicKeywords = computed;
            }
            // The row is this thread's own copy: completed in place (its messages are stored from their JSON bytes).
            const sample = row;
            sample.messages = NO_MESSAGES;
            sample.tokenLength = payload.tokenCounts[index];
            sample.tokenMethod = payload.tokenExact[index] === 1 ? 'exact' : 'estimate';
            pending.push({
                sample,
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
function finish() {
    finishing = false;
    flush();
    spool?.close();
    const data = spool?.finishedData();
    store.close();
    port.postMessage({ type: 'finished', stored, spool: data }, data === undefined ? [] : [data.meta.columns.buffer, data.csvLengths.buffer]);
}
/** Keyword extractors of the documents announced and not yet passed (samples come in document order). */
const extractors = new Map();
/** The corpus of the document being announced, part by part. */
let corpus;
function keywordsOf(document) {
    const extractor = extractors.get(document);
    if (extractor === undefined)
        throw new Error(`no corpus for document ${document}`);
    for (const number of extractors.keys())
        if (number < document)
            extractors.delete(number);
    return extractor;
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
                if (finishing && verdicts.size === 0)
                    finish();
                break;
            case 'verdict':
                verdicts.set(message.batch, message);
                drain();
                break;
            case 'document':
                // Built as the document is announced, while the identify loop is still detecting in it. Its parts come
                // before any verdict on its samples (same port, sent first).
                if (corpus?.number !== message.number)
                    corpus = { number: message.number, frequencies: new KeywordCorpus() };
                for (const text of message.corpus)
                    corpus.frequencies.add(text);
                if (message.last) {
                    extractors.set(message.number, corpus.frequencies.extractor());
                    corpus = undefined;
                }
                break;
            case 'finish':
                // Every verdict came before this (same port), but payloads come on the check workers' own ports, in no
                // order relative to it: finish once each decided batch has its payload.
                finishing = true;
                drain();
                if (verdicts.size === 0)
                    finish();
                break;
        }
    }
    catch (error) {
        fail(error);
    }
}
port.on('message', receive);
//# sourceMappingURL=sample-writer-worker.js.map