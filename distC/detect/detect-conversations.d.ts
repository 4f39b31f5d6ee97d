import type { Detector } from './conversation-parts.js';
import type { DetectedConversation, DetectOptions } from './types.js';
/**
 * Detectors in priority order. When two claim overlapping text, the earlier one wins: explicit structure
 * (quiz answer keys, `Q:`/`A:` labels) beats heading layout, which beats chat labels inside an answer,
 * which beat the looser layouts (numbered items, definition lists, bare question lines).
 */
export declare const DETECTORS: ReadonlyArray<{
    name: string;
    detect: Detector;
}>;
/**
 * Find the conversations that already exist in `text` (FAQs, Q/A lists, chat logs, transcripts, quizzes).
 * Every message content is an exact slice of `text` (`text.slice(span.start, span.end) === content`), only
 * surrounding whitespace trimmed. Results are sorted by start offset and never overlap. Runs in linear time.
 */
export declare function detectConversations(text: string, options?: DetectOptions): DetectedConversation[];
/**
 * Add `candidates` (sorted by start) to `accepted` (sorted, non-overlapping) keeping only candidates that overlap
 * nothing already accepted nor an earlier candidate. Linear in the two lengths.
 */
export declare function mergeWithoutOverlap(accepted: DetectedConversation[], candidates: DetectedConversation[]): DetectedConversation[];
/**
 * Check the contract of `detectConversations` on its output: every message content is the exact, trimmed,
 * non-empty slice of `text` at its span, spans lie inside their conversation, and conversations are sorted
 * and do not overlap. Returns one line per violation (empty when all hold).
 */
export declare function findVerbatimViolations(text: string, conversations: readonly DetectedConversation[]): string[];
