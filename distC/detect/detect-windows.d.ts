import type { DetectedConversation, DetectOptions } from './types.js';
export type DetectFunction = (text: string, options: DetectOptions) => DetectedConversation[];
export interface WindowSizes {
    /** Text per detector call (default 8 MB of characters). Texts up to 1.5 × this are detected in one call. */
    window: number;
    /** Conversations ending in the last `margin` characters of a window are left to the next one (default 256 K). */
    margin: number;
    /** The next window starts this far before the cut, so headings and context before it are seen (default 64 K). */
    lookback: number;
}
export declare const DEFAULT_WINDOW_SIZES: WindowSizes;
/**
 * The detector's conversations for a large text, a window at a time, in order: memory holds one window's
 * detections instead of the whole text's (a 200 MB text's detections took ~650 MB at once, bench/README.md).
 *
 * Each window ends at a line break. Its conversations that end before the cut (a line start `margin` before the
 * window's end, moved back to the start of a conversation that crosses it) are final; the rest are detected
 * again by the next window, which starts `lookback` before the cut. A conversation is yielded only when it starts
 * at or after the end of the last one yielded, so nothing overlaps or repeats. A conversation longer than a window
 * makes the window grow until it fits. What can differ from one call over the whole text: an answer key or a
 * context more than a window away from its questions is not seen.
 */
export declare function detectInWindows(detect: DetectFunction, text: string, options: DetectOptions, sizes?: WindowSizes): Generator<DetectedConversation, void, undefined>;
