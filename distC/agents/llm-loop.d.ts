import type { Sample } from '../dataset/types.js';
import type { LlmRequest, LlmResult } from '../llm/types.js';
import type { AgentContext, Chunk } from './types.js';
/** One LLM call to make. */
export interface LoopJob {
    chunk?: Chunk;
    visit: number;
    /** Conversations to ask for. */
    count: number;
    /** 0 for the first attempt, n for the n-th re-ask after an unusable reply. */
    attempt: number;
    /** Why the previous attempt's reply was unusable (for the re-ask prompt). */
    previousProblem?: string;
}
export interface JobOutcome {
    samples: Sample[];
    /** The reply was cut off at the output token limit (fewer conversations are asked for from then on). */
    truncated?: boolean;
}
export interface LoopSpec {
    /** `create`, `free`, `identify`... used in notices. */
    label: string;
    chunks: readonly Chunk[];
    /** `spread`: calls spread over chunks and files, extended while the consumer pulls; `once`: each chunk once. */
    plan: 'spread' | 'once';
    /** Free mode without documents: calls without a chunk. */
    withoutChunks?: boolean;
    /** Samples wanted before the consumer has to ask for more. */
    targetCount: number;
    /** Conversations asked for per call (upper bound). */
    perCall: number;
    /** Samples one call is expected to yield (default: the count asked for). */
    expectedPerCall?: number;
    finishedChunkIds?: ReadonlySet<string>;
    /** Hard cap on calls (default 3 × planned calls + concurrency + 2 × maxRetries). */
    maxCalls?: number;
    buildRequest(job: LoopJob): LlmRequest | Promise<LlmRequest>;
    /** Turn a reply into samples; throw `ConversationReplyError` when the reply is unusable (it is re-asked). */
    handleResult(job: LoopJob, result: LlmResult): JobOutcome | Promise<JobOutcome>;
}
/**
 * Runs LLM calls for an agent with up to `context.concurrency` in flight, and streams the samples as they come.
 * - Calls are scheduled from completions too, so a slow consumer never serialises them; prefetch stops when
 *   produced + expected-in-flight reaches the target, and resumes (bounded lookahead) while the consumer keeps
 *   pulling past the target (the pipeline rejected some).
 * - Unusable replies are re-asked; `1 + maxRetries` unusable replies in a row for one chunk end the run with
 *   `UnusableRepliesError`, after every sample already made has been yielded. LLM call errors (auth, quota,
 *   exhausted retries) end it the same way. A global call cap ends it with a notice, never an endless loop.
 * - `chunk-finished` is emitted after the chunk's samples have been handed to the consumer.
 * - Stopping the iteration (`return()`) aborts the calls in flight and returns at once.
 */
export declare function runLlmLoop(spec: LoopSpec, context: AgentContext): AsyncGenerator<Sample, void, undefined>;
