import { DuplicateDetector } from '../dataset/dedup.js';
import type { Sample } from '../dataset/types.js';
import type { SampleToStore, Store } from '../store/store.js';
import { checkExample, checkExampleSync } from '../targets/check-example.js';
import type { FormatOptions, ModelSpec, TargetProvider } from '../targets/types.js';

export type SinkVerdict = { accepted: true } | { accepted: false; reason: string; detail?: string };

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
}

/**
 * Where every sample goes: target format + validation + token count (with optional truncation), exact and
 * near-duplicate removal, then SQLite in small transactions. Chunks reported finished are committed in the
 * same transaction as the samples before them, so resume never skips a chunk whose samples were lost.
 */
export class SampleSink {
  readonly dedup: DuplicateDetector;
  readonly rejected: Record<string, number> = {};
  readonly duplicates: Record<string, number> = {};
  accepted = 0;
  truncated = 0;
  private buffer: SampleToStore[] = [];
  private pendingChunks: string[] = [];
  private timer: NodeJS.Timeout | undefined;
  private readonly batchSize: number;
  private readonly flushDelayMs: number;
  private flushError: unknown;

  constructor(private readonly options: SampleSinkOptions) {
    this.dedup = new DuplicateDetector(options.dedupThreshold);
    this.batchSize = options.batchSize ?? 256;
    this.flushDelayMs = options.flushDelayMs ?? 50;
  }

  /** Seed the duplicate detector with what the store already holds (resume). */
  rememberStored(): number {
    let count = 0;
    for (const sample of this.options.store.iterateSamples(this.options.datasetId)) {
      this.dedup.remember(sample.messages, sample.contentHash);
      count += 1;
    }
    return count;
  }

  /** Messages not yet accepted (for agents that want to avoid generating duplicates). */
  isNew(messages: Sample['messages']): boolean {
    return !this.dedup.has(messages);
  }

  async offer(sample: Sample): Promise<SinkVerdict> {
    if (this.flushError !== undefined) throw this.flushError;
    const checkOptions = { truncate: this.options.truncate, formatOptions: this.options.formatOptions };
    const example = { messages: sample.messages };
    const checked = this.options.asyncCounts === true
      ? await checkExample(this.options.target, this.options.model, example, checkOptions)
      : checkExampleSync(this.options.target, this.options.model, example, checkOptions);
    if (!checked.ok) {
      this.rejected[checked.reason] = (this.rejected[checked.reason] ?? 0) + 1;
      return { accepted: false, reason: checked.reason, detail: checked.detail };
    }
    const messages = checked.truncated ? (checked.messages ?? sample.messages) : sample.messages;
    const verdict = this.dedup.check(messages);
    if (verdict.duplicate) {
      const reason = verdict.kind === 'near' ? 'near_duplicate' : 'exact_duplicate';
      this.duplicates[reason] = (this.duplicates[reason] ?? 0) + 1;
      return { accepted: false, reason };
    }
    if (checked.truncated) this.truncated += 1;
    this.accepted += 1;
    this.buffer.push({
      sample: { ...sample, messages, tokenLength: checked.tokens.count, tokenMethod: checked.tokens.method },
      contentHash: verdict.hash,
    });
    if (this.buffer.length >= this.batchSize) this.flush();
    else this.scheduleFlush();
    return { accepted: true };
  }

  chunkFinished(chunkId: string): void {
    this.pendingChunks.push(chunkId);
    this.scheduleFlush();
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
    this.options.store.insertSamples(this.options.datasetId, samples, chunks);
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
