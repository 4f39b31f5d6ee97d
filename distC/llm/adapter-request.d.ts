import type { LlmMessage, LlmRequest } from './types.js';
/**
 * Request-translation helpers shared by the five adapters (STYLE.md (a)): the factory options, lazy
 * loading, the JSON-mode instruction rule, system-message splitting, stop-sequence limits and the
 * error-body recorder. Nothing here imports a vendor SDK.
 */
/** Options every `create<Vendor>LlmClient` factory takes. */
export interface LlmAdapterOptions<TClient> {
    apiKey: string;
    /** The vendor SDK's base URL (see `LLM_DEFAULT_BASE_URLS` for the form each SDK expects). */
    baseURL?: string;
    modelId: string;
    /** Time limit for one call; when it fires the call fails with `LlmTimeoutError`. */
    timeoutMs: number;
    /** A pre-built SDK client (tests, custom transports). Its own retries are overridden per request. */
    client?: TClient;
}
/** What the Stainless SDK clients (`openai`, `@anthropic-ai/sdk`) are built from in this package. */
export interface SdkClientOptions {
    apiKey: string;
    baseURL: string;
    timeoutMs: number;
    recorder?: ErrorBodyRecorder;
}
/**
 * `load` run once, on first use; later calls share its promise (a lazily imported SDK module, a client
 * built from it). A rejected load stays rejected, as a failed `import()` would.
 */
export declare function createLazyLoader<T>(load: () => Promise<T>): () => Promise<T>;
export interface JsonRequestFormat {
    kind: 'text' | 'json';
    schema?: Record<string, unknown>;
}
export declare function resolveResponseFormat(request: LlmRequest): JsonRequestFormat;
/**
 * OpenAI's and Mistral's JSON modes refuse (or loop on whitespace) unless some message asks for JSON:
 * "the API will throw an error if the string 'JSON' does not appear somewhere in the context"
 * (platform.openai.com/docs/guides/structured-outputs, "JSON mode"); Mistral: "When using JSON mode you
 * MUST also instruct the model to produce JSON" (@mistralai/mistralai `components/responseformat.d.ts`).
 * When no message mentions JSON, a short system instruction is added and a warning says so.
 */
export declare function ensureJsonInstruction(messages: LlmMessage[], warnings: string[]): LlmMessage[];
/** Joins all system messages (vendors with a separate system field take one string). */
export declare function splitSystemMessages(messages: LlmMessage[]): {
    system: string | undefined;
    conversation: LlmMessage[];
};
/**
 * The request's stop sequences, or undefined when there are none. Vendors that take only `limit` of them
 * get the first `limit`, with a warning naming `provider`.
 */
export declare function stopSequencesFor(request: LlmRequest, limit: number, provider: string, warnings: string[]): string[] | undefined;
export declare function providerOptionsFor(request: LlmRequest, provider: string): Record<string, unknown>;
export declare function parseJsonSafely(text: string | undefined): unknown;
export declare function isRecord(value: unknown): value is Record<string, unknown>;
export declare function stringField(value: unknown, key: string): string | undefined;
export declare function numberField(value: unknown, key: string): number | undefined;
export interface ErrorBodyRecorder {
    /** A `fetch` to hand to the SDK: it keeps a copy of every non-2xx body. */
    fetch: typeof fetch;
    /** The body of the failed response whose `Headers` object the SDK error carries. */
    bodyFor(headers: unknown): string | undefined;
}
/**
 * The Stainless SDKs (openai, @anthropic-ai/sdk) keep only `body.error` on their errors, so bodies
 * shaped differently (vLLM/Ollama `{"object":"error","message":…}`, HTML from a proxy) would be lost.
 * This fetch wrapper remembers each error body keyed by the response's `Headers` object, which the
 * SDKs pass through unchanged to `APIError.headers` (openai-node `client.ts` `makeStatusError`).
 */
export declare function createErrorBodyRecorder(baseFetch?: typeof fetch): ErrorBodyRecorder;
