import Database from 'better-sqlite3';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { updateConfigFile } from '../../src/config/edit-config.js';
import type { LlmBatchProviderId } from '../../src/llm/batch/llm-batch-types.js';
import { conversationsReply, makeProject, requestedCount, runCliAsync, startCli } from '../support/cli.js';
import { FAKE_LLM_API_KEY, startFakeLlmServer, type FakeLlmServer } from '../support/fake-llm-server.js';
import type { LoopbackRequest } from '../support/loopback-server.js';

/**
 * `system.use_batch_api: true` end to end: the built CLI, the real SDKs and the fake server's batch endpoints,
 * configured only through the vendor's base-URL (and key) env variables.
 */

const MODELS: Record<LlmBatchProviderId, string> = { openai: 'gpt-4o-mini', anthropic: 'claude-3-5-haiku-latest' };
/** The synchronous endpoints, which batch mode must not call. */
const SYNC_PATHS: Record<LlmBatchProviderId, string> = { openai: '/v1/chat/completions', anthropic: '/v1/messages' };
const CREATE_BATCH: Record<LlmBatchProviderId, string> = { openai: '/v1/batches', anthropic: '/v1/messages/batches' };
const POLL_BATCH: Record<LlmBatchProviderId, RegExp> = { openai: /^\/v1\/batches\/[^/]+$/, anthropic: /^\/v1\/messages\/batches\/[^/]+$/ };

let server: FakeLlmServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

interface JournalRow {
  batch_id: string;
  status: string;
  request_count: number;
  handle_json: string;
}

function readDb<T>(dbFile: string, query: (db: Database.Database) => T, fallback: T): T {
  if (!existsSync(dbFile)) return fallback;
  try {
    const db = new Database(dbFile, { readonly: true, fileMustExist: true });
    try {
      return query(db);
    } finally {
      db.close();
    }
  } catch {
    return fallback;
  }
}

const journalRows = (dbFile: string): JournalRow[] =>
  readDb(dbFile, (db) => db.prepare('SELECT batch_id, status, request_count, handle_json FROM llm_batches ORDER BY created_at').all() as JournalRow[], []);
const storedSamples = (dbFile: string): { id: string; content_hash: string }[] =>
  readDb(dbFile, (db) => db.prepare('SELECT id, content_hash FROM samples').all() as { id: string; content_hash: string }[], []);

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function batchProject(vendor: LlmBatchProviderId, size: number): { project: string; config: string; db: string; args: string[] } {
  const project = makeProject();
  const config = path.join(project, 'config.yaml');
  updateConfigFile(config, { mode: 'create', dataset_size: size, 'system.use_batch_api': true, 'agent.create.conversations_per_call': 3 });
  return {
    project,
    config,
    db: path.join(project, 'memory', 'dataset_builder.db'),
    args: ['run', '--config', config, '--agentic-llm', vendor, '--agentic-model', MODELS[vendor], '--yes', '--json'],
  };
}

const paths = (requests: LoopbackRequest[], method: string, pattern: string | RegExp): LoopbackRequest[] =>
  requests.filter((request) => request.method === method && (typeof pattern === 'string' ? request.path === pattern : pattern.test(request.path)));

function outputLines(project: string): string[] {
  const out = path.join(project, 'output_datasets', 'my_dataset');
  return ['train.jsonl', 'validation.jsonl'].flatMap((name) => readFileSync(path.join(out, name), 'utf8').trim().split('\n'));
}

describe('ftdb run with system.use_batch_api: true', () => {
  for (const vendor of ['openai', 'anthropic'] as const) {
    it(`${vendor}: the whole run goes through the batch endpoints and gives exactly dataset_size samples`, async () => {
      server = await startFakeLlmServer({ vendor, batchPollsUntilDone: 1, reply: (request) => conversationsReply(requestedCount(`${request.system}\n${request.user}`)) });
      const size = 12;
      const { project, db, args } = batchProject(vendor, size);
      const result = await runCliAsync(args, { env: server.env });
      expect(result.stderr).not.toMatch(/error:/i);
      expect(result.status).toBe(0);
      const summary = JSON.parse(result.stdout) as { samples: { accepted: number }; llm: { calls: number; inputTokens: number; costUsd?: number } };
      expect(summary.samples.accepted).toBe(size);
      expect(outputLines(project)).toHaveLength(size);
      expect(server.failures).toEqual([]);

      // Batch endpoints only: no synchronous call at all.
      expect(paths(server.requests, 'POST', SYNC_PATHS[vendor])).toEqual([]);
      expect(paths(server.requests, 'POST', CREATE_BATCH[vendor])).toHaveLength(1);
      expect(paths(server.requests, 'GET', POLL_BATCH[vendor]).length).toBeGreaterThanOrEqual(2);
      const journal = journalRows(db);
      expect(journal).toHaveLength(1);
      // 12 samples at 3 per call: 4 requests, all planned calls in the one batch.
      expect(journal[0]).toMatchObject({ status: 'collected', request_count: Math.ceil(size / 3) });
      expect(summary.llm.calls).toBe(journal[0]!.request_count);
      expect(summary.llm.inputTokens).toBeGreaterThan(0);
      // Handles and results hold no key.
      expect(journal[0]!.handle_json).not.toContain(FAKE_LLM_API_KEY);
      expect(readFileSync(db).includes(FAKE_LLM_API_KEY)).toBe(false);
    });
  }

  it('kill -9 after the batch was submitted, then --resume last: the batch is polled, not submitted again', async () => {
    const vendor = 'openai';
    server = await startFakeLlmServer({ vendor, batchPollsUntilDone: 2, reply: (request) => conversationsReply(requestedCount(`${request.system}\n${request.user}`)) });
    const size = 12;
    const { project, config, db, args } = batchProject(vendor, size);
    const { child, done } = startCli(args, { env: server.env });
    await waitFor(() => journalRows(db).length > 0, 20_000);
    child.kill('SIGKILL');
    expect((await done).signal).toBe('SIGKILL');
    const [submitted] = journalRows(db);
    expect(submitted).toMatchObject({ status: 'submitted', request_count: 4 });
    expect(storedSamples(db)).toHaveLength(0);
    expect(paths(server.requests, 'POST', CREATE_BATCH[vendor])).toHaveLength(1);
    const requestsBefore = server.requests.length;

    const resumed = await runCliAsync(['run', '--config', config, '--agentic-llm', vendor, '--agentic-model', MODELS[vendor], '--yes', '--json', '--resume', 'last'], { env: server.env });
    expect(resumed.stderr).not.toMatch(/error:/i);
    expect(resumed.status).toBe(0);
    const summary = JSON.parse(resumed.stdout) as { samples: { accepted: number }; llm: { calls: number } };
    expect(summary.samples.accepted).toBe(size);
    expect(summary.llm.calls).toBe(4);

    // One batch-create request in all; the resumed run polled the batch the killed run had submitted.
    expect(paths(server.requests, 'POST', CREATE_BATCH[vendor])).toHaveLength(1);
    expect(paths(server.requests, 'POST', '/v1/files')).toHaveLength(1);
    const laterPolls = paths(server.requests.slice(requestsBefore), 'GET', POLL_BATCH[vendor]);
    expect(laterPolls.length).toBeGreaterThan(0);
    expect(laterPolls.every((request) => request.path.endsWith(`/${submitted!.batch_id}`))).toBe(true);
    expect(paths(server.requests, 'POST', SYNC_PATHS[vendor])).toEqual([]);
    expect(server.failures).toEqual([]);

    expect(journalRows(db)).toMatchObject([{ batch_id: submitted!.batch_id, status: 'collected' }]);
    const rows = storedSamples(db);
    expect(rows).toHaveLength(size);
    expect(new Set(rows.map((row) => row.content_hash)).size).toBe(size);
    const lines = outputLines(project);
    expect(lines).toHaveLength(size);
    expect(new Set(lines).size).toBe(size);
  });

  it('refuses batch mode for an agentic LLM without a batch API, before any work', async () => {
    server = await startFakeLlmServer({ vendor: 'mistral', reply: () => conversationsReply(3) });
    const { project, args } = batchProject('openai', 6);
    const result = await runCliAsync([...args.slice(0, 3), '--agentic-llm', 'mistral', '--agentic-model', 'mistral-small-latest', '--yes'], { env: server.env });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/use_batch_api supports openai and anthropic only/);
    expect(server.requests).toEqual([]);
    expect(existsSync(path.join(project, 'memory', 'dataset_builder.db'))).toBe(false);
  });
});
