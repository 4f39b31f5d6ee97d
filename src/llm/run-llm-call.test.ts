import { describe, expect, it } from 'vitest';
import { LlmCallError } from '../errors/errors.js';
import { createLlmResponseError } from './llm-http-error.js';
import { createSdkLlmClient, type SdkLlmAdapter } from './run-llm-call.js';

/** A fake vendor: the "SDK" is a module object, the "client" echoes the payload unless told to fail. */
interface FakeClient {
  answer(payload: string, signal: AbortSignal): Promise<string>;
}

function createFakeAdapter(overrides: Partial<SdkLlmAdapter<{ name: string }, FakeClient, string, string>> = {}) {
  const log = { sdkLoads: 0, clientsBuilt: 0, signals: [] as AbortSignal[] };
  const adapter: SdkLlmAdapter<{ name: string }, FakeClient, string, string> = {
    provider: 'mistral',
    options: { apiKey: 'key-0123456789', modelId: 'fake-model', timeoutMs: 1000 },
    loadSdk: async () => {
      log.sdkLoads += 1;
      return { name: 'fake-sdk' };
    },
    createClient: () => {
      log.clientsBuilt += 1;
      return {
        answer: async (payload, signal) => {
          log.signals.push(signal);
          return `echo ${payload}`;
        },
      };
    },
    translateRequest: (request, warnings) => {
      warnings.push('translated');
      return request.messages.map((message) => message.content).join('|');
    },
    send: (client, payload, signal) => client.answer(payload, signal),
    mapError: (sdk, error, context) => createLlmResponseError(context, `${sdk.name}: ${String(error)}`, error),
    mapResponse: (response, payload, warnings, context) => ({
      text: response,
      finishReason: 'stop',
      usage: {},
      warnings,
      raw: { payload, context },
    }),
    ...overrides,
  };
  return { adapter, log };
}

describe('createSdkLlmClient', () => {
  it('builds the client once on first use and runs translate → send → map', async () => {
    const { adapter, log } = createFakeAdapter();
    const client = createSdkLlmClient(adapter);
    expect(client).toMatchObject({ provider: 'mistral', modelId: 'fake-model', model: 'fake-model' });
    expect(log.clientsBuilt).toBe(0);
    const first = await client.generate({ messages: [{ role: 'user', content: 'a' }, { role: 'user', content: 'b' }] });
    await client.generate({ messages: [{ role: 'user', content: 'c' }] });
    expect(first).toEqual({
      text: 'echo a|b',
      finishReason: 'stop',
      usage: {},
      warnings: ['translated'],
      raw: { payload: 'a|b', context: { provider: 'mistral', modelId: 'fake-model', secrets: ['key-0123456789'] } },
    });
    expect(log.clientsBuilt).toBe(1);
    expect(log.signals).toHaveLength(2);
    expect(log.signals[0]).not.toBe(log.signals[1]);
  });

  it('uses a given client as is', async () => {
    const given: FakeClient = { answer: async () => 'from the given client' };
    const { adapter, log } = createFakeAdapter();
    const result = await createSdkLlmClient({ ...adapter, options: { ...adapter.options, client: given } }).generate({ messages: [] });
    expect(result.text).toBe('from the given client');
    expect(log.clientsBuilt).toBe(0);
  });

  it('maps a failed send with the loaded SDK, and never maps the caller abort', async () => {
    const failing = createFakeAdapter({ send: async () => Promise.reject(new Error('HTTP 418')) });
    const error = await createSdkLlmClient(failing.adapter).generate({ messages: [] }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(LlmCallError);
    expect((error as Error).message).toContain('fake-sdk: Error: HTTP 418');

    const controller = new AbortController();
    const reason = new DOMException('stop', 'AbortError');
    const hanging = createFakeAdapter({
      send: (_client, _payload, signal) => new Promise((_resolve, reject) => signal.addEventListener('abort', () => reject(new Error('aborted')))),
    });
    const pending = createSdkLlmClient(hanging.adapter).generate({ messages: [] }, { signal: controller.signal });
    setTimeout(() => controller.abort(reason), 10);
    await expect(pending).rejects.toBe(reason);
  });
});
