/**
 * The verbatim rule of identify mode: a message must be an exact, contiguous copy of the source text. Comparison is
 * whitespace-normalised (any run of whitespace equals one space) and folds typographic quotes, dashes, the ellipsis
 * character and Markdown emphasis marks (`*`, backtick) that the extractor may have added. The content kept is
 * always the source's own slice, so what is stored appears in the source exactly.
 */
export interface MatchableText {
    /** Normalised text. */
    text: string;
    /** For each normalised character, the offset of the original character it came from. */
    origin: Int32Array;
    original: string;
}
export declare function toMatchable(original: string): MatchableText;
export interface VerbatimSpan {
    /** Offsets in the original text: `original.slice(start, end)` is the matched source text. */
    start: number;
    end: number;
}
/**
 * Where `needle` occurs in `haystack` (normalised comparison), searching from original offset `from`.
 * `undefined` when it does not occur, or when the needle is empty after normalisation.
 */
export declare function findVerbatim(haystack: MatchableText, needle: string, from?: number): VerbatimSpan | undefined;
