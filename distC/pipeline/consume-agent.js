import { estimateLlmCost } from '../llm/pricing.js';
export function createConsumeState() {
    return { dropped: {}, agentRejected: {}, notices: [], byOrigin: {}, usage: { calls: 0, inputTokens: 0, outputTokens: 0, costKnown: true } };
}
export function createSampleConsumer(options) {
    const { sink, state, onEvent } = options;
    let lastProgress = 0;
    const progress = (force = false) => {
        const now = options.clock();
        if (!force && now - lastProgress < 250)
            return;
        lastProgress = now;
        onEvent({
            type: 'progress',
            accepted: sink.accepted,
            target: options.stopAt,
            llmCalls: state.usage.calls,
            inputTokens: state.usage.inputTokens,
            outputTokens: state.usage.outputTokens,
            costUsd: state.usage.costKnown ? state.usage.costUsd : undefined,
            elapsedMs: now - options.startedAt,
        });
    };
    const emit = (event) => {
        switch (event.type) {
            case 'llm-call': {
                state.usage.calls += 1;
                state.usage.inputTokens += event.usage.inputTokens ?? 0;
                state.usage.outputTokens += event.usage.outputTokens ?? 0;
                if (options.agenticModel !== undefined) {
                    const cost = estimateLlmCost(options.agenticModel, event.usage, options.pricing);
                    if (cost === undefined)
                        state.usage.costKnown = false;
                    else
                        state.usage.costUsd = (state.usage.costUsd ?? 0) + cost;
                }
                progress();
                break;
            }
            case 'reply-dropped':
                state.dropped[event.reason] = (state.dropped[event.reason] ?? 0) + 1;
                onEvent({ type: 'reply-dropped', reason: event.reason, detail: event.detail });
                break;
            case 'candidate-rejected':
                state.agentRejected[event.reason] = (state.agentRejected[event.reason] ?? 0) + 1;
                onEvent({ type: 'sample-rejected', reason: event.reason, detail: event.detail });
                break;
            case 'chunk-finished':
                sink.chunkFinished(event.chunkId);
                break;
            case 'notice':
                // The streaming identify path runs the agent once per file: say each thing once.
                if (state.notices.includes(event.message))
                    break;
                state.notices.push(event.message);
                onEvent({ type: 'notice', level: event.level, message: event.message });
                break;
        }
    };
    const record = (sample, verdict) => {
        if (verdict.accepted) {
            state.byOrigin[sample.origin] = (state.byOrigin[sample.origin] ?? 0) + 1;
        }
        else {
            onEvent({ type: 'sample-rejected', reason: verdict.reason, detail: verdict.detail });
        }
        progress();
    };
    return { emit, record, progress };
}
/**
 * Pull samples from an agent into the sink until `stopAt` is reached or the agent is done.
 * Stops the agent (generator return) as soon as enough samples are accepted.
 */
export async function consumeAgent(options) {
    const { sink } = options;
    const consumer = createSampleConsumer(options);
    if (sink.accepted >= options.stopAt)
        return;
    const iterable = options.agent.run(options.input, { ...options.context, emit: consumer.emit, isNew: (messages) => sink.isNew(messages) });
    const iterator = iterable[Symbol.asyncIterator]();
    let finished = false;
    try {
        while (sink.accepted < options.stopAt) {
            const next = await iterator.next();
            if (next.done === true) {
                finished = true;
                break;
            }
            const sample = next.value;
            consumer.record(sample, await sink.offer(sample));
        }
    }
    finally {
        if (!finished)
            await iterator.return?.(undefined);
        consumer.progress(true);
    }
}
//# sourceMappingURL=consume-agent.js.map