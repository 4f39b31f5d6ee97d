import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { METADATA_COLUMNS, csvRow, metadataPrefix } from '../dataset/csv.js';
import { RunError } from '../errors/errors.js';
/**
 * The output files' lines, written as the samples are stored: each stored sample's JSONL line (the target record
 * the check already formatted) and its metadata.csv row without the split column. A run that stored every sample of
 * its dataset then writes train.jsonl / validation.jsonl / metadata.csv by routing these lines by split, one pass
 * over bytes, instead of reading every sample back from SQLite and formatting it again (most of the end of a large
 * run, bench/README.md).
 *
 * The store stays the source of truth: a resumed run, a spool that missed a sample (a store or disk error) and
 * `ftdb export` write from the store (`writeOutputs`), which gives the same bytes (test/pipeline/output-spool.test.ts).
 * The spool files sit in the output folder under hidden names and are removed when the outputs are written.
 */
const SPOOL_PREFIX = '.ftdb-spool-';
const META_COLUMNS = 5;
/** Accumulates `SpoolMetaData` (a few bytes per sample; strings interned). */
class SpoolMeta {
    strings = [];
    stringIds = new Map();
    columns = new Int32Array(META_COLUMNS * 1024);
    count = 0;
    add(meta) {
        if ((this.count + 1) * META_COLUMNS > this.columns.length) {
            const grown = new Int32Array(this.columns.length * 2);
            grown.set(this.columns);
            this.columns = grown;
        }
        const at = this.count++ * META_COLUMNS;
        // Consecutive samples mostly share their origin and file: reuse the previous row's strings when they match.
        const previous = at - META_COLUMNS;
        const same = (column, text) => previous >= 0 && this.strings[this.columns[previous + column]] === text && text !== undefined;
        this.columns[at] = same(0, meta.origin) ? this.columns[previous] : this.intern(meta.origin);
        this.columns[at + 1] = same(1, meta.sourceFile) ? this.columns[previous + 1] : this.intern(meta.sourceFile);
        this.columns[at + 2] = this.intern(meta.topicKeywords[0]);
        this.columns[at + 3] = meta.tokenLength ?? -1;
        this.columns[at + 4] = meta.tokenMethod === undefined ? 0 : meta.tokenMethod === 'exact' ? 1 : 2;
    }
    data() {
        return { count: this.count, strings: this.strings, columns: this.columns.slice(0, this.count * META_COLUMNS) };
    }
    intern(text) {
        if (text === undefined)
            return -1;
        let id = this.stringIds.get(text);
        if (id === undefined) {
            id = this.strings.length;
            this.strings.push(text);
            this.stringIds.set(text, id);
        }
        return id;
    }
}
/**
 * The stored samples' `SampleMeta` in `seq` order (a spool is kept only for a run that started its dataset, so the
 * n-th sample is `seq` n), without reading the store. Only the first topic keyword is kept.
 */
function* metaEntries(data) {
    const text = (id) => (id < 0 ? undefined : data.strings[id]);
    for (let index = 0; index < data.count; index++) {
        const at = index * META_COLUMNS;
        const keyword = text(data.columns[at + 2]);
        const method = data.columns[at + 4];
        yield {
            seq: index + 1,
            origin: text(data.columns[at]),
            sourceFile: text(data.columns[at + 1]),
            topicKeywords: keyword === undefined ? [] : [keyword],
            tokenLength: data.columns[at + 3] < 0 ? undefined : data.columns[at + 3],
            tokenMethod: method === 0 ? undefined : method === 1 ? 'exact' : 'estimate',
        };
    }
}
/** A spool closed on another thread (its files are complete). */
export function finishedSpool(data) {
    return {
        ...data,
        problem: data.problem,
        meta: () => metaEntries(data.meta),
        close: () => undefined,
        remove: () => {
            rmSync(data.jsonlPath, { force: true });
            rmSync(data.csvPath, { force: true });
        },
    };
}
export class OutputSpool {
    withCsv;
    jsonlPath;
    csvPath;
    jsonl;
    csv;
    broken;
    metaColumns = new SpoolMeta();
    rowLengths = new Int32Array(1024);
    anySplit = false;
    /** Starts empty spool files for `datasetId` in `outputDir`, removing spools left by earlier runs. */
    constructor(outputDir, datasetId, withCsv) {
        this.withCsv = withCsv;
        mkdirSync(outputDir, { recursive: true });
        removeSpools(outputDir);
        this.jsonlPath = path.join(outputDir, `${SPOOL_PREFIX}${datasetId}.jsonl`);
        this.csvPath = path.join(outputDir, `${SPOOL_PREFIX}${datasetId}.csv`);
        this.jsonl = new ByteWriter(this.jsonlPath);
        if (withCsv)
            this.csv = new ByteWriter(this.csvPath);
    }
    get count() {
        return this.metaColumns.count;
    }
    get csvLengths() {
        return this.rowLengths.subarray(0, this.count);
    }
    get problem() {
        return this.broken;
    }
    /** Samples just stored, in the order they were stored. */
    append(entries) {
        if (this.broken !== undefined)
            return;
        try {
            for (const entry of entries) {
                if (this.csv !== undefined && entry.csv === undefined) {
                    this.invalidate('a sample without its metadata row');
                    return;
                }
                this.jsonl?.write(entry.jsonl);
                if (this.csv !== undefined) {
                    if (this.count === this.rowLengths.length) {
                        const grown = new Int32Array(this.rowLengths.length * 2);
                        grown.set(this.rowLengths);
                        this.rowLengths = grown;
                    }
                    this.rowLengths[this.count] = this.csv.write(entry.csv);
                }
                this.metaColumns.add(entry.meta);
                if (entry.hasSplit === true)
                    this.anySplit = true;
            }
        }
        catch (error) {
            this.invalidate(`could not write the spool: ${error instanceof Error ? error.message : String(error)}`);
        }
    }
    meta() {
        return metaEntries(this.metaColumns.data());
    }
    /** What another thread needs to finish with this spool (after `close`). */
    finishedData() {
        return {
            jsonlPath: this.jsonlPath, csvPath: this.csvPath, withCsv: this.withCsv, count: this.count, anySplit: this.anySplit, problem: this.broken,
            meta: this.metaColumns.data(), csvLengths: this.rowLengths.slice(0, this.count),
        };
    }
    /** From now on the outputs are written from the store. */
    invalidate(reason) {
        if (this.broken === undefined)
            this.broken = reason;
    }
    close() {
        for (const writer of [this.jsonl, this.csv]) {
            try {
                writer?.close();
            }
            catch (error) {
                this.invalidate(`could not write the spool: ${error instanceof Error ? error.message : String(error)}`);
            }
        }
        this.jsonl = undefined;
        this.csv = undefined;
    }
    remove() {
        this.close();
        rmSync(this.jsonlPath, { force: true });
        rmSync(this.csvPath, { force: true });
    }
}
/**
 * Stores `entries` (one transaction, with the chunks finished after them) and appends them to the spool. The spool
 * holds exactly the stored samples in `seq` order: one refused by the store (an id stored twice) would shift every
 * later line, so the spool is then given up and the outputs are written from the store.
 */
export function storeAndSpool(store, datasetId, spool, entries, chunkIds) {
    const inserted = store.insertSamples(datasetId, entries, chunkIds);
    if (spool === undefined)
        return;
    if (inserted !== entries.length) {
        spool.invalidate(`${entries.length - inserted} sample(s) were not stored`);
        return;
    }
    spool.append(entries.map(({ sample, jsonl, preview }) => {
        // As the store keeps them (source_file falls back to the source reference's file).
        const sourceFile = sample.sourceFile ?? sample.source?.file;
        return {
            jsonl,
            csv: spool.withCsv ? metadataPrefix({ id: sample.id, messages: sample.messages, tokenLength: sample.tokenLength, topicKeywords: sample.topicKeywords, sourceFile }, preview) : undefined,
            meta: { origin: sample.origin, sourceFile, topicKeywords: sample.topicKeywords, tokenLength: sample.tokenLength, tokenMethod: sample.tokenMethod },
            hasSplit: sample.split !== undefined,
        };
    }));
}
/** Removes spool files an interrupted process left in `outputDir`. */
export function removeSpools(outputDir) {
    if (!existsSync(outputDir))
        return;
    for (const name of readdirSync(outputDir))
        if (name.startsWith(SPOOL_PREFIX))
            rmSync(path.join(outputDir, name), { force: true });
}
/** Writes to `file` through a 4 MB buffer (no allocation per line). */
class ByteWriter {
    file;
    fd;
    buffer = Buffer.allocUnsafe(1 << 22);
    used = 0;
    bytes = 0;
    lines = 0;
    constructor(file) {
        this.file = file;
        this.fd = openSync(file, 'w');
    }
    /** Appends `data` (a text is encoded as UTF-8) and counts one line; returns the bytes written. */
    write(data) {
        this.lines += 1;
        if (typeof data === 'string') {
            if (this.used + data.length * 3 > this.buffer.length)
                this.drain();
            if (data.length * 3 <= this.buffer.length) {
                const written = this.buffer.write(data, this.used, 'utf8');
                this.used += written;
                return written;
            }
            const bytes = Buffer.from(data, 'utf8');
            this.writeAll(bytes);
            return bytes.length;
        }
        if (this.used + data.length > this.buffer.length)
            this.drain();
        if (data.length > this.buffer.length)
            this.writeAll(data);
        else {
            this.buffer.set(data, this.used);
            this.used += data.length;
        }
        return data.length;
    }
    /** Appends `data` and a newline, as one line. */
    writeLine(data) {
        this.write(data);
        if (this.used === this.buffer.length)
            this.drain();
        this.buffer[this.used++] = 10;
    }
    drain() {
        if (this.used === 0)
            return;
        this.writeAll(this.buffer.subarray(0, this.used));
        this.used = 0;
    }
    close() {
        this.drain();
        closeSync(this.fd);
    }
    writeAll(data) {
        let offset = 0;
        while (offset < data.length)
            offset += writeSync(this.fd, data, offset);
        this.bytes += data.length;
    }
}
/** Calls `line` with each line of `file` (without its newline) as a view into a reused buffer, in order. */
function forEachLine(file, line) {
    const fd = openSync(file, 'r');
    try {
        let buffer = Buffer.allocUnsafe(1 << 22);
        let filled = 0;
        for (;;) {
            if (filled === buffer.length) {
                const larger = Buffer.allocUnsafe(buffer.length * 2);
                buffer.copy(larger, 0, 0, filled);
                buffer = larger;
            }
            const read = readSync(fd, buffer, filled, buffer.length - filled, null);
            const end = filled + read;
            let start = 0;
            for (let newline = buffer.indexOf(10, filled); newline >= 0 && newline < end; newline = buffer.indexOf(10, start)) {
                line(buffer.subarray(start, newline));
                start = newline + 1;
            }
            if (read === 0) {
                if (start < end)
                    line(buffer.subarray(start, end));
                return;
            }
            buffer.copy(buffer, 0, start, end);
            filled = end - start;
        }
    }
    finally {
        closeSync(fd);
    }
}
/** Calls `record` with each record of `file`, of `lengths[i]` bytes each, as a view into a reused buffer, in order. */
function forEachRecord(file, lengths, record) {
    const fd = openSync(file, 'r');
    try {
        let buffer = Buffer.allocUnsafe(1 << 22);
        let filled = 0;
        let start = 0;
        for (const length of lengths) {
            if (start + length > filled) {
                // Keep the unread bytes, read more (a record larger than the buffer grows it).
                buffer.copy(buffer, 0, start, filled);
                filled -= start;
                start = 0;
                if (length > buffer.length) {
                    const larger = Buffer.allocUnsafe(length * 2);
                    buffer.copy(larger, 0, 0, filled);
                    buffer = larger;
                }
                while (filled < length) {
                    const read = readSync(fd, buffer, filled, buffer.length - filled, null);
                    if (read === 0)
                        throw new Error(`the metadata spool ends inside a row`);
                    filled += read;
                }
            }
            record(buffer.subarray(start, start + length));
            start += length;
        }
    }
    finally {
        closeSync(fd);
    }
}
/**
 * Writes train.jsonl / validation.jsonl / metadata.csv from a closed spool holding every sample of the dataset in
 * `seq` order: the same files, byte for byte, as `writeOutputs` from the store.
 */
export function writeOutputsFromSpool(spool, options) {
    const { outputDir, splits } = options;
    if (spool.problem !== undefined || spool.count !== splits.length) {
        throw new RunError(`The output spool cannot be used (${spool.problem ?? `${spool.count} lines for ${splits.length} samples`}).`, { code: 'spool_mismatch' });
    }
    mkdirSync(outputDir, { recursive: true });
    const trainPath = path.join(outputDir, 'train.jsonl');
    const validationPath = path.join(outputDir, 'validation.jsonl');
    const csvPath = path.join(outputDir, 'metadata.csv');
    const writers = [];
    const open = (file) => {
        const writer = new ByteWriter(`${file}.partial`);
        writers.push(writer);
        return writer;
    };
    try {
        const train = open(trainPath);
        const validation = options.splitEnabled ? open(validationPath) : undefined;
        let index = 0;
        forEachLine(spool.jsonlPath, (line) => {
            const target = validation !== undefined && splits[index] === 'validation' ? validation : train;
            target.writeLine(line);
            index += 1;
        });
        if (index !== splits.length)
            throw new Error(`the spool holds ${index} lines for ${splits.length} samples`);
        if (options.includeCsv) {
            const csv = open(csvPath);
            csv.write(csvRow([...METADATA_COLUMNS]));
            const endings = { train: Buffer.from('train\r\n'), validation: Buffer.from('validation\r\n') };
            let row = 0;
            forEachRecord(spool.csvPath, spool.csvLengths, (prefix) => {
                const split = options.splitEnabled ? (splits[row] ?? 'train') : 'train';
                csv.write(prefix);
                csv.write(endings[split]);
                row += 1;
            });
            csv.lines = row + 1;
            if (row !== splits.length)
                throw new Error(`the metadata spool holds ${row} rows for ${splits.length} samples`);
        }
        for (const writer of writers)
            writer.close();
        for (const writer of writers)
            renameSync(writer.file, writer.file.slice(0, -'.partial'.length));
        if (validation === undefined)
            rmSync(validationPath, { force: true });
        const files = { train: trainPath };
        if (validation !== undefined)
            files.validation = validationPath;
        if (options.includeCsv)
            files.metadata = csvPath;
        return {
            files,
            trainLines: train.lines,
            validationLines: validation?.lines ?? 0,
            trainBytes: train.bytes,
            validationBytes: validation?.bytes ?? 0,
        };
    }
    catch (error) {
        for (const writer of writers) {
            try {
                writer.close();
            }
            catch {
                // already failing: report the first error
            }
            rmSync(writer.file, { force: true });
        }
        throw new RunError(`Could not write the dataset files in ${outputDir}: ${error instanceof Error ? error.message : String(error)}`, { cause: error, code: 'output_failed' });
    }
}
//# sourceMappingURL=output-spool.js.map