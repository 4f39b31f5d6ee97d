import type { Store } from './store-types.js';
export type { CounterKind, DatasetRecord, DatasetStatus, SampleMeta, SampleToStore, SqlDatabase, SqlStatement, Store, StoredSample } from './store-types.js';
/** Open (creating and migrating if needed) the SQLite store at `file`. */
export declare function openStore(file: string, options?: {
    readonly?: boolean;
    busyTimeoutMs?: number;
}): Store;
