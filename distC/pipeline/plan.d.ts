import type { Chunk } from '../agents/types.js';
import type { Config } from '../config/config.js';
import type { ExtractedDocument } from '../extract/types.js';
import type { ModelSpec } from '../targets/types.js';
export interface PlanFile {
    name: string;
    bytes: number;
    chars?: number;
    units?: number;
    format?: string;
    error?: string;
}
/** What a run will do, computed without any network call. */
export interface Plan {
    mode: string;
    target: string;
    model: string;
    files: PlanFile[];
    totalChars: number;
    chunks: number;
    desiredSize: number;
    cappedSize: number;
    capReasons: string[];
    /** Samples that can be taken as they are (regex detector + structured Q/A), identify/hybrid modes. */
    identifiable?: number;
    llm?: {
        provider: string;
        model: string;
        keyPresent: boolean;
        calls: number;
        inputTokens: number;
        outputTokens: number;
        costUsd?: number;
    };
    training: {
        tokensPerExample: number;
        tokensPerEpoch: number;
        epochs: number;
        costUsd?: number;
    };
    notes: string[];
}
export interface PlanInput {
    config: Config;
    files: PlanFile[];
    documents: ExtractedDocument[];
    chunks: Chunk[];
    cappedSize: number;
    capReasons: string[];
    identifiable?: number;
    chunksWithoutExchanges?: number;
    llmNeeded: boolean;
    keyPresent: boolean;
    model: ModelSpec;
    /** Average tokens of an example found in the files, when any were found. */
    averageIdentifiedTokens?: number;
}
export declare function buildPlan(input: PlanInput): Plan;
