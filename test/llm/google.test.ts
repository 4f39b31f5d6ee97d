import { describe, expect, it } from 'vitest';
import { LlmAuthError } from '../../src/errors/errors.js';
import { createGoogleLlmClient } from '../../src/llm/google-llm-client.js';
import { adapterOptionsFor, describeAdapterContract, useLoopbackServer, type AdapterContractSpec } from '../support/adapter-contract.js';
import { fixtureReply } from '../support/llm-fixtures.js';

const MODEL = 'gemini-2.5-flash';
const PATH = `/v1beta/models/${MODEL}:generateContent`;
const server = useLoopbackServer();

const SPEC: AdapterContractSpec = {
  provider: 'google',
  model: MODEL,
  path: PATH,
  baseUrlFor: (loopback) => loopback.baseUrl,
  assertAuth: (request, apiKey) => {
    expect(request.headers['x-goog-api-key']).toBe(apiKey);
    expect(request.query.get('key')).toBeNull();
  },
  assertHappyBody: (body) =>
    expect(body).toEqual({
      contents: [{ role: 'user', parts: [{ text: 'Source text: Refunds are accepted within 30 days of delivery.' }] }],
      systemInstruction: { role: 'user', parts: [{ text: 'You write training conversations. Reply with JSON only.' }] },
      generationConfig: {
        temperature: 0.3,
        maxOutputTokens: 300,
        stopSequences: ['###'],
        responseMimeType: 'application/json',
      },
    }),
  schemaBody: (schema) => ({ generationConfig: { responseMimeType: 'application/json', responseJsonSchema: schema } }),
  // Output includes the 13 thinking tokens (billed as output).
  happy: { usage: { inputTokens: 59, outputTokens: 53 }, requestId: 'mKHRaOq3Ks2Bz7IPq8TY0Q0' },
  fixtures: { auth: 'error-400-invalid-key' },
  // From google.rpc.RetryInfo.retryDelay "2s" in the body (Gemini sends no Retry-After header).
  rateLimitDelayMs: 2000,
  authStatus: 400,
};

describeAdapterContract(SPEC, server);

describe('google adapter specifics', () => {
  const adapter = () => createGoogleLlmClient(adapterOptionsFor(SPEC, server()));

  it('maps a plain 401 UNAUTHENTICATED to LlmAuthError', async () => {
    server().enqueue('POST', PATH, fixtureReply('google', 'error-401'));
    await expect(adapter().generate({ messages: [{ role: 'user', content: 'x' }] })).rejects.toBeInstanceOf(LlmAuthError);
  });

  it('sends a schema as responseJsonSchema, assistant turns as role model, and skips thought parts', async () => {
    server().enqueue('POST', PATH, {
      kind: 'json',
      body: {
        candidates: [{ content: { role: 'model', parts: [{ text: 'thinking…', thought: true }, { text: '{"a":1}' }] }, finishReason: 'STOP' }],
        responseId: 'r1',
      },
    });
    const schema = { type: 'object', properties: { a: { type: 'number' } } };
    const result = await adapter().generate({
      messages: [
        { role: 'user', content: 'q' },
        { role: 'assistant', content: 'a' },
        { role: 'user', content: 'q2' },
      ],
      responseFormat: { type: 'json', schema },
    });
    const body = server().requests[0]?.body as { contents: { role: string }[]; generationConfig: Record<string, unknown> };
    expect(body.contents.map((content) => content.role)).toEqual(['user', 'model', 'user']);
    expect(body.generationConfig).toMatchObject({ responseMimeType: 'application/json', responseJsonSchema: schema });
    expect(result.text).toBe('{"a":1}');
    expect(result.usage).toEqual({ inputTokens: undefined, outputTokens: undefined });
  });

  it('reports a blocked prompt as content-filter with a warning', async () => {
    server().enqueue('POST', PATH, {
      kind: 'json',
      body: { promptFeedback: { blockReason: 'SAFETY' }, usageMetadata: { promptTokenCount: 8, totalTokenCount: 8 }, responseId: 'blocked' },
    });
    const result = await adapter().generate({ messages: [{ role: 'user', content: 'x' }] });
    expect(result).toMatchObject({ text: '', finishReason: 'content-filter', usage: { inputTokens: 8, outputTokens: undefined } });
    expect(result.warnings[0]).toMatch(/blocked \(SAFETY\)/);
  });
});
