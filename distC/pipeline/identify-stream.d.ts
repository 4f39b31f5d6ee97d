import type { AgentInput } from '../agents/types.js';
import type { Config } from '../config/config.js';
import type { ModelSpec, TargetId } from '../targets/types.js';
import { type ConsumeOptions } from './consume-agent.js';
import { type ExtractionReport } from './extraction.js';
import type { InputFile } from './input-files.js';
import type { FinishedSpool } from './output-spool.js';
/**
 * Identify mode without an LLM, streamed: one document at a time, so memory follows the largest file, not the
 * folder. For large inputs (from the compiled build) the pure part of each sample's check (format, validate, count
 * tokens, duplicate hash/signature) runs in worker threads while this thread extracts, detects, picks keywords and
 * stores: the agent runs a few batches ahead, and every order-dependent decision (the agent's duplicate check
 * against the samples kept so far, the sink's, storage, stopping at the target) is still made here, sample by sample,
 * in the agent's order. Same samples, counters and events as checking everything in this thread.
 */
export interface StreamIdentifyOptions extends Omit<ConsumeOptions, 'input'> {
    files: InputFile[];
    config: Config;
    extraction: ExtractionReport;
    signal?: AbortSignal;
    baseInput: Omit<AgentInput, 'documents' | 'chunks' | 'targetCount'>;
    target: TargetId;
    model: ModelSpec;
    /** Check worker threads; 0 checks (and stores) in this thread. */
    workers: number;
    /** With workers: the database and dataset the writer thread stores into. */
    storage: {
        databasePath: string;
        datasetId: string;
    };
    /** With workers: where the writer thread keeps the output spool (a run that started its dataset). */
    spool?: {
        outputDir: string;
        datasetId: string;
        withCsv: boolean;
    };
    /** With workers: receives that spool once the writer has stored everything, even when the run stops early. */
    onSpool?: (spool: FinishedSpool) => void;
}
/** Below this much input, starting a worker (and its tokenizer) costs more than it saves. */
export declare const MIN_BYTES_FOR_WORKERS = 4000000;
/**
 * Check workers for a run: `requested` when given (0 = none), else, for inputs over a few MB, one per core
 * beyond this thread (at least one, at most 3): this thread keeps detection, keywords and storage.
 */
export declare function identifyWorkerCount(files: readonly InputFile[], requested?: number): number;
/** Runs identify over the files. With workers, the writer thread's output spool goes to `onSpool`. */
export declare function streamIdentify(options: StreamIdentifyOptions): Promise<void>;
