import type { Message, TrainingExample } from '../dataset/types.js';
import type { FormatOptions, ModelSpec, TargetProvider, TokenCount, ValidationIssue } from './types.js';
export interface CheckExampleOptions {
    /** Trim at message boundaries (earliest exchanges first) until the example fits, instead of rejecting it. */
    truncate: boolean;
    formatOptions?: FormatOptions;
}
export interface CheckAccepted {
    ok: true;
    /** The JSONL record to write (formatted from the possibly truncated example). */
    record: Record<string, unknown>;
    tokens: TokenCount;
    truncated: boolean;
    /** The example that was formatted (differs from the input when truncated). */
    example: TrainingExample;
    /** `example.messages`, for callers that store the (possibly truncated) messages. */
    messages: Message[];
    /** Messages dropped by truncation. */
    droppedMessages: number;
    /** Non-blocking findings (e.g. missing system message). */
    warnings: ValidationIssue[];
}
export interface CheckRejected {
    ok: false;
    /** Stable code to count rejections by: the first error's code, or `over_token_limit`. */
    reason: string;
    detail: string;
    issues: ValidationIssue[];
    tokens?: TokenCount;
}
export type CheckExampleResult = CheckAccepted | CheckRejected;
/**
 * Candidates from the full example down to the smallest that keeps the system messages and the final exchange:
 * each step drops the earliest exchange (a user message and the replies up to the next user message), so
 * user/assistant alternation and the final assistant turn survive.
 */
export declare function truncationCandidates(example: TrainingExample): TrainingExample[];
/** Synchronous check: format → validate → count → limit (→ truncate). The model's tokenizer must be loaded. */
export declare function checkExampleSync(target: TargetProvider, model: ModelSpec, example: TrainingExample, options: CheckExampleOptions): CheckExampleResult;
/**
 * Async check: loads the tokenizer once, then counts with `target.countTokens` (which an exact API counter may back,
 * see `withTokenCounter`). Same decisions as `checkExampleSync`.
 */
export declare function checkExample(target: TargetProvider, model: ModelSpec, example: TrainingExample, options: CheckExampleOptions): Promise<CheckExampleResult>;
