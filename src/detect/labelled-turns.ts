import { stripClosingBold, trimSpan } from './conversation-parts.js';
import { headingText, LineKind, type LineIndex, lastNonBlank } from './line-index.js';

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

interface PendingTurn {
  hit: LabelHit;
  line: number;
  lastLine: number;
  /** First unindented line that follows a blank line inside this turn (-1 when none). */
  gapLine: number;
}

/**
 * Split the text into runs of labelled turns (`Q:`/`A:`, `User:`/`Assistant:` ...).
 *
 * Rules (documented in the detect README section of the report):
 * - a turn starts at a labelled line and runs to the line before the next labelled line;
 * - a run ends at a heading (unless the heading is itself labelled, e.g. `### Q: ...`), a thematic break,
 *   an HTML comment, two consecutive blank lines, or the end of the text;
 * - a turn keeps paragraphs after a blank line only when the run is "spaced" (its turns are separated by blank
 *   lines) or the paragraph is indented; in a compact run (`User: ...` lines back to back) an unindented paragraph
 *   after a blank line ends the run (so a `Ticket #2` line between two chats belongs to neither).
 * Labels inside fenced code blocks are ignored; fenced code inside a turn belongs to the turn.
 */
export function scanLabelledTurns(index: LineIndex, matcher: LabelMatcher): TurnRun[] {
  const runs: TurnRun[] = [];
  let pending: PendingTurn[] = [];
  let spaced = false;
  let blankStreak = 0;

  const closeRun = (): void => {
    if (pending.length > 0) runs.push({ turns: finishTurns(index, pending, spaced) });
    pending = [];
    spaced = false;
  };

  for (let line = 0; line < index.count; line++) {
    const kind = index.kind[line];
    if (kind === LineKind.blank) {
      blankStreak++;
      if (blankStreak >= 2) closeRun();
      continue;
    }
    const hadBlank = blankStreak > 0;
    blankStreak = 0;
    if (kind === LineKind.fence) {
      const current = pending[pending.length - 1];
      if (current) current.lastLine = line;
      continue;
    }
    if (kind === LineKind.meta) {
      closeRun();
      continue;
    }
    const hit = kind === LineKind.text || kind === LineKind.atxHeading ? matcher(index, line) : undefined;
    if (hit) {
      if (hadBlank && pending.length > 0) spaced = true;
      pending.push({ hit, line, lastLine: line, gapLine: -1 });
      continue;
    }
    if (kind !== LineKind.text) {
      closeRun();
      continue;
    }
    const current = pending[pending.length - 1];
    if (current) {
      if (hadBlank && index.indent[line]! < 2) {
        // A compact run (turns on consecutive lines) ends at an unindented paragraph after a blank line:
        // `Ticket #2 (date)` between two support chats is not part of the last agent message.
        if (pending.length >= 2 && !spaced) {
          closeRun();
          continue;
        }
        if (current.gapLine === -1) current.gapLine = line;
      }
      current.lastLine = line;
    }
  }
  closeRun();
  return runs;
}

function finishTurns(index: LineIndex, pending: PendingTurn[], spaced: boolean): Turn[] {
  const { text } = index;
  const turns: Turn[] = [];
  for (let position = 0; position < pending.length; position++) {
    const turn = pending[position]!;
    let lastLine = turn.lastLine;
    if (position === pending.length - 1 && !spaced && turn.gapLine !== -1) {
      lastLine = Math.max(turn.line, lastNonBlank(index, turn.line, turn.gapLine));
    }
    let end = index.end[lastLine]!;
    if (lastLine === turn.line && index.kind[turn.line] === LineKind.atxHeading) {
      end = Math.max(turn.hit.contentStart, headingText(index, turn.line).end);
    }
    if (turn.hit.boldOpen) end = stripClosingBold(text, turn.hit.contentStart, end);
    const span = trimSpan(text, turn.hit.contentStart, Math.max(turn.hit.contentStart, end));
    turns.push({ key: turn.hit.key, line: turn.line, markerStart: index.first[turn.line]!, start: span.start, end: span.end });
  }
  return turns;
}
