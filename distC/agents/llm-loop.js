import { EventEmitter, setMaxListeners } from 'node:events';
import { LlmConfigError, LlmOutputParseError, errorMessage, isAbortError } from '../errors/errors.js';
import { UnusableRepliesError } from './agent-errors.js';
import { createChunkPlanner } from './chunk-plan.js';
import { ConversationReplyError } from './parse-conversations.js';
/**
 * Runs LLM calls for an agent with up to `context.concurrency` in flight, and streams the samples as they come.
 * - Calls are scheduled from completions too, so a slow consumer never serialises them; prefetch stops when
 *   produced + expected-in-flight reaches the target, and resumes (bounded lookahead) while the consumer keeps
 *   pulling past the target (the pipeline rejected some).
 * - Unusable replies are re-asked; `1 + maxRetries` unusable replies in a row for one chunk end the run with
 *   `UnusableRepliesError`, after every sample already made has been yielded. LLM call errors (auth, quota,
 *   exhausted retries) end it the same way. A global call cap ends it with a notice, never an endless loop.
 * - `chunk-finished` is emitted after the chunk's samples have been handed to the consumer.
 * - Stopping the iteration (`return()`) aborts the calls in flight and returns at once.
 */
export async function* runLlmLoop(spec, context) {
    const llm = context.llm;
    if (llm === undefined)
        throw new LlmConfigError(`${spec.label} mode needs an agentic LLM: set the API key for system.agentic_llm`);
    if (spec.targetCount <= 0)
        return;
    context.signal?.throwIfAborted();
    const concurrency = Math.max(1, Math.floor(context.concurrency));
    const maxRetries = Math.max(0, Math.floor(context.maxRetries));
    const perCallLimit = Math.max(1, Math.floor(spec.perCall));
    let chunks = spec.chunks.filter((chunk) => !spec.finishedChunkIds?.has(chunk.id));
    if (chunks.length === 0 && spec.chunks.length > 0 && spec.plan === 'spread') {
        context.emit({ type: 'notice', level: 'info', message: `${spec.label}: every chunk was finished in the earlier run; going over them again for the remaining samples` });
        chunks = [...spec.chunks];
    }
    const plannedCallCount = spec.plan === 'once' ? chunks.length : Math.ceil(spec.targetCount / perCallLimit);
    const planner = createChunkPlanner(chunks, plannedCallCount, { extend: spec.plan === 'spread', withoutChunks: spec.withoutChunks });
    const maxCalls = spec.maxCalls ?? (spec.plan === 'once' ? chunks.length * (1 + maxRetries) : 3 * plannedCallCount + concurrency + 2 * maxRetries);
    const controller = new AbortController();
    const signal = context.signal ? AbortSignal.any([context.signal, controller.signal]) : controller.signal;
    // Every call in flight listens on this signal: the real client up to three times at once (its abort link, a
    // rate-limit wait, a retry pause). Node warns of a listener leak past 10 per signal, which a run with concurrency 8
    // and `system.rpm` printed on stderr (bench/llm-concurrency.bench.mjs); the listeners are removed as calls end.
    setMaxListeners(Math.max(EventEmitter.defaultMaxListeners, 3 * concurrency + 10), signal);
    const queue = [];
    const retries = [];
    const consecutiveFailures = new Map();
    const completedVisits = new Map();
    let perCall = perCallLimit;
    let produced = 0;
    let yielded = 0;
    let pulling = true;
    let inFlight = 0;
    let inFlightExpected = 0;
    let calls = 0;
    let closed = false;
    let capReported = false;
    let truncationReported = false;
    let fatal;
    let wake;
    const wanted = () => {
        const demanded = yielded + (pulling ? 1 : 0);
        if (demanded <= spec.targetCount)
            return spec.targetCount;
        return demanded + Math.min(demanded - spec.targetCount, concurrency * perCallLimit);
    };
    const expectedFor = (count) => spec.expectedPerCall ?? count;
    function fill() {
        while (fatal === undefined && !closed && inFlight < concurrency && produced + inFlightExpected < wanted()) {
            if (calls >= maxCalls) {
                if (!capReported) {
                    capReported = true;
                    context.emit({
                        type: 'notice',
                        level: 'warning',
                        message: `${spec.label}: stopped after ${calls} LLM calls (the cap for this run) with ${produced} samples made; the LLM returned fewer usable conversations than asked, or many were rejected`,
                    });
                }
                return;
            }
            const job = retries.shift() ?? nextPlannedJob();
            if (job === undefined)
                return;
            start(job);
        }
    }
    function nextPlannedJob() {
        const visit = planner.next();
        if (visit === undefined)
            return undefined;
        const count = Math.min(perCall, Math.max(1, wanted() - produced - inFlightExpected));
        return { chunk: visit.chunk, visit: visit.visit, count, attempt: 0 };
    }
    function start(job) {
        calls += 1;
        inFlight += 1;
        const expected = expectedFor(job.count);
        inFlightExpected += expected;
        const startedAt = performance.now();
        void (async () => {
            try {
                const request = await spec.buildRequest(job);
                const result = await llm.generate(request, { signal });
                if (closed)
                    return;
                context.emit({ type: 'llm-call', chunkId: job.chunk?.id, usage: result.usage, durationMs: Math.round(performance.now() - startedAt) });
                let outcome;
                try {
                    outcome = await spec.handleResult(job, result);
                }
                catch (error) {
                    if (error instanceof LlmOutputParseError) {
                        onUnusable(job, error);
                        return;
                    }
                    throw error;
                }
                onUsable(job, outcome);
            }
            catch (error) {
                if (closed)
                    return;
                if (error instanceof LlmOutputParseError)
                    onUnusable(job, error);
                else if (!(isAbortError(error) && !context.signal?.aborted && controller.signal.aborted))
                    fatal ??= { error };
            }
            finally {
                inFlight -= 1;
                inFlightExpected -= expected;
                fill();
                const resume = wake;
                wake = undefined;
                resume?.();
            }
        })();
    }
    function onUsable(job, outcome) {
        const key = job.chunk?.id ?? '';
        consecutiveFailures.set(key, 0);
        for (const sample of outcome.samples)
            queue.push({ sample });
        produced += outcome.samples.length;
        if (outcome.truncated)
            reduceBatch();
        if (job.chunk !== undefined) {
            const done = (completedVisits.get(key) ?? 0) + 1;
            completedVisits.set(key, done);
            if (done === planner.plannedVisits.get(key))
                queue.push({ finishedChunkId: key });
        }
    }
    function onUnusable(job, error) {
        const reason = error instanceof ConversationReplyError ? error.reason : 'invalid_json';
        const key = job.chunk?.id ?? '';
        context.emit({ type: 'reply-dropped', chunkId: job.chunk?.id, reason, detail: errorMessage(error).slice(0, 300) });
        if (reason === 'truncated')
            reduceBatch();
        const failures = (consecutiveFailures.get(key) ?? 0) + 1;
        consecutiveFailures.set(key, failures);
        if (failures > maxRetries) {
            fatal ??= {
                error: new UnusableRepliesError({
                    chunkId: job.chunk?.id,
                    sourceFile: job.chunk?.sourceFile,
                    attempts: failures,
                    lastReason: reason,
                    rawText: error.rawText,
                    model: llm.modelId,
                    cause: error,
                }),
            };
            return;
        }
        retries.push({ ...job, count: Math.min(job.count, perCall), attempt: job.attempt + 1, previousProblem: `${reason}: ${errorMessage(error).slice(0, 200)}` });
    }
    function reduceBatch() {
        if (perCall <= 1)
            return;
        perCall = Math.max(1, Math.floor(perCall / 2));
        if (!truncationReported) {
            truncationReported = true;
            context.emit({ type: 'notice', level: 'warning', message: `${spec.label}: an LLM reply was cut off at its output token limit; asking for ${perCall} conversations per call from now on` });
        }
    }
    try {
        fill();
        while (true) {
            const entry = queue.shift();
            if (entry !== undefined) {
                if ('finishedChunkId' in entry) {
                    context.emit({ type: 'chunk-finished', chunkId: entry.finishedChunkId });
                    continue;
                }
                yielded += 1;
                pulling = false;
                yield entry.sample;
                pulling = true;
                fill();
                continue;
            }
            if (fatal !== undefined && (inFlight === 0 || isAbortError(fatal.error) || signal.aborted))
                throw fatal.error;
            if (inFlight === 0) {
                fill();
                if (inFlight === 0 && queue.length === 0)
                    break;
                continue;
            }
            await new Promise((resolve) => {
                wake = resolve;
            });
        }
    }
    finally {
        closed = true;
        controller.abort();
    }
}
//# sourceMappingURL=llm-loop.js.map