import type { Store } from '../store/store.js';
import type { FormatOptions, ModelSpec, TargetProvider } from '../targets/types.js';
import { ByteWriter } from './byte-files.js';
export interface WriteOutputsOptions {
    store: Store;
    datasetId: string;
    outputDir: string;
    target: TargetProvider;
    model: ModelSpec;
    formatOptions: FormatOptions;
    splitEnabled: boolean;
    includeCsv: boolean;
}
export interface WrittenOutputs {
    files: Record<string, string>;
    trainLines: number;
    validationLines: number;
    trainBytes: number;
    validationBytes: number;
}
/** Write train.jsonl / validation.jsonl (target schema) and metadata.csv from the store, streaming. */
export declare function writeOutputs(options: WriteOutputsOptions): WrittenOutputs;
/** The dataset files being written (`csv` already holds its header row). */
export interface DatasetFileWriters {
    train: ByteWriter;
    validation?: ByteWriter;
    csv?: ByteWriter;
}
/**
 * Writes train.jsonl, validation.jsonl (when the split is on) and metadata.csv (when wanted) in `outputDir` through
 * `fill`, as `.partial` files renamed into place once all are complete, so readers never see half a file; a split
 * turned off removes an old validation.jsonl. On any error the partial files are removed and one `output_failed`
 * error says what happened.
 */
export declare function writeDatasetFiles(outputDir: string, options: {
    splitEnabled: boolean;
    includeCsv: boolean;
}, fill: (writers: DatasetFileWriters) => void): WrittenOutputs;
/** Resolve `output_datasets/<name>`, refusing anything that would escape the output folder. */
export declare function safeOutputDir(outputRoot: string, name: string): string;
