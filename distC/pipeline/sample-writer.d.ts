import { type MessagePort } from 'node:worker_threads';
import type { Sample } from '../dataset/types.js';
import { type FinishedSpool, type FinishedSpoolData } from './output-spool.js';
/**
 * Young generation of the check threads (V8's default lets each grow to 32 MB of semi-spaces). They keep little of
 * what they allocate, so a smaller nursery costs no measurable time; with the writer's below it saved ~45 MB of peak
 * RSS on a 100 MB identify run (bench/README.md). The identify loop's own thread keeps V8's default: its size is
 * fixed when the process starts.
 */
export declare const WORKER_MAX_YOUNG_GENERATION_MB = 16;
/** Parts per sample in a payload: JSONL line, messages JSON, content preview, keyword text. */
export declare const PAYLOAD_PARTS = 4;
/** What a check worker computed of one batch, for the writer (bytes laid out as in `PrecheckReply.payload`). */
export interface WriterPayload {
    type: 'payload';
    batch: number;
    /** Per sample: JSONL line (with newline), messages JSON, content preview, keyword text, back to back. */
    payload: Uint8Array;
    /** Sample `i`'s parts start at `offsets[4i]` ... `[4i + 3]` and end at `[4i + 4]` (`PAYLOAD_PARTS`). */
    offsets: Int32Array;
    tokenCounts: Int32Array;
    /** 1 = exact, 0 = estimate. */
    tokenExact: Uint8Array;
}
/**
 * The kept samples of a batch, column by column: each one's index in the batch, content hash (of its kept, possibly
 * truncated messages) and everything the store keeps of it but its messages and token count. Repeated strings
 * (origin, file, detector...) are sent once; a few arrays clone far faster than one object per sample.
 */
export interface KeptRows {
    count: number;
    indexes: Int32Array;
    /** The document (`WriterDocument.number`) each row comes from. */
    documents: Int32Array;
    hashes: string[];
    ids: string[];
    /** Per row, `TEXT_FIELDS.length` indexes into `strings` (-1 = none). */
    texts: Int32Array;
    /** Per row, `NUMBER_FIELDS.length` numbers (NaN = none). */
    numbers: Float64Array;
    /** Each row's topic keywords, back to back, `keywordCounts[i]` of them. */
    keywords: string[];
    keywordCounts: Uint16Array;
    strings: string[];
}
/** Builds the `KeptRows` of one batch. */
export declare class KeptRowsBuilder {
    private readonly indexes;
    private readonly documents;
    private readonly hashes;
    private readonly ids;
    private readonly texts;
    private readonly numbers;
    private readonly keywords;
    private readonly keywordCounts;
    private readonly table;
    get count(): number;
    add(index: number, document: number, sample: Sample, contentHash: string): void;
    build(): KeptRows;
}
/** Row `row` of `kept` as a sample (its messages left out), with its index in the batch and content hash. */
export declare function keptRow(kept: KeptRows, row: number, keywordStart: number): {
    index: number;
    document: number;
    contentHash: string;
    sample: Omit<Sample, 'messages'>;
};
export interface WriterVerdict {
    type: 'verdict';
    batch: number;
    kept: KeptRows;
    /** Chunks finished after these samples (stored in the same transaction). */
    chunkIds: string[];
}
/**
 * A document the next samples come from, numbered in order, with the corpus its samples' topic keywords are taken
 * against (its chunks' texts, as the identify agent uses them), when the writer computes keywords.
 */
export interface WriterDocument {
    type: 'document';
    number: number;
    corpus: string[];
    /** The corpus is sent in parts (`CORPUS_PART_CHARS`); the last one completes it. */
    last: boolean;
}
/**
 * A document's keyword corpus (up to `MAX_IDF_CORPUS_CHARS`, 16 M characters) goes to the writer in parts of about
 * this much text, each scanned and dropped as it comes: sent whole, it was cloned at once on both sides (tens of MB
 * more at the peak of a 200 MB run, kept by V8 for the rest of the run).
 */
export declare const CORPUS_PART_CHARS = 1000000;
/** The texts in order, grouped into parts of at most `maxChars` (a longer text is a part of its own); at least one part. */
export declare function corpusParts(corpus: readonly string[], maxChars?: number): string[][];
export type WriterMessage = WriterPayload | WriterVerdict | WriterDocument | {
    type: 'connect';
    port: MessagePort;
} | {
    type: 'finish';
};
export type WriterReply = {
    type: 'finished';
    stored: number;
    spool?: FinishedSpoolData;
} | {
    type: 'failed';
    message: string;
    code?: string;
};
export interface SampleWriterSettings {
    databasePath: string;
    datasetId: string;
    /** Where the output spool goes, when the run keeps one (a run that started its dataset). */
    spool?: {
        outputDir: string;
        datasetId: string;
        withCsv: boolean;
    };
    /** Samples per transaction. */
    batchSize: number;
    /** Compute the samples' TF-IDF topic keywords here (from each document's corpus and each sample's keyword text). */
    keywords: boolean;
}
export interface SampleWriter {
    /** A port for a check worker to send its payloads on (transfer it to the worker). */
    connect(): MessagePort;
    /** A batch's payload computed on this thread (a check worker's fallback). */
    payload(message: WriterPayload): void;
    verdict(message: WriterVerdict): void;
    /** The document the next samples come from (before any verdict with its samples). */
    document(message: Omit<WriterDocument, 'last'>): void;
    /** Why the writer stopped, if it failed (the run must stop: samples are no longer stored). */
    readonly failure: Error | undefined;
    /** Stores what is decided, closes the spool and the database; resolves with the spool for the output files. */
    finish(): Promise<{
        stored: number;
        spool?: FinishedSpool;
    }>;
    /** Stops the thread (after `finish`, or on an error path). */
    close(): Promise<void>;
}
export declare function createSampleWriter(settings: SampleWriterSettings): SampleWriter;
