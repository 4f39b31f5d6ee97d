import type { Message } from '../dataset/types.js';
import { ANSWER_WORDS, QUESTION_WORDS, speakerRole, speakerTurnRole } from '../dataset/speaker-words.js';
import { htmlToMarkdown } from './html-to-markdown.js';
import { parseLogTime, type LogEntry } from './message-log.js';

/**
 * Shared by the CSV and spreadsheet extractors: title rows, header detection, question/answer columns,
 * and how a row is written as a line of text.
 *
 * Rows are written header-aware (`Team: Blues | Location: STL`) so every line still makes sense when a
 * chunk boundary separates it from the header. Question/answer rows are written as `Q: ...` / `A: ...`
 * blocks, which the regex detector reads, and are also returned as ready-made conversations.
 */

/** How many leading rows header detection looks at. */
export const LAYOUT_SAMPLE_ROWS = 20;

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
  /** One message per row (`conversation_id | sender | message`): see `message-log.ts`. Only when `qa` is not set. */
  log?: LogColumns;
}

/** The columns of a message log: who wrote, what, and perhaps in which conversation and when. */
export interface LogColumns {
  speaker: number;
  text: number;
  thread?: number;
  time?: number;
}

/** Question-side names of problem/solution tables; in a document a `Problem | Solution` table stays a table. */
const PROBLEM_NAMES = ['problem', 'issue', 'symptom', 'problem description', 'issue description', 'inquiry', 'enquiry'];
const QUESTION_NAMES = [
  'question', 'questions', 'q', 'query', 'prompt', 'instruction', 'input', 'user', 'human', 'user message',
  'user input', 'question text', 'faq question', 'request', '問い', ...QUESTION_WORDS.map((word) => word.toLowerCase()),
  // Help-desk and knowledge-base exports (`Issue | Resolution`), math and reasoning datasets (`problem`/`solution`).
  ...PROBLEM_NAMES,
];
const ANSWER_NAMES = [
  'answer', 'answers', 'a', 'response', 'completion', 'output', 'assistant', 'gpt', 'bot', 'ai', 'reply',
  'answer text', 'faq answer', 'assistant message', 'correct answer', '解答', ...ANSWER_WORDS.map((word) => word.toLowerCase()),
  'solution', 'resolution', 'fix', 'resolution notes', 'resolution note', 'workaround', 'remedy', 'solution text',
];
/** Question-column names that are not questions in a table inside a document (API examples, troubleshooting tables). */
const EXAMPLE_NAMES = new Set(['q', 'query', 'input', 'user input', 'request', ...PROBLEM_NAMES]);

/** Whether a column name (as written) plainly names the questions, for tables found inside documents. */
export function namesQuestions(name: string): boolean {
  const normalized = normalizeColumnName(name);
  return (QUESTION_NAMES.includes(normalized) && !EXAMPLE_NAMES.has(normalized)) || speakerTurnRole(normalized.split(' ')) === 'user';
}

const SYSTEM_NAMES = ['system', 'system prompt', 'system message'];

/** Lower-case, punctuation and separators to spaces, e.g. `Question_Text:` → `question text`. */
export function normalizeColumnName(name: string): string {
  return name
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2') // questionText → question Text
    .toLowerCase()
    .replace(/[_\-.:/\\()[\]#*]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A question-like and an answer-like column (exact names after normalisation), or undefined. */
export function findQaColumns(header: readonly string[]): QaColumns | undefined {
  const names = header.map(normalizeColumnName);
  const find = (candidates: string[], exclude: number[] = []): number => {
    for (const candidate of candidates) {
      const index = names.findIndex((name, position) => name === candidate && !exclude.includes(position));
      if (index !== -1) return index;
    }
    return -1;
  };
  const instruction = names.indexOf('instruction');
  const inputColumn = names.indexOf('input');
  // Alpaca: instruction + input + output; the instruction is the question and the input is appended.
  // After the names above: a speaker and a turn (`customer_message` / `agent_response`, `user query` / `bot reply`).
  const composed = (role: 'user' | 'assistant', exclude: number[] = []): number =>
    names.findIndex((name, position) => !exclude.includes(position) && speakerTurnRole(name.split(' ')) === role);
  let question = instruction !== -1 ? instruction : find(QUESTION_NAMES);
  if (question === -1) question = composed('user');
  if (question === -1) return undefined;
  const excluded = [question, instruction !== -1 ? inputColumn : -1];
  let answer = find(ANSWER_NAMES, excluded);
  if (answer === -1) answer = composed('assistant', excluded);
  if (answer === -1) return undefined;
  const qa: QaColumns = { question, answer };
  if (instruction !== -1 && inputColumn !== -1 && inputColumn !== answer) qa.input = inputColumn;
  const system = find(SYSTEM_NAMES, [question, answer]);
  if (system !== -1) qa.system = system;
  return qa;
}

/**
 * Field and column names of a message log (after `normalizeColumnName`), shared by CSV/spreadsheet columns and JSON
 * record keys: support exports (Zendesk `Ticket ID | Author | Comment`, Intercom `conversation_id | author_type |
 * body`), one-turn-per-row chat datasets (`dialogue_id | speaker | utterance`), messenger exports (`from`,
 * `sender_name`, `author`, `user_name` ...).
 */
export const LOG_SPEAKER_NAMES: ReadonlySet<string> = new Set([
  'role', 'speaker', 'sender', 'author', 'from', 'sender name', 'author name', 'speaker name', 'user name', 'username',
  'user', 'sender type', 'author type', 'author role', 'sender role', 'speaker role', 'participant', 'participant type',
  'direction', 'message from', 'from name', 'party', 'who', 'commenter', 'posted by', 'written by',
]);
export const LOG_TEXT_NAMES: ReadonlySet<string> = new Set([
  'message', 'text', 'content', 'body', 'utterance', 'msg', 'message text', 'message body', 'message content', 'comment',
  'comment body', 'comment text', 'public comment', 'value', 'utterance text', 'transcript', 'turn text', 'plain body',
]);
export const LOG_THREAD_NAMES: ReadonlySet<string> = new Set([
  'conversation id', 'conversation', 'conv id', 'conversation number', 'thread id', 'thread', 'ticket id', 'ticket',
  'ticket number', 'chat id', 'chat', 'session id', 'session', 'dialogue id', 'dialog id', 'dialogue', 'dialog',
  'case id', 'case number', 'interaction id', 'transcript id', 'dialogueid', 'conversationid', 'ticketid', 'chatid',
]);
export const LOG_TIME_NAMES: ReadonlySet<string> = new Set([
  'timestamp', 'timestamp ms', 'time', 'date', 'datetime', 'date time', 'created at', 'created', 'sent at', 'sent',
  'ts', 'message time', 'created date', 'comment created at', 'posted at',
]);

/** Speaker and text columns (and thread / time when present), or undefined. `user` only names a speaker here with a text column beside it. */
export function findLogColumns(header: readonly string[]): LogColumns | undefined {
  const names = header.map(normalizeColumnName);
  const find = (set: ReadonlySet<string>, exclude: number[] = []): number => names.findIndex((name, position) => set.has(name) && !exclude.includes(position));
  const speaker = find(LOG_SPEAKER_NAMES);
  if (speaker === -1) return undefined;
  const text = find(LOG_TEXT_NAMES, [speaker]);
  if (text === -1) return undefined;
  const columns: LogColumns = { speaker, text };
  const thread = find(LOG_THREAD_NAMES, [speaker, text]);
  if (thread !== -1) columns.thread = thread;
  const time = find(LOG_TIME_NAMES, [speaker, text, thread]);
  if (time !== -1) columns.time = time;
  return columns;
}

/**
 * The sampled rows read as a log: at least two speakers, and either a conversation column or speakers that are
 * mostly roles (`customer`, `agent`) with both sides present; a table of people and their notes is not a chat.
 */
function looksLikeLog(rows: readonly string[][], log: LogColumns): boolean {
  const speakers = new Set<string>();
  const roles = new Set<string>();
  let filled = 0;
  let mapped = 0;
  for (const row of rows) {
    const speaker = row[log.speaker]?.trim() ?? '';
    if (speaker === '' || (row[log.text]?.trim() ?? '') === '') continue;
    filled++;
    speakers.add(speaker);
    const role = speakerRole(speaker);
    if (role !== undefined) {
      mapped++;
      roles.add(role);
    }
  }
  if (filled < 2 || speakers.size < 2) return false;
  if (log.thread !== undefined) return true;
  return mapped * 5 >= filled * 4 && roles.has('user') && roles.has('assistant');
}

/** A log row as `speaker: message` (the message on one line), or undefined when either is empty. */
export function renderLogRow(row: readonly string[], log: LogColumns): string | undefined {
  const speaker = row[log.speaker]?.trim() ?? '';
  const text = cellText(row[log.text]);
  return speaker === '' || text === '' ? undefined : `${oneLine(speaker)}: ${oneLine(text)}`;
}

/** A log row as an entry for `conversationsFromLog`, or undefined when its speaker or message is empty. */
export function logEntry(row: readonly string[], log: LogColumns, index: number): LogEntry | undefined {
  const speaker = row[log.speaker]?.trim() ?? '';
  const text = cellText(row[log.text]);
  if (speaker === '' || text === '') return undefined;
  const entry: LogEntry = { speaker, text, index };
  const thread = log.thread === undefined ? '' : row[log.thread]?.trim() ?? '';
  if (thread !== '') entry.thread = thread;
  const time = log.time === undefined ? undefined : parseLogTime(row[log.time]);
  if (time !== undefined) entry.time = time;
  return entry;
}

const NUMERIC = /^[-+]?(\d{1,3}(,\d{3})+|\d+)?([.,]\d+)?(e[-+]?\d+)?%?$/i;

export function isNumericCell(value: string): boolean {
  return value !== '' && NUMERIC.test(value.trim());
}

/**
 * Finds title rows and the header in the first rows of a table. A header is a row of distinct, non-numeric,
 * short cells that is followed by data and is not itself a sentence (so a header-less Q&A table stays data).
 */
export function detectLayout(sample: readonly string[][]): TableLayout {
  const width = Math.max(0, ...sample.map(filledCount));
  let position = 0;
  let titles = 0;
  for (; position < sample.length - 1; position++) {
    const filled = filledCount(sample[position]!);
    if (filled === 0) continue;
    if (filled === 1 && width >= 2 && titles < 3) {
      titles++;
      continue;
    }
    break;
  }
  const layout: TableLayout = { titleRows: position, headerRow: -1 };
  const candidate = sample[position];
  if (!candidate || width < 2 || position >= sample.length - 1) return layout;
  const cells = candidate.map((cell) => cell.trim()).filter((cell) => cell !== '');
  if (cells.length < 2 || cells.length < width / 2) return layout;
  const distinct = new Set(cells.map((cell) => cell.toLowerCase())).size === cells.length;
  const textual = cells.every((cell) => !isNumericCell(cell));
  const short = cells.every((cell) => cell.length <= 60 && !/[?.!。？]$/.test(cell));
  if (!distinct || !textual || !short) return layout;
  const header = candidate.map((cell) => cell.trim());
  const dataRows = sample.slice(position + 1).filter((row) => filledCount(row) > 0);
  if (dataRows.length === 0) return layout;
  const qa = findQaColumns(header);
  // A header has cells that never show up as values below it; a data row usually repeats none of them either,
  // so also require a type difference or a recognised Q&A header, or that most header cells look like labels.
  const numericBelow = dataRows.some((row) => row.some((cell, column) => isNumericCell(cell) && header[column] !== ''));
  const labelLike = cells.every((cell) => cell.length <= 40);
  if (!qa && !numericBelow && !labelLike) return layout;
  layout.headerRow = position;
  layout.header = header;
  if (qa && looksLikeQaData(dataRows, qa)) {
    layout.qa = qa;
  } else {
    const log = findLogColumns(header);
    if (log && looksLikeLog(dataRows, log)) layout.log = log;
  }
  return layout;
}

/** At least half of the sampled questions and answers are text (not numbers), so the pair is a real Q&A. */
function looksLikeQaData(rows: readonly string[][], qa: QaColumns): boolean {
  let textual = 0;
  let filled = 0;
  for (const row of rows) {
    const question = row[qa.question]?.trim() ?? '';
    const answer = row[qa.answer]?.trim() ?? '';
    if (!question || !answer) continue;
    filled++;
    if (/\p{L}/u.test(question) && !isNumericCell(question)) textual++;
  }
  return filled > 0 && textual * 2 >= filled;
}

export function filledCount(row: readonly string[]): number {
  let count = 0;
  for (const cell of row) if (cell.trim() !== '') count++;
  return count;
}

/** `Header: value | Header: value` (empty cells skipped) or, without a header, `value | value`. */
export function renderRow(row: readonly string[], header?: readonly string[]): string {
  if (!header) {
    let end = row.length;
    while (end > 0 && row[end - 1]!.trim() === '') end--;
    return row.slice(0, end).map((cell) => oneLine(cell)).join(' | ');
  }
  const parts: string[] = [];
  row.forEach((cell, column) => {
    const value = cell.trim();
    if (value === '') return;
    const name = header[column] || `Column ${column + 1}`;
    parts.push(name === value ? value : `${name}: ${oneLine(value)}`);
  });
  return parts.join(' | ');
}

/** A Q&A row as `Q:` / `A:` lines (multi-line cells kept), other filled columns on one line before them. */
export function renderQaRow(row: readonly string[], header: readonly string[], qa: QaColumns): string | undefined {
  const messages = qaMessages(row, qa);
  if (!messages) return undefined;
  const user = messages.find((message) => message.role === 'user')!.content;
  const assistant = messages.find((message) => message.role === 'assistant')!.content;
  const used = new Set([qa.question, qa.answer, qa.input, qa.system]);
  const usedNames = [qa.question, qa.answer].map((column) => normalizeColumnName(header[column] ?? ''));
  const extras: string[] = [];
  row.forEach((cell, column) => {
    const value = cell.trim();
    if (value === '' || used.has(column)) return;
    const name = header[column] || `Column ${column + 1}`;
    // Skip derived copies such as `answer_html` next to `answer`.
    if (usedNames.some((used) => used && normalizeColumnName(name).startsWith(`${used} `))) return;
    extras.push(`${name}: ${oneLine(value)}`);
  });
  const system = messages.find((message) => message.role === 'system');
  // Other columns go first, so a detector reading `A:` up to the next blank line gets only the answer.
  const lines = extras.length > 0 ? [`(${extras.join(' | ')})`] : [];
  if (system) lines.push(`System: ${system.content}`);
  lines.push(`Q: ${user}`, `A: ${assistant}`);
  return lines.join('\n');
}

/** The conversation held by one Q&A row, or undefined when its question or answer is empty. */
export function qaMessages(row: readonly string[], qa: QaColumns): Message[] | undefined {
  const question = cellText(row[qa.question]);
  const answer = cellText(row[qa.answer]);
  if (!question || !answer) return undefined;
  const input = qa.input !== undefined ? row[qa.input]?.trim() ?? '' : '';
  const system = qa.system !== undefined ? row[qa.system]?.trim() ?? '' : '';
  const messages: Message[] = [];
  if (system) messages.push({ role: 'system', content: system });
  messages.push({ role: 'user', content: input ? `${question}\n\n${input}` : question });
  messages.push({ role: 'assistant', content: answer });
  return messages;
}

/** A message kept as a whole HTML fragment (help-desk exports: `<p>Hi,</p><p>...</p>`), not text that mentions tags. */
const HTML_FRAGMENT = /^<(?:p|div|span|br|html|body|table|ul|ol|h[1-6])\b[^>]*>[\s\S]*<\/(?:p|div|span|html|body|table|ul|ol|h[1-6])>$/i;

/**
 * A message cell's text, trimmed; a cell that is one HTML fragment (Intercom and Freshdesk keep message bodies as
 * HTML) is converted as HTML files are, so the markup does not end up in the training data. A cell that only
 * contains tags in its text (`Use <p>...</p> for a paragraph`) is kept as written.
 */
export function cellText(value: string | undefined): string {
  const text = value?.trim() ?? '';
  return text.charCodeAt(0) === 60 && HTML_FRAGMENT.test(text) ? htmlToMarkdown(text).trim() : text;
}

function oneLine(value: string): string {
  return value.includes('\n') ? value.replace(/\s*\n\s*/g, ' / ') : value;
}
