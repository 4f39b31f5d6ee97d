import { stripClosingBold, trimSpan } from './conversation-parts.js';
import { headingText, LineKind, lastNonBlank, trimmedEnd } from './line-index.js';
/** One short line without sentence punctuation at its end, such as `Ticket #40211 (2026-11-09 09:14)`. */
function isTitleLike(index, from, to) {
    if (from !== to || index.indent[from] >= 2)
        return false;
    const start = index.first[from];
    const end = trimmedEnd(index, from);
    if (end - start > 80)
        return false;
    const last = index.text[end - 1];
    return !'.!?:;,'.includes(last) && !/^(?:[-*+•>]|\d{1,3}[.)])[ \t]/.test(index.text.slice(start, start + 5));
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
export function scanLabelledTurns(index, matcher) {
    const runs = [];
    let pending = [];
    let spaced = false;
    let blankStreak = 0;
    const closeRun = () => {
        if (pending.length > 0)
            runs.push({ turns: finishTurns(index, pending, spaced) });
        pending = [];
        spaced = false;
    };
    for (let line = 0; line < index.count; line++) {
        const kind = index.kind[line];
        if (kind === LineKind.blank) {
            blankStreak++;
            if (blankStreak >= 2)
                closeRun();
            continue;
        }
        const hadBlank = blankStreak > 0;
        blankStreak = 0;
        if (kind === LineKind.fence) {
            const current = pending[pending.length - 1];
            if (current)
                current.lastLine = line;
            continue;
        }
        if (kind === LineKind.meta) {
            closeRun();
            continue;
        }
        const hit = kind === LineKind.text || kind === LineKind.atxHeading ? matcher(index, line) : undefined;
        if (hit) {
            const current = pending[pending.length - 1];
            if (current && hadBlank && current.paragraphLine !== -1 && isTitleLike(index, current.paragraphLine, current.lastLine)) {
                // `Ticket #2 (2024-01-02)` on its own between two chats separates them and belongs to neither.
                current.lastLine = Math.max(current.line, lastNonBlank(index, current.line, current.paragraphLine));
                current.cut = true;
                closeRun();
            }
            else if (hadBlank && pending.length > 0) {
                spaced = true;
            }
            pending.push({ hit, line, lastLine: line, gapLine: -1, paragraphLine: -1, cut: false });
            continue;
        }
        if (kind !== LineKind.text) {
            closeRun();
            continue;
        }
        const current = pending[pending.length - 1];
        if (current) {
            if (hadBlank) {
                current.paragraphLine = line;
                if (current.gapLine === -1 && index.indent[line] < 2)
                    current.gapLine = line;
            }
            current.lastLine = line;
        }
    }
    closeRun();
    return runs;
}
function finishTurns(index, pending, spaced) {
    const { text } = index;
    const turns = [];
    for (let position = 0; position < pending.length; position++) {
        const turn = pending[position];
        let lastLine = turn.lastLine;
        if (!turn.cut && position === pending.length - 1 && turn.gapLine !== -1) {
            if (!spaced)
                lastLine = Math.max(turn.line, lastNonBlank(index, turn.line, turn.gapLine));
            else if (turn.paragraphLine !== -1 && isTitleLike(index, turn.paragraphLine, turn.lastLine)) {
                lastLine = Math.max(turn.line, lastNonBlank(index, turn.line, turn.paragraphLine));
            }
        }
        let end = index.end[lastLine];
        if (lastLine === turn.line && index.kind[turn.line] === LineKind.atxHeading) {
            end = Math.max(turn.hit.contentStart, headingText(index, turn.line).end);
        }
        if (turn.hit.boldOpen)
            end = stripClosingBold(text, turn.hit.contentStart, end);
        const span = trimSpan(text, turn.hit.contentStart, Math.max(turn.hit.contentStart, end));
        turns.push({ key: turn.hit.key, line: turn.line, markerStart: index.first[turn.line], start: span.start, end: span.end });
    }
    return turns;
}
//# sourceMappingURL=labelled-turns.js.map