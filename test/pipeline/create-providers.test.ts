import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { LlmProviderId } from '../../src/llm/types.js';
import { conversationsReply, makeProject, requestedCount, runCliAsync } from '../support/cli.js';
import { FAKE_LLM_API_KEY, startFakeLlmServer, type FakeLlmServer } from '../support/fake-llm-server.js';

const MODELS: Record<LlmProviderId, string> = {
  openai: 'gpt-4o-mini',
  anthropic: 'claude-3-5-haiku-latest',
  google: 'gemini-2.5-flash',
  mistral: 'mistral-small-latest',
  llama: 'meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo',
};

let server: FakeLlmServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('ftdb run --mode create through each vendor wire protocol (base-URL env variable only)', () => {
  for (const vendor of Object.keys(MODELS) as LlmProviderId[]) {
    it(`${vendor}`, async () => {
      server = await startFakeLlmServer({ vendor, reply: (request) => conversationsReply(requestedCount(`${request.system}\n${request.user}`)) });
      const project = makeProject();
      const result = await runCliAsync(
        ['run', '--config', path.join(project, 'config.yaml'), '--mode', 'create', '--size', '12', '--agentic-llm', vendor, '--agentic-model', MODELS[vendor], '--yes', '--json'],
        { env: server.env },
      );
      expect(result.stderr).not.toMatch(/error:/);
      expect(result.status).toBe(0);
      const summary = JSON.parse(result.stdout) as { samples: { accepted: number; byOrigin: Record<string, number> }; llm: { calls: number; provider: string; model: string; inputTokens: number } };
      expect(summary.samples.accepted).toBe(12);
      expect(summary.samples.byOrigin).toEqual({ generated: 12 });
      expect(summary.llm.calls).toBe(server.requests.length);
      expect(summary.llm.model).toBe(MODELS[vendor]);
      expect(summary.llm.inputTokens).toBeGreaterThan(0);
      expect(server.failures).toEqual([]);
      const first = server.requests[0]!;
      const auth = JSON.stringify(first.headers);
      expect(auth).toContain(FAKE_LLM_API_KEY);
      const out = path.join(project, 'output_datasets', 'my_dataset');
      const lines = [...readFileSync(path.join(out, 'train.jsonl'), 'utf8').trim().split('\n'), ...readFileSync(path.join(out, 'validation.jsonl'), 'utf8').trim().split('\n')];
      expect(lines).toHaveLength(12);
      // The key never reaches the outputs.
      for (const file of ['train.jsonl', 'validation.jsonl', 'metadata.csv', 'stats.json']) {
        expect(readFileSync(path.join(out, file), 'utf8')).not.toContain(FAKE_LLM_API_KEY);
      }
      expect(readFileSync(path.join(project, 'memory', 'dataset_builder.db')).includes(FAKE_LLM_API_KEY)).toBe(false);
    });
  }
});
