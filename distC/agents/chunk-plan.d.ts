import type { Chunk } from './types.js';
/** One LLM call's place in the plan: which chunk (none in free mode without documents), which visit of it. */
export interface PlannedVisit {
    chunk?: Chunk;
    /** 1 for the first call on this chunk, 2 for the second... */
    visit: number;
    /** Part of the up-front plan (counts towards `chunk-finished`); extension visits are not. */
    planned: boolean;
}
export interface ChunkPlanner {
    next(): PlannedVisit | undefined;
    /** Visits of each chunk in the up-front plan. */
    readonly plannedVisits: ReadonlyMap<string, number>;
    readonly plannedCalls: number;
}
/**
 * Spread `calls` LLM calls over chunks so that no source file dominates: every file gets an equal share of calls
 * (water-filling: a file with few chunks takes at most `perChunkCap` calls per chunk and the rest goes to the
 * others), within a file the calls go to evenly spaced chunks, and files take turns (round-robin), so even a run
 * stopped early has touched every file. After the plan, with `extend`, the planner keeps cycling through all
 * chunks (round-robin over files) for as long as calls are asked for.
 */
export declare function createChunkPlanner(chunks: readonly Chunk[], calls: number, options: {
    extend: boolean;
    withoutChunks?: boolean;
}): ChunkPlanner;
/** Split `total` into equal shares, none above its capacity; what a capped share cannot take goes to the others. */
export declare function waterFill(capacities: readonly number[], total: number): number[];
