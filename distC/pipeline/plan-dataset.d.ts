import type { Chunk } from '../agents/types.js';
import type { Config } from '../config/config.js';
import type { ExtractedDocument } from '../extract/types.js';
import type { LlmClient } from '../llm/types.js';
import type { BuildEventListener } from './events.js';
import { type ExtractionReport } from './extraction.js';
import { type Plan } from './plan.js';
import type { ModelSpec } from '../targets/types.js';
export declare function chunkSizes(config: Config): {
    maxTokens: number;
    overlapTokens: number;
};
export declare function makePlan(config: Config, extraction: ExtractionReport, documents: ExtractedDocument[], chunks: Chunk[], cap: {
    capped: number;
    reasons: string[];
}, llm: {
    needed: boolean;
    keyPresent: boolean;
}, model: ModelSpec): Plan;
/** `ftdb plan`: extract and estimate, without any network call or database write. */
export declare function planDataset(config: Config, options?: {
    onEvent?: BuildEventListener;
    signal?: AbortSignal;
    llm?: LlmClient;
}): Promise<Plan>;
