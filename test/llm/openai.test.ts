import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOpenAiLlmClient } from '../../src/llm/openai-llm-client.js';
import { CONTRACT_API_KEY, CONTRACT_REQUEST, describeAdapterContract } from '../support/adapter-contract.js';
import { fixtureReply } from '../support/llm-fixtures.js';
import { startLoopbackServer, type LoopbackServer } from '../support/loopback-server.js';

const MODEL = 'gpt-4o-mini';
const PATH = '/v1/chat/completions';
let server: LoopbackServer;

beforeAll(async () => {
  server = await startLoopbackServer();
});
afterAll(async () => {
  await server.close();
});

describeAdapterContract(
  {
    provider: 'openai',
    model: MODEL,
    path: PATH,
    baseUrlFor: (loopback) => `${loopback.baseUrl}/v1`,
    assertAuth: (request, apiKey) => expect(request.headers.authorization).toBe(`Bearer ${apiKey}`),
    assertHappyBody: (body) =>
      expect(body).toEqual({
        model: MODEL,
        messages: CONTRACT_REQUEST.messages,
        temperature: 0.3,
        max_completion_tokens: 300,
        stop: ['###'],
        response_format: { type: 'json_object' },
      }),
    happy: { usage: { inputTokens: 57, outputTokens: 41 }, requestId: 'req_7c1f0e2d9a3b4c5d6e7f8a9b0c1d2e3f' },
    fixtures: {
      happy: 'happy',
      length: 'length',
      auth: 'error-401',
      badRequest: 'error-400',
      rateLimit: 'error-429-rate',
      quota: 'error-429-quota',
      serverError: 'error-500',
    },
    rateLimitDelayMs: 2000,
  },
  () => server,
);

describe('openai adapter specifics', () => {
  const adapter = () =>
    createOpenAiLlmClient({ apiKey: CONTRACT_API_KEY, baseURL: `${server.baseUrl}/v1`, modelId: MODEL, timeoutMs: 5000 });

  it('sends a JSON schema as response_format json_schema', async () => {
    server.reset();
    server.enqueue('POST', PATH, fixtureReply('openai', 'happy'));
    const schema = { type: 'object', properties: { conversations: { type: 'array' } } };
    await adapter().generate({ messages: [{ role: 'user', content: 'hi' }], responseFormat: { type: 'json', schema } });
    expect(server.requests[0]?.body).toMatchObject({
      response_format: { type: 'json_schema', json_schema: { name: 'response', schema, strict: false } },
    });
    server.assertNoFailures();
  });

  it('adds a JSON instruction (with a warning) when no message mentions JSON', async () => {
    server.reset();
    server.enqueue('POST', PATH, fixtureReply('openai', 'happy'));
    const result = await adapter().generate({ messages: [{ role: 'user', content: 'Write one FAQ.' }], responseFormat: 'json' });
    const body = server.requests[0]?.body as { messages: { role: string; content: string }[] };
    expect(body.messages[0]).toEqual({ role: 'system', content: 'Reply with a single JSON object.' });
    expect(result.warnings.join(' ')).toMatch(/JSON mode/);
  });

  it('maps a refusal to content-filter with a warning', async () => {
    server.reset();
    server.enqueue('POST', PATH, {
      kind: 'json',
      body: {
        id: 'chatcmpl-refusal',
        object: 'chat.completion',
        model: MODEL,
        choices: [{ index: 0, message: { role: 'assistant', content: null, refusal: "I can't help with that." }, finish_reason: 'stop' }],
      },
    });
    const result = await adapter().generate({ messages: [{ role: 'user', content: 'x' }] });
    expect(result).toMatchObject({ text: '', finishReason: 'content-filter', usage: { inputTokens: undefined, outputTokens: undefined } });
    expect(result.warnings[0]).toMatch(/refused/);
  });

  it('reports unknown usage as undefined, never 0', async () => {
    server.reset();
    server.enqueue('POST', PATH, {
      kind: 'json',
      body: { id: 'c1', object: 'chat.completion', model: MODEL, choices: [{ index: 0, message: { role: 'assistant', content: 'ok' }, finish_reason: 'stop' }] },
    });
    const result = await adapter().generate({ messages: [{ role: 'user', content: 'x' }] });
    expect(result.usage.inputTokens).toBeUndefined();
    expect(result.usage.outputTokens).toBeUndefined();
  });

  it('passes a caller abort through unchanged when called directly', async () => {
    server.reset();
    const controller = new AbortController();
    const reason = new DOMException('user pressed Ctrl-C', 'AbortError');
    controller.abort(reason);
    await expect(adapter().generate({ messages: [{ role: 'user', content: 'x' }] }, { signal: controller.signal })).rejects.toBe(reason);
    expect(server.requests).toHaveLength(0);
  });
});
