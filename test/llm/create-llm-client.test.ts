import { describe, expect, it } from 'vitest';
import { LlmConfigError } from '../../src/errors/errors.js';
import { createLlmClient } from '../../src/llm/create-llm-client.js';
import { useLoopbackServer } from '../support/adapter-contract.js';
import { fixtureReply } from '../support/llm-fixtures.js';

const PATH = '/v1/chat/completions';
const server = useLoopbackServer();

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One call at a time under `limits`, on an injected clock that the injected sleep advances. */
function createPacedClient(limits: { rpm?: number; tpm?: number }) {
  const clock = { now: 0 };
  const sleeps: number[] = [];
  const client = createLlmClient({
    provider: 'openai',
    model: 'gpt-4o-mini',
    apiKey: 'k-test',
    baseUrl: `${server().baseUrl}/v1`,
    ...limits,
    concurrency: 1,
    now: () => clock.now,
    sleep: async (ms) => {
      sleeps.push(ms);
      clock.now += ms;
    },
  });
  return { client, sleeps };
}

describe('createLlmClient composition', () => {
  it('never has more calls in flight than the concurrency cap', async () => {
    let inFlight = 0;
    let maxInFlight = 0;
    server().handle('POST', PATH, async () => {
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await delay(40);
      inFlight -= 1;
      return fixtureReply('openai', 'happy');
    });
    const client = createLlmClient({ provider: 'openai', model: 'gpt-4o-mini', apiKey: 'k-test', baseUrl: `${server().baseUrl}/v1`, concurrency: 3 });
    const started = Date.now();
    const results = await Promise.all(Array.from({ length: 9 }, () => client.generate({ messages: [{ role: 'user', content: 'x' }] })));
    expect(results).toHaveLength(9);
    expect(maxInFlight).toBe(3);
    // 9 calls / 3 at a time × 40 ms ≥ 120 ms.
    expect(Date.now() - started).toBeGreaterThanOrEqual(110);
    server().assertNoFailures();
  });

  it('keeps the cap while calls are retried', async () => {
    let inFlight = 0;
    let maxInFlight = 0;
    const seen = new Set<string>();
    server().handle('POST', PATH, async (request) => {
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await delay(10);
      inFlight -= 1;
      // Each call's first attempt fails with 500, its retry succeeds.
      const content = JSON.stringify(request.body);
      const first = !seen.has(content);
      seen.add(content);
      return fixtureReply('openai', first ? 'error-500' : 'happy');
    });
    const client = createLlmClient({
      provider: 'openai',
      model: 'gpt-4o-mini',
      apiKey: 'k-test',
      baseUrl: `${server().baseUrl}/v1`,
      concurrency: 2,
      sleep: async () => {},
    });
    await Promise.all(Array.from({ length: 6 }, (_, index) => client.generate({ messages: [{ role: 'user', content: `call ${index}` }] })));
    expect(maxInFlight).toBe(2);
    expect(server().requests).toHaveLength(12);
  });

  it('paces calls at the rpm limit with the injected clock and sleep', async () => {
    server().handle('POST', PATH, () => fixtureReply('openai', 'happy'));
    const { client, sleeps } = createPacedClient({ rpm: 30 });
    for (let index = 0; index < 3; index += 1) await client.generate({ messages: [{ role: 'user', content: 'x' }] });
    expect(sleeps).toEqual([2000, 2000]);
    expect(server().requests).toHaveLength(3);
  });

  it('charges the real usage to the tpm budget', async () => {
    server().handle('POST', PATH, () => fixtureReply('openai', 'happy')); // 57 + 41 = 98 tokens per call
    const { client, sleeps } = createPacedClient({ tpm: 5880 }); // 98 tokens per second
    // The estimate for "x" is 1 token but each call really costs 98: the difference is charged after the
    // call, so from the third call on each waits the ~1 s that 98 tokens take to refill.
    for (let index = 0; index < 4; index += 1) await client.generate({ messages: [{ role: 'user', content: 'x' }] });
    expect(sleeps).toHaveLength(3);
    expect(sleeps[0]).toBeLessThan(20);
    expect(sleeps[1]).toBeGreaterThanOrEqual(990);
    expect(sleeps[2]).toBeGreaterThanOrEqual(990);
  });

  it('rejects a queued call at once when its caller aborts', async () => {
    server().handle('POST', PATH, async () => {
      await delay(150);
      return fixtureReply('openai', 'happy');
    });
    const client = createLlmClient({ provider: 'openai', model: 'gpt-4o-mini', apiKey: 'k-test', baseUrl: `${server().baseUrl}/v1`, concurrency: 1 });
    const first = client.generate({ messages: [{ role: 'user', content: 'x' }] });
    let firstSettled = false;
    void first.finally(() => {
      firstSettled = true;
    });
    const controller = new AbortController();
    const queued = client.generate({ messages: [{ role: 'user', content: 'y' }] }, { signal: controller.signal });
    controller.abort();
    await expect(queued).rejects.toMatchObject({ name: 'AbortError' });
    // Rejected at once: not after waiting for the running call's slot (the server holds it 150 ms).
    expect(firstSettled).toBe(false);
    await first;
    await delay(20);
    expect(server().requests).toHaveLength(1);
  });
});

describe('createLlmClient validation', () => {
  it('requires a key unless the base URL is local, naming the variable and .env.example', () => {
    expect(() => createLlmClient({ provider: 'openai', model: 'gpt-4o-mini' })).toThrow(LlmConfigError);
    expect(() => createLlmClient({ provider: 'google', model: 'gemini-2.5-flash' })).toThrow(/GOOGLE_API_KEY.*\.env\.example/);
    expect(() => createLlmClient({ provider: 'llama', model: 'llama3.1', baseUrl: 'http://localhost:11434/v1' })).not.toThrow();
  });

  it('rejects an unknown provider, an empty model, a bad URL and bad numbers', () => {
    expect(() => createLlmClient({ provider: 'cohere' as never, model: 'x', apiKey: 'k' })).toThrow(/openai, anthropic, google, mistral, llama/);
    expect(() => createLlmClient({ provider: 'openai', model: '  ', apiKey: 'k' })).toThrow(/system.agentic_model/);
    expect(() => createLlmClient({ provider: 'openai', model: 'm', apiKey: 'k', baseUrl: 'not a url' })).toThrow(/not a valid URL/);
    expect(() => createLlmClient({ provider: 'openai', model: 'm', apiKey: 'k', concurrency: 0 })).toThrow(/concurrency/);
    expect(() => createLlmClient({ provider: 'openai', model: 'm', apiKey: 'k', rpm: -1 })).toThrow(RangeError);
  });

  it('exposes provider and model, and loads no vendor SDK until the first call', async () => {
    const client = createLlmClient({ provider: 'mistral', model: 'mistral-small-latest', apiKey: 'k' });
    expect(client).toMatchObject({ provider: 'mistral', model: 'mistral-small-latest', modelId: 'mistral-small-latest' });
  });
});
