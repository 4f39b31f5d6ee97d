/**
 * `load` run once, on first use; later calls share its promise (a lazily imported SDK module, a client
 * built from it). A rejected load stays rejected, as a failed `import()` would.
 */
export function createLazyLoader(load) {
    let promise;
    return () => {
        promise ??= load();
        return promise;
    };
}
export function resolveResponseFormat(request) {
    const format = request.responseFormat ?? 'text';
    if (format === 'text')
        return { kind: 'text' };
    if (format === 'json')
        return { kind: 'json' };
    return { kind: 'json', schema: format.schema };
}
/**
 * OpenAI's and Mistral's JSON modes refuse (or loop on whitespace) unless some message asks for JSON:
 * "the API will throw an error if the string 'JSON' does not appear somewhere in the context"
 * (platform.openai.com/docs/guides/structured-outputs, "JSON mode"); Mistral: "When using JSON mode you
 * MUST also instruct the model to produce JSON" (@mistralai/mistralai `components/responseformat.d.ts`).
 * When no message mentions JSON, a short system instruction is added and a warning says so.
 */
export function ensureJsonInstruction(messages, warnings) {
    if (messages.some((message) => /json/i.test(message.content)))
        return messages;
    warnings.push('JSON mode needs the prompt to ask for JSON; added the system instruction "Reply with a single JSON object."');
    return [{ role: 'system', content: 'Reply with a single JSON object.' }, ...messages];
}
/** Joins all system messages (vendors with a separate system field take one string). */
export function splitSystemMessages(messages) {
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
export function stopSequencesFor(request, limit, provider, warnings) {
    const stop = request.stop;
    if (stop === undefined || stop.length === 0)
        return undefined;
    if (stop.length <= limit)
        return stop;
    warnings.push(`${provider}: only the first ${limit} of ${stop.length} stop sequences are sent`);
    return stop.slice(0, limit);
}
export function providerOptionsFor(request, provider) {
    return request.providerOptions?.[provider] ?? {};
}
export function parseJsonSafely(text) {
    if (text === undefined || text === '')
        return undefined;
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
export function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
export function stringField(value, key) {
    if (!isRecord(value))
        return undefined;
    const field = value[key];
    if (typeof field === 'string')
        return field;
    if (typeof field === 'number')
        return String(field);
    return undefined;
}
export function numberField(value, key) {
    if (!isRecord(value))
        return undefined;
    const field = value[key];
    return typeof field === 'number' && Number.isFinite(field) ? field : undefined;
}
/**
 * The Stainless SDKs (openai, @anthropic-ai/sdk) keep only `body.error` on their errors, so bodies
 * shaped differently (vLLM/Ollama `{"object":"error","message":…}`, HTML from a proxy) would be lost.
 * This fetch wrapper remembers each error body keyed by the response's `Headers` object, which the
 * SDKs pass through unchanged to `APIError.headers` (openai-node `client.ts` `makeStatusError`).
 */
export function createErrorBodyRecorder(baseFetch = globalThis.fetch) {
    const bodies = new WeakMap();
    const recordingFetch = async (input, init) => {
        const response = await baseFetch(input, init);
        if (!response.ok) {
            try {
                bodies.set(response.headers, await response.clone().text());
            }
            catch {
                // The body could not be read (connection dropped); the SDK reports that itself.
            }
        }
        return response;
    };
    return {
        fetch: recordingFetch,
        bodyFor: (headers) => (typeof headers === 'object' && headers !== null ? bodies.get(headers) : undefined),
    };
}
//# sourceMappingURL=adapter-request.js.map