import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { RunError } from '../errors/errors.js';
import { getTarget } from '../targets/registry.js';
import { preloadTokenizer } from '../targets/tokenizers.js';
import { metadataPrefix } from '../dataset/csv.js';
import { csvSpoolRecord } from './output-spool.js';
import { precheckSample } from './sample-sink.js';
import { prepareDedup } from '../dataset/dedup.js';
/**
 * A pool of worker threads that run `precheckSample` (format, validate, count tokens, truncate; duplicate
 * hash/signature) for batches of samples, so token counting and validation run on other cores while this thread
 * detects, picks keywords and stores. Results come back per batch; the caller consumes them in its own order.
 * The worker script is the compiled `dist/pipeline/precheck-worker.js`; from `.ts` sources (vitest) there is none.
 */
export const precheckWorkersAvailable = !new URL(import.meta.url).pathname.endsWith('.ts');
const WORKER_URL = new URL('./precheck-worker.js', import.meta.url);
const SIGNATURE_WORDS = 32;
/** The prechecked sample `index` of a reply (signature rows are views into the reply's array). */
export function precheckedAt(reply, index) {
    const admit = {
        hash: reply.admitHashes[index],
        signature: reply.hasSignature[index] === 1 ? reply.admitSignatures.subarray(index * SIGNATURE_WORDS, (index + 1) * SIGNATURE_WORDS) : undefined,
    };
    if (reply.ok[index] !== 1) {
        const rejected = reply.rejected[index];
        return { admit, checked: { ok: false, reason: rejected.reason, detail: rejected.detail } };
    }
    const tokens = { count: reply.tokenCounts[index], method: reply.tokenExact[index] === 1 ? 'exact' : 'estimate' };
    const truncated = reply.truncated[index];
    // A Buffer over the transferred bytes (a cloned Buffer arrives as a plain Uint8Array): SQLite binds Buffers.
    const payload = Buffer.isBuffer(reply.payload) ? reply.payload : (reply.payload = Buffer.from(reply.payload.buffer, reply.payload.byteOffset, reply.payload.byteLength));
    const at = index * 3;
    const { offsets } = reply;
    const texts = {
        jsonl: payload.subarray(offsets[at], offsets[at + 1]),
        messagesJson: payload.subarray(offsets[at + 1], offsets[at + 2]),
        csvRecord: offsets[at + 3] > offsets[at + 2] ? payload.subarray(offsets[at + 2], offsets[at + 3]) : undefined,
    };
    return {
        admit,
        checked: truncated === undefined
            ? { ok: true, tokens, truncated: false, dedup: admit, ...texts }
            : { ok: true, tokens, truncated: true, messages: truncated.messages, dedup: truncated.dedup, ...texts },
    };
}
/** Appends UTF-8 text to one growing buffer that owns its memory (so it can be transferred). */
class PayloadWriter {
    buffer;
    used = 0;
    constructor(capacity) {
        this.buffer = Buffer.from(new ArrayBuffer(Math.max(1024, capacity)));
    }
    write(text) {
        const most = text.length * 3;
        if (this.used + most > this.buffer.length) {
            const larger = Buffer.from(new ArrayBuffer(Math.max(this.buffer.length * 2, this.used + most)));
            this.buffer.copy(larger, 0, 0, this.used);
            this.buffer = larger;
        }
        this.used += this.buffer.write(text, this.used, 'utf8');
    }
    /** The written bytes (a view over the buffer's memory, which a transfer then moves). */
    bytes() {
        return new Uint8Array(this.buffer.buffer, 0, this.used);
    }
}
/** What a worker runs for one batch (also the in-thread fallback): `precheckSample` for each sample, in columns. */
export function precheckBatch(target, settings, request) {
    const count = request.messages.length;
    const reply = {
        id: request.id,
        admitHashes: new Array(count),
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
    const payload = new PayloadWriter(request.messages.reduce((total, messages) => total + messages.reduce((sum, message) => sum + message.content.length, 0), 0) * 3);
    const offsets = reply.offsets;
    for (let index = 0; index < count; index += 1) {
        offsets[index * 3] = payload.used;
        offsets[index * 3 + 1] = payload.used;
        offsets[index * 3 + 2] = payload.used;
        offsets[index * 3 + 3] = payload.used;
        const messages = request.messages[index];
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
        payload.write(checked.jsonl);
        offsets[index * 3 + 1] = payload.used;
        payload.write(JSON.stringify(kept));
        offsets[index * 3 + 2] = payload.used;
        const row = request.rows?.[index];
        if (row !== undefined) {
            const prefix = metadataPrefix({ id: row.sampleId, messages: kept, tokenLength: checked.tokens.count, topicKeywords: row.topicKeywords, sourceFile: row.sourceFile });
            payload.write(csvSpoolRecord(prefix));
        }
        offsets[index * 3 + 3] = payload.used;
        if (checked.truncated)
            reply.truncated[index] = { messages: checked.messages ?? messages, dedup: checked.dedup };
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
export function createPrecheckPool(settings, size) {
    let nextId = 0;
    let turn = 0;
    let closing = false;
    let broken = false;
    const pending = new Map();
    const local = async (request) => {
        await preloadTokenizer(settings.model);
        return precheckBatch(getTarget(settings.target), settings, request);
    };
    /** A worker failed (not a sample): finish its batches here, and every later one. */
    const fallBack = () => {
        broken = true;
        for (const [id, waiter] of pending) {
            if (closing)
                waiter.reject(new RunError('The sample check workers were closed.'));
            else
                local(waiter.request).then(waiter.resolve, waiter.reject);
        }
        pending.clear();
    };
    const answer = (reply) => {
        const waiter = pending.get(reply.id);
        pending.delete(reply.id);
        if (reply.error !== undefined)
            waiter?.reject(new RunError(reply.error.message, { code: reply.error.code }));
        else
            waiter?.resolve(reply);
    };
    const ports = [];
    const workers = Array.from({ length: size }, (_, index) => {
        const channel = new MessageChannel();
        const worker = new Worker(WORKER_URL, {
            workerData: { settings, replies: channel.port2 },
            transferList: [channel.port2],
            name: `ftdb-precheck-${index + 1}`,
            resourceLimits: { maxOldGenerationSizeMb: WORKER_MAX_OLD_GENERATION_MB },
        });
        channel.port1.on('message', answer);
        ports.push(channel.port1);
        worker.on('error', fallBack);
        worker.on('exit', () => {
            if (!closing)
                fallBack();
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
                for (let received = receiveMessageOnPort(port); received !== undefined; received = receiveMessageOnPort(port))
                    answer(received.message);
            }
        },
        check(messages, chars, rows) {
            const request = { id: nextId++, messages, rows };
            if (broken || chars > MAX_BATCH_CHARS)
                return local(request);
            const worker = workers[turn];
            turn = (turn + 1) % workers.length;
            return new Promise((resolve, reject) => {
                pending.set(request.id, { request, resolve, reject });
                worker.postMessage(request);
            });
        },
        async close() {
            closing = true;
            fallBack();
            for (const port of ports)
                port.close();
            await Promise.all(workers.map((worker) => worker.terminate()));
        },
    };
}
//# sourceMappingURL=precheck-pool.js.map