import { parseSpeakerLabel } from './chat-log-detector.js';
import { buildConversation } from './conversation-parts.js';
import { isHeading, LineKind, type LineIndex, trimmedEnd } from './line-index.js';
import { endsWithQuestionMark, isHtmlOnly } from './question-text.js';
import type { DetectedConversation } from './types.js';

/**
 * Questions on a line of their own followed by answer paragraphs: what HTML FAQs look like once converted
 * to text (`<h3>Question?</h3><p>Answer</p>`, `<dt>Question?</dt><dd>Answer</dd>`), and plain-text FAQs.
 *
 * A question line ends with `?`, is at most 300 characters, starts a block (a blank line, heading, rule or the
 * start of the text precedes it; the answer may follow on the very next line, as `<dd>` does after `<dt>`), and is
 * not a list item, quote, table row, dialogue line (`"...`) or labelled line.
 * The answer runs from the next non-blank line to the line before the next question line, heading or rule.
 * A short title-like last paragraph of an answer (a section name such as `Usage` in converted HTML) is left out.
 * At least 3 questions with answers must be present in the document, so a rhetorical question in prose
 * produces nothing.
 */
const MAX_QUESTION_LENGTH = 300;
const NOT_A_QUESTION_START = new Set(['-', '*', '+', '>', '|', '"', '“', '‘', "'", '«', '<', '•', '[', '(', '`', '#', '=', '.']);
const LIST_NUMBER = /\d{1,4}[.)][ \t]/y;

export function detectQuestionLines(index: LineIndex): DetectedConversation[] {
  const { text } = index;
  const questionLines: number[] = [];
  for (let line = 0; line < index.count; line++) {
    if (isQuestionLine(index, line)) questionLines.push(line);
  }
  if (questionLines.length < 3) return [];

  const found: DetectedConversation[] = [];
  for (let position = 0; position < questionLines.length; position++) {
    const questionLine = questionLines[position]!;
    const nextQuestion = questionLines[position + 1] ?? index.count;
    let stop = nextQuestion;
    let firstAnswer = -1;
    for (let line = questionLine + 1; line < nextQuestion; line++) {
      const kind = index.kind[line];
      if (kind === LineKind.blank || kind === LineKind.meta) continue;
      if (isHeading(index, line) || kind === LineKind.rule || kind === LineKind.underline) {
        stop = line;
        break;
      }
      if (firstAnswer === -1 && !isHtmlOnly(text, index.first[line]!, index.end[line]!)) firstAnswer = line;
    }
    if (firstAnswer === -1) continue;
    let lastAnswer = lastContentLine(index, firstAnswer, stop);
    if (lastAnswer === -1) continue;
    if (stop === nextQuestion && nextQuestion < index.count) lastAnswer = dropTrailingTitle(index, firstAnswer, lastAnswer);
    const conversation = buildConversation(
      text,
      'question-line',
      [
        { role: 'user', start: index.first[questionLine]!, end: trimmedEnd(index, questionLine) },
        { role: 'assistant', start: index.first[firstAnswer]!, end: index.end[lastAnswer]! },
      ],
    );
    if (conversation) found.push(conversation);
  }
  return found.length >= 3 ? found : [];
}

function isQuestionLine(index: LineIndex, line: number): boolean {
  const { text } = index;
  if (index.kind[line] !== LineKind.text || index.indent[line]! > 3) return false;
  const previous = line === 0 ? LineKind.blank : index.kind[line - 1]!;
  if (previous === LineKind.text || previous === LineKind.fence) return false;
  const start = index.first[line]!;
  const end = trimmedEnd(index, line);
  if (end - start > MAX_QUESTION_LENGTH || !endsWithQuestionMark(text, start, end)) return false;
  if (NOT_A_QUESTION_START.has(text[start]!)) return false;
  LIST_NUMBER.lastIndex = start;
  if (LIST_NUMBER.test(text)) return false;
  return parseSpeakerLabel(text, start, end) === undefined;
}

function lastContentLine(index: LineIndex, from: number, to: number): number {
  const { text } = index;
  for (let line = to - 1; line >= from; line--) {
    const kind = index.kind[line];
    if (kind === LineKind.blank || kind === LineKind.meta || kind === LineKind.rule) continue;
    if (isHtmlOnly(text, index.first[line]!, index.end[line]!) && text.charCodeAt(index.first[line]! + 1) === 47) continue;
    return line;
  }
  return -1;
}

/** Leave out a last paragraph that is a single short line without sentence punctuation (a section title). */
function dropTrailingTitle(index: LineIndex, firstAnswer: number, lastAnswer: number): number {
  if (lastAnswer <= firstAnswer || index.kind[lastAnswer - 1] !== LineKind.blank) return lastAnswer;
  const { text } = index;
  const start = index.first[lastAnswer]!;
  const end = trimmedEnd(index, lastAnswer);
  if (end - start > 60 || /[.!?:;,)\]}>]/.test(text[end - 1]!)) return lastAnswer;
  for (let line = lastAnswer - 1; line >= firstAnswer; line--) {
    if (index.kind[line] !== LineKind.blank) return line;
  }
  return lastAnswer;
}
