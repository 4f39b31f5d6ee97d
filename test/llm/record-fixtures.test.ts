import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LLM_API_KEY_VARIABLES, LLM_BASE_URL_VARIABLES } from '../../src/llm/llm-providers.js';
import { LLM_PROVIDER_IDS, type LlmProviderId } from '../../src/llm/types.js';
import { startFakeLlmServer } from '../support/fake-llm-server.js';
import { recordLlmFixtures } from '../support/record-llm-fixtures.js';

const DEFAULT_MODELS: Record<LlmProviderId, string> = {
  openai: 'gpt-4o-mini',
  anthropic: 'claude-3-5-haiku-latest',
  google: 'gemini-2.5-flash',
  mistral: 'mistral-small-latest',
  llama: 'meta-llama/Llama-3.3-70B-Instruct-Turbo',
};

/**
 * Opt-in capture of real fixtures: `RECORD=1 OPENAI_API_KEY=… npx vitest run test/llm/record-fixtures.test.ts`.
 * Vendors without a key are skipped; RECORD_<VENDOR>_MODEL picks the model. Never runs in CI.
 */
describe.runIf(process.env.RECORD === '1')('record LLM fixtures from the real APIs', () => {
  const outDir = fileURLToPath(new URL('../fixtures/llm/', import.meta.url));
  for (const vendor of LLM_PROVIDER_IDS) {
    const apiKey = LLM_API_KEY_VARIABLES[vendor].map((name) => process.env[name]).find((value) => value !== undefined && value !== '');
    it.runIf(apiKey !== undefined)(vendor, async () => {
      const recorded = await recordLlmFixtures({
        vendor,
        apiKey: apiKey as string,
        model: process.env[`RECORD_${vendor.toUpperCase()}_MODEL`] ?? DEFAULT_MODELS[vendor],
        baseUrl: process.env[LLM_BASE_URL_VARIABLES[vendor]],
        outDir,
      });
      expect(recorded.happy.status).toBe(200);
    }, 120_000);
  }
});

describe('fixture recorder (against the fake server)', () => {
  it('writes status, allow-listed headers and the scrubbed body per case', async () => {
    const server = await startFakeLlmServer({
      vendor: 'openai',
      reply: (request) => {
        const body = request.body as { temperature?: number };
        if (body.temperature !== undefined && body.temperature > 2) {
          return { status: 400, headers: { 'x-request-id': 'req_bad', 'set-cookie': 'secret=1' }, body: { error: { message: 'bad temperature' } } };
        }
        return '{"q":"When?","a":"30 days"}';
      },
    });
    const outDir = await mkdtemp(join(tmpdir(), 'ftdb-fixtures-'));
    try {
      const recorded = await recordLlmFixtures({ vendor: 'openai', apiKey: 'sk-record-test-key-123', model: 'gpt-4o-mini', baseUrl: server.baseUrl, outDir, now: () => new Date('2026-01-02T03:04:05Z') });
      expect(recorded.happy).toMatchObject({ status: 200, headers: { 'x-request-id': 'req_fake_1', 'content-type': 'application/json' } });
      expect(recorded['error-400']).toMatchObject({ status: 400, headers: { 'x-request-id': 'req_bad' }, body: { error: { message: 'bad temperature' } } });
      expect(recorded['error-400'].headers['set-cookie']).toBeUndefined();
      const onDisk = JSON.parse(await readFile(join(outDir, 'openai', 'happy.json'), 'utf8')) as { source: string; body: { choices: unknown[] } };
      expect(onDisk.source).toBe('RECORDED 2026-01-02T03:04:05.000Z from POST /v1/chat/completions (model gpt-4o-mini); key scrubbed');
      expect(onDisk.body.choices).toHaveLength(1);
      const sent = server.requests.map((request) => request.body as Record<string, unknown>);
      expect(sent.map((body) => body.max_completion_tokens)).toEqual([400, 16, 16, 16]);
      expect(server.requests[2]?.headers.authorization).toBe('Bearer invalid-key-for-fixture-recording');
      const everything = await Promise.all(['happy', 'length', 'error-401', 'error-400'].map((name) => readFile(join(outDir, 'openai', `${name}.json`), 'utf8')));
      expect(everything.join('')).not.toContain('sk-record-test-key-123');
    } finally {
      await server.close();
      await rm(outDir, { recursive: true, force: true });
    }
  });
});
