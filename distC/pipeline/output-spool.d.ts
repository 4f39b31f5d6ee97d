import type { SampleMeta, SampleToStore, Store } from '../store/store.js';
import { type Text } from './byte-files.js';
import { type WrittenOutputs } from './write-outputs.js';
export type { Text } from './byte-files.js';
export interface SpoolEntry {
    /** The JSONL line, with its newline. */
    jsonl: Text;
    /** The metadata.csv row without its split column (`metadataPrefix`), when the spool keeps metadata rows. */
    csv?: string;
    /** What the split and the stats need of the sample (only its first keyword is kept). */
    meta: Omit<SampleMeta, 'seq'>;
}
/** What the split and the stats need of each spooled sample, column by column (plain data: it can cross threads). */
export interface SpoolMetaData {
    count: number;
    /** Strings the columns refer to by index. */
    strings: string[];
    /** Five columns per sample, interleaved: origin, source file, first keyword (string indexes, -1 = none), token length (-1 = none), token method (0 none, 1 exact, 2 estimate). */
    columns: Int32Array;
}
/** A spool whose writing is over, as finalize reads it (written in this thread, or by the writer thread). */
export interface FinishedSpool {
    readonly jsonlPath: string;
    readonly csvPath: string;
    readonly withCsv: boolean;
    /** Bytes of each metadata row in the CSV spool. */
    readonly csvLengths: Int32Array;
    /** Samples spooled (= stored, unless there is a problem). */
    readonly count: number;
    /** Why the spool cannot be used, if it cannot. */
    readonly problem: string | undefined;
    meta(): IterableIterator<SampleMeta>;
    /** Flushes and closes the files (idempotent). */
    close(): void;
    remove(): void;
}
/** What a spool written on another thread reports when it is closed. */
export interface FinishedSpoolData {
    jsonlPath: string;
    csvPath: string;
    withCsv: boolean;
    count: number;
    problem?: string;
    meta: SpoolMetaData;
    /** Bytes of each metadata row in the CSV spool (rows may hold line breaks, so they are not read by lines). */
    csvLengths: Int32Array;
}
/** A spool closed on another thread (its files are complete). */
export declare function finishedSpool(data: FinishedSpoolData): FinishedSpool;
export declare class OutputSpool implements FinishedSpool {
    readonly withCsv: boolean;
    readonly jsonlPath: string;
    readonly csvPath: string;
    private jsonl;
    private csv;
    private broken;
    private readonly metaColumns;
    private rowLengths;
    /** Starts empty spool files for `datasetId` in `outputDir`, removing spools left by earlier runs. */
    constructor(outputDir: string, datasetId: string, withCsv: boolean);
    get count(): number;
    get csvLengths(): Int32Array;
    get problem(): string | undefined;
    /** Samples just stored, in the order they were stored. */
    append(entries: readonly SpoolEntry[]): void;
    meta(): IterableIterator<SampleMeta>;
    /** What another thread needs to finish with this spool (after `close`). */
    finishedData(): FinishedSpoolData;
    /** From now on the outputs are written from the store. */
    invalidate(reason: string): void;
    close(): void;
    remove(): void;
}
/** A sample ready to store, with what its spool entry needs. */
export interface StoredEntry extends SampleToStore {
    /** The JSONL line, with its newline. */
    jsonl: Text;
    /** The sample's `contentPreview`, when its messages are only at hand as `messagesJson` bytes. */
    preview?: string;
}
/**
 * Stores `entries` (one transaction, with the chunks finished after them) and appends them to the spool. The spool
 * holds exactly the stored samples in `seq` order: one refused by the store (an id stored twice) would shift every
 * later line, so the spool is then given up and the outputs are written from the store.
 */
export declare function storeAndSpool(store: Store, datasetId: string, spool: OutputSpool | undefined, entries: StoredEntry[], chunkIds: string[]): void;
/** Removes spool files an interrupted process left in `outputDir`. */
export declare function removeSpools(outputDir: string): void;
export interface SpoolOutputsOptions {
    outputDir: string;
    splitEnabled: boolean;
    includeCsv: boolean;
    /** The split of each spooled sample, in spool order (= `seq` order); `undefined` means train. */
    splits: ReadonlyArray<'train' | 'validation' | undefined>;
}
/**
 * Writes train.jsonl / validation.jsonl / metadata.csv from a closed spool holding every sample of the dataset in
 * `seq` order: the same files, byte for byte, as `writeOutputs` from the store.
 */
export declare function writeOutputsFromSpool(spool: FinishedSpool, options: SpoolOutputsOptions): WrittenOutputs;
