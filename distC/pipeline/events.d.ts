import type { Plan } from './plan.js';
import type { RunSummary } from './summary.js';
/** Typed progress events of a run: the CLI renders these; library users get them via `onEvent`. */
export type BuildEvent = {
    type: 'run-started';
    datasetId: string;
    name: string;
    resumed: boolean;
    mode: string;
    target: string;
    model: string;
} | {
    type: 'files-found';
    files: {
        name: string;
        bytes: number;
    }[];
} | {
    type: 'file-extracted';
    file: string;
    format: string;
    chars: number;
    units: number;
    warnings: string[];
    structuredConversations: number;
} | {
    type: 'file-failed';
    file: string;
    code: string;
    reason: string;
} | {
    type: 'plan';
    plan: Plan;
} | {
    type: 'progress';
    accepted: number;
    target: number;
    llmCalls: number;
    inputTokens: number;
    outputTokens: number;
    costUsd?: number;
    elapsedMs: number;
} | {
    type: 'sample-rejected';
    reason: string;
    detail?: string;
} | {
    type: 'reply-dropped';
    reason: string;
    detail?: string;
} | {
    type: 'notice';
    level: 'info' | 'warning';
    message: string;
} | {
    type: 'split';
    train: number;
    validation: number;
    seed: number;
    distribution: {
        bySource: Record<string, number>;
        byKeyword: Record<string, number>;
    };
    notes: string[];
} | {
    type: 'files-written';
    files: Record<string, string>;
} | {
    type: 'run-finished';
    summary: RunSummary;
};
export type BuildEventListener = (event: BuildEvent) => void;
