import { type MessagePort } from 'node:worker_threads';
import type { DedupPrepared } from '../dataset/dedup.js';
import type { Message } from '../dataset/types.js';
import type { CheckExampleOptions } from '../targets/check-example.js';
import type { ModelSpec, TargetId, TargetProvider, TokenCount } from '../targets/types.js';
import { type SampleWriter, type WriterPayload } from './sample-writer.js';
/**
 * A pool of worker threads that run `precheckSample` (format, validate, count tokens, truncate; duplicate
 * hash/signature) for batches of samples, so token counting and validation run on other cores while this thread
 * detects and picks keywords. Each batch's decisions (`PrecheckReply`: a few typed arrays) come back here, where the
 * caller consumes them in its own order; what the store and the output files keep of each sample (`WriterPayload`)
 * goes straight to the sample writer thread, which joins it with those decisions.
 * The worker script is the compiled `dist/pipeline/precheck-worker.js`; from `.ts` sources (vitest) there is none.
 */
export declare const precheckWorkersAvailable: boolean;
/** Fixed for the whole run. */
export interface PrecheckSettings {
    target: TargetId;
    model: ModelSpec;
    checkOptions: CheckExampleOptions;
    dedupThreshold: number;
}
/** What a check worker is started with: the settings, the port it replies on and the writer's port. */
export interface PrecheckWorkerData {
    settings: PrecheckSettings;
    replies: MessagePort;
    writer: MessagePort;
}
export interface PrecheckRequest {
    id: number;
    messages: Message[][];
}
/**
 * One batch's decisions, column by column (a few typed arrays clone far faster than thousands of small objects).
 * The duplicate hash/signature of the messages as given is computed by the receiving thread, which has them; a
 * kept sample uses the same, except the truncated ones, whose own are in `truncated`.
 */
export interface PrecheckReply {
    id: number;
    ok: Uint8Array;
    tokenCounts: Int32Array;
    /** 1 = exact, 0 = estimate. */
    tokenExact: Uint8Array;
    rejected: Record<number, {
        reason: string;
        detail: string;
    }>;
    /** Hash and signature of the kept messages of each truncated sample. */
    truncated: Record<number, DedupPrepared>;
    error?: {
        message: string;
        code?: string;
    };
}
/** A prechecked sample, as the identify loop decides on it (`SampleSink.decidePrechecked`). */
export type PrecheckDecision = {
    ok: true;
    tokens: TokenCount;
    truncated: boolean;
    dedup: DedupPrepared;
} | {
    ok: false;
    reason: string;
    detail: string;
};
/** The prechecked sample `index` of a reply, given the hash/signature of its messages as they were sent (`admit`). */
export declare function precheckedAt(reply: PrecheckReply, index: number, admit: DedupPrepared): PrecheckDecision;
/**
 * What a worker runs for one batch (also the in-thread fallback): `precheckSample` for each sample. Returns the
 * decisions for the identify loop and, for the writer, each kept sample's JSONL line (with its newline), messages
 * JSON and content preview as UTF-8 bytes.
 */
export declare function precheckBatch(target: TargetProvider, settings: PrecheckSettings, request: PrecheckRequest): {
    reply: PrecheckReply;
    payload: WriterPayload;
};
/**
 * Heap limit of a check worker. It holds the tokenizer (about 33 MB of live heap with its merge cache) and one batch
 * at a time (batches are capped at `MAX_BATCH_CHARS` of text). With the CLI's heap growth setting the heap stays near
 * 50–60 MB; a limit close to that (64 MB) made V8 mark the whole heap 23–25 times per 100 MB run instead of 9
 * (1.6 s of marking on the GC helper threads, bench/README.md), so this leaves headroom.
 */
export declare const WORKER_MAX_OLD_GENERATION_MB = 128;
/** Text per batch sent to a worker; larger samples are checked in this thread. */
export declare const MAX_BATCH_CHARS = 1000000;
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
     * Checks one batch on the next worker and resolves with its decisions (its payload goes to the writer). Batches
     * over `MAX_BATCH_CHARS` of text, and every batch once a worker has failed (crash, out of memory), are checked in
     * this thread instead: same results.
     */
    check(messages: Message[][], chars: number): {
        id: number;
        reply: Promise<PrecheckReply>;
    };
    close(): Promise<void>;
}
export declare function createPrecheckPool(settings: PrecheckSettings, size: number, writer: SampleWriter): PrecheckPool;
