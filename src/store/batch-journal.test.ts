import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBatchJournal, createMemoryBatchJournal, type BatchJournal } from './batch-journal.js';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations.js';
import { openStore, type Store } from './store.js';

const dir = (): string => mkdtempSync(path.join(os.tmpdir(), 'ftdb-journal-'));

function newDataset(store: Store, id: string): void {
  store.createDataset({ id, name: id, provider: 'openai', model: 'gpt-4o-mini', mode: 'create', datasetSize: 10, cappedSize: 10, status: 'running', configJson: '{}', inputHash: 'abc' });
}

const handle = (batchId: string): string => JSON.stringify({ provider: 'openai', model: 'gpt-4o-mini', batchId, requestCount: 3, submittedAt: '2026-01-01T00:00:00Z', inputFileId: 'file-1' });

function exercise(journal: BatchJournal): void {
  journal.recordSubmitted({ batchId: 'b1', provider: 'openai', handleJson: handle('b1'), customIds: ['x_0', 'y_0', 'z_0'] });
  expect(journal.pendingBatches()).toMatchObject([{ batchId: 'b1', status: 'submitted', requestCount: 3, pendingIds: ['x_0', 'y_0', 'z_0'] }]);
  expect(JSON.parse(journal.pendingBatches()[0]!.handleJson)).toMatchObject({ batchId: 'b1', inputFileId: 'file-1' });
  expect(journal.findResult('x_0')).toBeUndefined();

  journal.recordResults('b1', [
    { customId: 'x_0', ok: true, resultJson: '{"text":"x"}' },
    { customId: 'y_0', ok: false, resultJson: '{"message":"expired"}' },
  ]);
  expect(journal.findResult('x_0')).toBe('{"text":"x"}');
  // Failures are kept for the record but never handed out again.
  expect(journal.findResult('y_0')).toBeUndefined();
  expect(journal.pendingBatches()[0]!.pendingIds).toEqual(['z_0']);

  // y_0 resubmitted in a second batch and answered there.
  journal.recordSubmitted({ batchId: 'b2', provider: 'openai', handleJson: handle('b2'), customIds: ['y_0'] });
  journal.recordResults('b2', [{ customId: 'y_0', ok: true, resultJson: '{"text":"y"}' }]);
  journal.setStatus('b2', 'collected', 'completed');
  expect(journal.findResult('y_0')).toBe('{"text":"y"}');
  expect(journal.pendingBatches().map((batch) => batch.batchId)).toEqual(['b1']);

  journal.setStatus('b1', 'collected', 'completed');
  expect(journal.pendingBatches()).toEqual([]);
  expect(journal.listBatches()).toMatchObject([
    { batchId: 'b1', status: 'collected', detail: 'completed' },
    { batchId: 'b2', status: 'collected' },
  ]);
}

describe('batch journal', () => {
  it('SQLite: records batches and results, scoped per dataset, and survives reopening', () => {
    const file = path.join(dir(), 'dataset_builder.db');
    const store = openStore(file);
    newDataset(store, 'ds1');
    newDataset(store, 'ds2');
    exercise(createBatchJournal(store, 'ds1'));
    const other = createBatchJournal(store, 'ds2');
    expect(other.listBatches()).toEqual([]);
    expect(other.findResult('x_0')).toBeUndefined();
    other.recordSubmitted({ batchId: 'b9', provider: 'anthropic', handleJson: handle('b9'), customIds: ['q_0'] });
    store.close();

    const reopened = openStore(file);
    const journal = createBatchJournal(reopened, 'ds1');
    expect(journal.findResult('x_0')).toBe('{"text":"x"}');
    expect(createBatchJournal(reopened, 'ds2').pendingBatches()).toMatchObject([{ batchId: 'b9', provider: 'anthropic', pendingIds: ['q_0'] }]);
    reopened.close();
    expect(readFileSync(file).includes('sk-')).toBe(false);
  });

  it('in memory: the same behaviour', () => {
    exercise(createMemoryBatchJournal());
  });

  it('migration 2 upgrades a version-1 database and keeps its rows', () => {
    const file = path.join(dir(), 'old.db');
    const old = new Database(file);
    old.exec(MIGRATIONS[0]!);
    old.pragma('user_version = 1');
    old.prepare(`INSERT INTO datasets (id, name, provider, model, mode, dataset_size, capped_size, status, config_json, created_at, updated_at)
      VALUES ('old', 'old', 'openai', 'gpt-4o-mini', 'create', 5, 5, 'completed', '{}', 'now', 'now')`).run();
    old.close();
    const store = openStore(file);
    expect(store.getDataset('old')?.status).toBe('completed');
    const journal = createBatchJournal(store, 'old');
    journal.recordSubmitted({ batchId: 'b1', provider: 'openai', handleJson: handle('b1'), customIds: ['a_0'] });
    expect(journal.pendingBatches()).toHaveLength(1);
    store.close();
    const check = new Database(file, { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    check.close();
  });
});
