import type { Config } from '../config/config.js';
import type { LlmClient } from '../llm/types.js';
import type { BuildEvent, BuildEventListener } from './events.js';
import { type InputFile } from './input-files.js';
import { type Plan } from './plan.js';
import type { RunSummary } from './summary.js';
export interface BuildDatasetOptions {
    onEvent?: BuildEventListener;
    signal?: AbortSignal;
    /** Use this LLM instead of the one configured (your own model, or a test double). */
    llm?: LlmClient;
    /** Continue an earlier dataset: its id, its output name, or `last`. */
    resume?: string;
    /** Resume even if input files or the target changed. */
    force?: boolean;
    /** Asked with the plan before any LLM call; return false to cancel. */
    confirm?: (plan: Plan) => Promise<boolean> | boolean;
    /** Free-mode instructions typed by the user (menu). */
    instructions?: string;
    clock?: () => number;
    /**
     * Identify mode without an LLM: worker threads for detection, token counting and validation (0 = none).
     * Default: one per core for inputs over a few MB. The samples are the same either way.
     */
    identifyWorkers?: number;
}
export interface BuildResult {
    datasetId: string;
    status: RunSummary['status'];
    outputDir: string;
    files: Record<string, string>;
    summary: RunSummary;
    plan?: Plan;
}
export declare const DATABASE_FILE = "dataset_builder.db";
export declare function databasePath(config: Config): string;
/** Run a whole dataset build: extract → agent → validate → dedup → store → split → write. */
export declare function buildDataset(config: Config, options?: BuildDatasetOptions): Promise<BuildResult>;
export type { BuildEvent, InputFile };
