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
const WRITER_MAX_OLD_GENERATION_MB = 64;
/** Parts per sample in a payload: JSONL line, messages JSON, content preview, keyword text. */
export const PAYLOAD_PARTS = 4;
const TEXT_FIELDS = ['origin', 'file', 'unitKind', 'split', 'context', 'detector', 'chunkId', 'usageModel'];
const NUMBER_FIELDS = ['unitIndex', 'startOffset', 'endOffset', 'inputTokens', 'outputTokens', 'llmCalls'];
/** Builds the `KeptRows` of one batch. */
export class KeptRowsBuilder {
    indexes = [];
    documents = [];
    hashes = [];
    ids = [];
    texts = [];
    numbers = [];
    keywords = [];
    keywordCounts = [];
    strings = [];
    stringIds = new Map();
    get count() {
        return this.indexes.length;
    }
    add(index, document, sample, contentHash) {
        this.indexes.push(index);
        this.documents.push(document);
        this.hashes.push(contentHash);
        this.ids.push(sample.id);
        const { source, usage } = sample;
        // The file as the store keeps it (source_file falls back to the source reference's file).
        const texts = [sample.origin, sample.sourceFile ?? source?.file, source?.unitKind, sample.split, sample.context, sample.detector, sample.chunkId, usage?.model];
        for (const text of texts)
            this.texts.push(this.intern(text));
        const numbers = [source?.unitIndex, source?.startOffset, source?.endOffset, usage?.inputTokens, usage?.outputTokens, usage?.llmCalls];
        for (const number of numbers)
            this.numbers.push(number ?? Number.NaN);
        this.keywords.push(...sample.topicKeywords);
        this.keywordCounts.push(sample.topicKeywords.length);
    }
    build() {
        return {
            count: this.indexes.length,
            indexes: Int32Array.from(this.indexes),
            documents: Int32Array.from(this.documents),
            hashes: this.hashes,
            ids: this.ids,
            texts: Int32Array.from(this.texts),
            numbers: Float64Array.from(this.numbers),
            keywords: this.keywords,
            keywordCounts: Uint16Array.from(this.keywordCounts),
            strings: this.strings,
        };
    }
    intern(text) {
        if (text === undefined)
            return -1;
        let id = this.stringIds.get(text);
        if (id === undefined) {
            id = this.strings.length;
            this.strings.push(text);
            this.stringIds.set(text, id);
        }
        return id;
    }
}
/** Row `row` of `kept` as a sample (its messages left out), with its index in the batch and content hash. */
export function keptRow(kept, row, keywordStart) {
    const text = (field) => {
        const id = kept.texts[row * TEXT_FIELDS.length + field];
        return id < 0 ? undefined : kept.strings[id];
    };
    const number = (field) => {
        const value = kept.numbers[row * NUMBER_FIELDS.length + field];
        return Number.isNaN(value) ? undefined : value;
    };
    const file = text(1);
    const unitKind = text(2);
    const [inputTokens, outputTokens, llmCalls, model] = [number(3), number(4), number(5), text(7)];
    const sample = {
        id: kept.ids[row],
        origin: text(0),
        sourceFile: file,
        source: file === undefined ? undefined : { file, unitKind, unitIndex: number(0), startOffset: number(1), endOffset: number(2) },
        topicKeywords: kept.keywords.slice(keywordStart, keywordStart + kept.keywordCounts[row]),
        split: text(3),
        context: text(4),
        detector: text(5),
        chunkId: text(6),
        usage: inputTokens === undefined && outputTokens === undefined && llmCalls === undefined && model === undefined ? undefined : { inputTokens, outputTokens, llmCalls, model },
    };
    return { index: kept.indexes[row], document: kept.documents[row], contentHash: kept.hashes[row], sample };
}
export function createSampleWriter(settings) {
    // It holds a few batches' payloads and at most one transaction's rows: a small heap limit keeps V8 from letting it
    // grow to several times that.
    const worker = new Worker(WORKER_URL, { workerData: settings, name: 'ftdb-sample-writer', resourceLimits: { maxOldGenerationSizeMb: WRITER_MAX_OLD_GENERATION_MB } });
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
        document(message) {
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