import type { Message, Sample } from '../dataset/types.js';
import { type DetectFunction } from '../detect/detect-windows.js';
import type { GeneratingAgentOptions } from './create-agent.js';
import type { Agent, AgentContext, AgentInput } from './types.js';
export type { DetectFunction } from '../detect/detect-windows.js';
export interface IdentifyAgentOptions extends GeneratingAgentOptions {
    /** Stage-1 detector (default: `detectConversations` from `src/detect`). */
    detect?: DetectFunction;
    /** Cap on stage-2 LLM calls (hybrid mode bounds the search before generation takes over). */
    maxLlmCalls?: number;
}
/** A chunk goes to the LLM stage when stage 1 covered less than this fraction of its text (nothing, or fragments). */
export declare const FRAGMENT_COVERAGE = 0.3;
/**
 * Identify mode: conversations that already exist in the files, taken verbatim.
 * Stage 1 (no LLM, streamed first): structured conversations of the documents (CSV/XLSX Q/A columns, JSON chat
 * datasets) and the pattern detector over each document's text. Stage 2, when `identify.llmFallback` and an LLM
 * is configured: chunks where stage 1 found nothing or only fragments go to the LLM, which must copy exact spans;
 * every message must occur in the chunk (whitespace-normalised), else the candidate is rejected as `not_verbatim`.
 * Ids are sha1 of file + offsets (stable across runs); keywords are TF-IDF over the corpus.
 */
export declare function createIdentifyAgent(options?: IdentifyAgentOptions): Agent;
export declare function runIdentify(input: AgentInput, context: AgentContext, options?: IdentifyAgentOptions): AsyncGenerator<Sample, void, undefined>;
/** Detail of a `duplicate` candidate rejection (also used when the duplicate check runs outside the agent). */
export declare function duplicateDetail(messages: readonly Message[]): string;
/** The nearest Markdown heading, else the nearest paragraph, before `offset`, verbatim (heading marks dropped). */
export declare function precedingContext(text: string, offset: number): string | undefined;
