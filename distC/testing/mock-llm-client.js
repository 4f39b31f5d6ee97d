/**
 * An `LlmClient` that answers from a script, for tests of agents and pipelines (library users can use it too).
 * With an array script, call n gets step n; running past the end throws an error naming the call, so a test
 * that makes more calls than it planned fails loudly. A function script is called for every request.
 */
export function createMockLlmClient(script, options = {}) {
    const calls = [];
    let inFlight = 0;
    let maxInFlight = 0;
    let abortedCalls = 0;
    const provider = options.provider ?? 'mock';
    const modelId = options.modelId ?? 'mock-model';
    async function answer(request, callIndex) {
        if (typeof script === 'function')
            return script(request, callIndex);
        const step = script[callIndex];
        if (step === undefined) {
            throw new Error(`MockLlmClient: no scripted reply for call ${callIndex + 1} (the script has ${script.length} steps)`);
        }
        if (step instanceof Error)
            throw step;
        if (typeof step === 'function')
            return step(request, callIndex);
        return step;
    }
    async function generate(request, callOptions = {}) {
        const callIndex = calls.length;
        calls.push(request);
        inFlight += 1;
        maxInFlight = Math.max(maxInFlight, inFlight);
        try {
            const signal = callOptions.signal;
            signal?.throwIfAborted();
            const latencyMs = typeof options.latencyMs === 'function' ? options.latencyMs(callIndex) : (options.latencyMs ?? 0);
            if (latencyMs > 0)
                await delay(latencyMs, signal);
            const result = await answer(request, callIndex);
            signal?.throwIfAborted();
            return result;
        }
        catch (error) {
            if (callOptions.signal?.aborted)
                abortedCalls += 1;
            throw error;
        }
        finally {
            inFlight -= 1;
        }
    }
    return {
        provider,
        modelId,
        model: modelId,
        calls,
        generate,
        get inFlight() {
            return inFlight;
        },
        get maxInFlight() {
            return maxInFlight;
        },
        get abortedCalls() {
            return abortedCalls;
        },
    };
}
/** Build an `LlmResult` for a script: `mockResult('{"conversations": []}')`. */
export function mockResult(text, extra = {}) {
    return {
        text,
        finishReason: extra.finishReason ?? 'stop',
        usage: extra.usage ?? { inputTokens: 100, outputTokens: 50 },
        warnings: extra.warnings ?? [],
    };
}
/** A reply in the agents' JSON contract holding `count` simple user/assistant conversations. */
export function mockConversationsReply(count, options = {}) {
    const prefix = options.prefix ?? 'Question';
    const turns = options.turns ?? 1;
    const conversations = Array.from({ length: count }, (_, index) => {
        const messages = [];
        for (let turn = 0; turn < turns; turn += 1) {
            messages.push({ role: 'user', content: `${prefix} ${index + 1}.${turn + 1}: how does it work?` });
            messages.push({ role: 'assistant', content: `Answer ${index + 1}.${turn + 1}: it works like this.` });
        }
        return { messages, topic_keywords: options.keywords ?? ['testing'] };
    });
    return JSON.stringify({ conversations });
}
function delay(ms, signal) {
    return new Promise((resolve, reject) => {
        const onAbort = () => {
            clearTimeout(timer);
            reject(signal?.reason instanceof Error ? signal.reason : new DOMException('The operation was aborted', 'AbortError'));
        };
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        signal?.addEventListener('abort', onAbort, { once: true });
    });
}
//# sourceMappingURL=mock-llm-client.js.map