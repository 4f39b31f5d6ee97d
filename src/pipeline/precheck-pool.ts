import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { DedupPrepared } from '../dataset/dedup.js';
import type { Message } from '../dataset/types.js';
import { RunError } from '../errors/errors.js';
import type { CheckExampleOptions } from '../targets/check-example.js';
import type { ModelSpec, TargetId, TargetProvider, TokenCount } from '../targets/types.js';
import { getTarget } from '../targets/registry.js';
import { preloadTokenizer } from '../targets/tokenizers.js';
import { metadataPrefix } from '../dataset/csv.js';
import { csvSpoolRecord } from './output-spool.js';
import { precheckSample, type PrecheckedSample } from './sample-sink.js';
import { prepareDedup } from '../dataset/dedup.js';

/**
 * A pool of worker threads that run `precheckSample` (format, validate, count tokens, truncate; duplicate
 * hash/signature) for batches of samples, so token counting and validation run on other cores while this thread
 * detects, picks keywords and stores. Results come back per batch; the caller consumes them in its own order.
 * The worker script is the compiled `dist/pipeline/precheck-worker.js`; from `.ts` sources (vitest) there is none.
 */

export const precheckWorkersAvailable = !new URL(import.meta.url).pathname.endsWith('.ts');
const WORKER_URL = new URL('./precheck-worker.js', import.meta.url);

/** Fixed for the whole run; the workers' `workerData`. */
export interface PrecheckSettings {
  target: TargetId;
  model: ModelSpec;
  checkOptions: CheckExampleOptions;
  dedupThreshold: number;
}

/** What the metadata.csv row of a sample needs besides its messages and token count. */
export interface PrecheckRowInfo {
  sampleId: string;
  topicKeywords: string[];
  sourceFile?: string;
}

export interface PrecheckRequest {
  id: number;
  messages: Message[][];
  /** Per sample, when the caller keeps an output spool with metadata rows: they are built on the worker too. */
  rows?: PrecheckRowInfo[];
}

/**
 * One batch's results, column by column (a few typed arrays clone far faster than thousands of small objects).
 * `admit*`: duplicate hash/signature of the messages as given; a kept (checked and possibly truncated) sample uses
 * the same, except the truncated ones, whose own are in `truncated`.
 */
export interface PrecheckReply {
  id: number;
  admitHashes: string[];
  /** 32 words per sample; rows of samples without a signature are unused. */
  admitSignatures: Uint32Array;
  hasSignature: Uint8Array;
  ok: Uint8Array;
  tokenCounts: Int32Array;
  /** 1 = exact, 0 = estimate. */
  tokenExact: Uint8Array;
  /**
   * UTF-8 bytes of what the store and the output spool keep of each kept sample, back to back: its JSONL line (with
   * the newline), the JSON of its (possibly truncated) messages, and, when the request had `rows`, its metadata
   * spool record (`JSON.stringify(metadataPrefix(...))` and a newline). Sent as one transferred buffer, so these
   * texts (most of a batch's size) never become strings on the receiving thread.
   */
  payload: Uint8Array;
  /** Sample `i`'s parts start at `offsets[3i]`, `[3i + 1]`, `[3i + 2]` and end at `[3i + 3]` (empty when rejected). */
  offsets: Int32Array;
  rejected: Record<number, { reason: string; detail: string }>;
  truncated: Record<number, { messages: Message[]; dedup: DedupPrepared }>;
  error?: { message: string; code?: string };
}

const SIGNATURE_WORDS = 32;

/** The prechecked sample `index` of a reply (signature rows are views into the reply's array). */
export function precheckedAt(reply: PrecheckReply, index: number): { admit: DedupPrepared; checked: PrecheckedSample } {
  const admit: DedupPrepared = {
    hash: reply.admitHashes[index]!,
    signature: reply.hasSignature[index] === 1 ? reply.admitSignatures.subarray(index * SIGNATURE_WORDS, (index + 1) * SIGNATURE_WORDS) : undefined,
  };
  if (reply.ok[index] !== 1) {
    const rejected = reply.rejected[index]!;
    return { admit, checked: { ok: false, reason: rejected.reason, detail: rejected.detail } };
  }
  const tokens: TokenCount = { count: reply.tokenCounts[index]!, method: reply.tokenExact[index] === 1 ? 'exact' : 'estimate' };
  const truncated = reply.truncated[index];
  // A Buffer over the transferred bytes (a cloned Buffer arrives as a plain Uint8Array): SQLite binds Buffers.
  const payload = Buffer.isBuffer(reply.payload) ? reply.payload : (reply.payload = Buffer.from(reply.payload.buffer, reply.payload.byteOffset, reply.payload.byteLength));
  const at = index * 3;
  const { offsets } = reply;
  const texts = {
    jsonl: payload.subarray(offsets[at]!, offsets[at + 1]!),
    messagesJson: payload.subarray(offsets[at + 1]!, offsets[at + 2]!),
    csvRecord: offsets[at + 3]! > offsets[at + 2]! ? payload.subarray(offsets[at + 2]!, offsets[at + 3]!) : undefined,
  };
  return {
    admit,
    checked: truncated === undefined
      ? { ok: true, tokens, truncated: false, dedup: admit, ...texts }
      : { ok: true, tokens, truncated: true, messages: truncated.messages, dedup: truncated.dedup, ...texts },
  };
}

/**
 * Appends UTF-8 text to a scratch buffer reused across batches; `bytes` copies what was written into memory of its
 * own, exactly sized, so transferring it moves no more than the texts (a worst-case-sized buffer per batch kept
 * about 3 × the text alive on the receiving thread until its next full garbage collection).
 */
class PayloadWriter {
  private static scratch = Buffer.alloc(1 << 20);
  used = 0;
  write(text: string): void {
    let buffer = PayloadWriter.scratch;
    const most = text.length * 3;
    if (this.used + most > buffer.length) {
      const larger = Buffer.alloc(Math.max(buffer.length * 2, this.used + most));
      buffer.copy(larger, 0, 0, this.used);
      buffer = PayloadWriter.scratch = larger;
    }
    this.used += buffer.write(text, this.used, 'utf8');
  }
  bytes(): Uint8Array {
    const bytes = new Uint8Array(this.used);
    bytes.set(PayloadWriter.scratch.subarray(0, this.used));
    return bytes;
  }
}

/** What a worker runs for one batch (also the in-thread fallback): `precheckSample` for each sample, in columns. */
export function precheckBatch(target: TargetProvider, settings: PrecheckSettings, request: PrecheckRequest): PrecheckReply {
  const count = request.messages.length;
  const reply: PrecheckReply = {
    id: request.id,
    admitHashes: new Array<string>(count),
    admitSignatures: new Uint32Array(count * SIGNATURE_WORDS),
    hasSignature: new Uint8Array(count),
    ok: new Uint8Array(count),
    tokenCounts: new Int32Array(count),
    tokenExact: new Uint8Array(count),
    payload: new Uint8Array(0),
    offsets: new Int32Array(count * 3 + 1),
    rejected: {},
    truncated: {},
  };
  const payload = new PayloadWriter();
  const offsets = reply.offsets;
  for (let index = 0; index < count; index += 1) {
    offsets[index * 3] = payload.used;
    offsets[index * 3 + 1] = payload.used;
    offsets[index * 3 + 2] = payload.used;
    offsets[index * 3 + 3] = payload.used;
    const messages = request.messages[index]!;
    const checked = precheckSample(target, settings.model, messages, settings.checkOptions, settings.dedupThreshold);
    const admit = checked.ok && !checked.truncated ? checked.dedup : prepareDedup(messages, settings.dedupThreshold);
    reply.admitHashes[index] = admit.hash;
    if (admit.signature !== undefined) {
      reply.admitSignatures.set(admit.signature, index * SIGNATURE_WORDS);
      reply.hasSignature[index] = 1;
    }
    if (!checked.ok) {
      reply.rejected[index] = { reason: checked.reason, detail: checked.detail };
      continue;
    }
    reply.ok[index] = 1;
    reply.tokenCounts[index] = checked.tokens.count;
    reply.tokenExact[index] = checked.tokens.method === 'exact' ? 1 : 0;
    const kept = checked.truncated ? (checked.messages ?? messages) : messages;
    payload.write(checked.jsonl as string);
    offsets[index * 3 + 1] = payload.used;
    payload.write(JSON.stringify(kept));
    offsets[index * 3 + 2] = payload.used;
    const row = request.rows?.[index];
    if (row !== undefined) {
      const prefix = metadataPrefix({ id: row.sampleId, messages: kept, tokenLength: checked.tokens.count, topicKeywords: row.topicKeywords, sourceFile: row.sourceFile });
      payload.write(csvSpoolRecord(prefix));
    }
    offsets[index * 3 + 3] = payload.used;
    if (checked.truncated) reply.truncated[index] = { messages: checked.messages ?? messages, dedup: checked.dedup };
  }
  reply.payload = payload.bytes();
  return reply;
}

/**
 * Heap limit of a check worker. It holds the tokenizer (about 40 MB of heap) and one batch at a time (batches are
 * capped at `MAX_BATCH_CHARS` of text), so this leaves ample room while keeping V8 from growing the heap to
 * several times what is live (a default worker's heap reached ~190 MB for ~35 MB live, bench/README.md).
 */
export const WORKER_MAX_OLD_GENERATION_MB = 112;
/** Text per batch sent to a worker; larger samples are checked in this thread. */
export const MAX_BATCH_CHARS = 1_000_000;

/** What a worker is started with: the settings, and the port it replies on. */
export interface PrecheckWorkerData {
  settings: PrecheckSettings;
  replies: MessagePort;
}

export interface PrecheckPool {
  readonly size: number;
  /** Batches sent and not yet answered (after `poll`, up to date). */
  readonly inFlight: number;
  /**
   * Takes the replies that have arrived, without waiting for the event loop: a caller that keeps this thread busy
   * (the identify loop only yields to microtasks) would otherwise see them late and leave the workers idle.
   */
  poll(): void;
  /**
   * Checks one batch on the next worker and resolves with its results. Batches over `MAX_BATCH_CHARS` of text, and
   * every batch once a worker has failed (crash, out of memory), are checked in this thread instead: same results.
   */
  check(messages: Message[][], chars: number, rows?: PrecheckRowInfo[]): Promise<PrecheckReply>;
  close(): Promise<void>;
}

export function createPrecheckPool(settings: PrecheckSettings, size: number): PrecheckPool {
  let nextId = 0;
  let turn = 0;
  let closing = false;
  let broken = false;
  const pending = new Map<number, { request: PrecheckRequest; resolve: (reply: PrecheckReply) => void; reject: (error: unknown) => void }>();
  const local = async (request: PrecheckRequest): Promise<PrecheckReply> => {
    await preloadTokenizer(settings.model);
    return precheckBatch(getTarget(settings.target), settings, request);
  };
  /** A worker failed (not a sample): finish its batches here, and every later one. */
  const fallBack = (): void => {
    broken = true;
    for (const [id, waiter] of pending) {
      if (closing) waiter.reject(new RunError('The sample check workers were closed.'));
      else local(waiter.request).then(waiter.resolve, waiter.reject);
    }
    pending.clear();
  };
  const answer = (reply: PrecheckReply): void => {
    const waiter = pending.get(reply.id);
    pending.delete(reply.id);
    if (reply.error !== undefined) waiter?.reject(new RunError(reply.error.message, { code: reply.error.code }));
    else waiter?.resolve(reply);
  };
  const ports: MessagePort[] = [];
  const workers = Array.from({ length: size }, (_, index) => {
    const channel = new MessageChannel();
    const worker = new Worker(WORKER_URL, {
      workerData: { settings, replies: channel.port2 } satisfies PrecheckWorkerData,
      transferList: [channel.port2],
      name: `ftdb-precheck-${index + 1}`,
      resourceLimits: { maxOldGenerationSizeMb: WORKER_MAX_OLD_GENERATION_MB },
    });
    channel.port1.on('message', answer);
    ports.push(channel.port1);
    worker.on('error', fallBack);
    worker.on('exit', () => {
      if (!closing) fallBack();
    });
    return worker;
  });
  return {
    size,
    get inFlight() {
      return pending.size;
    },
    poll() {
      for (const port of ports) {
        for (let received = receiveMessageOnPort(port); received !== undefined; received = receiveMessageOnPort(port)) answer(received.message as PrecheckReply);
      }
    },
    check(messages, chars, rows) {
      const request: PrecheckRequest = { id: nextId++, messages, rows };
      if (broken || chars > MAX_BATCH_CHARS) return local(request);
      const worker = workers[turn]!;
      turn = (turn + 1) % workers.length;
      return new Promise<PrecheckReply>((resolve, reject) => {
        pending.set(request.id, { request, resolve, reject });
        worker.postMessage(request);
      });
    },
    async close() {
      closing = true;
      fallBack();
      for (const port of ports) port.close();
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
