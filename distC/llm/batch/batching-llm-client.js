import { createHash } from 'node:crypto';
import { LlmCallError, LlmError, RetryExhaustedError, errorMessage, isAbortError } from '../../errors/errors.js';
import { abortReason } from '../llm-http-error.js';
import { defaultSleep } from '../retry.js';
import { LLM_BATCH_LIMITS, waitForLlmBatch } from './create-llm-batch-client.js';
const defaultPollInterval = (pollIndex) => Math.min(60_000, Math.round(1000 * 1.5 ** pollIndex));
/** Custom id of a request: 32 base64url characters of its SHA-256, then `_<occurrence>` (fits `[A-Za-z0-9_-]{1,64}`). */
export function batchRequestHash(provider, model, request) {
    const { messages, temperature, maxOutputTokens, stop, responseFormat, providerOptions } = request;
    const text = JSON.stringify({ provider, model, messages, temperature, maxOutputTokens, stop, responseFormat, providerOptions });
    return createHash('sha256').update(text).digest('base64url').slice(0, 32);
}
function serializeResult(result) {
    const { text, finishReason, usage, warnings, requestId } = result;
    return JSON.stringify({ text, finishReason, usage, warnings, requestId });
}
function serializeError(item) {
    const error = item.error;
    return JSON.stringify({ outcome: item.outcome, code: error.code, message: error.message, status: error.status, isRetryable: error.isRetryable ?? false });
}
function isRetryable(error) {
    if (error instanceof RetryExhaustedError)
        return isRetryable(error.lastError);
    return error instanceof LlmCallError && error.isRetryable;
}
export function createBatchingLlmClient(options) {
    const { batchClient, journal } = options;
    const provider = batchClient.provider;
    const model = batchClient.model;
    const limits = LLM_BATCH_LIMITS[provider];
    const windowMs = options.windowMs ?? 1000;
    const maxRequests = Math.max(1, Math.min(options.maxRequestsPerBatch ?? 10_000, limits.maxRequests));
    const maxBytes = options.maxBytesPerBatch ?? Math.floor(limits.maxBytes * 0.8);
    const maxRetries = Math.max(0, options.maxRetries ?? 2);
    const maxPollFailures = options.maxPollFailures ?? 10;
    const sleep = options.sleep ?? defaultSleep;
    const interval = typeof options.pollIntervalMs === 'function' ? options.pollIntervalMs : options.pollIntervalMs === undefined ? defaultPollInterval : () => options.pollIntervalMs;
    const emit = (event) => options.onEvent?.(event);
    const entries = new Map();
    const occurrences = new Map();
    const tasks = new Map();
    /** Custom id → batch (submitted earlier or by this client) that will answer it. */
    const batchOfId = new Map();
    const stats = { submittedBatches: 0, submittedRequests: 0, resumedBatches: 0, reusedResults: 0, resubmitted: 0 };
    let queue = [];
    let queueBytes = 0;
    let windowGeneration = 0;
    let windowOpen = false;
    let closed = false;
    const submissions = new Set();
    for (const pending of journal.pendingBatches()) {
        const handle = JSON.parse(pending.handleJson);
        tasks.set(pending.batchId, { handle, ids: pending.pendingIds, earlier: true, announced: false, collecting: false, done: false });
        for (const id of pending.pendingIds)
            batchOfId.set(id, pending.batchId);
    }
    const closedError = () => new LlmError('llm_batch_closed', 'The batch LLM client was closed (the run ended); start the run again to continue.');
    function settle(customId, outcome) {
        const entry = entries.get(customId);
        if (entry === undefined)
            return;
        entries.delete(customId);
        for (const waiter of entry.waiters) {
            if ('result' in outcome)
                waiter.resolve(outcome.result);
            else
                waiter.reject(outcome.error);
        }
        entry.waiters.clear();
    }
    function enqueue(entry) {
        entry.queued = true;
        entry.batchId = undefined;
        queue.push(entry);
        // The vendor wraps each request (custom id, model, method, url): a few hundred bytes on top of the request JSON.
        queueBytes += Buffer.byteLength(JSON.stringify(entry.request), 'utf8') + 400;
        if (queue.length >= maxRequests || queueBytes >= maxBytes) {
            flush();
            return;
        }
        if (!windowOpen) {
            windowOpen = true;
            const generation = windowGeneration;
            void sleep(windowMs, options.signal).then(() => {
                if (generation === windowGeneration)
                    flush();
            }, () => undefined);
        }
    }
    function flush() {
        windowGeneration += 1;
        windowOpen = false;
        const ready = queue.filter((entry) => entry.waiters.size > 0);
        for (const entry of queue) {
            entry.queued = false;
            if (entry.waiters.size === 0)
                entries.delete(entry.customId);
        }
        queue = [];
        queueBytes = 0;
        if (closed)
            for (const entry of ready)
                settle(entry.customId, { error: closedError() });
        if (ready.length === 0 || closed)
            return;
        const submission = submit(ready);
        submissions.add(submission);
        void submission.finally(() => submissions.delete(submission));
    }
    async function submit(batch) {
        for (const entry of batch)
            entry.submissions += 1;
        let handle;
        try {
            handle = await batchClient.submit(batch.map((entry) => ({ customId: entry.customId, request: entry.request })), { signal: options.signal });
        }
        catch (error) {
            emit({ type: 'batch-problem', message: `submitting a batch of ${batch.length} requests failed: ${errorMessage(error)}` });
            for (const entry of batch)
                settle(entry.customId, { error });
            return;
        }
        const ids = batch.map((entry) => entry.customId);
        try {
            journal.recordSubmitted({ batchId: handle.batchId, provider, handleJson: JSON.stringify(handle), customIds: ids });
        }
        catch (error) {
            // The batch is paid for: still use its results in this run, but a restart cannot find it.
            emit({ type: 'batch-problem', batchId: handle.batchId, message: `batch ${handle.batchId} could not be written to the journal (${errorMessage(error)}); a restart would not find it` });
        }
        stats.submittedBatches += 1;
        stats.submittedRequests += ids.length;
        emit({ type: 'batch-submitted', batchId: handle.batchId, requestCount: ids.length });
        for (const entry of batch)
            entry.batchId = handle.batchId;
        for (const id of ids)
            batchOfId.set(id, handle.batchId);
        const task = { handle, ids, earlier: false, announced: false, collecting: false, done: false };
        tasks.set(handle.batchId, task);
        startPolling(task);
    }
    function startPolling(task) {
        if (task.done || task.running !== undefined || closed)
            return;
        const controller = new AbortController();
        task.controller = controller;
        const signal = options.signal === undefined ? controller.signal : AbortSignal.any([options.signal, controller.signal]);
        task.running = follow(task, signal).finally(() => {
            task.running = undefined;
            task.controller = undefined;
        });
    }
    /** Stop polling a batch when no caller waits for any of its requests (it stays `submitted` in the journal). */
    function stopIfUnneeded(batchId) {
        const task = batchId === undefined ? undefined : tasks.get(batchId);
        if (task?.controller === undefined || task.collecting)
            return;
        if (task.ids.some((id) => (entries.get(id)?.waiters.size ?? 0) > 0))
            return;
        task.controller.abort();
    }
    async function follow(task, signal) {
        const { batchId } = task.handle;
        let pollIndex = 0;
        let failures = 0;
        for (;;) {
            try {
                const status = await waitForLlmBatch(batchClient, task.handle, {
                    pollIntervalMs: 0,
                    sleep: (_ms, sleepSignal) => sleep(interval(pollIndex++), sleepSignal),
                    signal,
                    onStatus: (current) => {
                        failures = 0;
                        emit({ type: 'batch-status', batchId, status: current });
                    },
                });
                task.collecting = true;
                await collect(task, status, signal);
                return;
            }
            catch (error) {
                task.collecting = false;
                if (signal.aborted || isAbortError(error))
                    return;
                failures += 1;
                if (isRetryable(error) && failures <= maxPollFailures) {
                    emit({ type: 'batch-problem', batchId, message: `checking batch ${batchId} failed (${errorMessage(error)}); trying again` });
                    try {
                        await sleep(interval(pollIndex++), signal);
                    }
                    catch {
                        return;
                    }
                    continue;
                }
                if (error instanceof LlmCallError && error.status === 404) {
                    // The provider no longer has the batch (results are kept about 30 days): nothing to wait for, so its
                    // requests go into a new batch. Other errors (a revoked key, say) leave it pending for a later run.
                    task.done = true;
                    journal.setStatus(batchId, 'failed', `not found at the provider: ${errorMessage(error)}`.slice(0, 500));
                    emit({ type: 'batch-problem', batchId, message: `batch ${batchId} is no longer known to the provider (${errorMessage(error)}); its requests are submitted again` });
                    const gone = new LlmCallError(`Batch ${batchId} was not found at the provider.`, { provider, modelId: model, status: 404, isRetryable: true, cause: error });
                    for (const id of task.ids)
                        if (!resubmit(id, gone))
                            settle(id, { error });
                    return;
                }
                emit({ type: 'batch-problem', batchId, message: `batch ${batchId} could not be read: ${errorMessage(error)}` });
                for (const id of task.ids)
                    settle(id, { error });
                return;
            }
        }
    }
    /** Puts a request that failed retryably into a later batch, when someone still waits for it and tries are left. */
    function resubmit(customId, error) {
        const entry = entries.get(customId);
        if (entry === undefined || entry.waiters.size === 0 || !isRetryable(error) || entry.submissions > maxRetries || closed)
            return false;
        stats.resubmitted += 1;
        batchOfId.delete(customId);
        enqueue(entry);
        return true;
    }
    async function collect(task, status, signal) {
        const { batchId } = task.handle;
        const seen = new Set();
        let succeeded = 0;
        let failed = 0;
        let resubmitted = 0;
        let pending = [];
        const apply = () => {
            journal.recordResults(batchId, pending.map(({ item, resultJson }) => ({ customId: item.customId, ok: item.ok, resultJson })));
            for (const { item } of pending) {
                if (item.ok)
                    settle(item.customId, { result: item.result });
                else if (resubmit(item.customId, item.error))
                    resubmitted += 1;
                else
                    settle(item.customId, { error: item.error });
            }
            pending = [];
        };
        for await (const item of batchClient.results(task.handle, { signal })) {
            if (seen.has(item.customId))
                continue;
            seen.add(item.customId);
            if (item.ok)
                succeeded += 1;
            else
                failed += 1;
            pending.push({ item, resultJson: item.ok ? serializeResult(item.result) : serializeError(item) });
            if (pending.length >= 500)
                apply();
        }
        apply();
        const missing = task.ids.filter((id) => !seen.has(id));
        if (missing.length > 0) {
            const problems = status.problems.length > 0 ? `: ${status.problems.slice(0, 3).join('; ')}` : '';
            const error = new LlmCallError(`Batch ${batchId} ended ${status.state} without a result for ${missing.length} request(s)${problems}.`, {
                provider,
                modelId: model,
                isRetryable: status.state !== 'failed',
                responseBody: JSON.stringify(status.problems),
            });
            for (const id of missing) {
                if (resubmit(id, error))
                    resubmitted += 1;
                else
                    settle(id, { error });
            }
            failed += missing.length;
        }
        task.done = true;
        journal.setStatus(batchId, status.state === 'failed' ? 'failed' : status.state === 'cancelled' ? 'cancelled' : 'collected', status.state);
        emit({ type: 'batch-collected', batchId, state: status.state, succeeded, failed, resubmitted });
    }
    async function generate(request, callOptions = {}) {
        const { signal } = callOptions;
        if (signal?.aborted)
            throw abortReason(signal);
        if (closed)
            throw closedError();
        const hash = batchRequestHash(provider, model, request);
        const occurrence = occurrences.get(hash) ?? 0;
        occurrences.set(hash, occurrence + 1);
        const customId = `${hash}_${occurrence}`;
        const stored = journal.findResult(customId);
        if (stored !== undefined) {
            stats.reusedResults += 1;
            const result = JSON.parse(stored);
            return { ...result, warnings: result.warnings ?? [], raw: { customId, fromJournal: true } };
        }
        return new Promise((resolve, reject) => {
            // Ids are unique per call (the occurrence number), so each call has its own entry.
            const entry = { customId, request, waiters: new Set(), submissions: 0, queued: false };
            entries.set(customId, entry);
            const onAbort = () => {
                entry.waiters.delete(waiter);
                reject(abortReason(signal));
                if (entry.waiters.size === 0 && !entry.queued) {
                    entries.delete(customId);
                    stopIfUnneeded(entry.batchId);
                }
            };
            const waiter = {
                resolve: (result) => {
                    signal?.removeEventListener('abort', onAbort);
                    resolve(result);
                },
                reject: (error) => {
                    signal?.removeEventListener('abort', onAbort);
                    reject(error);
                },
            };
            entry.waiters.add(waiter);
            signal?.addEventListener('abort', onAbort, { once: true });
            const earlier = batchOfId.get(customId);
            const task = earlier === undefined ? undefined : tasks.get(earlier);
            if (task !== undefined && !task.done) {
                entry.batchId = earlier;
                if (task.earlier && !task.announced) {
                    task.announced = true;
                    stats.resumedBatches += 1;
                    emit({ type: 'batch-resumed', batchId: task.handle.batchId, requestCount: task.handle.requestCount, pending: task.ids.length });
                }
                startPolling(task);
                return;
            }
            enqueue(entry);
        });
    }
    return {
        provider,
        modelId: model,
        model,
        generate,
        flush,
        stats: () => ({ ...stats }),
        async close(closeOptions = {}) {
            if (closed)
                return;
            closed = true;
            windowGeneration += 1;
            for (const entry of queue)
                settle(entry.customId, { error: closedError() });
            queue = [];
            await Promise.allSettled([...submissions]);
            const running = [...tasks.values()].filter((task) => task.running !== undefined);
            for (const task of running)
                if (!task.collecting)
                    task.controller?.abort();
            await Promise.allSettled(running.map((task) => task.running));
            for (const entry of [...entries.values()])
                settle(entry.customId, { error: closedError() });
            if (closeOptions.cancelUnneeded !== true)
                return;
            for (const task of tasks.values()) {
                if (task.done)
                    continue;
                try {
                    // A batch the provider already finished cannot be cancelled (and is paid for): just close it in the journal.
                    const status = await batchClient.poll(task.handle, { signal: options.signal });
                    if (!status.done)
                        await batchClient.cancel(task.handle, { signal: options.signal });
                    journal.setStatus(task.handle.batchId, status.done ? 'collected' : 'cancelled', `not needed: the run reached its target (${status.state})`);
                }
                catch (error) {
                    emit({ type: 'batch-problem', batchId: task.handle.batchId, message: `cancelling batch ${task.handle.batchId}, no longer needed, failed: ${errorMessage(error)}` });
                }
            }
        },
    };
}
//# sourceMappingURL=batching-llm-client.js.map