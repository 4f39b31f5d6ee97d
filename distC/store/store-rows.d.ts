import type { DatasetRecord, StoredSample } from './store-types.js';
/** SQLite rows to the store's records, and the records' field → column names. */
export interface DatasetRow {
    [key: string]: unknown;
}
export declare function rowToDataset(row: DatasetRow): DatasetRecord;
export declare const DATASET_COLUMNS: Record<string, string>;
export declare function rowToSample(row: DatasetRow): StoredSample;
