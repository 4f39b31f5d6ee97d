import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { StoreError } from '../errors/errors.js';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations.js';
import { DATASET_COLUMNS, rowToDataset, rowToSample } from './store-rows.js';
const requireCjs = createRequire(import.meta.url);
function loadDriver() {
    try {
        return requireCjs('better-sqlite3');
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        if (/NODE_MODULE_VERSION|was compiled against a different Node\.js version|invalid ELF|wrong ELF/.test(message)) {
            throw new StoreError(`The SQLite driver (better-sqlite3) was built for another Node.js version than ${process.version}. Run \`npm rebuild better-sqlite3\` and try again.`, { cause: error, code: 'store_driver_mismatch' });
        }
        throw new StoreError(`Could not load the SQLite driver (better-sqlite3): ${message}. Run \`npm install\` again.`, {
            cause: error,
            code: 'store_driver_missing',
        });
    }
}
const now = () => new Date().toISOString();
/** Open (creating and migrating if needed) the SQLite store at `file`. */
export function openStore(file, options = {}) {
    const Driver = loadDriver();
    if (!options.readonly)
        mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    let db;
    try {
        db = new Driver(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false, timeout: options.busyTimeoutMs ?? 5000 });
        db.pragma('foreign_keys = ON');
        if (!options.readonly) {
            // 16 KB pages for a new database (an existing one keeps its own; this must come before WAL mode): a sample
            // row is 0.5–2 KB, and with 4 KB pages many spill into overflow pages. Storing 46,000 identified samples took
            // 6.5 µs per sample with 4 KB pages, 5 µs with 16 KB (bench/README.md).
            db.pragma('page_size = 16384');
            db.pragma('journal_mode = WAL');
            db.pragma('synchronous = NORMAL');
            // Checkpoint every 64 MB of WAL (4,096 pages of 16 KB; 16,384 of 4 KB) instead of every 4 MB: each checkpoint
            // syncs the database file, and with random-order index inserts the same pages are copied again and again.
            // Measured on 100,000 samples in batches of 2,048: 28 → 19 µs per sample (bench/README.md). Durability is
            // unchanged (WAL commits are what survive a crash, not checkpoints).
            const pageSize = db.pragma('page_size', { simple: true });
            db.pragma(`wal_autocheckpoint = ${Math.max(1024, Math.round((64 << 20) / pageSize))}`);
        }
    }
    catch (error) {
        throw describeOpenError(file, error);
    }
    try {
        migrate(db, file, options.readonly ?? false);
    }
    catch (error) {
        db.close();
        throw error instanceof StoreError ? error : describeOpenError(file, error);
    }
    return createStore(db, file);
}
function describeOpenError(file, error) {
    const message = error instanceof Error ? error.message : String(error);
    const code = error.code ?? '';
    if (code === 'SQLITE_BUSY' || /database is locked/i.test(message)) {
        return new StoreError(`${file} is locked by another process (another ftdb run?). Wait for it to finish and try again.`, { cause: error, code: 'store_locked' });
    }
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT' || /not a database|malformed/i.test(message)) {
        return new StoreError(`${file} is not a valid SQLite database (corrupt?). It was left untouched: restore a copy from memory/backups/ or move it away to start fresh.`, { cause: error, code: 'store_corrupt' });
    }
    if (code === 'SQLITE_CANTOPEN') {
        return new StoreError(`Cannot open ${file}: ${message}. Check the path and its permissions.`, { cause: error, code: 'store_cannot_open' });
    }
    return new StoreError(`Cannot use the database ${file}: ${message}`, { cause: error });
}
function migrate(db, file, readonly) {
    const version = db.pragma('user_version', { simple: true });
    if (version > SCHEMA_VERSION) {
        throw new StoreError(`${file} was written by a newer version of fine-tune-dataset-builder (schema ${version}, this version knows ${SCHEMA_VERSION}). Upgrade ftdb; the database was not changed.`, { code: 'store_newer_version' });
    }
    if (version === SCHEMA_VERSION)
        return;
    if (readonly)
        throw new StoreError(`${file} needs a schema upgrade; open it read-write once.`, { code: 'store_needs_migration' });
    for (let index = version; index < MIGRATIONS.length; index += 1) {
        db.transaction(() => {
            db.exec(MIGRATIONS[index]);
            db.pragma(`user_version = ${index + 1}`);
        })();
    }
}
function createStore(db, file) {
    // messages_json may come as UTF-8 bytes (bound as a BLOB): the CAST stores it as the same TEXT a string gives.
    const insertSample = db.prepare(`INSERT OR IGNORE INTO samples
    (id, dataset_id, seq, messages_json, content_hash, origin, source_file, unit_kind, unit_index, start_offset, end_offset,
     topic_keywords, token_length, token_method, split, context, detector, chunk_id, input_tokens, output_tokens, created_at)
    VALUES (?, ?, ?, CAST(? AS TEXT), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    const maxSeq = db.prepare('SELECT COALESCE(MAX(seq), 0) AS seq FROM samples WHERE dataset_id = ?');
    const countStatement = db.prepare('SELECT COUNT(*) AS n FROM samples WHERE dataset_id = ?');
    const markChunk = db.prepare('INSERT OR IGNORE INTO chunks_done (dataset_id, chunk_id, finished_at) VALUES (?, ?, ?)');
    // The count is read once per dataset and then kept up to date here: a COUNT(*) per batch grew with the table.
    const setSampleCount = db.prepare('UPDATE datasets SET sample_count = ?, updated_at = ? WHERE id = ?');
    const countByDataset = new Map();
    const defaultSplitStatement = db.prepare('SELECT default_split FROM datasets WHERE id = ?');
    /** The split of samples whose own is NULL (`setSplitsBySeq`'s fill), if any. */
    const defaultSplit = (datasetId) => (defaultSplitStatement.get(datasetId)?.default_split ?? undefined);
    const hashExists = db.prepare('SELECT 1 FROM samples WHERE dataset_id = ? AND content_hash = ? LIMIT 1');
    const seqByDataset = new Map();
    const nextSeq = (datasetId) => {
        let seq = seqByDataset.get(datasetId);
        if (seq === undefined)
            seq = maxSeq.get(datasetId).seq;
        seq += 1;
        seqByDataset.set(datasetId, seq);
        return seq;
    };
    const insertBatch = db.transaction((datasetId, samples, chunkIds) => {
        let inserted = 0;
        const createdAt = now();
        for (const { sample, contentHash, messagesJson } of samples) {
            const seq = nextSeq(datasetId);
            const result = insertSample.run(sample.id, datasetId, seq, messagesJson ?? JSON.stringify(sample.messages), contentHash, sample.origin, sample.sourceFile ?? sample.source?.file ?? null, sample.source?.unitKind ?? null, sample.source?.unitIndex ?? null, sample.source?.startOffset ?? null, sample.source?.endOffset ?? null, JSON.stringify(sample.topicKeywords), sample.tokenLength ?? null, sample.tokenMethod ?? null, sample.split ?? null, sample.context ?? null, sample.detector ?? null, sample.chunkId ?? null, sample.usage?.inputTokens ?? null, sample.usage?.outputTokens ?? null, createdAt);
            if (result.changes === 0)
                seqByDataset.set(datasetId, seq - 1);
            inserted += result.changes;
        }
        for (const chunkId of chunkIds)
            markChunk.run(datasetId, chunkId, createdAt);
        const cached = countByDataset.get(datasetId);
        const count = cached === undefined ? countStatement.get(datasetId).n : cached + inserted;
        setSampleCount.run(count, createdAt, datasetId);
        countByDataset.set(datasetId, count);
        return inserted;
    });
    /**
     * Backup as a plain file copy: fold the WAL into the database file, then, holding the write lock so nothing can
     * be appended meanwhile, copy the file if the WAL is empty. Several times faster than the page-by-page online
     * backup (bench/README.md). False (and nothing written) when that cannot be done safely: not a WAL database, or
     * another connection's reads kept the checkpoint from finishing; the caller then runs the online backup.
     */
    const copyCheckpointed = (target) => {
        if (String(db.pragma('journal_mode', { simple: true })).toLowerCase() !== 'wal' || !existsSync(file))
            return false;
        // No waiting on other connections' readers (TRUNCATE would, for the busy timeout): busy means fall back.
        const timeout = db.pragma('busy_timeout', { simple: true });
        db.pragma('busy_timeout = 0');
        let busy;
        try {
            busy = db.pragma('wal_checkpoint(TRUNCATE)')[0]?.busy !== 0;
        }
        finally {
            db.pragma(`busy_timeout = ${timeout}`);
        }
        if (busy)
            return false;
        db.exec('BEGIN IMMEDIATE');
        try {
            if ((statSync(`${file}-wal`, { throwIfNoEntry: false })?.size ?? 0) > 0)
                return false;
            copyFileSync(file, target);
            return true;
        }
        finally {
            db.exec('COMMIT');
        }
    };
    const wrap = (what, action) => {
        try {
            return action();
        }
        catch (error) {
            if (error instanceof StoreError)
                throw error;
            throw describeOpenError(file, error instanceof Error ? Object.assign(error, { message: `${what}: ${error.message}` }) : error);
        }
    };
    return {
        path: file,
        sql: db,
        createDataset(record) {
            const timestamp = now();
            wrap('create dataset', () => db.prepare(`INSERT INTO datasets (id, name, provider, model, mode, dataset_size, capped_size, status, config_json, input_hash,
          split_seed, output_dir, cost_usd, stats_json, error, created_at, updated_at, completed_at)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(record.id, record.name, record.provider, record.model, record.mode, record.datasetSize, record.cappedSize, record.status, record.configJson, record.inputHash, record.splitSeed ?? null, record.outputDir ?? null, record.costUsd ?? null, record.statsJson ?? null, record.error ?? null, timestamp, timestamp, record.completedAt ?? null));
            return this.getDataset(record.id);
        },
        getDataset(idOrName) {
            const row = db.prepare('SELECT * FROM datasets WHERE id = ?').get(idOrName) ??
                db.prepare('SELECT * FROM datasets WHERE name = ? ORDER BY created_at DESC, rowid DESC LIMIT 1').get(idOrName);
            return row === undefined ? undefined : rowToDataset(row);
        },
        latestDataset() {
            const row = db.prepare('SELECT * FROM datasets ORDER BY created_at DESC, rowid DESC LIMIT 1').get();
            return row === undefined ? undefined : rowToDataset(row);
        },
        listDatasets() {
            return db.prepare('SELECT * FROM datasets ORDER BY created_at DESC, rowid DESC').all().map(rowToDataset);
        },
        updateDataset(id, patch) {
            const sets = [];
            const values = [];
            for (const [key, value] of Object.entries({ ...patch, updatedAt: now() })) {
                const column = DATASET_COLUMNS[key];
                if (column === undefined)
                    continue;
                sets.push(`${column} = ?`);
                values.push(value === undefined ? null : value);
            }
            wrap('update dataset', () => db.prepare(`UPDATE datasets SET ${sets.join(', ')} WHERE id = ?`).run(...values, id));
        },
        insertSamples(datasetId, samples, finishedChunkIds = []) {
            try {
                return wrap('store samples', () => insertBatch(datasetId, samples, finishedChunkIds));
            }
            catch (error) {
                // The transaction was rolled back: read seq and count from the database again next time.
                seqByDataset.delete(datasetId);
                countByDataset.delete(datasetId);
                throw error;
            }
        },
        countSamples(datasetId) {
            return countStatement.get(datasetId).n;
        },
        *iterateSamples(datasetId, options = {}) {
            const fill = defaultSplit(datasetId);
            const statement = options.split === undefined
                ? db.prepare('SELECT * FROM samples WHERE dataset_id = ? ORDER BY seq')
                : db.prepare('SELECT * FROM samples WHERE dataset_id = ? AND COALESCE(split, ?) = ? ORDER BY seq');
            const rows = options.split === undefined ? statement.iterate(datasetId) : statement.iterate(datasetId, fill, options.split);
            for (const row of rows) {
                const sample = rowToSample(row);
                if (sample.split === undefined && fill !== undefined)
                    sample.split = fill;
                yield sample;
            }
        },
        *iterateSamplesForExport(datasetId) {
            const fill = defaultSplit(datasetId);
            // Only the columns the JSONL and CSV files use, and no nested objects: most of the export's read time.
            const statement = db.prepare('SELECT id, messages_json, origin, source_file, topic_keywords, token_length, split FROM samples WHERE dataset_id = ? ORDER BY seq');
            for (const row of statement.iterate(datasetId)) {
                yield {
                    id: row.id,
                    messages: JSON.parse(row.messages_json),
                    origin: row.origin,
                    sourceFile: row.source_file ?? undefined,
                    topicKeywords: JSON.parse(row.topic_keywords),
                    tokenLength: row.token_length ?? undefined,
                    split: row.split ?? fill,
                };
            }
        },
        *iterateSampleMeta(datasetId) {
            const statement = db.prepare('SELECT seq, origin, source_file, topic_keywords, token_length, token_method FROM samples WHERE dataset_id = ? ORDER BY seq');
            for (const row of statement.iterate(datasetId)) {
                yield {
                    seq: row.seq,
                    origin: row.origin,
                    sourceFile: row.source_file ?? undefined,
                    topicKeywords: JSON.parse(row.topic_keywords),
                    tokenLength: row.token_length ?? undefined,
                    tokenMethod: row.token_method ?? undefined,
                };
            }
        },
        hasContentHash(datasetId, hash) {
            return hashExists.get(datasetId, hash) !== undefined;
        },
        contentHashes(datasetId) {
            const hashes = new Set();
            for (const row of db.prepare('SELECT content_hash FROM samples WHERE dataset_id = ?').iterate(datasetId)) {
                hashes.add(row.content_hash);
            }
            return hashes;
        },
        setSplits(datasetId, assignments) {
            const statement = db.prepare('UPDATE samples SET split = ? WHERE dataset_id = ? AND id = ?');
            wrap('store splits', () => db.transaction(() => {
                for (const [id, split] of assignments)
                    statement.run(split, datasetId, id);
            })());
        },
        setSplitsBySeq(datasetId, fill, assignments = []) {
            wrap('store splits', () => db.transaction(() => {
                db.prepare('UPDATE datasets SET default_split = ? WHERE id = ?').run(fill, datasetId);
                db.exec('CREATE TEMP TABLE IF NOT EXISTS split_assignments (seq INTEGER PRIMARY KEY, split TEXT)');
                db.exec('DELETE FROM temp.split_assignments');
                const add = db.prepare('INSERT OR REPLACE INTO temp.split_assignments (seq, split) VALUES (?, ?)');
                for (const [seq, split] of assignments)
                    if (split !== fill)
                        add.run(seq, split);
                // One pass: each row's new split is its assignment (a null one kept as '' until the end) or the fill. Rows
                // already right are not written, so splitting again only rewrites the pages of the rows that move. The
                // first split of 232,000 samples (every row written) takes about as long as updating its 23,000
                // validation rows one by one did (0.8 s: either way most pages of the table are rewritten).
                const next = "NULLIF(IFNULL((SELECT IFNULL(a.split, '') FROM temp.split_assignments a WHERE a.seq = samples.seq), ?), '')";
                db.prepare(`UPDATE samples SET split = ${next} WHERE dataset_id = ? AND split IS NOT ${next}`).run(fill, datasetId, fill);
                db.exec('DELETE FROM temp.split_assignments');
            })());
        },
        markChunksFinished(datasetId, chunkIds) {
            const timestamp = now();
            wrap('mark chunks', () => db.transaction(() => { for (const id of chunkIds)
                markChunk.run(datasetId, id, timestamp); })());
        },
        finishedChunks(datasetId) {
            const rows = db.prepare('SELECT chunk_id FROM chunks_done WHERE dataset_id = ?').all(datasetId);
            return new Set(rows.map((row) => row.chunk_id));
        },
        addCounters(datasetId, kind, counts) {
            const statement = db.prepare(`INSERT INTO counters (dataset_id, kind, reason, count) VALUES (?, ?, ?, ?)
        ON CONFLICT(dataset_id, kind, reason) DO UPDATE SET count = count + excluded.count`);
            wrap('store counters', () => db.transaction(() => {
                for (const [reason, count] of Object.entries(counts))
                    if (count !== 0)
                        statement.run(datasetId, kind, reason, count);
            })());
        },
        counters(datasetId, kind) {
            const rows = db.prepare('SELECT reason, count FROM counters WHERE dataset_id = ? AND kind = ? ORDER BY count DESC').all(datasetId, kind);
            return Object.fromEntries(rows.map((row) => [row.reason, row.count]));
        },
        startRun(datasetId, resumed) {
            const result = db.prepare('INSERT INTO runs (dataset_id, started_at, status, resumed) VALUES (?, ?, ?, ?)').run(datasetId, now(), 'running', resumed ? 1 : 0);
            return Number(result.lastInsertRowid);
        },
        endRun(runId, patch) {
            db.prepare('UPDATE runs SET ended_at = ?, status = ?, llm_calls = ?, input_tokens = ?, output_tokens = ? WHERE id = ?')
                .run(now(), patch.status, patch.llmCalls, patch.inputTokens, patch.outputTokens, runId);
        },
        async backup(dir, keep) {
            if (keep <= 0)
                return undefined;
            mkdirSync(dir, { recursive: true });
            const stamp = new Date().toISOString().replace(/[:.]/g, '-');
            const target = path.join(dir, `dataset_builder-${stamp}.db`);
            if (!copyCheckpointed(target))
                await db.backup(target);
            const backups = readdirSync(dir).filter((name) => /^dataset_builder-.*\.db$/.test(name)).sort();
            for (const old of backups.slice(0, Math.max(0, backups.length - keep))) {
                const oldPath = path.join(dir, old);
                if (existsSync(oldPath))
                    rmSync(oldPath, { force: true });
            }
            return target;
        },
        close() {
            db.close();
        },
    };
}
//# sourceMappingURL=store.js.map