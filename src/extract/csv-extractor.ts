import { Readable } from 'node:stream';
import { ExtractionError } from '../errors/errors.js';
import { openByteSource, type ByteSource } from './byte-source.js';
import { noTextError } from './read-input.js';
import { conversationsFromLog, describeLogResult, type LogEntry } from './message-log.js';
import { detectLayout, filledCount, LAYOUT_SAMPLE_ROWS, logEntry, qaMessages, renderLogRow, renderQaRow, renderRow, type TableLayout } from './table-layout.js';
import { decodeChunks, EncodingChangedError, encodingForBrokenUtf8, sniffEncoding, type SniffedEncoding } from './text-stream-decoding.js';
import { GroupedUnitWriter, minUnitChars } from './text-units.js';
import type { DocumentUnit, ExtractedDocument, ExtractInput, ExtractOptions, Extractor, StructuredConversation } from './types.js';

/**
 * CSV / TSV through papaparse (delimiter auto-detection among `, \t | ;` and the ASCII record/unit
 * separators: https://www.papaparse.com/docs#config). Encoding detection is ours (text-stream-decoding.ts).
 * The file is streamed: bytes are read and decoded in 1 MiB chunks and fed to papaparse's Node stream
 * input, rows arrive one by one through `step`, and no array of all rows is built, so memory holds the output
 * text, not the raw file or its decoded copy. Between chunks the event loop runs (abort, per-file time limit).
 * Units: one per row (grouped on very large files), `index` = the row's record number.
 */

const ID = 'csv';

export const csvExtractor: Extractor = {
  id: ID,
  extensions: ['.csv', '.tsv', '.tab'],
  mediaTypes: ['text/csv', 'text/tab-separated-values'],
  extract: extractCsv,
};

type PapaModule = typeof import('papaparse');

interface ParseOutcome {
  collector: RowCollector;
  delimiter: string;
  problems: Map<string, { count: number; firstRow: number; message: string }>;
}

async function extractCsv(input: ExtractInput, options: ExtractOptions = {}): Promise<ExtractedDocument> {
  const source = await openByteSource(input, ID, options.signal);
  const fail = (reason: string): ExtractionError => new ExtractionError(source.displayPath, reason, { extractorId: ID });
  const Papa: PapaModule = (await import('papaparse')).default;
  const extension = source.sourceName.toLowerCase().slice(source.sourceName.lastIndexOf('.'));
  let sniffed = sniffEncoding(source.head, fail);
  let outcome: ParseOutcome;
  try {
    outcome = await parseRows(Papa, source, sniffed, extension === '.csv' ? '' : '\t', fail, options.signal);
  } catch (error) {
    if (!(error instanceof EncodingChangedError)) throw error;
    // Strict UTF-8 failed after the first bytes: start again with what the offending bytes look like.
    sniffed = encodingForBrokenUtf8(error.sample, fail);
    outcome = await parseRows(Papa, source, sniffed, extension === '.csv' ? '' : '\t', fail, options.signal);
  }
  const built = outcome.collector.finish();
  const warnings = [...sniffed.warnings, ...built.warnings];
  for (const [code, problem] of outcome.problems) {
    warnings.push(`${problem.count} CSV row(s) with a ${code} problem, first at row ${problem.firstRow}: ${problem.message}`);
  }
  if (built.units.length === 0) throw noTextError(source.displayPath, ID);
  const document: ExtractedDocument = {
    sourceFile: source.sourceName,
    format: ID,
    text: built.text,
    units: built.units,
    warnings,
    metadata: {
      encoding: sniffed.encoding,
      delimiter: outcome.delimiter,
      rows: built.rows,
      header: built.layout?.header,
      qaColumns: built.layout?.qa,
    },
  };
  if (built.conversations.length > 0) document.conversations = built.conversations;
  return document;
}

async function parseRows(
  Papa: PapaModule,
  source: ByteSource,
  sniffed: SniffedEncoding,
  delimiter: string,
  fail: (reason: string) => ExtractionError,
  signal: AbortSignal | undefined,
): Promise<ParseOutcome> {
  const outcome: ParseOutcome = { collector: new RowCollector(minUnitChars(source.size)), delimiter: '', problems: new Map() };
  const stream = Readable.from(decodeChunks(source.chunks(signal), sniffed, fail), { objectMode: false, encoding: 'utf8' });
  await new Promise<void>((resolve, reject) => {
    let record = 0;
    let settled = false;
    const onAbort = (): void => finish(signal!.reason);
    const finish = (error?: unknown): void => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      if (error) {
        stream.destroy();
        reject(error);
      } else {
        resolve();
      }
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    // papaparse reads Node streams (ReadableStreamStreamer); its types only list File for non-string input.
    Papa.parse<string[]>(stream as unknown as File, {
      delimiter,
      skipEmptyLines: 'greedy',
      step(results, parser) {
        if (settled) return parser.abort();
        record++;
        outcome.delimiter ||= results.meta.delimiter;
        for (const problem of results.errors) {
          if (problem.code === 'UndetectableDelimiter') continue; // a one-column file is fine
          const known = outcome.problems.get(problem.code);
          if (known) known.count++;
          else outcome.problems.set(problem.code, { count: 1, firstRow: record, message: problem.message });
        }
        outcome.collector.add(results.data, record);
      },
      complete: () => finish(),
      error: (error: unknown) => finish(error),
    });
  });
  return outcome;
}

/** Buffers the first rows to find the layout, then renders rows into grouped units as they arrive. */
class RowCollector {
  private readonly sample: { row: string[]; record: number }[] = [];
  private writer: GroupedUnitWriter | undefined;
  layout: TableLayout | undefined;
  private bodyStart = 0;
  readonly conversations: StructuredConversation[] = [];
  private readonly logEntries: LogEntry[] = [];
  private block: string[] = [];
  private blockRecord: number | undefined;
  private blockThread: string | undefined;
  rows = 0;

  constructor(private readonly minChars: number) {}

  add(row: string[], record: number): void {
    this.rows++;
    if (!this.layout) {
      this.sample.push({ row, record });
      if (this.sample.length >= LAYOUT_SAMPLE_ROWS) this.decide();
      return;
    }
    this.render(row, record, record - 1);
  }

  finish(): { text: string; units: DocumentUnit[]; conversations: StructuredConversation[]; rows: number; layout?: TableLayout; warnings: string[] } {
    if (!this.layout) this.decide();
    this.flushBlock();
    const { text, units } = this.writer!.build();
    const warnings: string[] = [];
    if (this.layout!.log) {
      const log = conversationsFromLog(this.logEntries);
      for (const conversation of log.conversations) {
        this.conversations.push({ messages: conversation.messages, shape: 'csv-log', unitKind: 'row', unitIndex: conversation.firstIndex });
      }
      warnings.push(...describeLogResult(log, this.logEntries.length));
      this.logEntries.length = 0;
    }
    return { text, units, conversations: this.conversations, rows: this.rows, layout: this.layout, warnings };
  }

  private decide(): void {
    this.layout = detectLayout(this.sample.map((item) => item.row));
    this.writer = new GroupedUnitWriter('row', this.minChars, this.layout.qa || this.layout.log?.thread !== undefined ? '\n\n' : '\n', 'rows');
    this.bodyStart = this.layout.headerRow === -1 ? this.layout.titleRows : this.layout.headerRow + 1;
    for (const [position, item] of this.sample.entries()) this.render(item.row, item.record, position);
    this.sample.length = 0;
  }

  private flushBlock(): void {
    if (this.block.length > 0) this.writer!.add(this.block.join('\n'), this.blockRecord!);
    this.block = [];
    this.blockRecord = undefined;
  }

  private render(row: string[], record: number, position: number): void {
    const layout = this.layout!;
    if (position === layout.headerRow) return;
    let line: string | undefined;
    if (position < this.bodyStart) {
      if (filledCount(row) > 0) line = renderRow(row);
    } else if (layout.qa && layout.header) {
      line = renderQaRow(row, layout.header, layout.qa);
      if (line !== undefined) {
        this.conversations.push({ messages: qaMessages(row, layout.qa)!, shape: 'csv-qa', unitKind: 'row', unitIndex: record });
      } else if (filledCount(row) > 0) {
        line = renderRow(row, layout.header);
      }
    } else if (layout.log) {
      const entry = logEntry(row, layout.log, record);
      line = entry ? renderLogRow(row, layout.log) : filledCount(row) > 0 ? renderRow(row, layout.header) : undefined;
      if (entry) this.logEntries.push(entry);
      if (layout.log.thread !== undefined && line !== undefined) {
        // One block (and unit) per run of rows of one conversation, blocks apart by a blank line.
        if (entry && entry.thread !== this.blockThread) this.flushBlock();
        if (entry) this.blockThread = entry.thread;
        this.blockRecord ??= record;
        this.block.push(line);
        return;
      }
    } else if (filledCount(row) > 0) {
      line = renderRow(row, layout.header);
    }
    if (line) this.writer!.add(line, record);
  }
}
