/**
 * Finding the JSON value in an LLM reply: code fences, prose before/after, trailing commas, JSON typed with curly
 * quotes, and replies cut off at the output token limit. Pure string work, linear-ish in the reply length.
 */
export type ExtractResult = {
    ok: true;
    value: unknown;
    repairs: string[];
} | {
    ok: false;
    error: string; /** The JSON starts but never ends (reply cut off). */
    unterminated: boolean;
};
export declare function extractJsonValue(text: string): ExtractResult;
/** Index of the bracket closing the one at `start`, skipping strings; or why there is none. */
export declare function findClosing(text: string, start: number): number | 'unterminated' | 'mismatch';
/** Drop commas that directly precede `}` or `]` (outside strings). */
export declare function removeTrailingCommas(text: string): string;
/**
 * For a reply cut off mid-way: the complete objects of the array under `"<key>": [` (or of a top-level array),
 * parsed one by one. `undefined` when no such array starts in the text.
 */
export declare function salvageTruncatedArray(text: string, key: string): {
    items: unknown[];
} | undefined;
