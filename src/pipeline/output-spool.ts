import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { METADATA_COLUMNS, csvRow } from '../dataset/csv.js';
import { RunError } from '../errors/errors.js';
import type { SampleMeta } from '../store/store.js';
import type { WrittenOutputs } from './write-outputs.js';

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
const FLUSH_CHARS = 1 << 20;

/** A text, or its UTF-8 bytes (from a worker thread: never decoded here). */
export type Text = string | Uint8Array;

export interface SpoolEntry {
  /** The JSONL line, with its newline. */
  jsonl: Text;
  /** The metadata spool record (`csvSpoolRecord`), when the spool keeps metadata rows. */
  csv?: Text;
  /** What the split and the stats need of the sample (only its first keyword is kept). */
  meta: Omit<SampleMeta, 'seq'>;
  /** Whether the sample was stored with a split of its own. */
  hasSplit?: boolean;
}

/**
 * How the spool keeps a metadata.csv row without its split column (`metadataPrefix`): as one JSON string per line,
 * since a row may hold line breaks inside quoted fields.
 */
export function csvSpoolRecord(prefix: string): string {
  return `${JSON.stringify(prefix)}\n`;
}

export class OutputSpool {
  readonly jsonlPath: string;
  readonly csvPath: string;
  private jsonl: ByteWriter | undefined;
  private csv: ByteWriter | undefined;
  private broken: string | undefined;
  count = 0;
  /** Whether some sample was stored with a split of its own (the split then has to clear it first). */
  anySplit = false;
  /** The samples' `SampleMeta`, column by column (strings as indexes into `strings`; -1 = none). */
  private readonly strings: string[] = [];
  private readonly stringIds = new Map<string, number>();
  private origins: Int32Array = new Int32Array(1024);
  private sources: Int32Array = new Int32Array(1024);
  private keywords: Int32Array = new Int32Array(1024);
  private tokenLengths: Int32Array = new Int32Array(1024);
  private methods: Int32Array = new Int32Array(1024);

  /** Starts empty spool files for `datasetId` in `outputDir`, removing spools left by earlier runs. */
  constructor(outputDir: string, datasetId: string, readonly withCsv: boolean) {
    mkdirSync(outputDir, { recursive: true });
    removeSpools(outputDir);
    this.jsonlPath = path.join(outputDir, `${SPOOL_PREFIX}${datasetId}.jsonl`);
    this.csvPath = path.join(outputDir, `${SPOOL_PREFIX}${datasetId}.csv`);
    this.jsonl = new ByteWriter(this.jsonlPath);
    if (withCsv) this.csv = new ByteWriter(this.csvPath);
  }

  /** Why the spool cannot be used, if it cannot. */
  get problem(): string | undefined {
    return this.broken;
  }

  /** Samples just stored, in the order they were stored. */
  append(entries: readonly SpoolEntry[]): void {
    if (this.broken !== undefined) return;
    try {
      for (const entry of entries) {
        if (this.csv !== undefined && entry.csv === undefined) {
          this.invalidate('a sample without its metadata row');
          return;
        }
        this.jsonl?.write(entry.jsonl);
        if (entry.csv !== undefined) this.csv?.write(entry.csv);
        this.remember(entry.meta);
        if (entry.hasSplit === true) this.anySplit = true;
      }
    } catch (error) {
      this.invalidate(`could not write the spool: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /**
   * The stored samples' `SampleMeta` in `seq` order (the spool is kept only for a run that started its dataset, so
   * the n-th sample is `seq` n), without reading the store. Only the first topic keyword is kept.
   */
  *meta(): IterableIterator<SampleMeta> {
    const text = (id: number): string | undefined => (id < 0 ? undefined : this.strings[id]);
    for (let index = 0; index < this.count; index++) {
      const keyword = text(this.keywords[index]!);
      const method = this.methods[index]!;
      yield {
        seq: index + 1,
        origin: text(this.origins[index]!) as SampleMeta['origin'],
        sourceFile: text(this.sources[index]!),
        topicKeywords: keyword === undefined ? [] : [keyword],
        tokenLength: this.tokenLengths[index]! < 0 ? undefined : this.tokenLengths[index],
        tokenMethod: method === 0 ? undefined : method === 1 ? 'exact' : 'estimate',
      };
    }
  }

  private remember(meta: Omit<SampleMeta, 'seq'>): void {
    const index = this.count++;
    if (index === this.origins.length) {
      const grow = (array: Int32Array): Int32Array => {
        const grown = new Int32Array(array.length * 2);
        grown.set(array);
        return grown;
      };
      this.origins = grow(this.origins);
      this.sources = grow(this.sources);
      this.keywords = grow(this.keywords);
      this.tokenLengths = grow(this.tokenLengths);
      this.methods = grow(this.methods);
    }
    this.origins[index] = this.intern(meta.origin);
    this.sources[index] = this.intern(meta.sourceFile);
    this.keywords[index] = this.intern(meta.topicKeywords[0]);
    this.tokenLengths[index] = meta.tokenLength ?? -1;
    this.methods[index] = meta.tokenMethod === undefined ? 0 : meta.tokenMethod === 'exact' ? 1 : 2;
  }

  private intern(text: string | undefined): number {
    if (text === undefined) return -1;
    let id = this.stringIds.get(text);
    if (id === undefined) {
      id = this.strings.length;
      this.strings.push(text);
      this.stringIds.set(text, id);
    }
    return id;
  }

  /** From now on the outputs are written from the store. */
  invalidate(reason: string): void {
    if (this.broken === undefined) this.broken = reason;
  }

  /** Writes what is buffered and closes the files (the spool can then be read by `writeOutputsFromSpool`). */
  close(): void {
    for (const writer of [this.jsonl, this.csv]) {
      try {
        writer?.close();
      } catch (error) {
        this.invalidate(`could not write the spool: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    this.jsonl = undefined;
    this.csv = undefined;
  }

  remove(): void {
    this.close();
    rmSync(this.jsonlPath, { force: true });
    rmSync(this.csvPath, { force: true });
  }
}

/** Removes spool files an interrupted process left in `outputDir`. */
export function removeSpools(outputDir: string): void {
  if (!existsSync(outputDir)) return;
  for (const name of readdirSync(outputDir)) if (name.startsWith(SPOOL_PREFIX)) rmSync(path.join(outputDir, name), { force: true });
}

/** Writes to `file` through a 4 MB buffer (no allocation per line). */
class ByteWriter {
  private readonly fd: number;
  private readonly buffer = Buffer.allocUnsafe(1 << 22);
  private used = 0;
  bytes = 0;
  lines = 0;
  constructor(readonly file: string) {
    this.fd = openSync(file, 'w');
  }
  /** Appends `data` (a text is encoded as UTF-8) and counts one line. */
  write(data: Text): void {
    if (typeof data === 'string') {
      if (this.used + data.length * 3 > this.buffer.length) this.drain();
      if (data.length * 3 > this.buffer.length) this.writeAll(Buffer.from(data, 'utf8'));
      else this.used += this.buffer.write(data, this.used, 'utf8');
    } else {
      if (this.used + data.length > this.buffer.length) this.drain();
      if (data.length > this.buffer.length) this.writeAll(data);
      else {
        this.buffer.set(data, this.used);
        this.used += data.length;
      }
    }
    this.lines += 1;
  }
  /** Appends `data` and a newline, as one line. */
  writeLine(data: Uint8Array): void {
    this.write(data);
    if (this.used === this.buffer.length) this.drain();
    this.buffer[this.used++] = 10;
  }
  drain(): void {
    if (this.used === 0) return;
    this.writeAll(this.buffer.subarray(0, this.used));
    this.used = 0;
  }
  close(): void {
    this.drain();
    closeSync(this.fd);
  }
  private writeAll(data: Uint8Array): void {
    let offset = 0;
    while (offset < data.length) offset += writeSync(this.fd, data, offset);
    this.bytes += data.length;
  }
}

/** Calls `line` with each line of `file` (without its newline) as a view into a reused buffer, in order. */
function forEachLine(file: string, line: (bytes: Buffer) => void): void {
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
        if (start < end) line(buffer.subarray(start, end));
        return;
      }
      buffer.copy(buffer, 0, start, end);
      filled = end - start;
    }
  } finally {
    closeSync(fd);
  }
}


export interface SpoolOutputsOptions {
  outputDir: string;
  splitEnabled: boolean;
  includeCsv: boolean;
  /** The split of each spooled sample, in spool order (= `seq` order); `undefined` means train. */
  splits: ReadonlyArray<'train' | 'validation' | undefined>;
}

/**
 * Writes train.jsonl / validation.jsonl / metadata.csv from a closed spool holding every sample of the dataset in
 * `seq` order: the same files, byte for byte, as `writeOutputs` from the store.
 */
export function writeOutputsFromSpool(spool: OutputSpool, options: SpoolOutputsOptions): WrittenOutputs {
  const { outputDir, splits } = options;
  if (spool.problem !== undefined || spool.count !== splits.length) {
    throw new RunError(`The output spool cannot be used (${spool.problem ?? `${spool.count} lines for ${splits.length} samples`}).`, { code: 'spool_mismatch' });
  }
  mkdirSync(outputDir, { recursive: true });
  const trainPath = path.join(outputDir, 'train.jsonl');
  const validationPath = path.join(outputDir, 'validation.jsonl');
  const csvPath = path.join(outputDir, 'metadata.csv');
  const writers: ByteWriter[] = [];
  const open = (file: string): ByteWriter => {
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
    if (index !== splits.length) throw new Error(`the spool holds ${index} lines for ${splits.length} samples`);
    if (options.includeCsv) {
      const csv = open(csvPath);
      csv.write(csvRow([...METADATA_COLUMNS]));
      let row = 0;
      let rows = '';
      forEachLine(spool.csvPath, (line) => {
        const split = options.splitEnabled ? (splits[row] ?? 'train') : 'train';
        rows += `${JSON.parse(line.toString('utf8')) as string}${split}\r\n`;
        row += 1;
        if (rows.length >= 1 << 20) {
          csv.write(rows);
          rows = '';
        }
      });
      if (rows !== '') csv.write(rows);
      if (row !== splits.length) throw new Error(`the metadata spool holds ${row} rows for ${splits.length} samples`);
    }
    for (const writer of writers) writer.close();
    for (const writer of writers) renameSync(writer.file, writer.file.slice(0, -'.partial'.length));
    if (validation === undefined) rmSync(validationPath, { force: true });
    const files: Record<string, string> = { train: trainPath };
    if (validation !== undefined) files.validation = validationPath;
    if (options.includeCsv) files.metadata = csvPath;
    return {
      files,
      trainLines: train.lines,
      validationLines: validation?.lines ?? 0,
      trainBytes: train.bytes,
      validationBytes: validation?.bytes ?? 0,
    };
  } catch (error) {
    for (const writer of writers) {
      try {
        writer.close();
      } catch {
        // already failing: report the first error
      }
      rmSync(writer.file, { force: true });
    }
    throw new RunError(`Could not write the dataset files in ${outputDir}: ${error instanceof Error ? error.message : String(error)}`, { cause: error, code: 'output_failed' });
  }
}
