import { describe, expect, it } from 'vitest';
import { createLlamaLlmClient } from '../../src/llm/llama-llm-client.js';
import { createLlmClient } from '../../src/llm/create-llm-client.js';
import {
  adapterOptionsFor,
  assertBearerAuth,
  chatCompletionsBody,
  describeAdapterContract,
  useLoopbackServer,
  type AdapterContractSpec,
} from '../support/adapter-contract.js';
import { fixtureReply } from '../support/llm-fixtures.js';

const MODEL = 'meta-llama/Llama-3.3-70B-Instruct-Turbo';
const PATH = '/v1/chat/completions';
const server = useLoopbackServer();

const SPEC: AdapterContractSpec = {
  provider: 'llama',
  model: MODEL,
  path: PATH,
  baseUrlFor: (loopback) => `${loopback.baseUrl}/v1`,
  assertAuth: assertBearerAuth,
  assertHappyBody: (body) => expect(body).toEqual(chatCompletionsBody(MODEL, 'max_tokens')),
  // Together sends no x-request-id here; the completion id stands in.
  happy: { usage: { inputTokens: 70, outputTokens: 46 }, requestId: '8f0c1a2b3c4d5e6f-LAX' },
  fixtures: { badRequest: 'error-400-vllm', quota: 'error-402-quota' },
};

describeAdapterContract(SPEC, server);

describe('llama adapter specifics', () => {
  const adapter = () => createLlamaLlmClient(adapterOptionsFor(SPEC, server()));

  it('keeps a vLLM-style top-level error message in the error', async () => {
    server().enqueue('POST', PATH, fixtureReply('llama', 'error-400-vllm'));
    const error = await adapter().generate({ messages: [{ role: 'user', content: 'x' }] }).catch((caught: unknown) => caught);
    expect((error as Error).message).toContain("This model's maximum context length is 8192 tokens");
    expect(error).toMatchObject({ status: 400, isRetryable: false });
  });

  it('does not send a JSON schema (host support varies) and says so', async () => {
    server().enqueue('POST', PATH, fixtureReply('llama', 'happy'));
    const result = await adapter().generate({ messages: [{ role: 'user', content: 'JSON please' }], responseFormat: { type: 'json', schema: { type: 'object' } } });
    expect(server().requests[0]?.body).toMatchObject({ response_format: { type: 'json_object' } });
    expect(result.warnings.join('\n')).toMatch(/schema is not sent/);
  });

  it('runs keyless against a local server (Ollama-style) with a placeholder bearer token', async () => {
    server().enqueue('POST', PATH, fixtureReply('llama', 'happy'));
    const client = createLlmClient({ provider: 'llama', model: 'llama3.1:8b', baseUrl: `${server().baseUrl}/v1` });
    const result = await client.generate({ messages: [{ role: 'user', content: 'x' }] });
    expect(result.finishReason).toBe('stop');
    expect(server().requests[0]?.headers.authorization).toMatch(/^Bearer \S+$/);
  });
});
