import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentHash } from '../dataset/dedup.js';
import type { Sample } from '../dataset/types.js';
import { StoreError } from '../errors/errors.js';
import { openStore } from './store.js';

const dir = (): string => mkdtempSync(path.join(os.tmpdir(), 'ftdb-store-'));

function sample(index: number): Sample {
  return {
    id: `s${index}`,
    messages: [{ role: 'user', content: `question ${index}` }, { role: 'assistant', content: `answer ${index}` }],
    origin: 'identified',
    sourceFile: 'faq.md',
    source: { file: 'faq.md', unitKind: 'paragraph', unitIndex: 2, startOffset: 10, endOffset: 40 },
    topicKeywords: ['backup'],
    tokenLength: 20,
    tokenMethod: 'exact',
  };
}

function newDataset(store: ReturnType<typeof openStore>, id = 'ds1') {
  return store.createDataset({ id, name: 'my', provider: 'openai', model: 'gpt-4o-mini-2024-07-18', mode: 'identify', datasetSize: 10, cappedSize: 10, status: 'running', configJson: '{}', inputHash: 'abc' });
}

describe('openStore', () => {
  it('creates the schema, stores samples once and reads them back in order', () => {
    const file = path.join(dir(), 'memory', 'dataset_builder.db');
    const store = openStore(file);
    newDataset(store);
    const batch = [1, 2, 3].map((index) => ({ sample: sample(index), contentHash: contentHash(sample(index).messages) }));
    expect(store.insertSamples('ds1', batch, ['chunk-a'])).toBe(3);
    expect(store.insertSamples('ds1', batch.slice(0, 2))).toBe(0);
    expect(store.countSamples('ds1')).toBe(3);
    const read = [...store.iterateSamples('ds1')];
    expect(read.map((row) => row.id)).toEqual(['s1', 's2', 's3']);
    expect(read[0]).toMatchObject({ seq: 1, source: { unitKind: 'paragraph', unitIndex: 2, startOffset: 10, endOffset: 40 }, topicKeywords: ['backup'] });
    expect(store.finishedChunks('ds1')).toEqual(new Set(['chunk-a']));
    expect(store.getDataset('ds1')?.sampleCount).toBe(3);
    store.setSplits('ds1', [['s1', 'validation']]);
    expect([...store.iterateSamples('ds1', { split: 'validation' })].map((row) => row.id)).toEqual(['s1']);
    store.addCounters('ds1', 'rejected', { over_token_limit: 2 });
    store.addCounters('ds1', 'rejected', { over_token_limit: 1, bad_roles: 1 });
    expect(store.counters('ds1', 'rejected')).toEqual({ over_token_limit: 3, bad_roles: 1 });
    store.close();
  });

  it('finds datasets by id, name and latest', () => {
    const store = openStore(path.join(dir(), 'db.sqlite'));
    newDataset(store, 'ds-a');
    newDataset(store, 'ds-b');
    expect(store.getDataset('my')?.id).toBe('ds-b');
    expect(store.latestDataset()?.id).toBe('ds-b');
    expect(store.listDatasets()).toHaveLength(2);
    store.close();
  });

  it('keeps the newest backups', async () => {
    const base = dir();
    const store = openStore(path.join(base, 'db.sqlite'));
    newDataset(store);
    for (let index = 0; index < 4; index += 1) {
      await store.backup(path.join(base, 'backups'), 2);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect(readdirSync(path.join(base, 'backups'))).toHaveLength(2);
    store.close();
  });

  it('backs up a complete copy, with what was still in the WAL, and falls back to the online backup while a reader holds the WAL', async () => {
    const base = dir();
    const store = openStore(path.join(base, 'db.sqlite'));
    newDataset(store, 'ds-a');
    store.insertSamples('ds-a', [0, 1, 2].map((index) => ({ sample: sample(index), contentHash: contentHash(sample(index).messages) })));
    const copied = await store.backup(path.join(base, 'backups'), 5);
    const first = openStore(copied!, { readonly: true });
    expect(first.countSamples('ds-a')).toBe(3);
    first.close();
    // A reader in the middle of a read keeps the checkpoint from emptying the WAL: no file copy then.
    store.insertSamples('ds-a', [3].map((index) => ({ sample: sample(index), contentHash: contentHash(sample(index).messages) })));
    const reader = new Database(store.path, { readonly: true });
    const rows = reader.prepare('SELECT id FROM samples').iterate();
    rows.next();
    await new Promise((resolve) => setTimeout(resolve, 5));
    const online = await store.backup(path.join(base, 'backups'), 5);
    rows.return?.();
    reader.close();
    const second = openStore(online!, { readonly: true });
    expect(second.countSamples('ds-a')).toBe(4);
    second.close();
    store.close();
  });

  it('refuses a corrupt database without touching it', () => {
    const file = path.join(dir(), 'bad.db');
    writeFileSync(file, 'this is not a database at all, just text padding '.repeat(200));
    expect(() => openStore(file)).toThrow(StoreError);
    expect(() => openStore(file)).toThrow(/not a valid SQLite database/);
    expect(existsSync(file)).toBe(true);
  });

  it('says clearly when another process holds the database', () => {
    const file = path.join(dir(), 'locked.db');
    openStore(file).close();
    const holder = new Database(file);
    holder.exec('BEGIN EXCLUSIVE');
    try {
      const store = openStore(file, { busyTimeoutMs: 50 });
      // WAL readers may still open; writing must then fail clearly.
      expect(() => newDataset(store)).toThrow(/locked by another process/);
      store.close();
    } catch (error) {
      expect(String(error)).toMatch(/locked by another process/);
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
  });

  it('refuses a database from a newer version', () => {
    const file = path.join(dir(), 'new.db');
    const db = new Database(file);
    db.pragma('user_version = 99');
    db.close();
    expect(() => openStore(file)).toThrow(/newer version/);
  });

  it('keeps sample_count right across batches, duplicates and datasets, and reads light metadata by seq', () => {
    const store = openStore(path.join(dir(), 'count.db'));
    newDataset(store, 'ds-a');
    newDataset(store, 'ds-b');
    const batch = (from: number, to: number) => Array.from({ length: to - from }, (_, offset) => {
      const item = { ...sample(from + offset), topicKeywords: [`kw${(from + offset) % 3}`, 'extra'] };
      return { sample: item, contentHash: contentHash(item.messages) };
    });
    expect(store.insertSamples('ds-a', batch(0, 5))).toBe(5);
    expect(store.insertSamples('ds-b', batch(0, 2))).toBe(2);
    expect(store.insertSamples('ds-a', batch(3, 9))).toBe(4);
    expect(store.getDataset('ds-a')?.sampleCount).toBe(9);
    expect(store.getDataset('ds-b')?.sampleCount).toBe(2);
    const meta = [...store.iterateSampleMeta('ds-a')];
    expect(meta.map((row) => row.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(meta[4]).toEqual({ seq: 5, origin: 'identified', sourceFile: 'faq.md', topicKeywords: ['kw1', 'extra'], tokenLength: 20, tokenMethod: 'exact' });
    store.setSplitsBySeq('ds-a', 'train', [[2, 'validation'], [7, 'validation'], [8, 'train']]);
    expect([...store.iterateSamples('ds-a', { split: 'validation' })].map((row) => row.seq)).toEqual([2, 7]);
    expect([...store.iterateSamples('ds-a', { split: 'train' })]).toHaveLength(7);
    expect([...store.iterateSamples('ds-b')].every((row) => row.split === undefined)).toBe(true);
    // Every row of the dataset carries its split in the samples table itself (what someone querying SQLite sees).
    const splitColumn = (datasetId: string) => {
      const raw = new Database(store.path, { readonly: true });
      try {
        return (raw.prepare('SELECT split FROM samples WHERE dataset_id = ? ORDER BY seq').all(datasetId) as { split: string | null }[]).map((row) => row.split);
      } finally {
        raw.close();
      }
    };
    expect(splitColumn('ds-a')).toEqual(['train', 'validation', 'train', 'train', 'train', 'train', 'validation', 'train', 'train']);
    expect(splitColumn('ds-b')).toEqual([null, null]);
    // Splitting again moves rows both ways; a null assignment clears a row's split.
    store.setSplitsBySeq('ds-a', 'train', [[3, 'validation'], [9, null]]);
    expect(splitColumn('ds-a')).toEqual(['train', 'train', 'validation', 'train', 'train', 'train', 'train', 'train', null]);
    expect([...store.iterateSamples('ds-a', { split: 'validation' })].map((row) => row.seq)).toEqual([3]);
    store.setSplitsBySeq('ds-a', null);
    expect(splitColumn('ds-a').every((split) => split === null)).toBe(true);
    store.close();
    // A new connection counts from the database again.
    const reopened = openStore(path.join(path.dirname(store.path), 'count.db'));
    expect(reopened.insertSamples('ds-a', batch(9, 11))).toBe(2);
    expect(reopened.getDataset('ds-a')?.sampleCount).toBe(11);
    reopened.close();
  });
});
