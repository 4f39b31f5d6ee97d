// Issue 9 target 4: writing 100,000 samples through the store ≤ 2 × a bare better-sqlite3 batched insert
// of the same rows in the same run; reading them back for export ≥ 50,000 samples/s.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openStore } from '../dist/store/store.js';
import { contentHash } from '../dist/dataset/dedup.js';
import { MIGRATIONS } from '../dist/store/migrations.js';
import { report, timeSync } from './lib.mjs';

const COUNT = Number(process.env.BENCH_SAMPLES ?? 100_000);
const BATCH = 256;
const dir = mkdtempSync(path.join(os.tmpdir(), 'ftdb-bench-store-'));

const samples = Array.from({ length: COUNT }, (_, index) => {
  const messages = [
    { role: 'user', content: `How do I configure feature number ${index} of the backup client on a new laptop?` },
    { role: 'assistant', content: `Open Settings, choose Feature ${index}, and follow the three steps shown. ${'Details follow. '.repeat(8)}` },
  ];
  return {
    sample: { id: `s${index}`, messages, origin: 'identified', sourceFile: `file-${index % 20}.md`, source: { file: `file-${index % 20}.md`, unitKind: 'paragraph', unitIndex: index % 50, startOffset: index * 10, endOffset: index * 10 + 200 }, topicKeywords: ['backup', 'settings'], tokenLength: 60, tokenMethod: 'exact' },
    contentHash: contentHash(messages),
  };
});

// Baseline: the same schema (every migration), page size and journal settings as the store, and the same rows,
// inserted with a bare prepared statement in batched transactions.
const bare = new Database(path.join(dir, 'bare.db'));
bare.pragma('page_size = 16384');
bare.pragma('journal_mode = WAL');
bare.pragma('synchronous = NORMAL');
for (const migration of MIGRATIONS) bare.exec(migration);
bare.prepare("INSERT INTO datasets (id, name, provider, model, mode, dataset_size, capped_size, status, config_json, created_at, updated_at) VALUES ('ds', 'b', 'openai', 'm', 'identify', 1, 1, 'running', '{}', 'now', 'now')").run();
const insert = bare.prepare(`INSERT OR IGNORE INTO samples (id, dataset_id, seq, messages_json, content_hash, origin, source_file, unit_kind, unit_index, start_offset, end_offset, topic_keywords, token_length, token_method, split, context, detector, chunk_id, input_tokens, output_tokens, created_at) VALUES (?, 'ds', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, NULL, NULL, NULL, NULL, ?)`);
const bareBatch = bare.transaction((rows, offset) => {
  rows.forEach(({ sample, contentHash: hash }, index) => insert.run(sample.id, offset + index + 1, JSON.stringify(sample.messages), hash, sample.origin, sample.sourceFile, sample.source.unitKind, sample.source.unitIndex, sample.source.startOffset, sample.source.endOffset, JSON.stringify(sample.topicKeywords), sample.tokenLength, sample.tokenMethod, 'now'));
});
const baseline = timeSync(() => {
  for (let offset = 0; offset < COUNT; offset += BATCH) bareBatch(samples.slice(offset, offset + BATCH), offset);
});
bare.close();

const store = openStore(path.join(dir, 'store.db'));
store.createDataset({ id: 'ds', name: 'bench', provider: 'openai', model: 'm', mode: 'identify', datasetSize: COUNT, cappedSize: COUNT, status: 'running', configJson: '{}', inputHash: '' });
const ours = timeSync(() => {
  for (let offset = 0; offset < COUNT; offset += BATCH) store.insertSamples('ds', samples.slice(offset, offset + BATCH));
});
const read = timeSync(() => {
  let count = 0;
  for (const _sample of store.iterateSamples('ds')) count += 1;
  return count;
});
store.close();
if (process.env.BENCH_KEEP !== '1') rmSync(dir, { recursive: true, force: true });

const writeRatio = ours.ms / baseline.ms;
const readRate = read.value / (read.ms / 1000);
const okWrite = report('store write (store / bare better-sqlite3)', { ratio: writeRatio, limit: 2, details: `${COUNT} samples: store ${ours.ms.toFixed(0)} ms, bare ${baseline.ms.toFixed(0)} ms` });
const okRead = report('store read for export (samples/s)', { ratio: readRate, limit: 50_000, comparison: '>=', details: `${read.value} samples in ${read.ms.toFixed(0)} ms` });
process.exitCode = okWrite && okRead ? 0 : 1;
