import { MessageChannel, Worker } from 'node:worker_threads';
import { RunError } from '../errors/errors.js';
import { StringTable } from './string-table.js';
import { finishedSpool } from './output-spool.js';
/**
 * The thread that stores the samples of a large identify run (see identify-stream.ts): SQLite inserts, the output
 * spool and the samples' TF-IDF topic keywords. The check workers send it what they computed of each sample (the
 * JSONL line, the messages JSON, the preview and the keyword text, as UTF-8 bytes); the identify loop sends it each
 * document's keyword corpus and its decisions (which samples are kept, with their metadata). The bulk of every
 * sample never crosses into the identify loop's thread, and storage runs beside detection instead of after it.
 * Samples are stored in the order they are decided, in transactions of `batchSize`, as `SampleSink.flush` does.
 * The worker script is the compiled `dist/pipeline/sample-writer-worker.js` (used only from the compiled build).
 */
const WORKER_URL = new URL('./sample-writer-worker.js', import.meta.url);
const WRITER_MAX_OLD_GENERATION_MB = 192;
/**
 * Young generation of the check threads (V8's default lets each grow to 32 MB of semi-spaces). They keep little of
 * what they allocate, so a smaller nursery costs no measurable time; with the writer's below it saved ~45 MB of peak
 * RSS on a 100 MB identify run (bench/README.md). The identify loop's own thread keeps V8's default: its size is
 * fixed when the process starts.
 */
export const WORKER_MAX_YOUNG_GENERATION_MB = 16;
/**
 * The writer's is smaller still. It is not the thread the run waits on (~6 CPU seconds per 100 MB against the check
 * worker's ~12), so its extra scavenges did not show in the wall time (A/B on 100 MB, three pairs: 18.8–22.1 s vs
 * 18.2–20.4 s, within this machine's noise), and one 200 MB file peaked ~10 MB lower (575–580 MB vs 585–594).
 * 8 MB for the check workers too slowed the run (second session, bench/README.md).
 */
const WRITER_MAX_YOUNG_GENERATION_MB = 8;
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
    table = new StringTable();
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
            this.texts.push(this.table.intern(text));
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
            strings: this.table.strings,
        };
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
/**
 * A document's keyword corpus (up to `MAX_IDF_CORPUS_CHARS`, 16 M characters) goes to the writer in parts of about
 * this much text, each scanned and dropped as it comes: sent whole, it was cloned at once on both sides (tens of MB
 * more at the peak of a 200 MB run, kept by V8 for the rest of the run).
 */
export const CORPUS_PART_CHARS = 1_000_000;
/** The texts in order, grouped into parts of at most `maxChars` (a longer text is a part of its own); at least one part. */
export function corpusParts(corpus, maxChars = CORPUS_PART_CHARS) {
    const parts = [[]];
    let chars = 0;
    for (const text of corpus) {
        if (chars > 0 && chars + text.length > maxChars) {
            parts.push([]);
            chars = 0;
        }
        parts.at(-1).push(text);
        chars += text.length;
    }
    return parts;
}
export function createSampleWriter(settings) {
    // It holds a few batches' payloads, at most one transaction's rows and the keyword tables of a document or two
    // (built from at most `MAX_IDF_CORPUS_CHARS` of text each, received in parts): a heap limit keeps V8 from letting
    // it grow to several times that.
    const worker = new Worker(WORKER_URL, {
        workerData: settings,
        name: 'ftdb-sample-writer',
        resourceLimits: { maxOldGenerationSizeMb: WRITER_MAX_OLD_GENERATION_MB, maxYoungGenerationSizeMb: WRITER_MAX_YOUNG_GENERATION_MB },
    });
    let failure;
    let finished;
    let exited = false;
    let done = false;
    const fail = (error) => {
        failure ??= error;
        finished?.reject(failure);
        finished = undefined;
    };
    worker.on('message', (reply) => {
        if (reply.type === 'failed')
            fail(new RunError(`Storing samples failed: ${reply.message}`, { code: reply.code ?? 'store_failed' }));
        else {
            done = true;
            finished?.resolve({ stored: reply.stored, spool: reply.spool === undefined ? undefined : finishedSpool(reply.spool) });
            finished = undefined;
        }
    });
    worker.on('error', (error) => fail(new RunError(`The sample writer thread failed: ${error.message}`, { cause: error, code: 'store_failed' })));
    worker.on('exit', (code) => {
        exited = true;
        // Stopped before it reported everything stored (not by `close` after `finish`): the run stops at once rather
        // than detecting on with nowhere to store (the samples stored so far are kept for a resume).
        if (!done)
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
            const parts = corpusParts(message.corpus);
            parts.forEach((part, index) => worker.postMessage({ ...message, corpus: part, last: index === parts.length - 1 }));
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