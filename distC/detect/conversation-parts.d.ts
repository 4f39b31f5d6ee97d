import type { Role } from '../dataset/types.js';
import { type LineIndex } from './line-index.js';
import type { DetectedConversation } from './types.js';
/** One message of a conversation being built: a role and raw offsets (trimmed when built). */
export interface MessagePart {
    role: Role;
    start: number;
    end: number;
}
/** A detector: finds conversations in an indexed text, sorted by start and not overlapping each other. */
export type Detector = (index: LineIndex) => DetectedConversation[];
/** Shrink [start, end) so it has no surrounding whitespace. `start === end` when it held only whitespace. */
export declare function trimSpan(text: string, start: number, end: number): {
    start: number;
    end: number;
};
/**
 * Build a conversation whose message contents are exact slices of `text`.
 * Returns undefined when any message is empty after trimming.
 * `start`/`end` of the exchange default to the first and last message offsets.
 */
export declare function buildConversation(text: string, format: string, parts: MessagePart[], exchangeStart?: number, exchangeEnd?: number): DetectedConversation | undefined;
/** Remove a trailing `**` / `__` (a bold marker opened before the label) from the end of a span. */
export declare function stripClosingBold(text: string, start: number, end: number): number;
