import { DuplicateDetector, prepareDedup, type DedupPrepared, type DedupVerdict } from '../dataset/dedup.js';
import type { Message, Sample } from '../dataset/types.js';
import type { Store } from '../store/store.js';
import { checkExample, checkExampleSync, type CheckExampleOptions } from '../targets/check-example.js';
import { preloadTokenizer } from '../targets/tokenizers.js';
import { storeAndSpool, type OutputSpool, type StoredEntry } from './output-spool.js';
import type { PrecheckDecision } from './precheck-pool.js';
import type { FormatOptions, ModelSpec, TargetProvider, TokenCount } from '../targets/types.js';

export type SinkVerdict = { accepted: true } | { accepted: false; reason: string; detail?: string };

/** A sample's target check, computed ahead (see `precheckSample`). */
export type PrecheckedSample =
  | {
    ok: true;
    tokens: TokenCount;
    truncated: boolean;
    /** The trimmed messages and their duplicate hash/signature, when truncated. */
    messages?: Message[];
    dedup?: DedupPrepared;
    /** The JSONL line of the target record, with its newline. */
    jsonl: string;
  }
  | { ok: false; reason: string; detail: string };

/**
 * What `SampleSink.offer` computes before its order-dependent part (duplicates against what was kept, storage):
 * format + validate + count (+ truncate). Pure, so worker threads run it ahead of the sink. The duplicate
 * hash/signature of the messages as given is the caller's to compute (`prepareDedup`); that of truncated messages,
 * which only this check knows, is computed here.
 */
export function precheckSample(
  target: TargetProvider,
  model: ModelSpec,
  messages: Message[],
  options: CheckExampleOptions,
  dedupThreshold: number,
): PrecheckedSample {
  const checked = checkExampleSync(target, model, { messages }, options);
  if (!checked.ok) return { ok: false, reason: checked.reason, detail: checked.detail };
  const kept = checked.truncated ? (checked.messages ?? messages) : messages;
  return {
    ok: true,
    tokens: { count: checked.tokens.count, method: checked.tokens.method },
    truncated: checked.truncated,
    messages: checked.truncated ? kept : undefined,
    dedup: checked.truncated ? prepareDedup(kept, dedupThreshold) : undefined,
    jsonl: `${JSON.stringify(checked.record)}\n`,
  };
}

export interface SampleSinkOptions {
  store: Store;
  datasetId: string;
  target: TargetProvider;
  model: ModelSpec;
  truncate: boolean;
  formatOptions: FormatOptions;
  dedupThreshold: number;
  /** Flush when this many samples are buffered. */
  batchSize?: number;
  /** Flush this long after the first buffered sample, even if the batch is not full. */
  flushDelayMs?: number;
  /** Token counts go through an async counter (a vendor count-tokens API); otherwise the fast sync path is used. */
  asyncCounts?: boolean;
  /** Receives each stored sample's JSONL line and metadata row (see output-spool.ts). */
  spool?: OutputSpool;
}

/**
 * Where every sample goes: target format + validation + token count (with optional truncation), exact and
 * near-duplicate removal, then SQLite in small transactions. Chunks reported finished are committed in the
 * same transaction as the samples before them, so resume never skips a chunk whose samples were lost.
 */
export class SampleSink {
  dedup: DuplicateDetector;
  readonly rejected: Record<string, number> = {};
  readonly duplicates: Record<string, number> = {};
  accepted = 0;
  truncated = 0;
  private buffer: StoredEntry[] = [];
  private pendingChunks: string[] = [];
  private timer: NodeJS.Timeout | undefined;
  private readonly batchSize: number;
  private readonly flushDelayMs: number;
  private flushError: unknown;
  private tokenizerReady: Promise<void> | undefined;
  private storedElsewhere = false;
  /** Ids an earlier run of the dataset stored (filled on resume), and this run's when `rememberAccepted` is on. */
  private readonly storedIds = new Set<string>();
  private rememberingAccepted = false;

  constructor(private readonly options: SampleSinkOptions) {
    this.dedup = new DuplicateDetector(options.dedupThreshold);
    // Large batches: each commit rewrites the index pages it touched, so fewer, larger transactions write far less
    // (SQLite, 100,000 samples: 46 µs per sample in batches of 256, 28 µs in batches of 2,048). Slow producers
    // (LLM calls) are flushed by the timer long before a batch fills.
    this.batchSize = options.batchSize ?? 2048;
    this.flushDelayMs = options.flushDelayMs ?? 50;
  }

  /** Seed the duplicate detector with what the store already holds (resume). */
  rememberStored(): number {
    let count = 0;
    for (const sample of this.options.store.iterateSamples(this.options.datasetId)) {
      this.dedup.remember(sample.messages, sample.contentHash);
      this.storedIds.add(sample.id);
      count += 1;
    }
    return count;
  }

  /**
   * From now on the ids of accepted samples are remembered too, for a run that reads files again (identify shares,
   * identify-stream.ts): what a file gave the first time is then passed over. Bounded by the run's target.
   */
  rememberAccepted(): void {
    this.rememberingAccepted = true;
  }

  /** Whether a sample with this id is stored: by an earlier run of the dataset (`rememberStored`), or this one (`rememberAccepted`). */
  isStored(id: string): boolean {
    return this.storedIds.has(id);
  }

  /** Messages not yet accepted (for agents that want to avoid generating duplicates). */
  isNew(messages: Sample['messages']): boolean {
    return !this.dedup.has(messages);
  }

  /** `isNew` with the hash/signature computed ahead (`prepareDedup` with the sink's threshold). */
  isNewPrepared(prepared: DedupPrepared): boolean {
    return !this.dedup.checkPrepared(prepared, false).duplicate;
  }

  get dedupThreshold(): number {
    return this.options.dedupThreshold;
  }

  async offer(sample: Sample): Promise<SinkVerdict> {
    if (this.flushError !== undefined) throw this.flushError;
    // Loaded on the first sample, not before the run: in create mode that overlaps the first LLM calls.
    this.tokenizerReady ??= preloadTokenizer(this.options.model);
    await this.tokenizerReady;
    const checked = this.options.asyncCounts === true
      ? await checkExample(this.options.target, this.options.model, { messages: sample.messages }, this.checkOptions())
      : checkExampleSync(this.options.target, this.options.model, { messages: sample.messages }, this.checkOptions());
    if (!checked.ok) return this.reject(checked.reason, checked.detail);
    const messages = checked.truncated ? (checked.messages ?? sample.messages) : sample.messages;
    const duplicateCheck = this.dedup.check(messages);
    const verdict = this.decide(duplicateCheck, checked.truncated);
    if (!verdict.accepted) return verdict;
    if (this.rememberingAccepted) this.storedIds.add(sample.id);
    this.buffer.push({
      sample: { ...sample, messages, tokenLength: checked.tokens.count, tokenMethod: checked.tokens.method },
      contentHash: duplicateCheck.hash,
      // The output line is only needed by the spool (a run that started its dataset).
      jsonl: this.options.spool === undefined ? '' : `${JSON.stringify(checked.record)}\n`,
    });
    if (this.buffer.length >= this.batchSize) this.flush();
    // A sample an LLM call paid for is stored within `flushDelayMs`. One the patterns found in the files costs nothing
    // to find again, so it waits for a full batch or the end of the run: small timed batches cost up to twice as much
    // per sample in SQLite (random-order index inserts).
    else if (sample.origin !== 'identified' || sample.chunkId !== undefined || sample.usage !== undefined || this.pendingChunks.length > 0) this.scheduleFlush();
    return verdict;
  }

  /**
   * `offer`'s decision for a sample whose target check and duplicate hash/signature were computed ahead, on another
   * thread, with the same target, model and options (`precheckSample`): same counters, but the sample is not
   * stored here (the sample writer thread stores the accepted ones, see identify-stream.ts).
   */
  decidePrechecked(checked: PrecheckDecision): SinkVerdict {
    if (!checked.ok) return this.reject(checked.reason, checked.detail);
    return this.decide(this.dedup.checkPrepared(checked.dedup), checked.truncated);
  }

  /**
   * From now on samples are stored elsewhere (the sample writer thread): finished chunks wait for
   * `takeFinishedChunks`, to be stored with the samples before them.
   */
  storeElsewhere(): void {
    this.storedElsewhere = true;
  }

  takeFinishedChunks(): string[] {
    const chunks = this.pendingChunks;
    this.pendingChunks = [];
    return chunks;
  }

  /** The check options every sample is held to (also what `precheckSample` needs on another thread). */
  checkOptions(): CheckExampleOptions {
    return { truncate: this.options.truncate, formatOptions: this.options.formatOptions };
  }

  /** Counts a checked sample: a duplicate (by kind), or accepted (and truncated). */
  private decide(verdict: DedupVerdict, truncated: boolean): SinkVerdict {
    if (verdict.duplicate) {
      const reason = verdict.kind === 'near' ? 'near_duplicate' : 'exact_duplicate';
      this.duplicates[reason] = (this.duplicates[reason] ?? 0) + 1;
      return { accepted: false, reason };
    }
    if (truncated) this.truncated += 1;
    this.accepted += 1;
    return { accepted: true };
  }

  private reject(reason: string, detail: string): SinkVerdict {
    this.rejected[reason] = (this.rejected[reason] ?? 0) + 1;
    return { accepted: false, reason, detail };
  }

  /**
   * Drops what the duplicate check remembers (a few hundred bytes per sample) once no more samples will be offered,
   * so the split and the output files do not run with it still in memory. Later offers start from an empty index.
   */
  releaseDuplicateIndex(): void {
    this.dedup = new DuplicateDetector(this.options.dedupThreshold);
  }

  chunkFinished(chunkId: string): void {
    this.pendingChunks.push(chunkId);
    if (!this.storedElsewhere) this.scheduleFlush();
  }

  flush(): void {
    if (this.timer !== undefined) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    if (this.buffer.length === 0 && this.pendingChunks.length === 0) return;
    const samples = this.buffer;
    const chunks = this.pendingChunks;
    this.buffer = [];
    this.pendingChunks = [];
    storeAndSpool(this.options.store, this.options.datasetId, this.options.spool, samples, chunks);
  }

  private scheduleFlush(): void {
    if (this.timer !== undefined) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      try {
        this.flush();
      } catch (error) {
        this.flushError = error;
      }
    }, this.flushDelayMs);
  }
}
