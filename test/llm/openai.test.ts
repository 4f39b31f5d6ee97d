import { describe, expect, it } from 'vitest';
import { createOpenAiLlmClient } from '../../src/llm/openai-llm-client.js';
import {
  adapterOptionsFor,
  assertBearerAuth,
  chatCompletionsBody,
  describeAdapterContract,
  jsonSchemaResponseFormat,
  useLoopbackServer,
  type AdapterContractSpec,
} from '../support/adapter-contract.js';
import { fixtureReply } from '../support/llm-fixtures.js';

const MODEL = 'gpt-4o-mini';
const PATH = '/v1/chat/completions';
const server = useLoopbackServer();

const SPEC: AdapterContractSpec = {
  provider: 'openai',
  model: MODEL,
  path: PATH,
  baseUrlFor: (loopback) => `${loopback.baseUrl}/v1`,
  assertAuth: assertBearerAuth,
  assertHappyBody: (body) => expect(body).toEqual(chatCompletionsBody(MODEL, 'max_completion_tokens')),
  schemaBody: jsonSchemaResponseFormat,
  happy: { usage: { inputTokens: 57, outputTokens: 41 }, requestId: 'req_7c1f0e2d9a3b4c5d6e7f8a9b0c1d2e3f' },
};

describeAdapterContract(SPEC, server);

describe('openai adapter specifics', () => {
  const adapter = () => createOpenAiLlmClient(adapterOptionsFor(SPEC, server()));

  it('adds a JSON instruction (with a warning) when no message mentions JSON', async () => {
    server().enqueue('POST', PATH, fixtureReply('openai', 'happy'));
    const result = await adapter().generate({ messages: [{ role: 'user', content: 'Write one FAQ.' }], responseFormat: 'json' });
    const body = server().requests[0]?.body as { messages: { role: string; content: string }[] };
    expect(body.messages[0]).toEqual({ role: 'system', content: 'Reply with a single JSON object.' });
    expect(result.warnings.join(' ')).toMatch(/JSON mode/);
  });

  it('maps a refusal to content-filter with a warning', async () => {
    server().enqueue('POST', PATH, {
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
    server().enqueue('POST', PATH, {
      kind: 'json',
      body: { id: 'c1', object: 'chat.completion', model: MODEL, choices: [{ index: 0, message: { role: 'assistant', content: 'ok' }, finish_reason: 'stop' }] },
    });
    const result = await adapter().generate({ messages: [{ role: 'user', content: 'x' }] });
    expect(result.usage.inputTokens).toBeUndefined();
    expect(result.usage.outputTokens).toBeUndefined();
  });

  it('passes a caller abort through unchanged when called directly', async () => {
    const controller = new AbortController();
    const reason = new DOMException('user pressed Ctrl-C', 'AbortError');
    controller.abort(reason);
    await expect(adapter().generate({ messages: [{ role: 'user', content: 'x' }] }, { signal: controller.signal })).rejects.toBe(reason);
    expect(server().requests).toHaveLength(0);
  });
});
