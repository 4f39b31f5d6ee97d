import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { contentPreview } from '../dataset/csv.js';
import type { DedupPrepared } from '../dataset/dedup.js';
import type { Message } from '../dataset/types.js';
import { RunError } from '../errors/errors.js';
import type { CheckExampleOptions } from '../targets/check-example.js';
import { getTarget } from '../targets/registry.js';
import { preloadTokenizer } from '../targets/tokenizers.js';
import type { ModelSpec, TargetId, TargetProvider, TokenCount } from '../targets/types.js';
import { precheckSample } from './sample-sink.js';
import { PAYLOAD_PARTS, WORKER_MAX_YOUNG_GENERATION_MB, type SampleWriter, type WriterPayload } from './sample-writer.js';

/**
 * A pool of worker threads that run `precheckSample` (format, validate, count tokens, truncate; duplicate
 * hash/signature) for batches of samples, so token counting and validation run on other cores while this thread
 * detects and picks keywords. Each batch's decisions (`PrecheckReply`: a few typed arrays) come back here, where the
 * caller consumes them in its own order; what the store and the output files keep of each sample (`WriterPayload`)
 * goes straight to the sample writer thread, which joins it with those decisions.
 * The worker script is the compiled `dist/pipeline/precheck-worker.js`; from `.ts` sources (vitest) there is none.
 */

export const precheckWorkersAvailable = !new URL(import.meta.url).pathname.endsWith('.ts');
const WORKER_URL = new URL('./precheck-worker.js', import.meta.url);

/** Fixed for the whole run. */
export interface PrecheckSettings {
  target: TargetId;
  model: ModelSpec;
  checkOptions: CheckExampleOptions;
  dedupThreshold: number;
}

/** What a check worker is started with: the settings, the port it replies on and the writer's port. */
export interface PrecheckWorkerData {
  settings: PrecheckSettings;
  replies: MessagePort;
  writer: MessagePort;
}

export interface PrecheckRequest {
  id: number;
  messages: Message[][];
}

/**
 * One batch's decisions, column by column (a few typed arrays clone far faster than thousands of small objects).
 * The duplicate hash/signature of the messages as given is computed by the receiving thread, which has them; a
 * kept sample uses the same, except the truncated ones, whose own are in `truncated`.
 */
export interface PrecheckReply {
  id: number;
  ok: Uint8Array;
  tokenCounts: Int32Array;
  /** 1 = exact, 0 = estimate. */
  tokenExact: Uint8Array;
  rejected: Record<number, { reason: string; detail: string }>;
  /** Hash and signature of the kept messages of each truncated sample. */
  truncated: Record<number, DedupPrepared>;
  error?: { message: string; code?: string };
}

/** A prechecked sample, as the identify loop decides on it (`SampleSink.decidePrechecked`). */
export type PrecheckDecision =
  | { ok: true; tokens: TokenCount; truncated: boolean; dedup: DedupPrepared }
  | { ok: false; reason: string; detail: string };

/** The prechecked sample `index` of a reply, given the hash/signature of its messages as they were sent (`admit`). */
export function precheckedAt(reply: PrecheckReply, index: number, admit: DedupPrepared): PrecheckDecision {
  if (reply.ok[index] !== 1) {
    const rejected = reply.rejected[index]!;
    return { ok: false, reason: rejected.reason, detail: rejected.detail };
  }
  const tokens: TokenCount = { count: reply.tokenCounts[index]!, method: reply.tokenExact[index] === 1 ? 'exact' : 'estimate' };
  const truncated = reply.truncated[index];
  return { ok: true, tokens, truncated: truncated !== undefined, dedup: truncated ?? admit };
}

/**
 * Appends UTF-8 text to a scratch buffer reused across batches; `bytes` copies what was written into memory of its
 * own, exactly sized, so transferring it moves no more than the texts.
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

/**
 * What a worker runs for one batch (also the in-thread fallback): `precheckSample` for each sample. Returns the
 * decisions for the identify loop and, for the writer, each kept sample's JSONL line (with its newline), messages
 * JSON and content preview as UTF-8 bytes.
 */
export function precheckBatch(target: TargetProvider, settings: PrecheckSettings, request: PrecheckRequest): { reply: PrecheckReply; payload: WriterPayload } {
  const count = request.messages.length;
  const reply: PrecheckReply = {
    id: request.id,
    ok: new Uint8Array(count),
    tokenCounts: new Int32Array(count),
    tokenExact: new Uint8Array(count),
    rejected: {},
    truncated: {},
  };
  const bytes = new PayloadWriter();
  const offsets = new Int32Array(count * PAYLOAD_PARTS + 1);
  for (let index = 0; index < count; index += 1) {
    const at = index * PAYLOAD_PARTS;
    offsets.fill(bytes.used, at, at + PAYLOAD_PARTS + 1);
    const messages = request.messages[index]!;
    const checked = precheckSample(target, settings.model, messages, settings.checkOptions, settings.dedupThreshold);
    if (!checked.ok) {
      reply.rejected[index] = { reason: checked.reason, detail: checked.detail };
      continue;
    }
    reply.ok[index] = 1;
    reply.tokenCounts[index] = checked.tokens.count;
    reply.tokenExact[index] = checked.tokens.method === 'exact' ? 1 : 0;
    if (checked.truncated && checked.dedup !== undefined) reply.truncated[index] = checked.dedup;
    const kept = checked.truncated ? (checked.messages ?? messages) : messages;
    bytes.write(checked.jsonl);
    offsets[at + 1] = bytes.used;
    bytes.write(JSON.stringify(kept));
    offsets[at + 2] = bytes.used;
    bytes.write(contentPreview({ messages: kept }));
    offsets[at + 3] = bytes.used;
    // The text the topic keywords are taken from (as the identify agent does): its messages but system ones,
    // as sent (before any truncation), joined by line breaks.
    for (const message of messages) {
      if (message.role === 'system') continue;
      if (bytes.used > offsets[at + 3]!) bytes.write('\n');
      bytes.write(message.content);
    }
    offsets[at + 4] = bytes.used;
  }
  const payload: WriterPayload = {
    type: 'payload', batch: request.id, payload: bytes.bytes(), offsets, tokenCounts: reply.tokenCounts, tokenExact: reply.tokenExact,
  };
  return { reply, payload };
}

/**
 * Heap limit of a check worker. It holds the tokenizer (about 33 MB of live heap with its merge cache) and one batch
 * at a time (batches are capped at `MAX_BATCH_CHARS` of text). With the CLI's heap growth setting the heap stays near
 * 50–60 MB; a limit close to that (64 MB) made V8 mark the whole heap 23–25 times per 100 MB run instead of 9
 * (1.6 s of marking on the GC helper threads, bench/README.md), so this leaves headroom.
 */
export const WORKER_MAX_OLD_GENERATION_MB = 128;
/** Text per batch sent to a worker; larger samples are checked in this thread. */
export const MAX_BATCH_CHARS = 1_000_000;

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
   * Checks one batch on the next worker and resolves with its decisions (its payload goes to the writer). Batches
   * over `MAX_BATCH_CHARS` of text, and every batch once a worker has failed (crash, out of memory), are checked in
   * this thread instead: same results.
   */
  check(messages: Message[][], chars: number): { id: number; reply: Promise<PrecheckReply> };
  close(): Promise<void>;
}

export function createPrecheckPool(settings: PrecheckSettings, size: number, writer: SampleWriter): PrecheckPool {
  let nextId = 0;
  let turn = 0;
  let closing = false;
  let broken = false;
  const pending = new Map<number, { request: PrecheckRequest; resolve: (reply: PrecheckReply) => void; reject: (error: unknown) => void }>();
  const local = async (request: PrecheckRequest): Promise<PrecheckReply> => {
    await preloadTokenizer(settings.model);
    const { reply, payload } = precheckBatch(getTarget(settings.target), settings, request);
    writer.payload(payload);
    return reply;
  };
  /** A worker failed (not a sample): finish its batches here, and every later one. */
  const fallBack = (): void => {
    broken = true;
    for (const waiter of pending.values()) {
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
    const writerPort = writer.connect();
    const worker = new Worker(WORKER_URL, {
      workerData: { settings, replies: channel.port2, writer: writerPort } satisfies PrecheckWorkerData,
      transferList: [channel.port2, writerPort],
      name: `ftdb-precheck-${index + 1}`,
      resourceLimits: { maxOldGenerationSizeMb: WORKER_MAX_OLD_GENERATION_MB, maxYoungGenerationSizeMb: WORKER_MAX_YOUNG_GENERATION_MB },
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
    check(messages, chars) {
      const request: PrecheckRequest = { id: nextId++, messages };
      if (broken || chars > MAX_BATCH_CHARS) return { id: request.id, reply: local(request) };
      const worker = workers[turn]!;
      turn = (turn + 1) % workers.length;
      const reply = new Promise<PrecheckReply>((resolve, reject) => {
        pending.set(request.id, { request, resolve, reject });
        worker.postMessage(request);
      });
      return { id: request.id, reply };
    },
    async close() {
      closing = true;
      fallBack();
      for (const port of ports) port.close();
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
