import type { ExtractedDocument } from './types.js';
import { type ExtractorWorkerSpec } from './worker-protocol.js';
/**
 * One long-lived worker thread (`extract-worker.js`) that runs the extractors built on third-party parsers
 * (pdf.js, mammoth, SheetJS, our PPTX zip/XML code). Parsers run synchronously on their thread, so a timer on
 * the main thread cannot interrupt them; terminating the worker can (Node docs, worker_threads,
 * `worker.terminate()`: "Stop all JavaScript execution in the worker thread as soon as possible").
 *
 * - Started lazily on the first job, reused for the next files, and restarted after a time-out, an abort,
 *   or a crash (a new worker is started only when the next job needs one).
 * - One job at a time, first come first served; the per-file time limit starts when a job is handed to the
 *   worker, so time spent waiting in the queue never counts against a file.
 * - `unref()`ed while idle, so it never keeps the process alive; `ref()`ed while a job runs, so a process
 *   whose only pending work is an extraction does not exit under it.
 * - `dispose()` stops the worker now (pending jobs reject with an AbortError); a later job starts a new one.
 */
export interface ExtractionWorkerJob {
    /** The file to extract; the worker reads it itself, so its bytes never cross threads. */
    path: string;
    extractorId: string;
    extractor: ExtractorWorkerSpec;
}
export interface ExtractionWorkerJobOptions {
    /** Hard time limit for this job, counted from when the worker receives it. */
    timeoutMs: number;
    signal?: AbortSignal;
}
export interface ExtractionWorkerPool {
    run(job: ExtractionWorkerJob, options: ExtractionWorkerJobOptions): Promise<ExtractedDocument>;
    /** Terminates the worker (if any) and rejects pending jobs with an AbortError; the pool can be used again. */
    dispose(): Promise<void>;
    /** Workers started so far (a restart after a time-out or crash adds one). */
    readonly startedWorkers: number;
}
/** The job hit its time limit and the worker was terminated; the registry turns it into `extraction_timeout`. */
export declare class TimeLimitExceededError extends Error {
    readonly timeoutMs: number;
    constructor(timeoutMs: number);
}
/** Longest delay `setTimeout` takes (Node docs, timers: "When `delay` is larger than `2147483647` ... the `delay` will be set to `1`"). */
export declare const MAX_TIMER_MS = 2147483647;
/** The compiled worker script beside this module (`dist/extract/extract-worker.js`). */
export declare const EXTRACT_WORKER_URL: import("url").URL;
/**
 * True when this module runs from compiled JavaScript, so `extract-worker.js` exists beside it. Under vitest the
 * `.ts` sources run through vitest's transformer, which a worker thread does not have, so extraction stays
 * in-process there (with the soft, timer-based limit); the worker path is tested through the built `dist/`.
 */
export declare const extractionWorkerAvailable: boolean;
export declare function createExtractionWorkerPool(workerUrl?: URL): ExtractionWorkerPool;
/** The process-wide pool used by `extractFile` (created on first use; creating it starts no thread). */
export declare function sharedExtractionWorkerPool(): ExtractionWorkerPool;
/**
 * Stops the extraction worker thread, if one is running. Call it at the end of a run to free its memory at once;
 * it is optional for exiting (the idle worker never keeps the process alive). A later `extractFile` starts a new one.
 */
export declare function disposeExtractionWorkers(): Promise<void>;
