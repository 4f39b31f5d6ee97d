/**
 * Numbered schema migrations. Each runs once, in order, inside a transaction; the applied
 * version is kept in `PRAGMA user_version`. Never edit a released migration: add a new one.
 */
export const MIGRATIONS = [
    // 1: the brief's datasets and samples tables, plus resume bookkeeping.
    `
  CREATE TABLE datasets (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    provider TEXT NOT NULL,
    model TEXT NOT NULL,
    mode TEXT NOT NULL,
    dataset_size INTEGER NOT NULL,
    capped_size INTEGER NOT NULL,
    status TEXT NOT NULL,
    config_json TEXT NOT NULL,
    input_hash TEXT NOT NULL DEFAULT '',
    split_seed INTEGER,
    output_dir TEXT,
    sample_count INTEGER NOT NULL DEFAULT 0,
    train_count INTEGER NOT NULL DEFAULT 0,
    validation_count INTEGER NOT NULL DEFAULT 0,
    total_tokens INTEGER NOT NULL DEFAULT 0,
    llm_calls INTEGER NOT NULL DEFAULT 0,
    input_tokens INTEGER NOT NULL DEFAULT 0,
    output_tokens INTEGER NOT NULL DEFAULT 0,
    cost_usd REAL,
    stats_json TEXT,
    error TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    completed_at TEXT
  );
  CREATE INDEX idx_datasets_name ON datasets(name);
  CREATE INDEX idx_datasets_created ON datasets(created_at);

  CREATE TABLE samples (
    id TEXT NOT NULL,
    dataset_id TEXT NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    messages_json TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    origin TEXT NOT NULL,
    source_file TEXT,
    unit_kind TEXT,
    unit_index INTEGER,
    start_offset INTEGER,
    end_offset INTEGER,
    topic_keywords TEXT NOT NULL DEFAULT '[]',
    token_length INTEGER,
    token_method TEXT,
    split TEXT,
    context TEXT,
    detector TEXT,
    chunk_id TEXT,
    input_tokens INTEGER,
    output_tokens INTEGER,
    created_at TEXT NOT NULL,
    PRIMARY KEY (dataset_id, id)
  );
  CREATE UNIQUE INDEX idx_samples_content ON samples(dataset_id, content_hash);
  CREATE INDEX idx_samples_seq ON samples(dataset_id, seq);
  CREATE INDEX idx_samples_source ON samples(dataset_id, source_file);
  CREATE INDEX idx_samples_split ON samples(dataset_id, split);

  CREATE TABLE chunks_done (
    dataset_id TEXT NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,
    chunk_id TEXT NOT NULL,
    finished_at TEXT NOT NULL,
    PRIMARY KEY (dataset_id, chunk_id)
  );

  CREATE TABLE counters (
    dataset_id TEXT NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    reason TEXT NOT NULL,
    count INTEGER NOT NULL,
    PRIMARY KEY (dataset_id, kind, reason)
  );

  CREATE TABLE runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    dataset_id TEXT NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,
    started_at TEXT NOT NULL,
    ended_at TEXT,
    status TEXT NOT NULL,
    resumed INTEGER NOT NULL DEFAULT 0,
    llm_calls INTEGER NOT NULL DEFAULT 0,
    input_tokens INTEGER NOT NULL DEFAULT 0,
    output_tokens INTEGER NOT NULL DEFAULT 0
  );
  CREATE INDEX idx_runs_dataset ON runs(dataset_id);
  `,
    // 2: the batch-API journal (system.use_batch_api): submitted batches and their per-request results, so a
    // restart polls a submitted batch instead of paying for it twice (src/store/batch-journal.ts).
    `
  CREATE TABLE llm_batches (
    dataset_id TEXT NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,
    batch_id TEXT NOT NULL,
    provider TEXT NOT NULL,
    handle_json TEXT NOT NULL,
    status TEXT NOT NULL,
    request_count INTEGER NOT NULL,
    detail TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (dataset_id, batch_id)
  );
  CREATE INDEX idx_llm_batches_status ON llm_batches(dataset_id, status);

  CREATE TABLE llm_batch_results (
    dataset_id TEXT NOT NULL,
    batch_id TEXT NOT NULL,
    custom_id TEXT NOT NULL,
    status TEXT NOT NULL,
    result_json TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (dataset_id, batch_id, custom_id),
    FOREIGN KEY (dataset_id, batch_id) REFERENCES llm_batches(dataset_id, batch_id) ON DELETE CASCADE
  );
  CREATE INDEX idx_llm_batch_results_custom ON llm_batch_results(dataset_id, custom_id, status);
  `,
    // 3: fewer sample indexes. Each cost a B-tree insert per sample stored (a random-order one for the content hash),
    // and every commit rewrites the index pages it touched: at 232,000 samples storing took 40+ µs per sample, most
    // of an identify run's main thread (bench/README.md). No query filters by source file; the by-split listing
    // scans in seq order; duplicates are refused before the store by the run's duplicate detector, which is seeded
    // from the stored samples on resume (src/pipeline/sample-sink.ts), and the primary key still refuses a sample id
    // stored twice.
    `
  DROP INDEX IF EXISTS idx_samples_source;
  DROP INDEX IF EXISTS idx_samples_split;
  DROP INDEX IF EXISTS idx_samples_content;

  -- The split of the dataset's samples whose own \`split\` is NULL: setting the split writes the (few) validation
  -- rows and this, instead of rewriting every sample row.
  ALTER TABLE datasets ADD COLUMN default_split TEXT;
  `,
];
export const SCHEMA_VERSION = MIGRATIONS.length;
//# sourceMappingURL=migrations.js.map