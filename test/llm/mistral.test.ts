import { describe, expect, it } from 'vitest';
import { createMistralLlmClient } from '../../src/llm/mistral-llm-client.js';
import {
  adapterOptionsFor,
  assertBearerAuth,
  chatCompletionsBody,
  describeAdapterContract,
  jsonSchemaResponseFormat,
  useLoopbackServer,
  type AdapterContractSpec,
} from '../support/adapter-contract.js';

const MODEL = 'mistral-small-latest';
const PATH = '/v1/chat/completions';
const server = useLoopbackServer();

const SPEC: AdapterContractSpec = {
  provider: 'mistral',
  model: MODEL,
  path: PATH,
  baseUrlFor: (loopback) => loopback.baseUrl,
  assertAuth: assertBearerAuth,
  assertHappyBody: (body) => expect(body).toEqual(chatCompletionsBody(MODEL, 'max_tokens', { stream: false })),
  schemaBody: jsonSchemaResponseFormat,
  // The Speakeasy SDK hides success headers; the completion id stands in for the request id.
  happy: { usage: { inputTokens: 63, outputTokens: 45 }, requestId: 'cmpl-e5cc70bb28c444948073e77776eb30ef' },
};

describeAdapterContract(SPEC, server);

describe('mistral adapter specifics', () => {
  const adapter = () => createMistralLlmClient(adapterOptionsFor(SPEC, server()));

  it('joins text chunks and maps model_length to length', async () => {
    server().enqueue('POST', PATH, {
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
    server().enqueue('POST', PATH, {
      kind: 'json',
      status: 403,
      body: { object: 'error', message: 'Account inactive or usage limit reached.', type: 'subscription_error', param: null, code: '10572' },
    });
    await expect(adapter().generate({ messages: [{ role: 'user', content: 'x' }] })).rejects.toMatchObject({ kind: 'quota', status: 403 });
  });
});
