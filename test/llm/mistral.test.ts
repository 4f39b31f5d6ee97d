import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMistralLlmClient } from '../../src/llm/mistral-llm-client.js';
import { CONTRACT_API_KEY, CONTRACT_REQUEST, describeAdapterContract } from '../support/adapter-contract.js';
import { fixtureReply } from '../support/llm-fixtures.js';
import { startLoopbackServer, type LoopbackServer } from '../support/loopback-server.js';

const MODEL = 'mistral-small-latest';
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
    provider: 'mistral',
    model: MODEL,
    path: PATH,
    baseUrlFor: (loopback) => loopback.baseUrl,
    assertAuth: (request, apiKey) => expect(request.headers.authorization).toBe(`Bearer ${apiKey}`),
    assertHappyBody: (body) =>
      expect(body).toEqual({
        model: MODEL,
        messages: CONTRACT_REQUEST.messages,
        temperature: 0.3,
        max_tokens: 300,
        stop: ['###'],
        response_format: { type: 'json_object' },
        stream: false,
      }),
    // The Speakeasy SDK hides success headers; the completion id stands in for the request id.
    happy: { usage: { inputTokens: 63, outputTokens: 45 }, requestId: 'cmpl-e5cc70bb28c444948073e77776eb30ef' },
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

describe('mistral adapter specifics', () => {
  const adapter = () => createMistralLlmClient({ apiKey: CONTRACT_API_KEY, baseURL: server.baseUrl, modelId: MODEL, timeoutMs: 5000 });

  it('sends a schema as response_format json_schema', async () => {
    server.reset();
    server.enqueue('POST', PATH, fixtureReply('mistral', 'happy'));
    const schema = { type: 'object', properties: { conversations: { type: 'array' } } };
    await adapter().generate({ messages: [{ role: 'user', content: 'hi' }], responseFormat: { type: 'json', schema } });
    expect(server.requests[0]?.body).toMatchObject({
      response_format: { type: 'json_schema', json_schema: { name: 'response', schema, strict: false } },
    });
    server.assertNoFailures();
  });

  it('joins text chunks and maps model_length to length', async () => {
    server.reset();
    server.enqueue('POST', PATH, {
      kind: 'json',
      body: {
        id: 'cmpl-chunks',
        object: 'chat.completion',
        model: MODEL,
        created: 1,
        usage: { prompt_tokens: 5, completion_tokens: 7, total_tokens: 12 },
        choices: [{ index: 0, message: { role: 'assistant', content: [{ type: 'text', text: 'Hello ' }, { type: 'text', text: 'world' }] }, finish_reason: 'model_length' }],
      },
    });
    const result = await adapter().generate({ messages: [{ role: 'user', content: 'x' }] });
    expect(result).toMatchObject({ text: 'Hello world', finishReason: 'length', usage: { inputTokens: 5, outputTokens: 7 } });
  });

  it('treats a 403 subscription_error as quota', async () => {
    server.reset();
    server.enqueue('POST', PATH, {
      kind: 'json',
      status: 403,
      body: { object: 'error', message: 'Account inactive or usage limit reached.', type: 'subscription_error', param: null, code: '10572' },
    });
    await expect(adapter().generate({ messages: [{ role: 'user', content: 'x' }] })).rejects.toMatchObject({ kind: 'quota', status: 403 });
  });
});
