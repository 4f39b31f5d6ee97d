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
export function createLazyLoader<T>(load: () => Promise<T>): () => Promise<T> {
  let promise: Promise<T> | undefined;
  return () => {
    promise ??= load();
    return promise;
  };
}

export interface JsonRequestFormat {
  kind: 'text' | 'json';
  schema?: Record<string, unknown>;
}

export function resolveResponseFormat(request: LlmRequest): JsonRequestFormat {
  const format = request.responseFormat ?? 'text';
  if (format === 'text') return { kind: 'text' };
  if (format === 'json') return { kind: 'json' };
  return { kind: 'json', schema: format.schema };
}

/**
 * OpenAI's and Mistral's JSON modes refuse (or loop on whitespace) unless some message asks for JSON:
 * "the API will throw an error if the string 'JSON' does not appear somewhere in the context"
 * (platform.openai.com/docs/guides/structured-outputs, "JSON mode"); Mistral: "When using JSON mode you
 * MUST also instruct the model to produce JSON" (@mistralai/mistralai `components/responseformat.d.ts`).
 * When no message mentions JSON, a short system instruction is added and a warning says so.
 */
export function ensureJsonInstruction(messages: LlmMessage[], warnings: string[]): LlmMessage[] {
  if (messages.some((message) => /json/i.test(message.content))) return messages;
  warnings.push('JSON mode needs the prompt to ask for JSON; added the system instruction "Reply with a single JSON object."');
  return [{ role: 'system', content: 'Reply with a single JSON object.' }, ...messages];
}

/** Joins all system messages (vendors with a separate system field take one string). */
export function splitSystemMessages(messages: LlmMessage[]): { system: string | undefined; conversation: LlmMessage[] } {
  const systemParts = messages.filter((message) => message.role === 'system').map((message) => message.content);
  return {
    system: systemParts.length === 0 ? undefined : systemParts.join('\n\n'),
    conversation: messages.filter((message) => message.role !== 'system'),
  };
}

/**
 * The request's stop sequences, or undefined when there are none. Vendors that take only `limit` of them
 * get the first `limit`, with a warning naming `provider`.
 */
export function stopSequencesFor(request: LlmRequest, limit: number, provider: string, warnings: string[]): string[] | undefined {
  const stop = request.stop;
  if (stop === undefined || stop.length === 0) return undefined;
  if (stop.length <= limit) return stop;
  warnings.push(`${provider}: only the first ${limit} of ${stop.length} stop sequences are sent`);
  return stop.slice(0, limit);
}

export function providerOptionsFor(request: LlmRequest, provider: string): Record<string, unknown> {
  return request.providerOptions?.[provider] ?? {};
}

export function parseJsonSafely(text: string | undefined): unknown {
  if (text === undefined || text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function stringField(value: unknown, key: string): string | undefined {
  if (!isRecord(value)) return undefined;
  const field = value[key];
  if (typeof field === 'string') return field;
  if (typeof field === 'number') return String(field);
  return undefined;
}

export function numberField(value: unknown, key: string): number | undefined {
  if (!isRecord(value)) return undefined;
  const field = value[key];
  return typeof field === 'number' && Number.isFinite(field) ? field : undefined;
}

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
export function createErrorBodyRecorder(baseFetch: typeof fetch = globalThis.fetch): ErrorBodyRecorder {
  const bodies = new WeakMap<object, string>();
  const recordingFetch = async (input: Parameters<typeof fetch>[0], init?: Parameters<typeof fetch>[1]): Promise<Response> => {
    const response = await baseFetch(input, init);
    if (!response.ok) {
      try {
        bodies.set(response.headers, await response.clone().text());
      } catch {
        // The body could not be read (connection dropped); the SDK reports that itself.
      }
    }
    return response;
  };
  return {
    fetch: recordingFetch as typeof fetch,
    bodyFor: (headers) => (typeof headers === 'object' && headers !== null ? bodies.get(headers) : undefined),
  };
}
