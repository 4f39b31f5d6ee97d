import { LlmError } from '../errors/errors.js';
import { createLazyLoader } from './adapter-request.js';
import { abortReason, createLlmTimeoutError } from './llm-http-error.js';
/**
 * Runs one SDK call under the caller's signal plus a per-call timeout, and sorts what can go wrong:
 * caller abort → the abort reason as is; our timeout → `LlmTimeoutError`; anything else → `mapError`.
 * The SDK gets one combined signal, which is the only cancellation path all four SDKs share
 * (Mistral ignores its own `timeoutMs` when a signal is given: @mistralai/mistralai `lib/sdks.js`).
 */
export async function runLlmCall(options, call) {
    const { signal: callerSignal, timeoutMs, context } = options;
    if (callerSignal?.aborted)
        throw abortReason(callerSignal);
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
        timedOut = true;
        controller.abort(new DOMException(`timed out after ${timeoutMs} ms`, 'TimeoutError'));
    }, timeoutMs);
    timer.unref?.();
    const onCallerAbort = () => controller.abort(callerSignal?.reason);
    callerSignal?.addEventListener('abort', onCallerAbort, { once: true });
    try {
        return await call(controller.signal);
    }
    catch (error) {
        if (callerSignal?.aborted)
            throw abortReason(callerSignal);
        if (timedOut)
            throw createLlmTimeoutError(context, timeoutMs, error);
        if (error instanceof LlmError)
            throw error;
        throw options.mapError(error);
    }
    finally {
        clearTimeout(timer);
        callerSignal?.removeEventListener('abort', onCallerAbort);
    }
}
/**
 * An `LlmClient` around one vendor SDK: the client is built on first use (or `options.client` taken as
 * is), and every `generate` runs translate → send under `runLlmCall` (caller signal + timeout) → map.
 */
export function createSdkLlmClient(adapter) {
    const { provider, options } = adapter;
    const context = { provider, modelId: options.modelId, secrets: [options.apiKey] };
    const getClient = createLazyLoader(async () => options.client ?? adapter.createClient(await adapter.loadSdk()));
    return {
        provider,
        modelId: options.modelId,
        model: options.modelId,
        async generate(request, callOptions = {}) {
            const warnings = [];
            const payload = adapter.translateRequest(request, warnings);
            const [sdk, client] = await Promise.all([adapter.loadSdk(), getClient()]);
            const response = await runLlmCall({ context, signal: callOptions.signal, timeoutMs: options.timeoutMs, mapError: (error) => adapter.mapError(sdk, error, context) }, (signal) => adapter.send(client, payload, signal));
            return adapter.mapResponse(response, payload, warnings, context);
        },
    };
}
//# sourceMappingURL=run-llm-call.js.map