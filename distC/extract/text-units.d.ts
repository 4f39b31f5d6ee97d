import type { UnitKind } from '../dataset/types.js';
import type { DocumentUnit } from './types.js';
/**
 * Splitting text into units (paragraphs, Markdown sections) and building a document's text from units.
 * Unit texts are slices of the document text (V8 shares the characters), and `unit.offset` is where the
 * unit starts, so `text.slice(unit.offset, unit.offset + unit.text.length) === unit.text`.
 */
/** Upper bound on units per document: huge files get grouped units instead of millions of tiny objects. */
export declare const MAX_UNITS_PER_DOCUMENT = 50000;
/** Sections longer than this are split at paragraph boundaries (each part keeps the section title). */
export declare const MAX_SECTION_CHARS = 16000;
/** Smallest unit size (in characters) that keeps a document under `MAX_UNITS_PER_DOCUMENT` units. */
export declare function minUnitChars(totalChars: number): number;
/**
 * Appends paragraph units for `text[from, to)`. A paragraph is a run of lines between blank lines.
 * Consecutive paragraphs are merged while the unit is shorter than `minChars` (0 for one unit each).
 */
export declare function appendParagraphUnits(text: string, units: DocumentUnit[], options?: {
    from?: number;
    to?: number;
    kind?: UnitKind;
    title?: string;
    minChars?: number;
    maxChars?: number;
}): void;
/**
 * Units for Markdown (or Markdown-ish text we produced): one per ATX (`# Title`) or setext heading,
 * ignoring headings inside fenced code. Text before the first heading is a section without a title.
 */
export declare function appendSectionUnits(text: string, units: DocumentUnit[], options?: {
    minChars?: number;
}): void;
/**
 * Builds a document's text from units, joined by a blank line, recording each unit's offset.
 * Text is collected in ~1 MB flat pieces so huge documents do not keep millions of small strings alive.
 */
export declare class DocumentTextBuilder {
    private readonly separator;
    /** Units so far; their `text` is filled in by `build()` (a slice of the final text). */
    readonly units: DocumentUnit[];
    private readonly lengths;
    private readonly pieces;
    /** Strings not yet joined into a piece; joined (into one flat string) every ~1 MiB. */
    private pending;
    private pendingLength;
    private length;
    constructor(separator?: string);
    addUnit(kind: UnitKind, text: string, options?: {
        title?: string;
        index?: number;
    }): void;
    /** The full text, with every unit's `text` set to its slice of it. */
    build(): {
        text: string;
        units: DocumentUnit[];
    };
    private append;
    /** `join` builds one flat string, so no tree of concatenated strings (and its garbage) piles up. */
    private flushPending;
}
/**
 * Writes many small items (CSV rows, dataset records) as units, grouping consecutive items until a unit
 * reaches `minChars`, so a file with millions of rows still has at most `MAX_UNITS_PER_DOCUMENT` units
 * (when the estimate was low, neighbouring units are merged at the end).
 * A unit's `index` is the index of its first item; a grouped unit's title names the range, e.g. `rows 7–12`.
 */
export declare class GroupedUnitWriter {
    private readonly kind;
    private readonly minChars;
    private readonly separator;
    private readonly label;
    private readonly maxUnits;
    private readonly builder;
    private readonly lastIndexes;
    private group;
    private groupLength;
    private first;
    private last;
    constructor(kind: UnitKind, minChars: number, separator: string, label: string, maxUnits?: number);
    add(text: string, index: number): void;
    build(): {
        text: string;
        units: DocumentUnit[];
    };
    private flush;
}
