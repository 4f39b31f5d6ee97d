import { LlmError } from '../errors/errors.js';
import { createLazyLoader, type LlmAdapterOptions } from './adapter-request.js';
import { abortReason, createLlmTimeoutError, type LlmErrorContext } from './llm-http-error.js';
import type { LlmClient, LlmProviderId, LlmRequest, LlmResult } from './types.js';

export interface RunLlmCallOptions {
  context: LlmErrorContext;
  /** The caller's signal: when it aborts, its reason is thrown unchanged (never wrapped, never retried). */
  signal?: AbortSignal;
  /** Per-call time limit; when it fires the call fails with `LlmTimeoutError`. */
  timeoutMs: number;
  /** Turns an SDK error into one of our classes. Only called for errors that are not aborts/timeouts. */
  mapError: (error: unknown) => Error;
}

/**
 * Runs one SDK call under the caller's signal plus a per-call timeout, and sorts what can go wrong:
 * caller abort → the abort reason as is; our timeout → `LlmTimeoutError`; anything else → `mapError`.
 * The SDK gets one combined signal, which is the only cancellation path all four SDKs share
 * (Mistral ignores its own `timeoutMs` when a signal is given: @mistralai/mistralai `lib/sdks.js`).
 */
export async function runLlmCall<T>(options: RunLlmCallOptions, call: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const { signal: callerSignal, timeoutMs, context } = options;
  if (callerSignal?.aborted) throw abortReason(callerSignal);

  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new DOMException(`timed out after ${timeoutMs} ms`, 'TimeoutError'));
  }, timeoutMs);
  timer.unref?.();
  const onCallerAbort = (): void => controller.abort(callerSignal?.reason);
  callerSignal?.addEventListener('abort', onCallerAbort, { once: true });

  try {
    return await call(controller.signal);
  } catch (error) {
    if (callerSignal?.aborted) throw abortReason(callerSignal);
    if (timedOut) throw createLlmTimeoutError(context, timeoutMs, error);
    if (error instanceof LlmError) throw error;
    throw options.mapError(error);
  } finally {
    clearTimeout(timer);
    callerSignal?.removeEventListener('abort', onCallerAbort);
  }
}

/**
 * The vendor half of an adapter (STYLE.md (a)): how to load and build its SDK client, translate a
 * request, make the one call, and read the response and errors. `createSdkLlmClient` supplies the rest.
 */
export interface SdkLlmAdapter<TSdk, TClient, TPayload, TResponse> {
  provider: LlmProviderId;
  options: LlmAdapterOptions<TClient>;
  /** The vendor SDK module, imported lazily and once (`createLazyLoader`). */
  loadSdk(): Promise<TSdk>;
  /** The SDK client with its own retries off, used when `options.client` is not given. */
  createClient(sdk: TSdk): TClient;
  /** The vendor request for `request`; settings the vendor cannot honour are reported in `warnings`. */
  translateRequest(request: LlmRequest, warnings: string[]): TPayload;
  /** One SDK call that stops when `signal` aborts. */
  send(client: TClient, payload: TPayload, signal: AbortSignal): Promise<TResponse>;
  /** An SDK error (not an abort or our timeout) as one of our classes. */
  mapError(sdk: TSdk, error: unknown, context: LlmErrorContext): Error;
  /** The SDK's response as an `LlmResult` (or an `LlmError` thrown when it is not the documented shape). */
  mapResponse(response: TResponse, payload: TPayload, warnings: string[], context: LlmErrorContext): LlmResult;
}

/**
 * An `LlmClient` around one vendor SDK: the client is built on first use (or `options.client` taken as
 * is), and every `generate` runs translate → send under `runLlmCall` (caller signal + timeout) → map.
 */
export function createSdkLlmClient<TSdk, TClient, TPayload, TResponse>(adapter: SdkLlmAdapter<TSdk, TClient, TPayload, TResponse>): LlmClient {
  const { provider, options } = adapter;
  const context: LlmErrorContext = { provider, modelId: options.modelId, secrets: [options.apiKey] };
  const getClient = createLazyLoader(async () => options.client ?? adapter.createClient(await adapter.loadSdk()));

  return {
    provider,
    modelId: options.modelId,
    model: options.modelId,
    async generate(request, callOptions = {}): Promise<LlmResult> {
      const warnings: string[] = [];
      const payload = adapter.translateRequest(request, warnings);
      const [sdk, client] = await Promise.all([adapter.loadSdk(), getClient()]);
      const response = await runLlmCall(
        { context, signal: callOptions.signal, timeoutMs: options.timeoutMs, mapError: (error) => adapter.mapError(sdk, error, context) },
        (signal) => adapter.send(client, payload, signal),
      );
      return adapter.mapResponse(response, payload, warnings, context);
    },
  };
}
