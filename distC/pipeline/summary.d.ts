import type { SplitGroupReport } from '../dataset/split.js';
export interface TokenStats {
    total: number;
    min: number;
    median: number;
    p95: number;
    max: number;
    method: 'exact' | 'estimate' | 'mixed';
}
/** What a run did: printed by the CLI, written to stats.json, stored with the dataset. */
export interface RunSummary {
    datasetId: string;
    name: string;
    status: 'completed' | 'interrupted' | 'failed' | 'incomplete';
    mode: string;
    target: string;
    model: string;
    desiredSize: number;
    cappedSize: number;
    capReasons: string[];
    files: {
        found: number;
        read: number;
        failed: {
            file: string;
            code: string;
            reason: string;
        }[];
        warnings: {
            file: string;
            warning: string;
        }[];
    };
    samples: {
        accepted: number;
        train: number;
        validation: number;
        byOrigin: Record<string, number>;
    };
    rejected: Record<string, number>;
    dropped: Record<string, number>;
    duplicates: Record<string, number>;
    /** Candidates the agent discarded before the target check (e.g. `not_verbatim` LLM spans, overlapping finds). */
    agentRejected: Record<string, number>;
    tokens: TokenStats;
    llm: {
        provider?: string;
        model?: string;
        calls: number;
        inputTokens: number;
        outputTokens: number;
        costUsd?: number;
        costKnown: boolean;
    };
    training: {
        tokensPerEpoch: number;
        epochs: number;
        estimatedCostUsd?: number;
    };
    split: {
        enabled: boolean;
        strategy: string;
        weightBy?: string;
        ratio: number;
        seed?: number;
        groups: SplitGroupReport[];
        notes: string[];
    };
    distribution: {
        bySource: Record<string, number>;
        byKeyword: Record<string, number>;
        byOrigin: Record<string, number>;
    };
    outputDir: string;
    outputFiles: Record<string, string>;
    notices: string[];
    resumeCommand?: string;
    durationMs: number;
}
export declare function tokenStats(lengths: number[], methods: Set<string>): TokenStats;
export declare function summaryLine(summary: RunSummary): string;
