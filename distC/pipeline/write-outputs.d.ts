import type { Store } from '../store/store.js';
import type { FormatOptions, ModelSpec, TargetProvider } from '../targets/types.js';
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
/** Resolve `output_datasets/<name>`, refusing anything that would escape the output folder. */
export declare function safeOutputDir(outputRoot: string, name: string): string;
