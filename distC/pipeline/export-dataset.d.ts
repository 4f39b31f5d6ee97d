import type { Config } from '../config/config.js';
import { type DatasetRecord, type Store } from '../store/store.js';
export declare function openExistingStore(config: Config): Store;
export declare function findDataset(store: Store, idOrName: string | undefined): DatasetRecord;
/** Rewrite a dataset's JSONL files (and metadata.csv, stats.json) from the store. */
export declare function exportDataset(config: Config, idOrName: string | undefined, options?: {
    outDir?: string;
    csv?: boolean;
}): {
    dataset: DatasetRecord;
    files: Record<string, string>;
};
