export function rowToDataset(row) {
    return {
        id: row.id,
        name: row.name,
        provider: row.provider,
        model: row.model,
        mode: row.mode,
        datasetSize: row.dataset_size,
        cappedSize: row.capped_size,
        status: row.status,
        configJson: row.config_json,
        inputHash: row.input_hash,
        splitSeed: row.split_seed ?? undefined,
        outputDir: row.output_dir ?? undefined,
        sampleCount: row.sample_count,
        trainCount: row.train_count,
        validationCount: row.validation_count,
        totalTokens: row.total_tokens,
        llmCalls: row.llm_calls,
        inputTokens: row.input_tokens,
        outputTokens: row.output_tokens,
        costUsd: row.cost_usd ?? undefined,
        statsJson: row.stats_json ?? undefined,
        error: row.error ?? undefined,
        createdAt: row.created_at,
        updatedAt: row.updated_at,
        completedAt: row.completed_at ?? undefined,
    };
}
export const DATASET_COLUMNS = {
    name: 'name', provider: 'provider', model: 'model', mode: 'mode', datasetSize: 'dataset_size', cappedSize: 'capped_size',
    status: 'status', configJson: 'config_json', inputHash: 'input_hash', splitSeed: 'split_seed', outputDir: 'output_dir',
    sampleCount: 'sample_count', trainCount: 'train_count', validationCount: 'validation_count', totalTokens: 'total_tokens',
    llmCalls: 'llm_calls', inputTokens: 'input_tokens', outputTokens: 'output_tokens', costUsd: 'cost_usd',
    statsJson: 'stats_json', error: 'error', updatedAt: 'updated_at', completedAt: 'completed_at',
};
export function rowToSample(row) {
    const sourceFile = row.source_file ?? undefined;
    return {
        id: row.id,
        seq: row.seq,
        contentHash: row.content_hash,
        messages: JSON.parse(row.messages_json),
        origin: row.origin,
        sourceFile,
        source: sourceFile === undefined ? undefined : {
            file: sourceFile,
            unitKind: row.unit_kind ?? undefined,
            unitIndex: row.unit_index ?? undefined,
            startOffset: row.start_offset ?? undefined,
            endOffset: row.end_offset ?? undefined,
        },
        topicKeywords: JSON.parse(row.topic_keywords),
        tokenLength: row.token_length ?? undefined,
        tokenMethod: row.token_method ?? undefined,
        split: row.split ?? undefined,
        context: row.context ?? undefined,
        detector: row.detector ?? undefined,
        chunkId: row.chunk_id ?? undefined,
        usage: row.input_tokens === null && row.output_tokens === null ? undefined : {
            inputTokens: row.input_tokens ?? undefined,
            outputTokens: row.output_tokens ?? undefined,
        },
    };
}
//# sourceMappingURL=store-rows.js.map