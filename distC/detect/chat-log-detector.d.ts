import { type LineIndex } from './line-index.js';
import type { DetectedConversation } from './types.js';
export declare function detectChatLogs(index: LineIndex): DetectedConversation[];
interface ParsedLabel {
    label: string;
    contentStart: number;
    decorated: boolean;
}
/**
 * Finder of the next `:` / `：` at or after an offset, for calls made in increasing offset order
 * (the cached hit is reused until the caller passes it, so the whole scan is linear in the text).
 */
export declare function createColonFinder(text: string): (from: number) => number;
/**
 * Parse `[timestamp] **Label**: ` at `from`. At most ~40 characters are examined; pass `nextColon`
 * (from `createColonFinder`) when calling line after line, so lines without a colon are rejected at once.
 */
export declare function parseSpeakerLabel(text: string, from: number, lineEnd: number, nextColon?: (from: number) => number): ParsedLabel | undefined;
export {};
