import type { Config } from '../config/config.js';
import type { LlmClient } from '../llm/types.js';
import type { DatasetRecord, Store } from '../store/store.js';
import type { ModelSpec, TargetProvider } from '../targets/types.js';
import type { ConsumeState } from './consume-agent.js';
import type { BuildEventListener } from './events.js';
import type { ExtractionReport } from './extraction.js';
import type { SampleSink } from './sample-sink.js';
import { type RunSummary } from './summary.js';
import { type FinishedSpool } from './output-spool.js';
export interface FinalizeInput {
    config: Config;
    store: Store;
    dataset: DatasetRecord;
    target: TargetProvider;
    model: ModelSpec;
    sink: SampleSink;
    state: ConsumeState;
    extraction: ExtractionReport;
    status: RunSummary['status'];
    failure: unknown;
    cap: {
        capped: number;
        reasons: string[];
    };
    outputDir: string;
    startedAt: number;
    clock: () => number;
    filesFound: number;
    llm?: LlmClient;
    onEvent: BuildEventListener;
    runId: number;
    /** The lines of the samples this run stored (output-spool.ts); the files are written from the store without it. */
    spool?: FinishedSpool;
}
/** Split what is stored, write the files, stats and backup, and record the outcome. */
export declare function finalizeDataset(input: FinalizeInput): Promise<RunSummary>;
