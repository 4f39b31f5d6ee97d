import { type MessagePort } from 'node:worker_threads';
import type { DedupPrepared } from '../dataset/dedup.js';
import type { Message } from '../dataset/types.js';
import type { CheckExampleOptions } from '../targets/check-example.js';
import type { ModelSpec, TargetId, TargetProvider } from '../targets/types.js';
import { type PrecheckedSample } from './sample-sink.js';
/**
 * A pool of worker threads that run `precheckSample` (format, validate, count tokens, truncate; duplicate
 * hash/signature) for batches of samples, so token counting and validation run on other cores while this thread
 * detects, picks keywords and stores. Results come back per batch; the caller consumes them in its own order.
 * The worker script is the compiled `dist/pipeline/precheck-worker.js`; from `.ts` sources (vitest) there is none.
 */
export declare const precheckWorkersAvailable: boolean;
/** Fixed for the whole run; the workers' `workerData`. */
export interface PrecheckSettings {
    target: TargetId;
    model: ModelSpec;
    checkOptions: CheckExampleOptions;
    dedupThreshold: number;
}
/** What the metadata.csv row of a sample needs besides its messages and token count. */
export interface PrecheckRowInfo {
    sampleId: string;
    topicKeywords: string[];
    sourceFile?: string;
}
export interface PrecheckRequest {
    id: number;
    messages: Message[][];
    /** Per sample, when the caller keeps an output spool with metadata rows: they are built on the worker too. */
    rows?: PrecheckRowInfo[];
}
/**
 * One batch's results, column by column (a few typed arrays clone far faster than thousands of small objects).
 * `admit*`: duplicate hash/signature of the messages as given; a kept (checked and possibly truncated) sample uses
 * the same, except the truncated ones, whose own are in `truncated`.
 */
export interface PrecheckReply {
    id: number;
    admitHashes: string[];
    /** 32 words per sample; rows of samples without a signature are unused. */
    admitSignatures: Uint32Array;
    hasSignature: Uint8Array;
    ok: Uint8Array;
    tokenCounts: Int32Array;
    /** 1 = exact, 0 = estimate. */
    tokenExact: Uint8Array;
    /**
     * UTF-8 bytes of what the store and the output spool keep of each kept sample, back to back: its JSONL line (with
     * the newline), the JSON of its (possibly truncated) messages, and, when the request had `rows`, its metadata
     * spool record (`JSON.stringify(metadataPrefix(...))` and a newline). Sent as one transferred buffer, so these
     * texts (most of a batch's size) never become strings on the receiving thread.
     */
    payload: Uint8Array;
    /** Sample `i`'s parts start at `offsets[3i]`, `[3i + 1]`, `[3i + 2]` and end at `[3i + 3]` (empty when rejected). */
    offsets: Int32Array;
    rejected: Record<number, {
        reason: string;
        detail: string;
    }>;
    truncated: Record<number, {
        messages: Message[];
        dedup: DedupPrepared;
    }>;
    error?: {
        message: string;
        code?: string;
    };
}
/** The prechecked sample `index` of a reply (signature rows are views into the reply's array). */
export declare function precheckedAt(reply: PrecheckReply, index: number): {
    admit: DedupPrepared;
    checked: PrecheckedSample;
};
/** What a worker runs for one batch (also the in-thread fallback): `precheckSample` for each sample, in columns. */
export declare function precheckBatch(target: TargetProvider, settings: PrecheckSettings, request: PrecheckRequest): PrecheckReply;
/**
 * Heap limit of a check worker. It holds the tokenizer (about 40 MB of heap) and one batch at a time (batches are
 * capped at `MAX_BATCH_CHARS` of text), so this leaves ample room while keeping V8 from growing the heap to
 * several times what is live (a default worker's heap reached ~190 MB for ~35 MB live, bench/README.md).
 */
export declare const WORKER_MAX_OLD_GENERATION_MB = 112;
/** Text per batch sent to a worker; larger samples are checked in this thread. */
export declare const MAX_BATCH_CHARS = 1000000;
/** What a worker is started with: the settings, and the port it replies on. */
export interface PrecheckWorkerData {
    settings: PrecheckSettings;
    replies: MessagePort;
}
export interface PrecheckPool {
    readonly size: number;
    /** Batches sent and not yet answered (after `poll`, up to date). */
    readonly inFlight: number;
    /**
     * Takes the replies that have arrived, without waiting for the event loop: a caller that keeps this thread busy
     * (the identify loop only yields to microtasks) would otherwise see them late and leave the workers idle.
     */
    poll(): void;
    /**
     * Checks one batch on the next worker and resolves with its results. Batches over `MAX_BATCH_CHARS` of text, and
     * every batch once a worker has failed (crash, out of memory), are checked in this thread instead: same results.
     */
    check(messages: Message[][], chars: number, rows?: PrecheckRowInfo[]): Promise<PrecheckReply>;
    close(): Promise<void>;
}
export declare function createPrecheckPool(settings: PrecheckSettings, size: number): PrecheckPool;
