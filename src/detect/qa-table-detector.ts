import { findQaColumns, namesQuestions } from '../extract/table-layout.js';
import { buildConversation } from './conversation-parts.js';
import { LineKind, type LineIndex, trimmedEnd } from './line-index.js';
import type { DetectedConversation } from './types.js';

/**
 * Tables whose header names a question and an answer column (`| Question | Answer |`, `Frage | Antwort`,
 * `prompt | completion`, `customer message | agent reply` ...: the names CSV files are read by, `findQaColumns`, with
 * the question column plainly named: `namesQuestions`): each row is one exchange.
 * Markdown pipe tables (with or without the outer pipes and the `|---|` row) and the `a | b` rows the DOCX and PPTX
 * extractors write for Word and PowerPoint tables. Rows end at the first line with another number of cells.
 */
export function detectQaTables(index: LineIndex): DetectedConversation[] {
  const { text } = index;
  const found: DetectedConversation[] = [];
  let nextPipe = text.indexOf('|');
  for (let line = 0; line < index.count && nextPipe !== -1; line++) {
    if (index.kind[line] !== LineKind.text || index.indent[line]! > 3) continue;
    const start = index.first[line]!;
    const end = trimmedEnd(index, line);
    // The next `|` is looked for again only once passed, so the scan stays linear.
    if (nextPipe < start) nextPipe = text.indexOf('|', start);
    if (nextPipe === -1 || nextPipe >= end) continue;
    const header = cells(text, start, end);
    if (header.length < 2) continue;
    const names = header.map((cell) => text.slice(cell.start, cell.end));
    const qa = findQaColumns(names);
    // `Input | Output` and `Request | Response` tables in technical documents are examples, not exchanges.
    if (qa === undefined || !namesQuestions(names[qa.question]!)) continue;
    let row = line + 1;
    if (row < index.count && SEPARATOR.test(text.slice(index.first[row]!, trimmedEnd(index, row)))) row += 1;
    let last = line;
    for (; row < index.count; row++) {
      if (index.kind[row] !== LineKind.text) break;
      const rowCells = cells(text, index.first[row]!, trimmedEnd(index, row));
      if (rowCells.length !== header.length) break;
      last = row;
      const question = rowCells[qa.question]!;
      const answer = rowCells[qa.answer]!;
      const conversation = buildConversation(
        text,
        'qa-table',
        [
          { role: 'user', ...question },
          { role: 'assistant', ...answer },
        ],
        index.first[row]!,
        trimmedEnd(index, row),
      );
      if (conversation) found.push(conversation);
    }
    line = last;
  }
  return found;
}

const SEPARATOR = /^\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?$/;

/** The cells of a table row in [start, end): split at unescaped `|`, outer pipes dropped, each trimmed. */
function cells(text: string, start: number, end: number): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  let from = start;
  for (let position = start; position <= end; position++) {
    if (position < end && (text.charCodeAt(position) !== 124 || text.charCodeAt(position - 1) === 92)) continue;
    let cellStart = from;
    let cellEnd = position;
    while (cellStart < cellEnd && /\s/.test(text[cellStart]!)) cellStart++;
    while (cellEnd > cellStart && /\s/.test(text[cellEnd - 1]!)) cellEnd--;
    found.push({ start: cellStart, end: cellEnd });
    from = position + 1;
  }
  // `| a | b |`: the empty cells before the first and after the last pipe are not cells.
  if (text.charCodeAt(start) === 124) found.shift();
  if (end > start && text.charCodeAt(end - 1) === 124 && text.charCodeAt(end - 2) !== 92) found.pop();
  return found;
}
