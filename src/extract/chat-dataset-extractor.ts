import type { Message } from '../dataset/types.js';
import { ExtractionError } from '../errors/errors.js';
import { describeJsonError } from './json-error-position.js';
import { alternatingTurns, chatExport, isObject, recogniseRecord, trimTrailingUser, usable } from './chat-shapes.js';
import { hasVisibleText, noTextError, throwIfAborted } from './read-input.js';
import { loadAndDecode } from './text-decoding.js';
import { appendParagraphUnits, GroupedUnitWriter, minUnitChars } from './text-units.js';
import type { DocumentUnit, ExtractedDocument, ExtractInput, ExtractOptions, Extractor, StructuredConversation } from './types.js';

/**
 * JSON, JSON Lines and YAML files holding chat or instruction datasets (shapes in chat-shapes.ts, plus
 * chatterbot-corpus YAML `conversations:` lists and SQuAD `data[].paragraphs[].qas[]`). Recognised records
 * become `conversations` (identify mode imports them as they are) and a readable `User:` / `Assistant:`
 * rendering in `text`, one unit per record. A file with no recognisable shape keeps its text as it is.
 */

type Format = 'json' | 'jsonl' | 'yaml';

interface Conversion {
  writer: GroupedUnitWriter;
  conversations: StructuredConversation[];
  total: number;
  unrecognised: number[];
}

function createChatDatasetExtractor(format: Format, extensions: string[], mediaTypes: string[]): Extractor {
  return {
    id: format,
    extensions,
    mediaTypes,
    extract: (input, options) => extractChatDataset(format, input, options),
  };
}

export const jsonExtractor: Extractor = createChatDatasetExtractor('json', ['.json'], ['application/json']);
export const jsonlExtractor: Extractor = createChatDatasetExtractor('jsonl', ['.jsonl', '.ndjson'], ['application/jsonl', 'application/x-ndjson']);
export const yamlExtractor: Extractor = createChatDatasetExtractor('yaml', ['.yaml', '.yml'], ['application/yaml', 'text/yaml']);

async function extractChatDataset(format: Format, input: ExtractInput, options: ExtractOptions = {}): Promise<ExtractedDocument> {
  const { decoded, sourceName, displayPath } = await loadAndDecode(input, format, options.signal);
  const source = decoded.text;
  if (!hasVisibleText(source)) throw noTextError(displayPath, format);
  const fail = (reason: string, cause?: unknown): ExtractionError => new ExtractionError(displayPath, reason, { extractorId: format, cause });
  const warnings = [...decoded.warnings];
  const values = await parseValues(format, source, fail, warnings);
  throwIfAborted(options.signal);

  const conversion: Conversion = {
    writer: new GroupedUnitWriter('record', minUnitChars(source.length), '\n\n', 'records'),
    conversations: [],
    total: 0,
    unrecognised: [],
  };
  // JSON Lines of single messages (`{conversation_id, role, content}`, a messenger's messages one per line): a log.
  const exported = values.length >= 2 && !values.slice(0, 20).some((value) => recogniseRecord(value)) ? chatExport(values) : undefined;
  if (exported) addExportedChat(exported, conversion);
  else for (const value of values) convertValue(value, conversion);

  if (conversion.conversations.length === 0) {
    warnings.push('no chat dataset shape recognised (messages, conversations, instruction/output, question/answer ...); the text is used as it is');
    const units: DocumentUnit[] = [];
    appendParagraphUnits(source, units, { minChars: minUnitChars(source.length) });
    return { sourceFile: sourceName, format, text: source, units, warnings, metadata: { encoding: decoded.encoding } };
  }
  if (conversion.unrecognised.length > 0) {
    const first = conversion.unrecognised.slice(0, 5).join(', ');
    warnings.push(`${conversion.unrecognised.length} of ${conversion.total} records are not conversations and were skipped (records ${first}${conversion.unrecognised.length > 5 ? ', ...' : ''})`);
  }
  const { text, units } = conversion.writer.build();
  const shapes = [...new Set(conversion.conversations.map((conversation) => conversation.shape))];
  return {
    sourceFile: sourceName,
    format,
    text,
    units,
    warnings,
    metadata: { encoding: decoded.encoding, records: conversion.total, shapes },
    conversations: conversion.conversations,
  };
}

async function parseValues(
  format: Format,
  source: string,
  fail: (reason: string, cause?: unknown) => ExtractionError,
  warnings: string[],
): Promise<unknown[]> {
  if (format === 'yaml') {
    const YAML = await import('yaml');
    // `toJS({ maxAliasCount })` bounds alias expansion ("billion laughs"): https://eemeli.org/yaml/#tojs-options
    const documents = YAML.parseAllDocuments(source);
    const list = Array.isArray(documents) ? documents : [documents];
    const values: unknown[] = [];
    for (const document of list) {
      const error = document.errors[0];
      if (error) {
        const where = error.linePos ? ` at line ${error.linePos[0].line}, column ${error.linePos[0].col}` : '';
        throw fail(`this is not valid YAML${where} (${error.message.split('\n', 1)[0]}); fix the file and try again`, error);
      }
      values.push(document.toJS({ maxAliasCount: 100 }));
    }
    return values;
  }
  if (format === 'json') {
    try {
      return [JSON.parse(source)];
    } catch (error) {
      // Many ".json" datasets are really JSON Lines; accept them when every line parses.
      const lines = tryJsonLines(source);
      if (lines && lines.values.length >= 2 && lines.badLines.length === 0) {
        warnings.push('the file holds one JSON value per line (JSON Lines); read it that way');
        return lines.values;
      }
      throw fail(`this is not valid JSON (${describeJsonError(error, source)}); fix the file and try again`, error);
    }
  }
  const lines = tryJsonLines(source);
  if (!lines || lines.values.length === 0) {
    throw fail(`none of the lines is valid JSON${lines?.firstError ? ` (${lines.firstError})` : ''}; each line of a .jsonl file must be one JSON value`);
  }
  if (lines.badLines.length > 0) {
    warnings.push(`${lines.badLines.length} line(s) are not valid JSON and were skipped (lines ${lines.badLines.slice(0, 5).join(', ')}${lines.badLines.length > 5 ? ', ...' : ''})`);
  }
  return lines.values;
}

function tryJsonLines(source: string): { values: unknown[]; badLines: number[]; firstError?: string } | undefined {
  const values: unknown[] = [];
  const badLines: number[] = [];
  let firstError: string | undefined;
  let lineNumber = 0;
  let start = 0;
  while (start <= source.length) {
    const end = source.indexOf('\n', start);
    const line = source.slice(start, end === -1 ? source.length : end).trim();
    lineNumber++;
    if (line !== '') {
      try {
        values.push(JSON.parse(line));
      } catch (error) {
        badLines.push(lineNumber);
        firstError ??= `line ${lineNumber}: ${(error as Error).message}`;
      }
    }
    if (end === -1) break;
    start = end + 1;
  }
  if (values.length === 0 || badLines.length > values.length) return { values: [], badLines, firstError };
  return { values, badLines, firstError };
}

function convertValue(value: unknown, conversion: Conversion): void {
  if (Array.isArray(value)) {
    // A Slack channel export: one array of messages.
    const exported = chatExport(value);
    if (exported) return addExportedChat(exported, conversion);
    for (const item of value) convertRecord(item, conversion);
    return;
  }
  if (!isObject(value)) return;
  // Telegram, Messenger, Discord exports: `messages` between two named people.
  const messages = value['messages'];
  if (Array.isArray(messages) && !recogniseRecord(value)) {
    const exported = chatExport(messages);
    if (exported) return addExportedChat(exported, conversion);
  }
  // chatterbot-corpus: `conversations:` is a list of lists of alternating statements.
  const chatterbot = value['conversations'];
  if (Array.isArray(chatterbot) && chatterbot.length > 0 && chatterbot.every((item) => Array.isArray(item))) {
    for (const turns of chatterbot as unknown[][]) addConversation('chatterbot', alternatingTurns(turns), conversion);
    return;
  }
  if (isSquad(value)) return convertSquad(value, conversion);
  if (recogniseRecord(value)) return convertRecord(value, conversion);
  // A wrapper object: the first property holding a list of records (`data`, `examples`, `train` ...) or of messages.
  for (const item of Object.values(value)) {
    if (!Array.isArray(item) || item.length === 0) continue;
    if (item.slice(0, 20).some((entry) => recogniseRecord(entry))) {
      for (const entry of item) convertRecord(entry, conversion);
      return;
    }
    const messages = chatExport(item);
    if (messages) return addExportedChat(messages, conversion);
  }
  conversion.total++;
  conversion.unrecognised.push(conversion.total);
}

function addExportedChat(conversations: Message[][], conversion: Conversion): void {
  for (const messages of conversations) addConversation('chat-export', messages, conversion);
}

function convertRecord(record: unknown, conversion: Conversion): void {
  const recognised = recogniseRecord(record);
  if (!recognised) {
    conversion.total++;
    conversion.unrecognised.push(conversion.total);
    return;
  }
  addConversation(recognised.shape, recognised.messages, conversion);
}

function addConversation(shape: string, messages: Message[], conversion: Conversion, context?: string): void {
  conversion.total++;
  const index = conversion.total;
  const trimmed = trimTrailingUser(messages);
  if (!usable(trimmed)) {
    conversion.unrecognised.push(index);
    return;
  }
  conversion.conversations.push({ messages: trimmed, shape, unitKind: 'record', unitIndex: index });
  conversion.writer.add(renderConversation(trimmed, context), index);
}

const LABELS: Record<Message['role'], string> = { system: 'System', user: 'User', assistant: 'Assistant' };

export function renderConversation(messages: Message[], context?: string): string {
  const lines = context ? [context, ''] : [];
  for (const message of messages) lines.push(`${LABELS[message.role]}: ${message.content}`);
  return lines.join('\n');
}

interface SquadDocument {
  data: { title?: string; paragraphs?: { context?: string; qas?: { question?: string; answers?: { text?: string }[] }[] }[] }[];
}

function isSquad(value: Record<string, unknown>): value is Record<string, unknown> & SquadDocument {
  const data = value['data'];
  return Array.isArray(data) && data.length > 0 && isObject(data[0]) && Array.isArray(data[0]['paragraphs']);
}

/** SQuAD: each answered question is a conversation; the paragraph it is about goes before it in the text. */
function convertSquad(value: SquadDocument, conversion: Conversion): void {
  for (const article of value.data) {
    for (const paragraph of article.paragraphs ?? []) {
      let context = typeof paragraph.context === 'string' ? paragraph.context.trim() : undefined;
      for (const qa of paragraph.qas ?? []) {
        const answer = qa.answers?.find((item) => typeof item.text === 'string' && item.text.trim() !== '')?.text?.trim();
        const question = typeof qa.question === 'string' ? qa.question.trim() : '';
        if (!question || !answer) continue;
        addConversation('squad', [{ role: 'user', content: question }, { role: 'assistant', content: answer }], conversion, context);
        context = undefined; // the paragraph is written once, before its first question
      }
    }
  }
}
