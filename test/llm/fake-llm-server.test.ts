import { describe, expect, it } from 'vitest';
import { resolveLlmConnection } from '../../src/llm/connection.js';
import { createLlmClient } from '../../src/llm/create-llm-client.js';
import { LLM_PROVIDER_IDS, type LlmProviderId } from '../../src/llm/types.js';
import { FAKE_LLM_API_KEY, startFakeLlmServer } from '../support/fake-llm-server.js';

const MODELS: Record<LlmProviderId, string> = {
  openai: 'gpt-4o-mini',
  anthropic: 'claude-3-5-haiku-20241022',
  google: 'gemini-2.5-flash',
  mistral: 'mistral-small-latest',
  llama: 'meta-llama/Llama-3.3-70B-Instruct-Turbo',
};

describe.each(LLM_PROVIDER_IDS.map((vendor) => [vendor]))('fake LLM server for %s', (vendor) => {
  it('works with the real SDK configured only through the env variables', async () => {
    const server = await startFakeLlmServer({ vendor, reply: (request) => JSON.stringify({ system: request.system, user: request.user, model: request.model }) });
    try {
      // Exactly what the CLI does: env → resolveLlmConnection → createLlmClient.
      const connection = resolveLlmConnection(vendor, { env: { ...server.env } });
      expect(connection).toEqual({ apiKey: FAKE_LLM_API_KEY, baseUrl: server.baseUrl, keyVariable: server.keyVariable });
      const client = createLlmClient({ provider: vendor, model: MODELS[vendor], apiKey: connection.apiKey, baseUrl: connection.baseUrl });
      const result = await client.generate({
        messages: [
          { role: 'system', content: 'Be brief. Answer in JSON.' },
          { role: 'user', content: 'first question' },
          { role: 'assistant', content: 'first answer' },
          { role: 'user', content: 'second question' },
        ],
        responseFormat: 'json',
        maxOutputTokens: 200,
      });
      expect(JSON.parse(result.text)).toEqual({ system: 'Be brief. Answer in JSON.', user: 'second question', model: MODELS[vendor] });
      expect(result.finishReason).toBe('stop');
      expect(result.usage.inputTokens).toBeGreaterThan(0);
      expect(result.usage.outputTokens).toBe(Math.ceil(result.text.length / 4));
      expect(result.requestId).toBeTruthy();
      expect(server.requests).toHaveLength(1);
      expect(server.failures).toEqual([]);
      expect(JSON.stringify(server.requests[0]?.headers)).toContain(FAKE_LLM_API_KEY);
    } finally {
      await server.close();
    }
  });

  it('passes scripted error replies through, so retries can be exercised', async () => {
    let calls = 0;
    const server = await startFakeLlmServer({
      vendor,
      reply: () => {
        calls += 1;
        return calls === 1 ? { status: 503, headers: { 'retry-after': '0' }, body: { error: { message: 'overloaded' } } } : 'ok';
      },
    });
    try {
      const client = createLlmClient({ provider: vendor, model: MODELS[vendor], apiKey: 'k', baseUrl: server.baseUrl });
      const result = await client.generate({ messages: [{ role: 'user', content: 'x' }] });
      expect(result.text).toBe('ok');
      expect(server.requests).toHaveLength(2);
    } finally {
      await server.close();
    }
  });
});

describe('fake LLM server extras', () => {
  it('answers Anthropic count_tokens and Gemini countTokens through the real SDKs', async () => {
    const anthropicServer = await startFakeLlmServer({ vendor: 'anthropic', reply: () => 'x' });
    const googleServer = await startFakeLlmServer({ vendor: 'google', reply: () => 'x' });
    try {
      const { default: Anthropic } = await import('@anthropic-ai/sdk');
      const anthropic = new Anthropic({ apiKey: 'k', baseURL: anthropicServer.baseUrl, maxRetries: 0 });
      const counted = await anthropic.messages.countTokens({ model: 'claude-3-5-haiku-20241022', system: 'abcd', messages: [{ role: 'user', content: 'efgh' }] });
      expect(counted.input_tokens).toBe(3);
      const { GoogleGenAI } = await import('@google/genai');
      const google = new GoogleGenAI({ apiKey: 'k', vertexai: false, httpOptions: { baseUrl: googleServer.baseUrl } });
      const googleCount = await google.models.countTokens({ model: 'gemini-2.5-flash', contents: 'abcdefgh' });
      expect(googleCount.totalTokens).toBe(2);
      expect([...anthropicServer.failures, ...googleServer.failures]).toEqual([]);
    } finally {
      await anthropicServer.close();
      await googleServer.close();
    }
  });

  it('overlaps calls up to the concurrency cap under a fixed latency', async () => {
    const server = await startFakeLlmServer({ vendor: 'openai', reply: () => 'ok', latencyMs: 100 });
    try {
      const client = createLlmClient({ provider: 'openai', model: 'gpt-4o-mini', apiKey: 'k', baseUrl: server.baseUrl, concurrency: 8 });
      await client.generate({ messages: [{ role: 'user', content: 'warm-up' }] });
      const started = Date.now();
      await Promise.all(Array.from({ length: 16 }, () => client.generate({ messages: [{ role: 'user', content: 'x' }] })));
      const elapsed = Date.now() - started;
      // Ideal: 16 calls × 100 ms / 8 = 200 ms.
      expect(elapsed).toBeGreaterThanOrEqual(195);
      // Serial would be 1,600 ms; allow for a loaded CI machine.
      expect(elapsed).toBeLessThan(900);
    } finally {
      await server.close();
    }
  });
});
