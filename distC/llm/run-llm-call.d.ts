import { type LlmAdapterOptions } from './adapter-request.js';
import { type LlmErrorContext } from './llm-http-error.js';
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
export declare function runLlmCall<T>(options: RunLlmCallOptions, call: (signal: AbortSignal) => Promise<T>): Promise<T>;
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
export declare function createSdkLlmClient<TSdk, TClient, TPayload, TResponse>(adapter: SdkLlmAdapter<TSdk, TClient, TPayload, TResponse>): LlmClient;
