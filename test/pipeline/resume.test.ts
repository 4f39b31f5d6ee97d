import Database from 'better-sqlite3';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { updateConfigFile } from '../../src/config/edit-config.js';
import { conversationsReply, makeProject, runCliAsync, startCli } from '../support/cli.js';
import { startFakeLlmServer, type FakeLlmServer } from '../support/fake-llm-server.js';

let server: FakeLlmServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function countStored(dbFile: string): number {
  if (!existsSync(dbFile)) return 0;
  try {
    const db = new Database(dbFile, { readonly: true, fileMustExist: true });
    try {
      return (db.prepare('SELECT COUNT(*) AS n FROM samples').get() as { n: number }).n;
    } finally {
      db.close();
    }
  } catch {
    return 0;
  }
}

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

function createProject(size: number): { project: string; config: string; db: string } {
  const project = makeProject();
  const config = path.join(project, 'config.yaml');
  updateConfigFile(config, { mode: 'create', dataset_size: size, 'agent.create.conversations_per_call': 2, 'system.concurrency': 2 });
  return { project, config, db: path.join(project, 'memory', 'dataset_builder.db') };
}

function checkFinalStore(db: string, size: number): void {
  const database = new Database(db, { readonly: true });
  const rows = database.prepare('SELECT id, content_hash, dataset_id FROM samples').all() as { id: string; content_hash: string; dataset_id: string }[];
  const datasets = database.prepare('SELECT id, status, sample_count FROM datasets').all() as { id: string; status: string; sample_count: number }[];
  database.close();
  expect(datasets).toHaveLength(1);
  expect(datasets[0]).toMatchObject({ status: 'completed', sample_count: size });
  expect(rows).toHaveLength(size);
  expect(new Set(rows.map((row) => row.id)).size).toBe(size);
  expect(new Set(rows.map((row) => row.content_hash)).size).toBe(size);
}

describe('crash safety and resume', () => {
  it('kill -9 mid-run, then --resume last: exactly dataset_size unique samples, none stored twice', async () => {
    server = await startFakeLlmServer({ vendor: 'openai', latencyMs: 120, reply: () => conversationsReply(2) });
    const size = 60;
    const { project, config, db } = createProject(size);
    const { child, done } = startCli(['run', '--config', config, '--yes'], { env: server.env });
    await waitFor(() => countStored(db) >= 8, 20_000);
    child.kill('SIGKILL');
    const killed = await done;
    expect(killed.signal).toBe('SIGKILL');
    const before = countStored(db);
    expect(before).toBeGreaterThanOrEqual(8);
    expect(before).toBeLessThan(size);

    const resumed = await runCliAsync(['run', '--config', config, '--yes', '--resume', 'last', '--json'], { env: server.env });
    expect(resumed.stderr).not.toMatch(/error:/);
    expect(resumed.status).toBe(0);
    const summary = JSON.parse(resumed.stdout) as { samples: { accepted: number; train: number; validation: number } };
    expect(summary.samples.accepted).toBe(size);
    checkFinalStore(db, size);
    const out = path.join(project, 'output_datasets', 'my_dataset');
    const lines = [...readFileSync(path.join(out, 'train.jsonl'), 'utf8').trim().split('\n'), ...readFileSync(path.join(out, 'validation.jsonl'), 'utf8').trim().split('\n')];
    expect(lines).toHaveLength(size);
    expect(new Set(lines).size).toBe(size);
  });

  it('Ctrl-C stops safely, prints the resume command, and the resume completes', async () => {
    server = await startFakeLlmServer({ vendor: 'anthropic', latencyMs: 120, reply: () => conversationsReply(2) });
    const size = 40;
    const { config, db } = createProject(size);
    const env = { ...server.env };
    const { child, done } = startCli(['run', '--config', config, '--yes', '--agentic-llm', 'anthropic', '--agentic-model', 'claude-3-5-haiku-latest'], { env });
    await waitFor(() => countStored(db) >= 6, 20_000);
    child.kill('SIGINT');
    const interrupted = await done;
    expect(interrupted.status).toBe(1);
    expect(interrupted.stdout).toContain('Interrupted');
    const match = /resume with: (ftdb run .*--resume (ds_\w+))/.exec(interrupted.stdout);
    expect(match).not.toBeNull();
    const stored = countStored(db);
    expect(stored).toBeGreaterThanOrEqual(6);
    const resumed = await runCliAsync(['run', '--config', config, '--yes', '--agentic-llm', 'anthropic', '--agentic-model', 'claude-3-5-haiku-latest', '--resume', match![2]!], { env });
    expect(resumed.status).toBe(0);
    checkFinalStore(db, size);
  });

  it('resumes a dataset started with a model alias under the full model id (and the other way), refuses another model', async () => {
    server = await startFakeLlmServer({ vendor: 'openai', reply: () => conversationsReply(2) });
    const { config } = createProject(12);
    const first = await runCliAsync(['run', '--config', config, '--yes', '--provider', 'openai', '--model', 'gpt-4o-mini'], { env: server.env });
    expect(first.status).toBe(0);
    const full = await runCliAsync(['run', '--config', config, '--yes', '--resume', 'last', '--provider', 'openai', '--model', 'gpt-4o-mini-2024-07-18'], { env: server.env });
    expect(full.stderr).not.toContain('the target changed');
    expect(full.status).toBe(0);
    const alias = await runCliAsync(['run', '--config', config, '--yes', '--resume', 'last', '--provider', 'openai', '--model', 'GPT-4o-mini'], { env: server.env });
    expect(alias.status).toBe(0);
    const other = await runCliAsync(['run', '--config', config, '--yes', '--resume', 'last', '--provider', 'openai', '--model', 'gpt-4o'], { env: server.env });
    expect(other.status).toBe(1);
    expect(other.stderr).toContain('the target changed (openai/gpt-4o-mini → openai/gpt-4o)');
  });

  it('refuses to resume when the input files changed, unless --force', async () => {
    server = await startFakeLlmServer({ vendor: 'openai', reply: () => conversationsReply(2) });
    const { project, config } = createProject(12);
    const first = await runCliAsync(['run', '--config', config, '--yes'], { env: server.env });
    expect(first.status).toBe(0);
    writeFileSync(path.join(project, 'input_files', 'new.md'), '# New\n\nQ: Is this new?\nA: Yes, it is new.\n');
    const refused = await runCliAsync(['run', '--config', config, '--yes', '--resume', 'last'], { env: server.env });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('the input files changed');
    const forced = await runCliAsync(['run', '--config', config, '--yes', '--resume', 'last', '--force'], { env: server.env });
    expect(forced.status).toBe(0);
  });
});
