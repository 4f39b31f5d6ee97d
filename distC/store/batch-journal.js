import { StoreError } from '../errors/errors.js';
function rowToEntry(row) {
    return {
        batchId: row.batch_id,
        provider: row.provider,
        handleJson: row.handle_json,
        status: row.status,
        requestCount: row.request_count,
        detail: row.detail ?? undefined,
        createdAt: row.created_at,
        updatedAt: row.updated_at,
    };
}
/** The journal of `datasetId` in the SQLite store (the dataset must exist: rows reference it). */
export function createBatchJournal(store, datasetId, now = () => new Date().toISOString()) {
    const { sql } = store;
    const prepare = (text) => {
        try {
            return sql.prepare(text);
        }
        catch (error) {
            throw new StoreError(`The batch journal tables are missing in ${store.path} (${error instanceof Error ? error.message : String(error)}); open the database read-write once so it is migrated.`, { cause: error });
        }
    };
    const insertBatch = prepare(`INSERT INTO llm_batches (dataset_id, batch_id, provider, handle_json, status, request_count, created_at, updated_at)
    VALUES (?, ?, ?, ?, 'submitted', ?, ?, ?)`);
    const insertPending = prepare(`INSERT OR IGNORE INTO llm_batch_results (dataset_id, batch_id, custom_id, status, result_json, created_at, updated_at)
    VALUES (?, ?, ?, 'pending', NULL, ?, ?)`);
    const upsertResult = prepare(`INSERT INTO llm_batch_results (dataset_id, batch_id, custom_id, status, result_json, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT(dataset_id, batch_id, custom_id) DO UPDATE SET status = excluded.status, result_json = excluded.result_json, updated_at = excluded.updated_at`);
    const updateStatus = prepare('UPDATE llm_batches SET status = ?, detail = ?, updated_at = ? WHERE dataset_id = ? AND batch_id = ?');
    const findOk = prepare(`SELECT result_json FROM llm_batch_results WHERE dataset_id = ? AND custom_id = ? AND status = 'ok' ORDER BY updated_at DESC LIMIT 1`);
    const selectPending = prepare(`SELECT * FROM llm_batches WHERE dataset_id = ? AND status = 'submitted' ORDER BY created_at, rowid`);
    const selectPendingIds = prepare(`SELECT custom_id FROM llm_batch_results WHERE dataset_id = ? AND batch_id = ? AND status = 'pending' ORDER BY rowid`);
    const selectAll = prepare('SELECT * FROM llm_batches WHERE dataset_id = ? ORDER BY created_at, rowid');
    const wrap = (what, action) => {
        try {
            return action();
        }
        catch (error) {
            if (error instanceof StoreError)
                throw error;
            throw new StoreError(`Could not ${what} in the batch journal of ${store.path}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
        }
    };
    const submitted = sql.transaction((batch) => {
        const timestamp = now();
        insertBatch.run(datasetId, batch.batchId, batch.provider, batch.handleJson, batch.customIds.length, timestamp, timestamp);
        for (const customId of batch.customIds)
            insertPending.run(datasetId, batch.batchId, customId, timestamp, timestamp);
    });
    const results = sql.transaction((batchId, items) => {
        const timestamp = now();
        for (const item of items)
            upsertResult.run(datasetId, batchId, item.customId, item.ok ? 'ok' : 'error', item.resultJson, timestamp, timestamp);
    });
    return {
        datasetId,
        recordSubmitted: (batch) => wrap('record a submitted batch', () => submitted(batch)),
        recordResults: (batchId, items) => {
            if (items.length > 0)
                wrap('record batch results', () => results(batchId, items));
        },
        setStatus: (batchId, status, detail) => wrap('update a batch', () => void updateStatus.run(status, detail ?? null, now(), datasetId, batchId)),
        findResult: (customId) => findOk.get(datasetId, customId)?.result_json,
        pendingBatches: () => selectPending.all(datasetId).map((row) => ({
            ...rowToEntry(row),
            pendingIds: selectPendingIds.all(datasetId, row.batch_id).map((id) => id.custom_id),
        })),
        listBatches: () => selectAll.all(datasetId).map(rowToEntry),
    };
}
/** The same journal in memory (tests, library users without a store). */
export function createMemoryBatchJournal(datasetId = 'memory', now = () => new Date().toISOString()) {
    const batches = new Map();
    /** batch id → custom id → result (undefined while pending). */
    const items = new Map();
    return {
        datasetId,
        recordSubmitted(batch) {
            if (batches.has(batch.batchId))
                throw new StoreError(`Batch ${batch.batchId} is already in the journal.`);
            const timestamp = now();
            batches.set(batch.batchId, { batchId: batch.batchId, provider: batch.provider, handleJson: batch.handleJson, status: 'submitted', requestCount: batch.customIds.length, createdAt: timestamp, updatedAt: timestamp });
            items.set(batch.batchId, new Map(batch.customIds.map((id) => [id, undefined])));
        },
        recordResults(batchId, results) {
            const byId = items.get(batchId) ?? new Map();
            items.set(batchId, byId);
            for (const result of results)
                byId.set(result.customId, { ...result });
        },
        setStatus(batchId, status, detail) {
            const entry = batches.get(batchId);
            if (entry !== undefined)
                batches.set(batchId, { ...entry, status, detail, updatedAt: now() });
        },
        findResult(customId) {
            let found;
            for (const byId of items.values()) {
                const result = byId.get(customId);
                if (result?.ok === true)
                    found = result.resultJson;
            }
            return found;
        },
        pendingBatches() {
            return [...batches.values()]
                .filter((entry) => entry.status === 'submitted')
                .map((entry) => ({
                ...entry,
                pendingIds: [...(items.get(entry.batchId)?.entries() ?? [])].filter(([, result]) => result === undefined).map(([id]) => id),
            }));
        },
        listBatches() {
            return [...batches.values()].map((entry) => ({ ...entry }));
        },
    };
}
//# sourceMappingURL=batch-journal.js.map