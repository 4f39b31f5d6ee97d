import { availableParallelism } from 'node:os';
import { chunkDocuments } from '../agents/chunk-documents.js';
import { sampleCorpus } from '../agents/keyword-source.js';
import { duplicateDetail } from '../agents/identify-agent.js';
import { prepareDedup } from '../dataset/dedup.js';
import { consumeAgent, createSampleConsumer } from './consume-agent.js';
import { extractOne } from './extraction.js';
import { chunkSizes } from './plan-dataset.js';
import { createPrecheckPool, MAX_BATCH_CHARS, precheckedAt, precheckWorkersAvailable } from './precheck-pool.js';
import { createSampleWriter, KeptRowsBuilder } from './sample-writer.js';
/** Below this much input, starting a worker (and its tokenizer) costs more than it saves. */
export const MIN_BYTES_FOR_WORKERS = 4_000_000;
const MAX_WORKERS = 3;
const BATCH_SIZE = 256;
/**
 * Check workers for a run: `requested` when given (0 = none), else, for inputs over a few MB, one per core
 * beyond this thread (at least one, at most 3; the writer thread comes on top).
 */
export function identifyWorkerCount(files, requested) {
    if (!precheckWorkersAvailable || files.length === 0)
        return 0;
    if (requested !== undefined)
        return Math.max(0, Math.floor(requested));
    const bytes = files.reduce((total, file) => total + file.bytes, 0);
    if (bytes < MIN_BYTES_FOR_WORKERS)
        return 0;
    return Math.max(1, Math.min(availableParallelism() - 1, MAX_WORKERS));
}
/** Runs identify over the files. With workers, the writer thread's output spool goes to `onSpool`. */
export async function streamIdentify(options) {
    const { sink, config, extraction, onEvent, signal } = options;
    const extractAndChunk = async (file, report) => {
        const document = await extractOne(file, config, extraction, report, signal);
        return document === undefined ? undefined : { document, chunks: chunkDocuments([document], chunkSizes(config)) };
    };
    if (options.workers === 0) {
        for (const file of options.files) {
            if (sink.accepted >= options.stopAt)
                break;
            signal?.throwIfAborted();
            const extracted = await extractAndChunk(file, onEvent);
            if (extracted === undefined)
                continue;
            await consumeAgent({ ...options, input: { ...options.baseInput, ...documentInput(extracted), targetCount: options.stopAt - sink.accepted } });
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
                if (mayReachTarget())
                    yield BARRIER;
                if (sink.accepted >= options.stopAt)
                    return;
                signal?.throwIfAborted();
                const extracted = await extractAndChunk(file, report);
                if (extracted === undefined)
                    continue;
                // The keyword corpus of the document, as the identify agent would take it (an even sample of a large one).
                startDocument(sampleCorpus(extracted.chunks.length > 0 ? extracted.chunks.map((chunk) => chunk.text) : [extracted.document.text]));
                const input = { ...options.baseInput, ...documentInput(extracted), targetCount: options.stopAt - sink.accepted };
                yield* options.agent.run(input, { ...options.context, emit, isNew: undefined, keywordsElsewhere: true });
            }
        });
        finished = true;
    }
    finally {
        // Whatever happened, what was decided is stored (an interrupted run keeps its samples). The check workers stay
        // until then: the payloads of decided batches may still be on their way to the writer.
        const result = await writer.finish().catch((error) => {
            if (finished)
                throw error;
            return undefined;
        }).finally(async () => {
            await writer.close();
            await pool.close();
        });
        if (result?.spool !== undefined)
            options.onSpool?.(result.spool);
    }
}
/** Samples per SQLite transaction in the writer thread (as `SampleSink`'s default batch). */
const WRITER_BATCH_SIZE = 2048;
function documentInput(extracted) {
    return { documents: [extracted.document], chunks: extracted.chunks };
}
/** Yielded by a producer that must know whether the samples handed over so far reach the target before going on. */
const BARRIER = Symbol('drain the queue');
/**
 * `consumeAgent` with the checks done ahead in the pool and the storage in the writer thread. The agent runs without
 * a duplicate check of its own (`isNew`); it is made here when the sample's turn comes, exactly where the agent
 * would have made it (the agent has no other side effect between that check and handing the sample over). Events
 * are queued with the samples, so they reach `onEvent` in the order the in-thread path gives them. Once a batch is
 * decided, the writer is told which of its samples to store.
 */
async function consumePrechecked(options, pool, writer, produce) {
    const { sink, stopAt } = options;
    const consumer = createSampleConsumer(options);
    if (sink.accepted >= stopAt)
        return;
    const queue = [];
    let head = 0;
    const newBatch = () => ({ messages: [], chars: 0, decided: 0, kept: new KeptRowsBuilder() });
    let batch = newBatch();
    const maxInFlight = 2 * pool.size + 2;
    const send = (sent) => {
        const checked = pool.check(sent.messages, sent.chars);
        sent.id = checked.id;
        sent.pending = checked.reply.then((reply) => {
            sent.reply = reply;
        });
        // Failures surface when the batch's turn comes (or not at all once the run stops): never unhandled.
        sent.pending.catch(() => undefined);
    };
    /** Tells the writer which samples of a (fully or partly) decided batch to store. */
    const settle = (settled) => {
        writer.verdict({ type: 'verdict', batch: settled.id, kept: settled.kept.build(), chunkIds: sink.takeFinishedChunks() });
        settled.kept = new KeptRowsBuilder();
    };
    let queuedSamples = 0;
    let draining = false;
    let document = -1;
    const iterator = produce((event) => queue.push({ event }), (build) => queue.push({ build }), () => sink.accepted + queuedSamples >= stopAt, (corpus) => {
        document += 1;
        writer.document({ type: 'document', number: document, corpus });
    })[Symbol.asyncIterator]();
    let finished = false;
    let stopped = false;
    let partial;
    const signal = options.context.signal;
    try {
        while (!stopped) {
            if (writer.failure !== undefined)
                throw writer.failure;
            // Stopped (Ctrl-C): what was decided so far is stored (see `settle` below), the rest is left for a resume.
            signal?.throwIfAborted();
            // Consume what is ready, in order.
            while (head < queue.length) {
                // As `consumeAgent`: nothing more is taken from the agent once enough samples are kept.
                if (sink.accepted >= stopAt) {
                    stopped = true;
                    break;
                }
                const item = queue[head];
                if ('event' in item) {
                    consumer.emit(item.event);
                }
                else if ('build' in item) {
                    options.onEvent(item.build);
                }
                else {
                    const reply = item.batch.reply;
                    if (reply === undefined)
                        break;
                    queuedSamples -= 1;
                    // The duplicate hash/signature is computed here, in order, where the agent would have made its check.
                    const admit = prepareDedup(item.sample.messages, sink.dedupThreshold);
                    if (!sink.isNewPrepared(admit)) {
                        consumer.emit({ type: 'candidate-rejected', reason: 'duplicate', detail: duplicateDetail(item.sample.messages) });
                    }
                    else {
                        const checked = precheckedAt(reply, item.index, admit);
                        const verdict = sink.decidePrechecked(checked);
                        if (verdict.accepted && checked.ok)
                            item.batch.kept.add(item.index, item.document, item.sample, checked.dedup.hash);
                        consumer.record(item.sample, verdict);
                    }
                    item.batch.decided += 1;
                    partial = item.batch;
                    if (item.batch.decided === item.batch.messages.length) {
                        settle(item.batch);
                        partial = undefined;
                    }
                }
                queue[head] = undefined;
                head += 1;
            }
            if (stopped)
                break;
            if (head === queue.length || head > 4096) {
                queue.splice(0, head);
                head = 0;
            }
            // Replies are taken as they arrive (this loop only yields to microtasks), so a worker never waits on this thread.
            pool.poll();
            // Keep the workers fed: run the agent ahead while fewer than `maxInFlight` batches are out.
            if (draining && head === queue.length)
                draining = false;
            if (!finished && !draining && pool.inFlight < maxInFlight) {
                const next = await iterator.next();
                if (next.done === true) {
                    finished = true;
                    if (batch.messages.length > 0)
                        send(batch);
                }
                else if (next.value === BARRIER) {
                    draining = true;
                }
                else {
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
            if (head === queue.length)
                break;
            const waiting = queue[head];
            if (!('batch' in waiting))
                continue;
            if (waiting.batch.pending === undefined) {
                // The head sample's batch is still being filled while the pool waits: send it as it is.
                send(waiting.batch);
                batch = newBatch();
            }
            await waiting.batch.pending;
        }
    }
    finally {
        // A batch the run stopped in: its decided samples are stored all the same.
        if (partial !== undefined && partial.id !== undefined)
            settle(partial);
        if (!finished)
            await iterator.return?.(undefined);
        consumer.progress(true);
    }
}
//# sourceMappingURL=identify-stream.js.map