import { describe, expect, it } from 'vitest';
import { createAnthropicLlmClient } from '../../src/llm/anthropic-llm-client.js';
import { createLlmClient } from '../../src/llm/create-llm-client.js';
import {
  adapterOptionsFor,
  assertBearerAuth,
  CONTRACT_API_KEY,
  CONTRACT_REQUEST,
  describeAdapterContract,
  HAPPY_TEXT,
  useLoopbackServer,
  type AdapterContractSpec,
} from '../support/adapter-contract.js';
import { fixtureReply } from '../support/llm-fixtures.js';

const MODEL = 'claude-3-5-haiku-20241022';
const PATH = '/v1/messages';
const server = useLoopbackServer();

const SPEC: AdapterContractSpec = {
  provider: 'anthropic',
  model: MODEL,
  path: PATH,
  baseUrlFor: (loopback) => loopback.baseUrl,
  // @anthropic-ai/sdk 1.x sends the key as a bearer token (client.mjs `apiKeyAuth`) with API version 2026-10-21.
  assertAuth: (request, apiKey) => {
    assertBearerAuth(request, apiKey);
    expect(request.headers['anthropic-version']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(request.headers['x-stainless-retry-count']).toBe('0');
  },
  assertHappyBody: (body) =>
    expect(body).toEqual({
      model: MODEL,
      max_tokens: 300,
      system: 'You write training conversations. Reply with JSON only.',
      messages: [{ role: 'user', content: 'Source text: Refunds are accepted within 30 days of delivery.' }],
      temperature: 0.3,
      stop_sequences: ['###'],
    }),
  happy: { usage: { inputTokens: 61, outputTokens: 44 }, requestId: 'req_018EeWyXxfu5pfWkrYcMdjWG' },
  fixtures: { serverError: 'error-529' },
};

describeAdapterContract(SPEC, server);

describe('anthropic adapter specifics', () => {
  const adapter = () => createAnthropicLlmClient(adapterOptionsFor(SPEC, server()));

  it('says there is no JSON mode, defaults max_tokens and clamps temperature to 0–1', async () => {
    server().enqueue('POST', PATH, fixtureReply('anthropic', 'happy'));
    const result = await adapter().generate({ messages: [{ role: 'user', content: 'x' }], temperature: 1.5, responseFormat: 'json' });
    expect(server().requests[0]?.body).toMatchObject({ max_tokens: 4096, temperature: 1 });
    expect(result.warnings.join('\n')).toMatch(/no JSON mode/);
    expect(result.warnings.join('\n')).toMatch(/temperature 1.5 is outside 0–1; sent 1/);
  });

  it('prefills "{" when providerOptions.anthropic.jsonPrefill is set and restores it in the text', async () => {
    const fixture = fixtureReply('anthropic', 'happy');
    if (fixture.kind !== 'json') throw new Error('fixture kind');
    const body = structuredClone(fixture.body) as { content: { type: string; text: string }[] };
    body.content = [{ type: 'text', text: HAPPY_TEXT.slice(1) }];
    server().enqueue('POST', PATH, { ...fixture, body });
    const result = await adapter().generate({
      ...CONTRACT_REQUEST,
      providerOptions: { anthropic: { jsonPrefill: true } },
    });
    const sent = server().requests[0]?.body as { messages: unknown[] } & Record<string, unknown>;
    expect(sent.messages.at(-1)).toEqual({ role: 'assistant', content: '{' });
    expect(sent.jsonPrefill).toBeUndefined();
    expect(result.text).toBe(HAPPY_TEXT);
    expect(result.warnings.join('\n')).not.toMatch(/no JSON mode/);
  });

  it('treats 400 "credit balance is too low" as quota, not retried', async () => {
    server().enqueue('POST', PATH, {
      kind: 'json',
      status: 400,
      body: {
        type: 'error',
        error: { type: 'invalid_request_error', message: 'Your credit balance is too low to access the Anthropic API. Please go to Plans & Billing to upgrade or purchase credits.' },
      },
    });
    const client = createLlmClient({ provider: 'anthropic', model: MODEL, apiKey: CONTRACT_API_KEY, baseUrl: server().baseUrl, sleep: async () => {} });
    await expect(client.generate({ messages: [{ role: 'user', content: 'x' }] })).rejects.toMatchObject({ kind: 'quota', status: 400 });
    expect(server().requests).toHaveLength(1);
  });

  it('keeps an HTML error body from a proxy in responseBody', async () => {
    server().enqueue('POST', PATH, { kind: 'text', status: 502, headers: { 'content-type': 'text/html' }, body: '<html><body>502 Bad Gateway</body></html>' });
    const error = await adapter().generate({ messages: [{ role: 'user', content: 'x' }] }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ status: 502, isRetryable: true, responseBody: '<html><body>502 Bad Gateway</body></html>' });
  });
});
