import type { AgentInput } from '../agents/types.js';
import type { Config } from '../config/config.js';
import type { ModelSpec, TargetId } from '../targets/types.js';
import { type ConsumeOptions } from './consume-agent.js';
import { type ExtractionReport } from './extraction.js';
import type { InputFile } from './input-files.js';
import type { FinishedSpool } from './output-spool.js';
/**
 * Identify mode without an LLM, streamed: one document at a time, so memory follows the largest file, not the
 * folder. For large inputs (from the compiled build) three kinds of threads share the work:
 * - this thread extracts, detects and makes every order-dependent decision, sample by sample in the agent's order
 *   (duplicates against the samples kept so far, the sink's checks, stopping at the target);
 * - check workers format, validate and count the tokens of batches of samples a few batches ahead of it, and send
 *   what is stored of each (its JSONL line, messages JSON, preview and keyword text, as bytes) to the writer;
 * - the writer thread stores the kept samples in decision order (SQLite, the output spool) and picks their topic
 *   keywords.
 * Same samples, counters, events and files as doing everything in this thread (test/pipeline/identify-workers.test.ts).
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
 * beyond this thread (at least one, at most 3; the writer thread comes on top).
 */
export declare function identifyWorkerCount(files: readonly InputFile[], requested?: number): number;
/** Runs identify over the files. With workers, the writer thread's output spool goes to `onSpool`. */
export declare function streamIdentify(options: StreamIdentifyOptions): Promise<void>;
