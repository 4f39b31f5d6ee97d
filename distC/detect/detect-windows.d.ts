import type { DetectedConversation, DetectOptions } from './types.js';
export type DetectFunction = (text: string, options: DetectOptions) => DetectedConversation[];
export interface WindowSizes {
    /** Text per detector call past `wholeUpTo` (default 1 M characters). */
    window: number;
    /** Conversations ending in the last `margin` characters of a window are left to the next one (default 128 K). */
    margin: number;
    /** The next window starts this far before the cut, so headings and context before it are seen (default 64 K). */
    lookback: number;
    /** Texts up to this long are detected in one call (default 12 M characters; without it, 1.5 × `window`). */
    wholeUpTo?: number;
}
/**
 * Texts up to 12 M characters are detected in one call, as they always were: some rules look at the whole text
 * (how much of it is FAQ-shaped, for instance), so windows can change what they decide. Past that, 1 MB windows:
 * the detections of a window (its conversations and their messages, ~25 MB of objects for 8 MB of FAQ text) are
 * live while it is consumed and get promoted into the old generation, which V8 then lets grow in proportion. One
 * 200 MB text file peaked at 668 MB with 8 MB windows, 644 MB with 2 MB and ~590 MB with 1 MB (with 16-bit dedup
 * rows and the keyword corpus sent in parts; bench/README.md). The margin still exceeds by far any conversation that
 * fits a fine-tuning example.
 */
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
