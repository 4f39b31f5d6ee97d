import type { SampleUsage, SourceRef } from '../dataset/types.js';
import type { LlmUsage } from '../llm/types.js';
import type { AgentInput, Chunk } from './types.js';
/**
 * Split one call's usage over the `parts` samples it produced: integer shares (largest remainder) that add up to
 * the call's usage exactly, so summing sample usage never over- or under-counts. Unknown stays `undefined`.
 */
export declare function splitUsage(usage: LlmUsage, parts: number, model: string): SampleUsage[];
/** Provenance of a sample made from a whole chunk (generated samples). */
export declare function chunkSource(chunk: Chunk): SourceRef;
/**
 * A sample id that is the same on every run over the same file: 16 hex digits of the file name's sha1, then the
 * parts (offsets, indexes) with numbers zero-padded to 10 digits, e.g. `3f2a…-0000001200-0000001460`. Ids of
 * one file sort in the order its samples are found, so the store's id index takes them as appends rather than
 * random inserts (a sha1 of everything did, bench/README.md).
 */
export declare function stableSampleId(file: string, ...parts: (string | number)[]): string;
/** `"faq.md", page 3` */
export declare function excerptLabel(chunk: Chunk): string;
/** `exactly 2` or `1 to 3` */
export declare function formatTurnRange(minTurns: number, maxTurns: number): string;
/** Shorten for prompts and event details. */
export declare function clip(text: string, length: number): string;
/** Fisher-Yates with the injected random source. */
export declare function shuffled<T>(items: readonly T[], random: () => number): T[];
/** Chunking used when the caller passes documents without chunks (the pipeline normally chunks them). */
export declare const DEFAULT_CHUNKING: {
    maxTokens: number;
    overlapTokens: number;
};
/** The input's chunks, or the documents chunked with `DEFAULT_CHUNKING` when the caller gave none. */
export declare function inputChunks(input: AgentInput): Chunk[];
