/**
 * One linear pass over the text that records, per line, its offsets, indentation and block kind
 * (blank, fenced code, front matter / HTML comment, heading, underline, thematic break).
 * Every detector works on this table instead of splitting the text, so no line is copied and
 * offsets always point into the original string.
 */
export declare const LineKind: {
    readonly text: 0;
    readonly blank: 1;
    /** A code-fence delimiter or a line inside a fenced code block. */
    readonly fence: 2;
    /** YAML front matter or a line of an HTML comment (`<!-- ... -->`). */
    readonly meta: 3;
    /** ATX heading (`## Title`). */
    readonly atxHeading: 4;
    /** The title line of a setext (Markdown) or reStructuredText underlined heading. */
    readonly underlinedTitle: 5;
    /** The underline (`-----`, `=====`, `~~~~~`) of such a heading. */
    readonly underline: 6;
    /** Thematic break (`---`, `***`, `___` on their own line). */
    readonly rule: 7;
};
export type LineKindValue = (typeof LineKind)[keyof typeof LineKind];
export interface LineIndex {
    text: string;
    count: number;
    /** Offset of the first character of each line. */
    start: Int32Array;
    /** Offset just past the last character of each line (before `\r\n` / `\n`). */
    end: Int32Array;
    /** Offset of the first non-space character (equal to `end` on blank lines). */
    first: Int32Array;
    /** Leading indentation in columns (tab = 4). */
    indent: Uint16Array;
    kind: Uint8Array;
    /** Heading level (1–6) for heading lines, 0 otherwise. */
    level: Uint8Array;
    /** True when the document uses ATX headings (so `=`/`-` underlines follow Markdown levels). */
    markdownHeadings: boolean;
}
export declare function createLineIndex(text: string): LineIndex;
/** End offset of the line with trailing whitespace removed. */
export declare function trimmedEnd(index: LineIndex, line: number): number;
export declare function isSpaceCode(code: number): boolean;
export declare function isHeading(index: LineIndex, line: number): boolean;
/** Offsets of a heading's text (without `#` markers, closing hashes or surrounding spaces). */
export declare function headingText(index: LineIndex, line: number): {
    start: number;
    end: number;
};
/** The last non-blank line in [from, to), or -1. */
export declare function lastNonBlank(index: LineIndex, from: number, to: number): number;
/** The first non-blank line in [from, to), or -1. */
export declare function firstNonBlank(index: LineIndex, from: number, to: number): number;
/** Whether the document says it is an FAQ in its title (first heading, first lines, or page metadata). */
export declare function isFaqTitled(index: LineIndex): boolean;
export declare const FAQ_WORDS: RegExp;
