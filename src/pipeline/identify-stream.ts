import { availableParallelism } from 'node:os';
import { chunkDocuments } from '../agents/chunk-documents.js';
import { sampleCorpus } from '../agents/keyword-source.js';
import { duplicateDetail } from '../agents/identify-agent.js';
import { prepareDedup } from '../dataset/dedup.js';
import type { AgentEvent, AgentInput, Chunk } from '../agents/types.js';
import type { Config } from '../config/config.js';
import type { ExtractedDocument } from '../extract/types.js';
import type { Sample } from '../dataset/types.js';
import type { ModelSpec, TargetId } from '../targets/types.js';
import { consumeAgent, createSampleConsumer, type ConsumeOptions } from './consume-agent.js';
import type { BuildEvent } from './events.js';
import { extractOne, type ExtractionReport } from './extraction.js';
import type { InputFile } from './input-files.js';
import { chunkSizes } from './plan-dataset.js';
import type { FinishedSpool } from './output-spool.js';
import { createPrecheckPool, MAX_BATCH_CHARS, precheckedAt, precheckWorkersAvailable, type PrecheckPool, type PrecheckReply } from './precheck-pool.js';
import { createSampleWriter, KeptRowsBuilder, type SampleWriter } from './sample-writer.js';

/**
 * Identify mode without an LLM, streamed: one document at a time, so memory follows the largest file, not the
 * folder. For large inputs (from the compiled build) three kinds of threads share the work:
 * - this thread extracts, detects and makes every order-dependent decision, sample by sample in the agent's order
 *   (duplicates against the samples kept so far, the sink's checks, stopping at the target);
 * - check workers format, validate and count the tokens of batches of samples a few batches ahead of it, and send
 *   what is stored of each (its JSONL line, messages JSON, preview and keyword text, as bytes) to the writer;
 * - the writer thread stores the kept samples in decision order (SQLite, the output spool) and picks their topic
 *   keywords.
 * Same samples, counters, events and files as doing everything in this thread (test/pipeline/identify-workers.test.ts).
 */

export interface StreamIdentifyOptions extends Omit<ConsumeOptions, 'input'> {
  files: InputFile[];
  config: Config;
  extraction: ExtractionReport;
  signal?: AbortSignal;
  baseInput: Omit<AgentInput, 'documents' | 'chunks' | 'targetCount'>;
  target: TargetId;
  model: ModelSpec;
  /** Check worker threads; 0 checks (and stores) in this thread. */
  workers: number;
  /** With workers: the database and dataset the writer thread stores into. */
  storage: { databasePath: string; datasetId: string };
  /** With workers: where the writer thread keeps the output spool (a run that started its dataset). */
  spool?: { outputDir: string; datasetId: string; withCsv: boolean };
  /** With workers: receives that spool once the writer has stored everything, even when the run stops early. */
  onSpool?: (spool: FinishedSpool) => void;
}

/** Below this much input, starting a worker (and its tokenizer) costs more than it saves. */
export const MIN_BYTES_FOR_WORKERS = 4_000_000;
const MAX_WORKERS = 3;
const BATCH_SIZE = 256;

/**
 * Check workers for a run: `requested` when given (0 = none), else, for inputs over a few MB, one per core
 * beyond this thread (at least one, at most 3; the writer thread comes on top).
 */
export function identifyWorkerCount(files: readonly InputFile[], requested?: number, stopAt = Number.POSITIVE_INFINITY): number {
  if (!precheckWorkersAvailable || files.length === 0 || takesShares(files, stopAt)) return 0;
  if (requested !== undefined) return Math.max(0, Math.floor(requested));
  const bytes = files.reduce((total, file) => total + file.bytes, 0);
  if (bytes < MIN_BYTES_FOR_WORKERS) return 0;
  return Math.max(1, Math.min(availableParallelism() - 1, MAX_WORKERS));
}

/**
 * Whether a run wanting `stopAt` samples from these files may find more than it wants, so it takes a share from
 * each file (see `streamIdentify`) instead of everything from the first files. Exchanges take at least ~50 bytes
 * of a file (a one-line question and answer), so a target at or above bytes / 50 takes everything there is and
 * the order does not matter; such runs (the large "take everything" ones) keep the worker threads.
 */
export function takesShares(files: readonly InputFile[], stopAt: number): boolean {
  const bytes = files.reduce((total, file) => total + file.bytes, 0);
  return files.length > 1 && stopAt < bytes / 50;
}

/** Runs identify over the files. With workers, the writer thread's output spool goes to `onSpool`. */
export async function streamIdentify(options: StreamIdentifyOptions): Promise<void> {
  const { sink, config, extraction, onEvent, signal } = options;
  const extractAndChunk = async (file: InputFile, report: (event: BuildEvent) => void, counted: ExtractionReport = extraction) => {
    const document = await extractOne(file, config, counted, report, signal);
    return document === undefined ? undefined : { document, chunks: chunkDocuments([document], chunkSizes(config)) };
  };
  if (options.workers === 0 && !takesShares(options.files, options.stopAt)) {
    for (const file of options.files) {
      if (sink.accepted >= options.stopAt) break;
      signal?.throwIfAborted();
      const extracted = await extractAndChunk(file, onEvent);
      if (extracted === undefined) continue;
      await consumeAgent({ ...options, input: { ...options.baseInput, ...documentInput(extracted), targetCount: options.stopAt - sink.accepted } });
    }
    return;
  }
  if (options.workers === 0) {
    // Every file gets its share of what is still wanted (files with fewer exchanges leave theirs to the next ones),
    // so a dataset smaller than what the folder holds is taken from all its files, not from the first ones only.
    // Files stopped at their share are read again afterwards while samples are missing (what they gave is stored,
    // and passed over without a word).
    let stopped: InputFile[] = [];
    sink.rememberAccepted();
    const share = (filesLeft: number): number => Math.ceil((options.stopAt - sink.accepted) / filesLeft);
    for (const [position, file] of options.files.entries()) {
      if (sink.accepted >= options.stopAt) break;
      signal?.throwIfAborted();
      const extracted = await extractAndChunk(file, onEvent);
      if (extracted === undefined) continue;
      const wanted = share(options.files.length - position);
      const outcome = await consumeAgent({ ...options, stopAt: sink.accepted + wanted, runTarget: options.stopAt, input: { ...options.baseInput, ...documentInput(extracted), targetCount: wanted } });
      if (!outcome.finished) stopped.push(file);
    }
    while (stopped.length > 0 && sink.accepted < options.stopAt) {
      const again = stopped;
      stopped = [];
      for (const [position, file] of again.entries()) {
        if (sink.accepted >= options.stopAt) break;
        signal?.throwIfAborted();
        // Read again quietly: the file was reported (and counted) the first time.
        const extracted = await extractAndChunk(file, () => undefined, { read: 0, failed: [], warnings: [], planFiles: [] });
        if (extracted === undefined) continue;
        const wanted = share(again.length - position);
        const outcome = await consumeAgent({ ...options, stopAt: sink.accepted + wanted, runTarget: options.stopAt, input: { ...options.baseInput, ...documentInput(extracted), targetCount: wanted } });
        if (!outcome.finished) stopped.push(file);
      }
    }
    return;
  }
  // Topic keywords are picked in the writer thread, which has time to spare (the agent then leaves them out).
  const writer = createSampleWriter({ ...options.storage, spool: options.spool, batchSize: WRITER_BATCH_SIZE, keywords: true });
  const pool = createPrecheckPool({ target: options.target, model: options.model, checkOptions: sink.checkOptions(), dedupThreshold: sink.dedupThreshold }, options.workers, writer);
  sink.storeElsewhere();
  let finished = false;
  try {
    // One pass over all the files: the next file is read, chunked and detected while the workers still check the
    // previous one's last samples (draining at every file boundary left them idle), with its events queued in order.
    await consumePrechecked(options, pool, writer, async function* (emit, report, mayReachTarget, startDocument) {
      for (const file of options.files) {
        if (mayReachTarget()) yield BARRIER;
        if (sink.accepted >= options.stopAt) return;
        signal?.throwIfAborted();
        const extracted = await extractAndChunk(file, report);
        if (extracted === undefined) continue;
        // The keyword corpus of the document, as the identify agent would take it (an even sample of a large one).
        startDocument(sampleCorpus(extracted.chunks.length > 0 ? extracted.chunks.map((chunk) => chunk.text) : [extracted.document.text]));
        const input = { ...options.baseInput, ...documentInput(extracted), targetCount: options.stopAt - sink.accepted };
        yield* options.agent.run(input, { ...options.context, emit, isNew: undefined, keywordsElsewhere: true });
      }
    });
    finished = true;
  } finally {
    // Whatever happened, what was decided is stored (an interrupted run keeps its samples). The check workers stay
    // until then: the payloads of decided batches may still be on their way to the writer.
    const result = await writer.finish().catch((error: unknown) => {
      if (finished) throw error;
      return undefined;
    }).finally(async () => {
      await writer.close();
      await pool.close();
    });
    if (result?.spool !== undefined) options.onSpool?.(result.spool);
  }
}

/** Samples per SQLite transaction in the writer thread (as `SampleSink`'s default batch). */
const WRITER_BATCH_SIZE = 2048;

function documentInput(extracted: { document: ExtractedDocument; chunks: Chunk[] }): Pick<AgentInput, 'documents' | 'chunks'> {
  return { documents: [extracted.document], chunks: extracted.chunks };
}

interface Batch {
  messages: Sample['messages'][];
  chars: number;
  /** Set when sent to the pool. */
  id?: number;
  reply?: PrecheckReply;
  pending?: Promise<void>;
  /** Samples of the batch decided so far, and the kept ones (for the writer). */
  decided: number;
  kept: KeptRowsBuilder;
}

type QueueItem = { event: AgentEvent } | { build: BuildEvent } | { sample: Sample; batch: Batch; index: number; document: number };

/** Yielded by a producer that must know whether the samples handed over so far reach the target before going on. */
const BARRIER = Symbol('drain the queue');

/**
 * Samples (and the agent's and extraction's events, through `emit` / `report`) for the whole run, in order.
 * `mayReachTarget()`: whether the samples queued but not yet judged could reach the target; the producer then
 * yields `BARRIER`, and is resumed once all of them are judged (so it reads a next file exactly when the
 * in-thread path would).
 */
type Produce = (
  emit: (event: AgentEvent) => void,
  report: (event: BuildEvent) => void,
  mayReachTarget: () => boolean,
  /** The next samples come from a new document, whose topic keywords are taken against `corpus`. */
  startDocument: (corpus: string[]) => void,
) => AsyncIterable<Sample | typeof BARRIER>;

/**
 * `consumeAgent` with the checks done ahead in the pool and the storage in the writer thread. The agent runs without
 * a duplicate check of its own (`isNew`); it is made here when the sample's turn comes, exactly where the agent
 * would have made it (the agent has no other side effect between that check and handing the sample over). Events
 * are queued with the samples, so they reach `onEvent` in the order the in-thread path gives them. Once a batch is
 * decided, the writer is told which of its samples to store.
 */
async function consumePrechecked(options: Omit<ConsumeOptions, 'input'>, pool: PrecheckPool, writer: SampleWriter, produce: Produce): Promise<void> {
  const { sink, stopAt } = options;
  const consumer = createSampleConsumer(options);
  if (sink.accepted >= stopAt) return;
  const queue: QueueItem[] = [];
  let head = 0;
  const newBatch = (): Batch => ({ messages: [], chars: 0, decided: 0, kept: new KeptRowsBuilder() });
  let batch = newBatch();
  const maxInFlight = 2 * pool.size + 2;
  const send = (sent: Batch): void => {
    const checked = pool.check(sent.messages, sent.chars);
    sent.id = checked.id;
    sent.pending = checked.reply.then((reply) => {
      sent.reply = reply;
    });
    // Failures surface when the batch's turn comes (or not at all once the run stops): never unhandled.
    sent.pending.catch(() => undefined);
  };
  /** Tells the writer which samples of a (fully or partly) decided batch to store. */
  const settle = (settled: Batch): void => {
    writer.verdict({ type: 'verdict', batch: settled.id!, kept: settled.kept.build(), chunkIds: sink.takeFinishedChunks() });
    settled.kept = new KeptRowsBuilder();
  };
  let queuedSamples = 0;
  let draining = false;
  let document = -1;
  const iterator = produce(
    (event) => queue.push({ event }),
    (build) => queue.push({ build }),
    () => sink.accepted + queuedSamples >= stopAt,
    (corpus) => {
      document += 1;
      writer.document({ type: 'document', number: document, corpus });
    },
  )[Symbol.asyncIterator]();
  let finished = false;
  let stopped = false;
  let partial: Batch | undefined;
  const signal = options.context.signal;
  try {
    while (!stopped) {
      if (writer.failure !== undefined) throw writer.failure;
      // Stopped (Ctrl-C): what was decided so far is stored (see `settle` below), the rest is left for a resume.
      signal?.throwIfAborted();
      // Consume what is ready, in order.
      while (head < queue.length) {
        // As `consumeAgent`: nothing more is taken from the agent once enough samples are kept.
        if (sink.accepted >= stopAt) {
          stopped = true;
          break;
        }
        const item = queue[head]!;
        if ('event' in item) {
          consumer.emit(item.event);
        } else if ('build' in item) {
          options.onEvent(item.build);
        } else {
          const reply = item.batch.reply;
          if (reply === undefined) break;
          queuedSamples -= 1;
          // The duplicate hash/signature is computed here, in order, where the agent would have made its check.
          const admit = sink.isStored(item.sample.id) ? undefined : prepareDedup(item.sample.messages, sink.dedupThreshold);
          if (admit === undefined) {
            // Stored by the interrupted run this one resumes: passed over, as the agent does in this thread.
          } else if (!sink.isNewPrepared(admit)) {
            consumer.emit({ type: 'candidate-rejected', reason: 'duplicate', detail: duplicateDetail(item.sample.messages) });
          } else {
            const checked = precheckedAt(reply, item.index, admit);
            const verdict = sink.decidePrechecked(checked);
            if (verdict.accepted && checked.ok) item.batch.kept.add(item.index, item.document, item.sample, checked.dedup.hash);
            consumer.record(item.sample, verdict);
          }
          item.batch.decided += 1;
          partial = item.batch;
          if (item.batch.decided === item.batch.messages.length) {
            settle(item.batch);
            partial = undefined;
          }
        }
        queue[head] = undefined as unknown as QueueItem;
        head += 1;
      }
      if (stopped) break;
      if (head === queue.length || head > 4096) {
        queue.splice(0, head);
        head = 0;
      }
      // Replies are taken as they arrive (this loop only yields to microtasks), so a worker never waits on this thread.
      pool.poll();
      // Keep the workers fed: run the agent ahead while fewer than `maxInFlight` batches are out.
      if (draining && head === queue.length) draining = false;
      if (!finished && !draining && pool.inFlight < maxInFlight) {
        const next = await iterator.next();
        if (next.done === true) {
          finished = true;
          if (batch.messages.length > 0) send(batch);
        } else if (next.value === BARRIER) {
          draining = true;
        } else {
          const chars = next.value.messages.reduce((total, message) => total + message.content.length, 0);
          if (batch.messages.length > 0 && batch.chars + chars > MAX_BATCH_CHARS) {
            send(batch);
            batch = newBatch();
          }
          queuedSamples += 1;
          queue.push({ sample: next.value, batch, index: batch.messages.length, document });
          batch.messages.push(next.value.messages);
          batch.chars += chars;
          if (batch.messages.length >= BATCH_SIZE) {
            send(batch);
            batch = newBatch();
          }
        }
        continue;
      }
      if (head === queue.length) break;
      const waiting = queue[head]!;
      if (!('batch' in waiting)) continue;
      if (waiting.batch.pending === undefined) {
        // The head sample's batch is still being filled while the pool waits: send it as it is.
        send(waiting.batch);
        batch = newBatch();
      }
      await waiting.batch.pending;
    }
  } finally {
    // A batch the run stopped in: its decided samples are stored all the same.
    if (partial !== undefined && partial.id !== undefined) settle(partial);
    if (!finished) await iterator.return?.(undefined);
    consumer.progress(true);
  }
}
