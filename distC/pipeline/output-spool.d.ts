import type { WrittenOutputs } from './write-outputs.js';
/** A text, or its UTF-8 bytes (from a worker thread: never decoded here). */
export type Text = string | Uint8Array;
export interface SpoolEntry {
    /** The JSONL line, with its newline. */
    jsonl: Text;
    /** The metadata spool record (`csvSpoolRecord`), when the spool keeps metadata rows. */
    csv?: Text;
}
/**
 * How the spool keeps a metadata.csv row without its split column (`metadataPrefix`): as one JSON string per line,
 * since a row may hold line breaks inside quoted fields.
 */
export declare function csvSpoolRecord(prefix: string): string;
export declare class OutputSpool {
    readonly withCsv: boolean;
    readonly jsonlPath: string;
    readonly csvPath: string;
    private jsonl;
    private csv;
    private broken;
    count: number;
    /** Starts empty spool files for `datasetId` in `outputDir`, removing spools left by earlier runs. */
    constructor(outputDir: string, datasetId: string, withCsv: boolean);
    /** Why the spool cannot be used, if it cannot. */
    get problem(): string | undefined;
    /** Samples just stored, in the order they were stored. */
    append(entries: readonly SpoolEntry[]): void;
    /** From now on the outputs are written from the store. */
    invalidate(reason: string): void;
    /** Writes what is buffered and closes the files (the spool can then be read by `writeOutputsFromSpool`). */
    close(): void;
    remove(): void;
}
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
export declare function writeOutputsFromSpool(spool: OutputSpool, options: SpoolOutputsOptions): WrittenOutputs;
