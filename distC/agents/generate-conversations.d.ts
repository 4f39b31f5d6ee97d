import type { Message, Sample, SampleOrigin } from '../dataset/types.js';
import { type CandidateRejectReason } from './parse-conversations.js';
import type { AgentContext, Chunk, CreateOptions } from './types.js';
export interface GenerateOptions {
    /** `create`, `hybrid` or `free` (prompt file, notices, `detector`). */
    kind: 'create' | 'hybrid' | 'free';
    origin: SampleOrigin;
    chunks: readonly Chunk[];
    targetCount: number;
    create: CreateOptions;
    finishedChunkIds?: ReadonlySet<string>;
    /** Free mode: the user's instructions. */
    instructions?: string;
    /** Free mode without documents: calls without an excerpt. */
    withoutChunks?: boolean;
    /** User questions the LLM should not repeat for this chunk (hybrid: the identified exchanges inside it). */
    avoidQuestions?: (chunk: Chunk | undefined) => string[];
    /** Agent-specific rejection (hybrid: duplicates of identified exchanges). */
    reject?: (messages: Message[]) => {
        reason: CandidateRejectReason;
        detail: string;
    } | undefined;
    /** Keywords when the reply gave none (TF-IDF). */
    keywords: (text: string) => Promise<string[]>;
}
/**
 * The generation engine of create, hybrid and free modes: per call, render the mode's prompt, send the excerpt,
 * parse the JSON reply tolerantly, check roles and turn counts, and turn each conversation into a `Sample`.
 * Usage per sample: the call's usage divided among the samples it produced (integer shares summing to the call's).
 */
export declare function generateConversations(options: GenerateOptions, context: AgentContext): AsyncGenerator<Sample, void, undefined>;
