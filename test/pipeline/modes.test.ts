import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { updateConfigFile } from '../../src/config/edit-config.js';
import { conversationsReply, makeProject, requestedCount, runCliAsync } from '../support/cli.js';
import { startFakeLlmServer, type FakeLlmServer } from '../support/fake-llm-server.js';

let server: FakeLlmServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

interface Summary {
  status: string;
  samples: { accepted: number; byOrigin: Record<string, number> };
  dropped: Record<string, number>;
  llm: { calls: number };
  notices: string[];
}

describe('hybrid and free modes through the loopback LLM', () => {
  for (const vendor of ['mistral', 'google'] as const) {
    it(`hybrid (${vendor}): half identified verbatim, half generated, no duplicates`, async () => {
      server = await startFakeLlmServer({ vendor, reply: (request) => conversationsReply(requestedCount(`${request.system}\n${request.user}`), 'restore') });
      const project = makeProject();
      const config = path.join(project, 'config.yaml');
      updateConfigFile(config, { mode: 'hybrid', dataset_size: 30, 'agent.hybrid.generation_ratio': 0.5, 'system.agentic_llm': vendor, 'system.agentic_model': vendor === 'google' ? 'gemini-2.5-flash' : 'mistral-small-latest' });
      const result = await runCliAsync(['run', '--config', config, '--yes', '--json'], { env: server.env });
      expect(result.stderr).not.toMatch(/error:/);
      expect(result.status).toBe(0);
      const summary = JSON.parse(result.stdout) as Summary;
      expect(summary.samples.accepted).toBe(30);
      expect(summary.samples.byOrigin.identified).toBe(15);
      expect(summary.samples.byOrigin.generated).toBe(15);
      expect(server.requests.length).toBeGreaterThan(0);
    });
  }

  for (const vendor of ['openai', 'llama'] as const) {
    it(`free mode (${vendor}) uses prompts/free_mode/prompt.txt and counts unusable replies`, async () => {
      let call = 0;
      const seen: string[] = [];
      server = await startFakeLlmServer({
        vendor,
        reply: (request) => {
          call += 1;
          seen.push(`${request.system}\n${request.user}`);
          if (call === 1) return 'Sorry, I cannot help with that.';
          if (call === 2) return '```json\n{"conversations": [ {"messages": [{"role": "user", "content": "only a user turn"}]} ]}\n```';
          return `Here you go:\n${conversationsReply(requestedCount(`${request.system}\n${request.user}`), 'pirate')}`;
        },
      });
      const project = makeProject();
      const config = path.join(project, 'config.yaml');
      updateConfigFile(config, { mode: 'free', dataset_size: 12, 'system.agentic_llm': vendor, 'system.agentic_model': 'some-model', 'system.concurrency': 1 });
      mkdirSync(path.join(project, 'prompts', 'free_mode'), { recursive: true });
      writeFileSync(path.join(project, 'prompts', 'free_mode', 'prompt.txt'), '# my instructions\nWrite conversations where a pirate asks about backups.\n');
      const result = await runCliAsync(['run', '--config', config, '--yes', '--json'], { env: server.env });
      expect(result.stderr).not.toMatch(/error:/);
      expect(result.status).toBe(0);
      const summary = JSON.parse(result.stdout) as Summary;
      expect(summary.samples.accepted).toBe(12);
      expect(summary.samples.byOrigin).toEqual({ free: 12 });
      expect(Object.values(summary.dropped).reduce((sum, count) => sum + count, 0)).toBeGreaterThanOrEqual(2);
      expect(seen[0]).toContain('a pirate asks about backups');
      expect(seen[0]).not.toContain('# my instructions');
      const stats = readFileSync(path.join(project, 'output_datasets', 'my_dataset', 'stats.json'), 'utf8');
      expect(stats).toContain('"dropped"');
    });
  }

  it('free mode without instructions fails clearly in a batch run, before any call', async () => {
    server = await startFakeLlmServer({ vendor: 'openai', reply: () => conversationsReply(1) });
    const project = makeProject();
    const config = path.join(project, 'config.yaml');
    updateConfigFile(config, { mode: 'free' });
    const result = await runCliAsync(['run', '--config', config, '--yes'], { env: server.env });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/[Ff]ree mode needs/);
    expect(server.requests).toHaveLength(0);
  });

  it('create mode without an API key fails before any work, naming the variable', async () => {
    const project = makeProject();
    const result = await runCliAsync(['run', '--config', path.join(project, 'config.yaml'), '--mode', 'create', '--yes']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('OPENAI_API_KEY');
    expect(result.stderr).toContain('.env.example');
  });
});
