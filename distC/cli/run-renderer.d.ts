import type { BuildEvent } from '../pipeline/events.js';
import type { Plan } from '../pipeline/plan.js';
import { type RunSummary } from '../pipeline/summary.js';
import type { Output } from './io.js';
export declare function formatBytes(bytes: number): string;
export declare function formatUsd(value: number | undefined): string;
export declare function formatDuration(ms: number): string;
export declare function renderPlan(out: Output, plan: Plan): void;
export declare function renderSummary(out: Output, summary: RunSummary): void;
/** Renders run events: a live status line on a TTY, plain log lines otherwise. */
export declare class RunRenderer {
    private readonly out;
    private readonly live;
    private readonly quiet;
    private lastPlainProgress;
    private statusShown;
    constructor(out: Output, live: boolean, quiet?: boolean);
    handle: (event: BuildEvent) => void;
    private progress;
    private print;
    finish(): void;
}
