import { type MessagePort } from 'node:worker_threads';
import type { Sample } from '../dataset/types.js';
import { type FinishedSpool, type FinishedSpoolData } from './output-spool.js';
/** What a check worker computed of one batch, for the writer (bytes laid out as in `PrecheckReply.payload`). */
export interface WriterPayload {
    type: 'payload';
    batch: number;
    /** Per sample: JSONL line (with newline), messages JSON, content preview, back to back. */
    payload: Uint8Array;
    /** Sample `i`'s parts start at `offsets[3i]`, `[3i + 1]`, `[3i + 2]` and end at `[3i + 3]`. */
    offsets: Int32Array;
    tokenCounts: Int32Array;
    /** 1 = exact, 0 = estimate. */
    tokenExact: Uint8Array;
}
/** A kept sample of a batch: its index in the batch and everything the store keeps of it but its messages. */
export interface WriterRow {
    index: number;
    sample: Omit<Sample, 'messages'>;
    /** Content hash of its kept (possibly truncated) messages. */
    contentHash: string;
}
export interface WriterVerdict {
    type: 'verdict';
    batch: number;
    kept: WriterRow[];
    /** Chunks finished after these samples (stored in the same transaction). */
    chunkIds: string[];
}
export type WriterMessage = WriterPayload | WriterVerdict | {
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
}
export interface SampleWriter {
    /** A port for a check worker to send its payloads on (transfer it to the worker). */
    connect(): MessagePort;
    /** A batch's payload computed on this thread (a check worker's fallback). */
    payload(message: WriterPayload): void;
    verdict(message: WriterVerdict): void;
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
