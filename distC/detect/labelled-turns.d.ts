import { type LineIndex } from './line-index.js';
/** What a label matcher found at the start of a line. */
export interface LabelHit {
    /** The label, normalised by the matcher (`q`, `a`, `user`, `bob` ...). */
    key: string;
    /** Offset just after the label: the turn's content starts at the first non-space character from here. */
    contentStart: number;
    /** A bold marker opened before the label and was not closed by it (`**Q: text?**`): strip the closing `**`. */
    boldOpen: boolean;
}
/** Called once per candidate line, in line order (so a matcher may keep state). */
export type LabelMatcher = (index: LineIndex, line: number) => LabelHit | undefined;
export interface Turn {
    key: string;
    /** Line of the label. */
    line: number;
    /** Offset of the label (start of the line's content, after indentation). */
    markerStart: number;
    /** Trimmed content offsets; `start === end` for an empty turn. */
    start: number;
    end: number;
}
export interface TurnRun {
    turns: Turn[];
}
/**
 * Split the text into runs of labelled turns (`Q:`/`A:`, `User:`/`Assistant:` ...).
 *
 * Rules:
 * - a turn starts at a labelled line and runs to the line before the next labelled line;
 * - a run ends at a heading (unless the heading is itself labelled, e.g. `### Q: ...`), a thematic break,
 *   an HTML comment, two consecutive blank lines, or the end of the text;
 * - a turn keeps the paragraphs that follow it, across blank lines, up to the next label; but a single short line
 *   without end punctuation standing between blank lines just before the next label (`Ticket #2 (2024-01-02)`)
 *   separates two conversations and belongs to neither;
 * - the last turn of a run keeps paragraphs after a blank line only when the run is "spaced" (its turns are
 *   separated by blank lines) or the paragraph is indented, and never a trailing title-like line;
 * Labels inside fenced code blocks are ignored; fenced code inside a turn belongs to the turn.
 */
export declare function scanLabelledTurns(index: LineIndex, matcher: LabelMatcher): TurnRun[];
