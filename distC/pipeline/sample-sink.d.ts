import { DuplicateDetector, type DedupPrepared } from '../dataset/dedup.js';
import type { Message, Sample } from '../dataset/types.js';
import type { Store } from '../store/store.js';
import { type CheckExampleOptions } from '../targets/check-example.js';
import { type OutputSpool } from './output-spool.js';
import type { PrecheckDecision } from './precheck-pool.js';
import type { FormatOptions, ModelSpec, TargetProvider, TokenCount } from '../targets/types.js';
export type SinkVerdict = {
    accepted: true;
} | {
    accepted: false;
    reason: string;
    detail?: string;
};
/** A sample's target check, computed ahead (see `precheckSample`). */
export type PrecheckedSample = {
    ok: true;
    tokens: TokenCount;
    truncated: boolean;
    /** The trimmed messages and their duplicate hash/signature, when truncated. */
    messages?: Message[];
    dedup?: DedupPrepared;
    /** The JSONL line of the target record, with its newline. */
    jsonl: string;
} | {
    ok: false;
    reason: string;
    detail: string;
};
/**
 * What `SampleSink.offer` computes before its order-dependent part (duplicates against what was kept, storage):
 * format + validate + count (+ truncate). Pure, so worker threads run it ahead of the sink. The duplicate
 * hash/signature of the messages as given is the caller's to compute (`prepareDedup`); that of truncated messages,
 * which only this check knows, is computed here.
 */
export declare function precheckSample(target: TargetProvider, model: ModelSpec, messages: Message[], options: CheckExampleOptions, dedupThreshold: number): PrecheckedSample;
export interface SampleSinkOptions {
    store: Store;
    datasetId: string;
    target: TargetProvider;
    model: ModelSpec;
    truncate: boolean;
    formatOptions: FormatOptions;
    dedupThreshold: number;
    /** Flush when this many samples are buffered. */
    batchSize?: number;
    /** Flush this long after the first buffered sample, even if the batch is not full. */
    flushDelayMs?: number;
    /** Token counts go through an async counter (a vendor count-tokens API); otherwise the fast sync path is used. */
    asyncCounts?: boolean;
    /** Receives each stored sample's JSONL line and metadata row (see output-spool.ts). */
    spool?: OutputSpool;
}
/**
 * Where every sample goes: target format + validation + token count (with optional truncation), exact and
 * near-duplicate removal, then SQLite in small transactions. Chunks reported finished are committed in the
 * same transaction as the samples before them, so resume never skips a chunk whose samples were lost.
 */
export declare class SampleSink {
    private readonly options;
    dedup: DuplicateDetector;
    readonly rejected: Record<string, number>;
    readonly duplicates: Record<string, number>;
    accepted: number;
    truncated: number;
    private buffer;
    private pendingChunks;
    private timer;
    private readonly batchSize;
    private readonly flushDelayMs;
    private flushError;
    private tokenizerReady;
    private storedElsewhere;
    constructor(options: SampleSinkOptions);
    /** Seed the duplicate detector with what the store already holds (resume). */
    rememberStored(): number;
    /** Messages not yet accepted (for agents that want to avoid generating duplicates). */
    isNew(messages: Sample['messages']): boolean;
    /** `isNew` with the hash/signature computed ahead (`prepareDedup` with the sink's threshold). */
    isNewPrepared(prepared: DedupPrepared): boolean;
    get dedupThreshold(): number;
    offer(sample: Sample): Promise<SinkVerdict>;
    /**
     * `offer`'s decision for a sample whose target check and duplicate hash/signature were computed ahead, on another
     * thread, with the same target, model and options (`precheckSample`): same counters, but the sample is not
     * stored here (the sample writer thread stores the accepted ones, see identify-stream.ts).
     */
    decidePrechecked(checked: PrecheckDecision): SinkVerdict;
    /**
     * From now on samples are stored elsewhere (the sample writer thread): finished chunks wait for
     * `takeFinishedChunks`, to be stored with the samples before them.
     */
    storeElsewhere(): void;
    takeFinishedChunks(): string[];
    /** The check options every sample is held to (also what `precheckSample` needs on another thread). */
    checkOptions(): CheckExampleOptions;
    /** Counts a checked sample: a duplicate (by kind), or accepted (and truncated). */
    private decide;
    private reject;
    /**
     * Drops what the duplicate check remembers (a few hundred bytes per sample) once no more samples will be offered,
     * so the split and the output files do not run with it still in memory. Later offers start from an empty index.
     */
    releaseDuplicateIndex(): void;
    chunkFinished(chunkId: string): void;
    flush(): void;
    private scheduleFlush;
}
