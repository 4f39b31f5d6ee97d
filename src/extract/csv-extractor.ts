import { hasVisibleText, noTextError } from './read-input.js';
import { detectLayout, filledCount, LAYOUT_SAMPLE_ROWS, qaMessages, renderQaRow, renderRow, type TableLayout } from './table-layout.js';
import { loadAndDecode } from './text-decoding.js';
import { GroupedUnitWriter, minUnitChars } from './text-units.js';
import type { DocumentUnit, ExtractedDocument, ExtractInput, ExtractOptions, Extractor, StructuredConversation } from './types.js';

/**
 * CSV / TSV through papaparse (delimiter auto-detection among `, \t | ;` and the ASCII record/unit
 * separators: https://www.papaparse.com/docs#config). Encoding detection is ours (text-decoding.ts).
 * Rows are streamed with `step` and the parser yields to the event loop every few thousand rows
 * (`pause`/`resume`), so an abort or the per-file time limit can stop a huge file, and no array of all rows
 * is ever built. Units: one per row (grouped on very large files), `index` = the row's record number.
 */

const ID = 'csv';
const ROWS_PER_SLICE = 5_000;

export const csvExtractor: Extractor = {
  id: ID,
  extensions: ['.csv', '.tsv', '.tab'],
  mediaTypes: ['text/csv', 'text/tab-separated-values'],
  extract: extractCsv,
};

type PapaModule = typeof import('papaparse');

async function extractCsv(input: ExtractInput, options: ExtractOptions = {}): Promise<ExtractedDocument> {
  const { decoded, sourceName, displayPath } = await loadAndDecode(input, ID, options.signal);
  if (!hasVisibleText(decoded.text)) throw noTextError(displayPath, ID);
  const Papa: PapaModule = (await import('papaparse')).default;
  const extension = sourceName.toLowerCase().slice(sourceName.lastIndexOf('.'));
  const collector = new RowCollector(minUnitChars(decoded.text.length));
  const parseProblems = new Map<string, { count: number; firstRow: number; message: string }>();
  let delimiter = '';
  let text: string | undefined = decoded.text;
  decoded.text = '';

  await new Promise<void>((resolve, reject) => {
    let record = 0;
    let settled = false;
    const finish = (error?: unknown): void => {
      if (settled) return;
      settled = true;
      if (error) reject(error);
      else resolve();
    };
    Papa.parse<string[]>(text!, {
      delimiter: extension === '.csv' ? '' : '\t',
      skipEmptyLines: 'greedy',
      step(results, parser) {
        record++;
        delimiter ||= results.meta.delimiter;
        for (const problem of results.errors) {
          if (problem.code === 'UndetectableDelimiter') continue; // a one-column file is fine
          const known = parseProblems.get(problem.code);
          if (known) known.count++;
          else parseProblems.set(problem.code, { count: 1, firstRow: record, message: problem.message });
        }
        collector.add(results.data, record);
        if (record % ROWS_PER_SLICE === 0) {
          parser.pause();
          setImmediate(() => {
            if (options.signal?.aborted) {
              finish(options.signal.reason); // before abort(), which calls `complete` synchronously
              parser.abort();
            } else {
              parser.resume();
            }
          });
        }
      },
      complete: () => finish(),
      error: (error: unknown) => finish(error),
    });
  });
  text = undefined; // the decoded input is no longer needed; let it go before the output is joined

  const built = collector.finish();
  const warnings = [...decoded.warnings];
  for (const [code, problem] of parseProblems) {
    warnings.push(`${problem.count} CSV row(s) with a ${code} problem, first at row ${problem.firstRow}: ${problem.message}`);
  }
  if (built.units.length === 0) throw noTextError(displayPath, ID);
  const document: ExtractedDocument = {
    sourceFile: sourceName,
    format: ID,
    text: built.text,
    units: built.units,
    warnings,
    metadata: { encoding: decoded.encoding, delimiter, rows: built.rows, header: built.layout?.header, qaColumns: built.layout?.qa },
  };
  if (built.conversations.length > 0) document.conversations = built.conversations;
  return document;
}

/** Buffers the first rows to find the layout, then renders rows into grouped units as they arrive. */
class RowCollector {
  private readonly sample: { row: string[]; record: number }[] = [];
  private writer: GroupedUnitWriter | undefined;
  layout: TableLayout | undefined;
  private bodyStart = 0;
  readonly conversations: StructuredConversation[] = [];
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

  finish(): { text: string; units: DocumentUnit[]; conversations: StructuredConversation[]; rows: number; layout?: TableLayout } {
    if (!this.layout) this.decide();
    const { text, units } = this.writer!.build();
    return { text, units, conversations: this.conversations, rows: this.rows, layout: this.layout };
  }

  private decide(): void {
    this.layout = detectLayout(this.sample.map((item) => item.row));
    this.writer = new GroupedUnitWriter('row', this.minChars, this.layout.qa ? '\n\n' : '\n', 'rows');
    this.bodyStart = this.layout.headerRow === -1 ? this.layout.titleRows : this.layout.headerRow + 1;
    for (const [position, item] of this.sample.entries()) this.render(item.row, item.record, position);
    this.sample.length = 0;
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
    } else if (filledCount(row) > 0) {
      line = renderRow(row, layout.header);
    }
    if (line) this.writer!.add(line, record);
  }
}
