import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { METADATA_COLUMNS, csvRow } from '../dataset/csv.js';
import { RunError } from '../errors/errors.js';
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

export interface SpoolEntry {
  /** The JSONL line, without its newline. */
  line: string;
  /** metadata.csv fields up to and including the comma before the split column (`metadataPrefix`). */
  csvPrefix?: string;
}

export class OutputSpool {
  readonly jsonlPath: string;
  readonly csvPath: string;
  private jsonlFd: number | undefined;
  private csvFd: number | undefined;
  private jsonl = '';
  private csv = '';
  private broken: string | undefined;
  count = 0;

  /** Starts empty spool files for `datasetId` in `outputDir`, removing spools left by earlier runs. */
  constructor(outputDir: string, datasetId: string, readonly withCsv: boolean) {
    mkdirSync(outputDir, { recursive: true });
    removeSpools(outputDir);
    this.jsonlPath = path.join(outputDir, `${SPOOL_PREFIX}${datasetId}.jsonl`);
    this.csvPath = path.join(outputDir, `${SPOOL_PREFIX}${datasetId}.csv`);
    this.jsonlFd = openSync(this.jsonlPath, 'w');
    if (withCsv) this.csvFd = openSync(this.csvPath, 'w');
  }

  /** Why the spool cannot be used, if it cannot. */
  get problem(): string | undefined {
    return this.broken;
  }

  /** Samples just stored, in the order they were stored. */
  append(entries: readonly SpoolEntry[]): void {
    if (this.broken !== undefined) return;
    for (const entry of entries) {
      if (entry.csvPrefix === undefined && this.withCsv) {
        this.invalidate('a sample without its metadata row');
        return;
      }
      this.jsonl += `${entry.line}\n`;
      // One JSON string per line: a row may hold line breaks inside quoted fields.
      if (this.withCsv) this.csv += `${JSON.stringify(entry.csvPrefix)}\n`;
    }
    this.count += entries.length;
    if (this.jsonl.length >= FLUSH_CHARS || this.csv.length >= FLUSH_CHARS) this.drain();
  }

  /** From now on the outputs are written from the store. */
  invalidate(reason: string): void {
    if (this.broken === undefined) this.broken = reason;
    this.jsonl = '';
    this.csv = '';
  }

  /** Writes what is buffered and closes the files (the spool can then be read by `writeOutputsFromSpool`). */
  close(): void {
    this.drain();
    for (const fd of [this.jsonlFd, this.csvFd]) if (fd !== undefined) closeSync(fd);
    this.jsonlFd = undefined;
    this.csvFd = undefined;
  }

  remove(): void {
    this.close();
    rmSync(this.jsonlPath, { force: true });
    rmSync(this.csvPath, { force: true });
  }

  private drain(): void {
    if (this.broken !== undefined) return;
    try {
      if (this.jsonl !== '' && this.jsonlFd !== undefined) writeSync(this.jsonlFd, this.jsonl);
      if (this.csv !== '' && this.csvFd !== undefined) writeSync(this.csvFd, this.csv);
    } catch (error) {
      this.invalidate(`could not write the spool: ${error instanceof Error ? error.message : String(error)}`);
    }
    this.jsonl = '';
    this.csv = '';
  }
}

/** Removes spool files an interrupted process left in `outputDir`. */
export function removeSpools(outputDir: string): void {
  if (!existsSync(outputDir)) return;
  for (const name of readdirSync(outputDir)) if (name.startsWith(SPOOL_PREFIX)) rmSync(path.join(outputDir, name), { force: true });
}

/** Appends bytes to `<file>.partial` through a 4 MB buffer (no allocation per line), renamed into place later. */
class ByteWriter {
  private readonly fd: number;
  private readonly buffer = Buffer.allocUnsafe(1 << 22);
  private used = 0;
  bytes = 0;
  lines = 0;
  constructor(readonly file: string) {
    this.fd = openSync(`${file}.partial`, 'w');
  }
  /** `data`, then a newline when `newline`; counts one line. */
  writeLine(data: Uint8Array, newline: boolean): void {
    const size = data.length + (newline ? 1 : 0);
    if (this.used + size > this.buffer.length) this.drain();
    if (size > this.buffer.length) {
      this.writeAll(data);
      if (newline) this.writeAll(NEWLINE);
    } else {
      this.buffer.set(data, this.used);
      this.used += data.length;
      if (newline) this.buffer[this.used++] = 10;
    }
    this.bytes += size;
    this.lines += 1;
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

const NEWLINE = Buffer.from('\n');

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
    const writer = new ByteWriter(file);
    writers.push(writer);
    return writer;
  };
  try {
    const train = open(trainPath);
    const validation = options.splitEnabled ? open(validationPath) : undefined;
    let index = 0;
    forEachLine(spool.jsonlPath, (line) => {
      const target = validation !== undefined && splits[index] === 'validation' ? validation : train;
      target.writeLine(line, true);
      index += 1;
    });
    if (index !== splits.length) throw new Error(`the spool holds ${index} lines for ${splits.length} samples`);
    if (options.includeCsv) {
      const csv = open(csvPath);
      csv.writeLine(Buffer.from(csvRow([...METADATA_COLUMNS])), false);
      let row = 0;
      let rows = '';
      forEachLine(spool.csvPath, (line) => {
        const split = options.splitEnabled ? (splits[row] ?? 'train') : 'train';
        rows += `${JSON.parse(line.toString('utf8')) as string}${split}\r\n`;
        row += 1;
        if (rows.length >= 1 << 20) {
          csv.writeLine(Buffer.from(rows), false);
          rows = '';
        }
      });
      if (rows !== '') csv.writeLine(Buffer.from(rows), false);
      if (row !== splits.length) throw new Error(`the metadata spool holds ${row} rows for ${splits.length} samples`);
    }
    for (const writer of writers) writer.close();
    for (const writer of writers) renameInto(writer.file);
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
      rmSync(`${writer.file}.partial`, { force: true });
    }
    throw new RunError(`Could not write the dataset files in ${outputDir}: ${error instanceof Error ? error.message : String(error)}`, { cause: error, code: 'output_failed' });
  }
}

/** Moves `<file>.partial` into place (atomic on one file system: readers never see half a file). */
function renameInto(file: string): void {
  renameSync(`${file}.partial`, file);
}
