import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
import type { Sample } from '../dataset/types.js';
import { RunError } from '../errors/errors.js';
import { finishedSpool, type FinishedSpool, type FinishedSpoolData } from './output-spool.js';

/**
 * The thread that stores the samples of a large identify run (see identify-stream.ts): SQLite inserts and the output
 * spool. The check workers send it what they computed of each sample (the JSONL line, the messages JSON and the
 * preview, as UTF-8 bytes) and this thread sends it its decisions (which samples are kept, with their metadata), so
 * the bulk of every sample never crosses into this thread and its storage runs beside detection instead of after it.
 * Samples are stored in the order they are decided, in transactions of `batchSize`, as `SampleSink.flush` does.
 * The worker script is the compiled `dist/pipeline/sample-writer-worker.js` (used only from the compiled build).
 */

const WORKER_URL = new URL('./sample-writer-worker.js', import.meta.url);

/** What a check worker computed of one batch, for the writer (bytes laid out as in `PrecheckReply.payload`). */
export interface WriterPayload {
  type: 'payload';
  batch: number;
  /** Per sample: JSONL line (with newline), messages JSON, content preview, back to back. */
  payload: Uint8Array;
  /** Sample `i`'s parts start at `offsets[3i]`, `[3i + 1]`, `[3i + 2]` and end at `[3i + 3]`. */
  offsets: Int32Array;
  tokenCounts: Int32Array;
  /** 1 = exact, 0 = estimate. */
  tokenExact: Uint8Array;
}

/** A kept sample of a batch: its index in the batch and everything the store keeps of it but its messages. */
export interface WriterRow {
  index: number;
  sample: Omit<Sample, 'messages'>;
  /** Content hash of its kept (possibly truncated) messages. */
  contentHash: string;
}

export interface WriterVerdict {
  type: 'verdict';
  batch: number;
  kept: WriterRow[];
  /** Chunks finished after these samples (stored in the same transaction). */
  chunkIds: string[];
}

export type WriterMessage = WriterPayload | WriterVerdict | { type: 'connect'; port: MessagePort } | { type: 'finish' };

export type WriterReply =
  | { type: 'finished'; stored: number; spool?: FinishedSpoolData }
  | { type: 'failed'; message: string; code?: string };

export interface SampleWriterSettings {
  databasePath: string;
  datasetId: string;
  /** Where the output spool goes, when the run keeps one (a run that started its dataset). */
  spool?: { outputDir: string; datasetId: string; withCsv: boolean };
  /** Samples per transaction. */
  batchSize: number;
}

export interface SampleWriter {
  /** A port for a check worker to send its payloads on (transfer it to the worker). */
  connect(): MessagePort;
  /** A batch's payload computed on this thread (a check worker's fallback). */
  payload(message: WriterPayload): void;
  verdict(message: WriterVerdict): void;
  /** Why the writer stopped, if it failed (the run must stop: samples are no longer stored). */
  readonly failure: Error | undefined;
  /** Stores what is decided, closes the spool and the database; resolves with the spool for the output files. */
  finish(): Promise<{ stored: number; spool?: FinishedSpool }>;
  /** Stops the thread (after `finish`, or on an error path). */
  close(): Promise<void>;
}

export function createSampleWriter(settings: SampleWriterSettings): SampleWriter {
  const worker = new Worker(WORKER_URL, { workerData: settings, name: 'ftdb-sample-writer' });
  let failure: Error | undefined;
  let finished: { resolve: (value: { stored: number; spool?: FinishedSpool }) => void; reject: (error: unknown) => void } | undefined;
  let exited = false;
  const fail = (error: Error): void => {
    failure ??= error;
    finished?.reject(failure);
    finished = undefined;
  };
  worker.on('message', (reply: WriterReply) => {
    if (reply.type === 'failed') fail(new RunError(`Storing samples failed: ${reply.message}`, { code: reply.code ?? 'store_failed' }));
    else {
      finished?.resolve({ stored: reply.stored, spool: reply.spool === undefined ? undefined : finishedSpool(reply.spool) });
      finished = undefined;
    }
  });
  worker.on('error', (error) => fail(new RunError(`The sample writer thread failed: ${error.message}`, { cause: error, code: 'store_failed' })));
  worker.on('exit', (code) => {
    exited = true;
    if (finished !== undefined) fail(new RunError(`The sample writer thread stopped (exit code ${code}) before storing every sample.`, { code: 'store_failed' }));
  });
  return {
    connect() {
      const channel = new MessageChannel();
      worker.postMessage({ type: 'connect', port: channel.port1 } satisfies WriterMessage, [channel.port1]);
      return channel.port2;
    },
    payload(message) {
      worker.postMessage(message, [message.payload.buffer as ArrayBuffer]);
    },
    verdict(message) {
      worker.postMessage(message);
    },
    get failure() {
      return failure;
    },
    finish() {
      if (failure !== undefined) return Promise.reject(failure);
      if (exited) return Promise.reject(new RunError('The sample writer thread is not running.', { code: 'store_failed' }));
      return new Promise((resolve, reject) => {
        finished = { resolve, reject };
        worker.postMessage({ type: 'finish' } satisfies WriterMessage);
      });
    },
    async close() {
      await worker.terminate();
    },
  };
}
