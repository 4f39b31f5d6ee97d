import { EncryptedDocumentError, ExtractionError } from '../errors/errors.js';
import { hasEncryptedPackage, isCompoundFile } from './office-package.js';
import { assertOfficeZipPackage } from './office-package.js';
import { isQuizSheet, parseQuizRow, quizMessages, renderQuizQuestion } from './quiz-rows.js';
import { errorText, loadInput, throwIfAborted } from './read-input.js';
import { conversationsFromLog, describeLogResult, type LogEntry } from './message-log.js';
import { detectLayout, filledCount, LAYOUT_SAMPLE_ROWS, logEntry, qaMessages, renderLogRow, renderQaRow, renderRow } from './table-layout.js';
import { DocumentTextBuilder } from './text-units.js';
import type { ExtractedDocument, ExtractInput, ExtractOptions, StructuredConversation } from './types.js';
import type { IsolatedExtractor } from './worker-protocol.js';

/**
 * XLSX / XLSM / XLS / ODS through SheetJS (`xlsx`, aliased to the fixed 0.20.3 build, see DEPENDENCIES.md).
 * One unit per sheet (`## Sheet: name`, then rows written header-aware). A sheet whose header has a
 * question-like and an answer-like column, or a Blackboard quiz sheet, also yields conversations (`sheet-qa`,
 * `sheet-quiz`). Worksheets are read in dense mode (SheetJS docs, "Dense Mode": https://docs.sheetjs.com/docs/csf/sheet#dense-mode).
 */

const ID = 'spreadsheet';

export const spreadsheetExtractor: IsolatedExtractor = {
  id: ID,
  extensions: ['.xlsx', '.xlsm', '.xls', '.ods'],
  mediaTypes: [
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'application/vnd.ms-excel.sheet.macroEnabled.12',
    'application/vnd.ms-excel',
    'application/vnd.oasis.opendocument.spreadsheet',
  ],
  extract: extractSpreadsheet,
  worker: { moduleUrl: import.meta.url, exportName: 'spreadsheetExtractor' },
};

type Xlsx = typeof import('xlsx');
type CellObject = import('xlsx').CellObject;

async function extractSpreadsheet(input: ExtractInput, options: ExtractOptions = {}): Promise<ExtractedDocument> {
  const { bytes, sourceName, displayPath } = await loadInput(input, ID, options.signal);
  const fail = (reason: string, cause?: unknown): ExtractionError => new ExtractionError(displayPath, reason, { extractorId: ID, cause });
  const extension = sourceName.toLowerCase().slice(sourceName.lastIndexOf('.'));
  if (isCompoundFile(bytes)) {
    if (hasEncryptedPackage(bytes)) throw new EncryptedDocumentError(displayPath, { extractorId: ID });
  } else if (extension !== '.xls') {
    assertOfficeZipPackage(bytes, {
      displayPath, extractorId: ID, formatName: extension === '.ods' ? 'OpenDocument spreadsheet (.ods)' : 'Excel (.xlsx)', legacyName: '.xls',
    });
  }
  const XLSX: Xlsx = await import('xlsx');
  if (extension === '.xls' || isCompoundFile(bytes)) {
    // Legacy .xls strings may use Windows code pages; SheetJS needs its code-page tables for them (ESM build).
    XLSX.set_cptable(await import('xlsx/dist/cpexcel.full.mjs'));
  }
  throwIfAborted(options.signal);
  let workbook: import('xlsx').WorkBook;
  try {
    workbook = XLSX.read(bytes, {
      type: 'array', dense: true, cellFormula: false, cellHTML: false, cellStyles: false, cellDates: true, bookVBA: false,
    });
  } catch (error) {
    if (/password|encrypt/i.test(errorText(error))) throw new EncryptedDocumentError(displayPath, { extractorId: ID, cause: error });
    throw fail(`could not read this spreadsheet (${errorText(error)}); it may be damaged — re-save it from the original application`, error);
  }
  const builder = new DocumentTextBuilder();
  const conversations: StructuredConversation[] = [];
  const warnings: string[] = [];
  const sheetNames = workbook.SheetNames;
  for (let position = 0; position < sheetNames.length; position++) {
    throwIfAborted(options.signal);
    const name = sheetNames[position]!;
    const sheet = workbook.Sheets[name];
    const index = position + 1;
    if (!sheet) continue;
    const rows = sheetRows(XLSX, sheet);
    const rendered = renderSheet(rows, index, conversations, (warning) => warnings.push(`sheet "${name}": ${warning}`));
    if (rendered.trim() === '') continue;
    builder.addUnit('sheet', `## Sheet: ${name}\n${rendered}`, { index, title: name });
  }
  const { text, units } = builder.build();
  if (units.length === 0) warnings.push('no extractable text: every sheet is empty');
  const document: ExtractedDocument = {
    sourceFile: sourceName, format: ID, text, units, warnings, metadata: { sheetCount: sheetNames.length, sheetNames },
  };
  if (conversations.length > 0) document.conversations = conversations;
  return document;
}

/** Rows of formatted cell text (what Excel shows), trailing empty cells dropped. */
function sheetRows(XLSX: Xlsx, sheet: import('xlsx').WorkSheet): string[][] {
  const ref = sheet['!ref'];
  if (!ref) return [];
  const range = XLSX.utils.decode_range(ref);
  const dense = (sheet as { '!data'?: (CellObject | undefined)[][] })['!data'];
  const rows: string[][] = [];
  for (let r = range.s.r; r <= range.e.r; r++) {
    const source = dense?.[r];
    const row: string[] = [];
    for (let c = range.s.c; c <= range.e.c; c++) {
      const cell = dense ? source?.[c] : (sheet[XLSX.utils.encode_cell({ r, c })] as CellObject | undefined);
      row.push(cell ? cellText(XLSX, cell) : '');
    }
    while (row.length > 0 && row[row.length - 1] === '') row.pop();
    rows.push(row);
  }
  while (rows.length > 0 && rows[rows.length - 1]!.length === 0) rows.pop();
  return rows;
}

function cellText(XLSX: Xlsx, cell: CellObject): string {
  if (cell.t === 'z' || cell.v === undefined || cell.v === null) return cell.w ?? '';
  if (cell.t === 'e') return cell.w ?? '';
  if (cell.w !== undefined) return cell.w;
  if (cell.v instanceof Date) return cell.v.toISOString().slice(0, 10);
  return XLSX.utils.format_cell(cell);
}

function renderSheet(rows: string[][], sheetIndex: number, conversations: StructuredConversation[], warn: (warning: string) => void): string {
  if (rows.length === 0) return '';
  if (isQuizSheet(rows)) {
    const blocks: string[] = [];
    for (const row of rows) {
      const quiz = parseQuizRow(row);
      if (!quiz) {
        if (filledCount(row) > 0) blocks.push(renderRow(row));
        continue;
      }
      blocks.push(renderQuizQuestion(quiz));
      const messages = quizMessages(quiz);
      if (messages) conversations.push({ messages, shape: 'sheet-quiz', unitKind: 'sheet', unitIndex: sheetIndex });
    }
    return blocks.join('\n\n');
  }
  const layout = detectLayout(rows.slice(0, LAYOUT_SAMPLE_ROWS));
  const lines: string[] = [];
  for (let position = 0; position < layout.titleRows && position < rows.length; position++) {
    if (filledCount(rows[position]!) > 0) lines.push(renderRow(rows[position]!));
  }
  const bodyStart = layout.headerRow === -1 ? layout.titleRows : layout.headerRow + 1;
  if (layout.header && layout.qa) {
    const blocks: string[] = [];
    for (let position = bodyStart; position < rows.length; position++) {
      const row = rows[position]!;
      const block = renderQaRow(row, layout.header, layout.qa);
      if (block === undefined) {
        if (filledCount(row) > 0) blocks.push(renderRow(row, layout.header));
        continue;
      }
      blocks.push(block);
      const messages = qaMessages(row, layout.qa)!;
      conversations.push({ messages, shape: 'sheet-qa', unitKind: 'sheet', unitIndex: sheetIndex });
    }
    return [...lines, ...(lines.length > 0 ? [''] : []), blocks.join('\n\n')].join('\n');
  }
  if (layout.log) {
    const entries: LogEntry[] = [];
    let lastThread: string | undefined;
    for (let position = bodyStart; position < rows.length; position++) {
      const row = rows[position]!;
      const entry = logEntry(row, layout.log, position + 1);
      if (!entry) {
        if (filledCount(row) > 0) lines.push(renderRow(row, layout.header));
        continue;
      }
      if (entry.thread !== lastThread && lastThread !== undefined) lines.push('');
      lastThread = entry.thread;
      entries.push(entry);
      lines.push(renderLogRow(row, layout.log)!);
    }
    const log = conversationsFromLog(entries);
    for (const conversation of log.conversations) conversations.push({ messages: conversation.messages, shape: 'sheet-log', unitKind: 'sheet', unitIndex: sheetIndex });
    describeLogResult(log, entries.length).forEach(warn);
    return lines.join('\n');
  }
  for (let position = bodyStart; position < rows.length; position++) {
    const row = rows[position]!;
    if (filledCount(row) > 0) lines.push(renderRow(row, layout.header));
  }
  return lines.join('\n');
}
