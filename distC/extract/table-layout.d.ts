import type { Message } from '../dataset/types.js';
/**
 * Shared by the CSV and spreadsheet extractors: title rows, header detection, question/answer columns,
 * and how a row is written as a line of text.
 *
 * Rows are written header-aware (`Team: Blues | Location: STL`) so every line still makes sense when a
 * chunk boundary separates it from the header. Question/answer rows are written as `Q: ...` / `A: ...`
 * blocks, which the regex detector reads, and are also returned as ready-made conversations.
 */
/** How many leading rows header detection looks at. */
export declare const LAYOUT_SAMPLE_ROWS = 20;
export interface QaColumns {
    question: number;
    answer: number;
    /** Alpaca-style `input` column appended to the instruction. */
    input?: number;
    system?: number;
}
export interface TableLayout {
    /** Sample rows before the table proper (titles: a single filled cell, and blank rows); written as plain lines. */
    titleRows: number;
    /** Position of the header row in the sample, or -1 when the table has none. */
    headerRow: number;
    header?: string[];
    qa?: QaColumns;
}
/** Lower-case, punctuation and separators to spaces, e.g. `Question_Text:` → `question text`. */
export declare function normalizeColumnName(name: string): string;
/** A question-like and an answer-like column (exact names after normalisation), or undefined. */
export declare function findQaColumns(header: readonly string[]): QaColumns | undefined;
export declare function isNumericCell(value: string): boolean;
/**
 * Finds title rows and the header in the first rows of a table. A header is a row of distinct, non-numeric,
 * short cells that is followed by data and is not itself a sentence (so a header-less Q&A table stays data).
 */
export declare function detectLayout(sample: readonly string[][]): TableLayout;
export declare function filledCount(row: readonly string[]): number;
/** `Header: value | Header: value` (empty cells skipped) or, without a header, `value | value`. */
export declare function renderRow(row: readonly string[], header?: readonly string[]): string;
/** A Q&A row as `Q:` / `A:` lines (multi-line cells kept), other filled columns on one line before them. */
export declare function renderQaRow(row: readonly string[], header: readonly string[], qa: QaColumns): string | undefined;
/** The conversation held by one Q&A row, or undefined when its question or answer is empty. */
export declare function qaMessages(row: readonly string[], qa: QaColumns): Message[] | undefined;
