import { Readable } from 'node:stream';
import { ExtractionError } from '../errors/errors.js';
import { openByteSource } from './byte-source.js';
import { noTextError } from './read-input.js';
import { detectLayout, filledCount, LAYOUT_SAMPLE_ROWS, qaMessages, renderQaRow, renderRow } from './table-layout.js';
import { decodeChunks, EncodingChangedError, encodingForBrokenUtf8, sniffEncoding } from './text-stream-decoding.js';
import { GroupedUnitWriter, minUnitChars } from './text-units.js';
/**
 * CSV / TSV through papaparse (delimiter auto-detection among `, \t | ;` and the ASCII record/unit
 * separators: https://www.papaparse.com/docs#config). Encoding detection is ours (text-stream-decoding.ts).
 * The file is streamed: bytes are read and decoded in 1 MiB chunks and fed to papaparse's Node stream
 * input, rows arrive one by one through `step`, and no array of all rows is built, so memory holds the output
 * text, not the raw file or its decoded copy. Between chunks the event loop runs (abort, per-file time limit).
 * Units: one per row (grouped on very large files), `index` = the row's record number.
 */
const ID = 'csv';
export const csvExtractor = {
    id: ID,
    extensions: ['.csv', '.tsv', '.tab'],
    mediaTypes: ['text/csv', 'text/tab-separated-values'],
    extract: extractCsv,
};
async function extractCsv(input, options = {}) {
    const source = await openByteSource(input, ID, options.signal);
    const fail = (reason) => new ExtractionError(source.displayPath, reason, { extractorId: ID });
    const Papa = (await import('papaparse')).default;
    const extension = source.sourceName.toLowerCase().slice(source.sourceName.lastIndexOf('.'));
    let sniffed = sniffEncoding(source.head, fail);
    let outcome;
    try {
        outcome = await parseRows(Papa, source, sniffed, extension === '.csv' ? '' : '\t', fail, options.signal);
    }
    catch (error) {
        if (!(error instanceof EncodingChangedError))
            throw error;
        // Strict UTF-8 failed after the first bytes: start again with what the offending bytes look like.
        sniffed = encodingForBrokenUtf8(error.sample, fail);
        outcome = await parseRows(Papa, source, sniffed, extension === '.csv' ? '' : '\t', fail, options.signal);
    }
    const built = outcome.collector.finish();
    const warnings = [...sniffed.warnings];
    for (const [code, problem] of outcome.problems) {
        warnings.push(`${problem.count} CSV row(s) with a ${code} problem, first at row ${problem.firstRow}: ${problem.message}`);
    }
    if (built.units.length === 0)
        throw noTextError(source.displayPath, ID);
    const document = {
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
    if (built.conversations.length > 0)
        document.conversations = built.conversations;
    return document;
}
async function parseRows(Papa, source, sniffed, delimiter, fail, signal) {
    const outcome = { collector: new RowCollector(minUnitChars(source.size)), delimiter: '', problems: new Map() };
    const stream = Readable.from(decodeChunks(source.chunks(signal), sniffed, fail), { objectMode: false, encoding: 'utf8' });
    await new Promise((resolve, reject) => {
        let record = 0;
        let settled = false;
        const onAbort = () => finish(signal.reason);
        const finish = (error) => {
            if (settled)
                return;
            settled = true;
            signal?.removeEventListener('abort', onAbort);
            if (error) {
                stream.destroy();
                reject(error);
            }
            else {
                resolve();
            }
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        // papaparse reads Node streams (ReadableStreamStreamer); its types only list File for non-string input.
        Papa.parse(stream, {
            delimiter,
            skipEmptyLines: 'greedy',
            step(results, parser) {
                if (settled)
                    return parser.abort();
                record++;
                outcome.delimiter ||= results.meta.delimiter;
                for (const problem of results.errors) {
                    if (problem.code === 'UndetectableDelimiter')
                        continue; // a one-column file is fine
                    const known = outcome.problems.get(problem.code);
                    if (known)
                        known.count++;
                    else
                        outcome.problems.set(problem.code, { count: 1, firstRow: record, message: problem.message });
                }
                outcome.collector.add(results.data, record);
            },
            complete: () => finish(),
            error: (error) => finish(error),
        });
    });
    return outcome;
}
/** Buffers the first rows to find the layout, then renders rows into grouped units as they arrive. */
class RowCollector {
    minChars;
    sample = [];
    writer;
    layout;
    bodyStart = 0;
    conversations = [];
    rows = 0;
    constructor(minChars) {
        this.minChars = minChars;
    }
    add(row, record) {
        this.rows++;
        if (!this.layout) {
            this.sample.push({ row, record });
            if (this.sample.length >= LAYOUT_SAMPLE_ROWS)
                this.decide();
            return;
        }
        this.render(row, record, record - 1);
    }
    finish() {
        if (!this.layout)
            this.decide();
        const { text, units } = this.writer.build();
        return { text, units, conversations: this.conversations, rows: this.rows, layout: this.layout };
    }
    decide() {
        this.layout = detectLayout(this.sample.map((item) => item.row));
        this.writer = new GroupedUnitWriter('row', this.minChars, this.layout.qa ? '\n\n' : '\n', 'rows');
        this.bodyStart = this.layout.headerRow === -1 ? this.layout.titleRows : this.layout.headerRow + 1;
        for (const [position, item] of this.sample.entries())
            this.render(item.row, item.record, position);
        this.sample.length = 0;
    }
    render(row, record, position) {
        const layout = this.layout;
        if (position === layout.headerRow)
            return;
        let line;
        if (position < this.bodyStart) {
            if (filledCount(row) > 0)
                line = renderRow(row);
        }
        else if (layout.qa && layout.header) {
            line = renderQaRow(row, layout.header, layout.qa);
            if (line !== undefined) {
                this.conversations.push({ messages: qaMessages(row, layout.qa), shape: 'csv-qa', unitKind: 'row', unitIndex: record });
            }
            else if (filledCount(row) > 0) {
                line = renderRow(row, layout.header);
            }
        }
        else if (filledCount(row) > 0) {
            line = renderRow(row, layout.header);
        }
        if (line)
            this.writer.add(line, record);
    }
}
//# sourceMappingURL=csv-extractor.js.map