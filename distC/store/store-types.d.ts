import type { Sample, SampleOrigin } from '../dataset/types.js';
/** The store's records and its interface (`store.ts` implements it on SQLite). */
export type DatasetStatus = 'running' | 'completed' | 'failed' | 'interrupted';
export interface DatasetRecord {
    id: string;
    name: string;
    provider: string;
    model: string;
    mode: string;
    datasetSize: number;
    cappedSize: number;
    status: DatasetStatus;
    configJson: string;
    inputHash: string;
    splitSeed?: number;
    outputDir?: string;
    sampleCount: number;
    trainCount: number;
    validationCount: number;
    totalTokens: number;
    llmCalls: number;
    inputTokens: number;
    outputTokens: number;
    costUsd?: number;
    statsJson?: string;
    error?: string;
    createdAt: string;
    updatedAt: string;
    completedAt?: string;
}
export interface StoredSample extends Sample {
    seq: number;
    contentHash: string;
}
/** The light part of a stored sample (see `Store.iterateSampleMeta`). */
export interface SampleMeta {
    seq: number;
    origin: SampleOrigin;
    sourceFile?: string;
    topicKeywords: string[];
    tokenLength?: number;
    tokenMethod?: 'exact' | 'estimate';
}
export interface SampleToStore {
    sample: Sample;
    contentHash: string;
    /** `JSON.stringify(sample.messages)`, when already computed (on a worker thread), as text or UTF-8 bytes. */
    messagesJson?: string | Uint8Array;
}
export type CounterKind = 'rejected' | 'dropped' | 'duplicate' | 'agent_rejected' | 'notice';
/** The part of the SQLite driver that modules owning their own tables use (src/store/batch-journal.ts). */
export interface SqlDatabase {
    prepare(sql: string): SqlStatement;
    /** Wraps `action` in a transaction (nested calls become savepoints). */
    transaction<A extends unknown[]>(action: (...args: A) => void): (...args: A) => void;
}
export interface SqlStatement {
    run(...params: unknown[]): {
        changes: number;
    };
    get(...params: unknown[]): unknown;
    all(...params: unknown[]): unknown[];
}
export interface Store {
    readonly path: string;
    /** The open database, for store modules with their own tables (batch journal). */
    readonly sql: SqlDatabase;
    createDataset(record: Omit<DatasetRecord, 'createdAt' | 'updatedAt' | 'sampleCount' | 'trainCount' | 'validationCount' | 'totalTokens' | 'llmCalls' | 'inputTokens' | 'outputTokens'>): DatasetRecord;
    getDataset(idOrName: string): DatasetRecord | undefined;
    latestDataset(): DatasetRecord | undefined;
    listDatasets(): DatasetRecord[];
    updateDataset(id: string, patch: Partial<Omit<DatasetRecord, 'id' | 'createdAt'>>): void;
    /** Inserts in one transaction; samples whose content hash is already stored are skipped. Returns the number inserted. */
    insertSamples(datasetId: string, samples: SampleToStore[], finishedChunkIds?: string[]): number;
    countSamples(datasetId: string): number;
    iterateSamples(datasetId: string, options?: {
        split?: 'train' | 'validation';
    }): IterableIterator<StoredSample>;
    /** What the output files need of every sample (messages, id, keywords, length, source, split), in `seq` order. */
    iterateSamplesForExport(datasetId: string): IterableIterator<Sample>;
    /** What the split and the stats need of every sample, in `seq` order, without reading the messages. */
    iterateSampleMeta(datasetId: string): IterableIterator<SampleMeta>;
    /** Whether a sample with this content hash is stored (a scan of the dataset's samples: no index since schema 3). */
    hasContentHash(datasetId: string, hash: string): boolean;
    contentHashes(datasetId: string): Set<string>;
    setSplits(datasetId: string, assignments: Iterable<[string, 'train' | 'validation' | null]>): void;
    /**
     * Give every sample of the dataset its split: `fill`, or its entry in `assignments` (by `seq`), in one transaction
     * and one pass over the rows, writing only the rows whose split changes. Every row ends with its split in
     * `samples.split`; the fill is also kept on the dataset (`default_split`) for rows stored before that was so.
     */
    setSplitsBySeq(datasetId: string, fill: 'train' | 'validation' | null, assignments?: Iterable<[number, 'train' | 'validation' | null]>): void;
    markChunksFinished(datasetId: string, chunkIds: string[]): void;
    finishedChunks(datasetId: string): Set<string>;
    addCounters(datasetId: string, kind: CounterKind, counts: Record<string, number>): void;
    counters(datasetId: string, kind: CounterKind): Record<string, number>;
    startRun(datasetId: string, resumed: boolean): number;
    endRun(runId: number, patch: {
        status: string;
        llmCalls: number;
        inputTokens: number;
        outputTokens: number;
    }): void;
    /** Online backup into `dir` as a timestamped copy, keeping the newest `keep`. Returns the backup path. */
    backup(dir: string, keep: number): Promise<string | undefined>;
    close(): void;
}
