import { parseSpeakerLabel } from './chat-log-detector.js';
import { classifySpeaker } from './speaker-labels.js';
import { buildConversation } from './conversation-parts.js';
import { isFaqTitled, isHeading, LineKind, type LineIndex, trimmedEnd } from './line-index.js';
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
 * At least 3 questions with answers must be present, and questions must be a real share of the paragraphs
 * (see `denseEnough`), so rhetorical questions in prose or a book produce nothing. In a longer page where they are
 * not, a run of at least 3 consecutive "tight" entries (answer paragraph on the very next line, next question right
 * after it: a converted `<dl>` FAQ) still counts, on its own.
 * When the answers of a `<dl>`-like list are single paragraphs, the last entry keeps only its first paragraph
 * (not the footer or text that follows the list).
 */
const MAX_QUESTION_LENGTH = 300;
const MIN_QUESTION_SHARE = 0.05;
const MIN_QUESTION_SHARE_IN_FAQ = 0.01;
const NOT_A_QUESTION_START = new Set(['-', '*', '+', '>', '|', '"', '“', '‘', "'", '«', '<', '•', '[', '(', '`', '#', '=', '.', '$', '?', '/', '{', '}', ';']);
/** The question mark ends a word (`work?`, `work)?`), so `$ echo $?` or `Tests and ?` (about the operator) do not count. */
const ENDS_AFTER_WORD = /[\p{L}\p{N}"'”’)\]}>`][?？][*_:]*$/u;
const LIST_NUMBER = /\d{1,4}[.)][ \t]/y;
const MIN_TIGHT_RUN = 3;

export function detectQuestionLines(index: LineIndex): DetectedConversation[] {
  const { text } = index;
  const entries: Entry[] = [];
  for (let line = 0; line < index.count; line++) {
    const last = questionBlockEnd(index, line);
    if (last === -1) continue;
    entries.push({ question: line, questionLast: last, firstAnswer: -1, lastAnswer: -1, stop: -1, firstParagraphEnd: -1, tight: false });
    line = last;
  }
  if (entries.length < 3) return [];
  for (let position = 0; position < entries.length; position++) readAnswer(index, entries, position);

  // Whole document: enough question lines among its paragraphs. Otherwise only runs of tight entries count.
  const dense = denseEnough(index, entries.length);
  const keep = dense ? entries.map((entry) => entry.firstAnswer !== -1) : tightRuns(entries);
  const found: DetectedConversation[] = [];
  for (let position = 0; position < entries.length; position++) {
    const entry = entries[position]!;
    if (!keep[position]) continue;
    let lastAnswer = entry.lastAnswer;
    const nextQuestion = entries[position + 1]?.question ?? index.count;
    const endsAtNextQuestion = entry.stop === nextQuestion && nextQuestion < index.count;
    if (!dense || (!endsAtNextQuestion && followsTightEntries(entries, position))) {
      // Layout of `<dt>`/`<dd>` lists: one answer paragraph right under its question. The last entry of such a list
      // does not take the paragraphs after the list (a page footer, the next section's text).
      lastAnswer = entry.firstParagraphEnd;
    } else if (endsAtNextQuestion) {
      lastAnswer = dropTrailingTitle(index, entry.firstAnswer, lastAnswer);
    }
    const bold = boldQuestion(index, entry.question);
    const conversation = buildConversation(text, bold === undefined ? 'question-line' : 'question-line-bold', [
      bold === undefined ? { role: 'user', start: index.first[entry.question]!, end: trimmedEnd(index, entry.questionLast) } : { role: 'user', ...bold },
      { role: 'assistant', start: index.first[entry.firstAnswer]!, end: index.end[lastAnswer]! },
    ]);
    if (conversation) found.push(conversation);
  }
  return found.length >= 3 ? found : [];
}

interface Entry {
  question: number;
  questionLast: number;
  /** First and last answer lines (-1 when the question has no answer). */
  firstAnswer: number;
  lastAnswer: number;
  /** Line where the answer region stops (next question line, heading, rule or end of text). */
  stop: number;
  /** Last line of the answer's first paragraph. */
  firstParagraphEnd: number;
  /** The answer starts on the line right after the question (`<dt>` then `<dd>`, no blank line between). */
  tight: boolean;
}

function readAnswer(index: LineIndex, entries: Entry[], position: number): void {
  const { text } = index;
  const entry = entries[position]!;
  const nextQuestion = entries[position + 1]?.question ?? index.count;
  let stop = nextQuestion;
  for (let line = entry.questionLast + 1; line < nextQuestion; line++) {
    const kind = index.kind[line];
    if (kind === LineKind.blank || kind === LineKind.meta) continue;
    if (isHeading(index, line) || kind === LineKind.rule || kind === LineKind.underline) {
      stop = line;
      break;
    }
    if (entry.firstAnswer === -1 && !isHtmlOnly(text, index.first[line]!, index.end[line]!)) entry.firstAnswer = line;
  }
  entry.stop = stop;
  if (entry.firstAnswer === -1) return;
  entry.lastAnswer = lastContentLine(index, entry.firstAnswer, stop);
  if (entry.lastAnswer === -1) {
    entry.firstAnswer = -1;
    return;
  }
  let paragraphEnd = entry.firstAnswer;
  while (paragraphEnd < entry.lastAnswer && index.kind[paragraphEnd + 1] === LineKind.text) paragraphEnd++;
  entry.firstParagraphEnd = paragraphEnd;
  entry.tight = entry.firstAnswer === entry.questionLast + 1;
}

/** A tight entry whose answer is one paragraph, with the next question line right after it (blank lines only). */
function isTightSingle(entries: Entry[], position: number): boolean {
  const entry = entries[position]!;
  return entry.tight && entry.lastAnswer === entry.firstParagraphEnd && entry.stop === entries[position + 1]?.question;
}

/** The two entries before `position` are tight one-paragraph entries leading straight to it, and it is tight too. */
function followsTightEntries(entries: Entry[], position: number): boolean {
  return position >= 2 && entries[position]!.tight && isTightSingle(entries, position - 1) && isTightSingle(entries, position - 2);
}

/**
 * In a document where question lines are rare, keep only runs of at least 3 consecutive tight entries
 * (question line, answer paragraph right under it, next question right after): what an HTML definition-list
 * FAQ looks like once converted. Prose that opens a paragraph with a rhetorical question does not repeat that
 * three times in a row.
 */
function tightRuns(entries: Entry[]): boolean[] {
  const keep = new Array<boolean>(entries.length).fill(false);
  let runStart = 0;
  for (let position = 0; position < entries.length; position++) {
    if (!entries[position]!.tight) {
      runStart = position + 1;
      continue;
    }
    const runContinues = position + 1 < entries.length && isTightSingle(entries, position) && entries[position + 1]!.tight;
    if (runContinues) continue;
    if (position - runStart + 1 >= MIN_TIGHT_RUN) keep.fill(true, runStart, position + 1);
    runStart = position + 1;
  }
  return keep;
}

/**
 * Question lines must be a real share of the document's paragraphs: in an FAQ about 1 in 5 paragraphs is a question
 * (golang's FAQ: 84 of 405), in a book with a few rhetorical questions 1 in 200 or fewer. At least 5% (1% in a
 * document titled FAQ).
 */
function denseEnough(index: LineIndex, questions: number): boolean {
  let paragraphs = 0;
  for (let line = 0; line < index.count; line++) {
    if (index.kind[line] === LineKind.text && (line === 0 || index.kind[line - 1] !== LineKind.text)) paragraphs++;
  }
  const share = questions / Math.max(1, paragraphs);
  return share >= MIN_QUESTION_SHARE || (share >= MIN_QUESTION_SHARE_IN_FAQ && isFaqTitled(index));
}

/**
 * When a question starts at `line`, the line where it ends (-1 otherwise). A question is one line, or two lines
 * (a wrapped heading) followed by a blank line; it ends with `?`.
 */
function questionBlockEnd(index: LineIndex, line: number): number {
  const { text } = index;
  if (index.kind[line] !== LineKind.text || index.indent[line]! > 3) return -1;
  const previous = line === 0 ? LineKind.blank : index.kind[line - 1]!;
  if (previous === LineKind.text || previous === LineKind.fence) return -1;
  const bold = boldQuestion(index, line);
  if (bold !== undefined) return ENDS_AFTER_WORD.test(text.slice(Math.max(bold.start, bold.end - 8), bold.end)) ? line : -1;
  const start = index.first[line]!;
  if (NOT_A_QUESTION_START.has(text[start]!)) return -1;
  LIST_NUMBER.lastIndex = start;
  if (LIST_NUMBER.test(text)) return -1;
  let last = line;
  let end = trimmedEnd(index, line);
  if (!endsWithQuestionMark(text, start, end)) {
    const next = line + 1;
    if (next + 1 >= index.count || index.kind[next] !== LineKind.text || index.kind[next + 1] !== LineKind.blank) return -1;
    last = next;
    end = trimmedEnd(index, next);
    if (!endsWithQuestionMark(text, start, end)) return -1;
  }
  if (end - start > MAX_QUESTION_LENGTH) return -1;
  if (!ENDS_AFTER_WORD.test(text.slice(Math.max(start, end - 8), end))) return -1;
  const label = parseSpeakerLabel(text, start, index.end[line]!);
  if (label && classifySpeaker(label.label)) return -1;
  return last;
}

/**
 * A question line in bold as a whole (`**How do I reset it?**`, `__...?__`, a common Markdown FAQ layout): the
 * question without its bold markers, else undefined.
 */
function boldQuestion(index: LineIndex, line: number): { start: number; end: number } | undefined {
  const { text } = index;
  const start = index.first[line]!;
  const end = trimmedEnd(index, line);
  const marker = text.slice(start, start + 2);
  if ((marker !== '**' && marker !== '__') || end - start < 6 || text.slice(end - 2, end) !== marker) return undefined;
  const inner = { start: start + 2, end: end - 2 };
  if (text.slice(inner.start, inner.end).includes(marker) || inner.end - inner.start > MAX_QUESTION_LENGTH) return undefined;
  if (!endsWithQuestionMark(text, inner.start, inner.end)) return undefined;
  return inner;
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
