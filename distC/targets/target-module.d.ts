import type { z } from 'zod';
import type { Message, TrainingExample } from '../dataset/types.js';
import type { FormatOptions, ModelSpec, TargetProvider, TokenCount, TokenizerId } from './types.js';
/** A token count of one JSONL record, with the assistant (trained) part where the format has one. */
export interface RecordTokenCount extends TokenCount {
    assistantTokens?: number;
}
/** Shape facts of one record, for the data-prep summary (OpenAI cookbook warnings). */
export interface RecordSummary {
    /** Messages / turns including the system prompt; undefined for formats without turns (`text`). */
    messageCount?: number;
    /** Undefined where the format has no roles (Llama `prompt_completion` / `text`). */
    hasSystem?: boolean;
    hasUser?: boolean;
}
/**
 * What each target module in this folder implements: the `TargetProvider` contract plus the pieces that
 * `ftdb validate`, `checkExample` and the registry need. Assignable to `TargetProvider`.
 */
export interface TargetModule extends TargetProvider {
    /** zod schema of one JSONL line (the default format); the single source of truth for `validate`. */
    recordSchema: z.ZodType;
    /** Tokenizer for models that come only from a `model_limits:` override without `tokenizer`. */
    defaultTokenizer: TokenizerId;
    /** Exact or estimated tokens of an already formatted (or user-supplied) record. Needs the tokenizer loaded. */
    countRecordTokensSync(record: unknown, model: ModelSpec, options?: FormatOptions): RecordTokenCount;
    summarizeRecord(record: unknown): RecordSummary | undefined;
}
/** Merge runs of messages with the same role (joined by a blank line), for targets that require alternation. */
export declare function mergeConsecutiveRoles(messages: readonly Message[]): Message[];
export declare function joinTexts(texts: readonly string[]): string;
/** System messages (joined) and the rest, in order. */
export declare function splitSystem(example: TrainingExample): {
    system?: string;
    rest: Message[];
};
export declare function isRecord(value: unknown): value is Record<string, unknown>;
/** Array of plain objects under `key`, else undefined (for counting/summaries of records that may be malformed). */
export declare function objectList(record: unknown, key: string): Record<string, unknown>[] | undefined;
/** Text of an OpenAI-style `content` (string, or parts with `text`). */
export declare function contentText(content: unknown): string;
/** Summary of a record whose turns live under `key` with a `role` field. */
export declare function summarizeRoleList(record: unknown, key: string, userRole: string, extraSystem?: boolean): RecordSummary | undefined;
