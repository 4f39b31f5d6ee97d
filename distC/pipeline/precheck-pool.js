import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { contentPreview } from '../dataset/csv.js';
import { RunError } from '../errors/errors.js';
import { getTarget } from '../targets/registry.js';
import { preloadTokenizer } from '../targets/tokenizers.js';
import { precheckSample } from './sample-sink.js';
import { PAYLOAD_PARTS, WORKER_MAX_YOUNG_GENERATION_MB } from './sample-writer.js';
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
/** The prechecked sample `index` of a reply, given the hash/signature of its messages as they were sent (`admit`). */
export function precheckedAt(reply, index, admit) {
    if (reply.ok[index] !== 1) {
        const rejected = reply.rejected[index];
        return { ok: false, reason: rejected.reason, detail: rejected.detail };
    }
    const tokens = { count: reply.tokenCounts[index], method: reply.tokenExact[index] === 1 ? 'exact' : 'estimate' };
    const truncated = reply.truncated[index];
    return { ok: true, tokens, truncated: truncated !== undefined, dedup: truncated ?? admit };
}
/**
 * Appends UTF-8 text to a scratch buffer reused across batches; `bytes` copies what was written into memory of its
 * own, exactly sized, so transferring it moves no more than the texts.
 */
class PayloadWriter {
    static scratch = Buffer.alloc(1 << 20);
    used = 0;
    write(text) {
        let buffer = PayloadWriter.scratch;
        const most = text.length * 3;
        if (this.used + most > buffer.length) {
            const larger = Buffer.alloc(Math.max(buffer.length * 2, this.used + most));
            buffer.copy(larger, 0, 0, this.used);
            buffer = PayloadWriter.scratch = larger;
        }
        this.used += buffer.write(text, this.used, 'utf8');
    }
    bytes() {
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
export function precheckBatch(target, settings, request) {
    const count = request.messages.length;
    const reply = {
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
        const messages = request.messages[index];
        const checked = precheckSample(target, settings.model, messages, settings.checkOptions, settings.dedupThreshold);
        if (!checked.ok) {
            reply.rejected[index] = { reason: checked.reason, detail: checked.detail };
            continue;
        }
        reply.ok[index] = 1;
        reply.tokenCounts[index] = checked.tokens.count;
        reply.tokenExact[index] = checked.tokens.method === 'exact' ? 1 : 0;
        if (checked.truncated && checked.dedup !== undefined)
            reply.truncated[index] = checked.dedup;
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
            if (message.role === 'system')
                continue;
            if (bytes.used > offsets[at + 3])
                bytes.write('\n');
            bytes.write(message.content);
        }
        offsets[at + 4] = bytes.used;
    }
    const payload = {
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
export function createPrecheckPool(settings, size, writer) {
    let nextId = 0;
    let turn = 0;
    let closing = false;
    let broken = false;
    const pending = new Map();
    const local = async (request) => {
        await preloadTokenizer(settings.model);
        const { reply, payload } = precheckBatch(getTarget(settings.target), settings, request);
        writer.payload(payload);
        return reply;
    };
    /** A worker failed (not a sample): finish its batches here, and every later one. */
    const fallBack = () => {
        broken = true;
        for (const waiter of pending.values()) {
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
        const writerPort = writer.connect();
        const worker = new Worker(WORKER_URL, {
            workerData: { settings, replies: channel.port2, writer: writerPort },
            transferList: [channel.port2, writerPort],
            name: `ftdb-precheck-${index + 1}`,
            resourceLimits: { maxOldGenerationSizeMb: WORKER_MAX_OLD_GENERATION_MB, maxYoungGenerationSizeMb: WORKER_MAX_YOUNG_GENERATION_MB },
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
        check(messages, chars) {
            const request = { id: nextId++, messages };
            if (broken || chars > MAX_BATCH_CHARS)
                return { id: request.id, reply: local(request) };
            const worker = workers[turn];
            turn = (turn + 1) % workers.length;
            const reply = new Promise((resolve, reject) => {
                pending.set(request.id, { request, resolve, reject });
                worker.postMessage(request);
            });
            return { id: request.id, reply };
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