import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { metadataPrefix } from '../dataset/csv.js';
import { RunError } from '../errors/errors.js';
import { StringTable } from './string-table.js';
import { ByteWriter, forEachLine, forEachRecord } from './byte-files.js';
import { writeDatasetFiles } from './write-outputs.js';
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
    table = new StringTable();
    columns = new Int32Array(META_COLUMNS * 1024);
    count = 0;
    add(meta) {
        if ((this.count + 1) * META_COLUMNS > this.columns.length) {
            const grown = new Int32Array(this.columns.length * 2);
            grown.set(this.columns);
            this.columns = grown;
        }
        const at = this.count++ * META_COLUMNS;
        this.columns[at] = this.table.intern(meta.origin);
        this.columns[at + 1] = this.table.intern(meta.sourceFile);
        this.columns[at + 2] = this.table.intern(meta.topicKeywords[0]);
        this.columns[at + 3] = meta.tokenLength ?? -1;
        this.columns[at + 4] = meta.tokenMethod === undefined ? 0 : meta.tokenMethod === 'exact' ? 1 : 2;
    }
    data() {
        return { count: this.count, strings: this.table.strings, columns: this.columns.slice(0, this.count * META_COLUMNS) };
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
            jsonlPath: this.jsonlPath, csvPath: this.csvPath, withCsv: this.withCsv, count: this.count, problem: this.broken,
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
/**
 * Writes train.jsonl / validation.jsonl / metadata.csv from a closed spool holding every sample of the dataset in
 * `seq` order: the same files, byte for byte, as `writeOutputs` from the store.
 */
export function writeOutputsFromSpool(spool, options) {
    const { outputDir, splits } = options;
    if (spool.problem !== undefined || spool.count !== splits.length) {
        throw new RunError(`The output spool cannot be used (${spool.problem ?? `${spool.count} lines for ${splits.length} samples`}).`, { code: 'spool_mismatch' });
    }
    return writeDatasetFiles(outputDir, options, ({ train, validation, csv }) => {
        let index = 0;
        forEachLine(spool.jsonlPath, (line) => {
            const target = validation !== undefined && splits[index] === 'validation' ? validation : train;
            target.writeLine(line);
            index += 1;
        });
        if (index !== splits.length)
            throw new Error(`the spool holds ${index} lines for ${splits.length} samples`);
        if (csv === undefined)
            return;
        const endings = { train: Buffer.from('train\r\n'), validation: Buffer.from('validation\r\n') };
        let row = 0;
        forEachRecord(spool.csvPath, spool.csvLengths, (prefix) => {
            const split = options.splitEnabled ? (splits[row] ?? 'train') : 'train';
            csv.write(prefix);
            csv.write(endings[split]);
            row += 1;
        });
        if (row !== splits.length)
            throw new Error(`the metadata spool holds ${row} rows for ${splits.length} samples`);
    });
}
//# sourceMappingURL=output-spool.js.map