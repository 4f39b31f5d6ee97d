import type { Message, SampleOrigin, UnitKind } from '../dataset/types.js';
import type { DatasetRecord, DatasetStatus, StoredSample } from './store-types.js';

/** SQLite rows to the store's records, and the records' field → column names. */

export interface DatasetRow {
  [key: string]: unknown;
}

export function rowToDataset(row: DatasetRow): DatasetRecord {
  return {
    id: row.id as string,
    name: row.name as string,
    provider: row.provider as string,
    model: row.model as string,
    mode: row.mode as string,
    datasetSize: row.dataset_size as number,
    cappedSize: row.capped_size as number,
    status: row.status as DatasetStatus,
    configJson: row.config_json as string,
    inputHash: row.input_hash as string,
    splitSeed: (row.split_seed as number | null) ?? undefined,
    outputDir: (row.output_dir as string | null) ?? undefined,
    sampleCount: row.sample_count as number,
    trainCount: row.train_count as number,
    validationCount: row.validation_count as number,
    totalTokens: row.total_tokens as number,
    llmCalls: row.llm_calls as number,
    inputTokens: row.input_tokens as number,
    outputTokens: row.output_tokens as number,
    costUsd: (row.cost_usd as number | null) ?? undefined,
    statsJson: (row.stats_json as string | null) ?? undefined,
    error: (row.error as string | null) ?? undefined,
    createdAt: row.created_at as string,
    updatedAt: row.updated_at as string,
    completedAt: (row.completed_at as string | null) ?? undefined,
  };
}

export const DATASET_COLUMNS: Record<string, string> = {
  name: 'name', provider: 'provider', model: 'model', mode: 'mode', datasetSize: 'dataset_size', cappedSize: 'capped_size',
  status: 'status', configJson: 'config_json', inputHash: 'input_hash', splitSeed: 'split_seed', outputDir: 'output_dir',
  sampleCount: 'sample_count', trainCount: 'train_count', validationCount: 'validation_count', totalTokens: 'total_tokens',
  llmCalls: 'llm_calls', inputTokens: 'input_tokens', outputTokens: 'output_tokens', costUsd: 'cost_usd',
  statsJson: 'stats_json', error: 'error', updatedAt: 'updated_at', completedAt: 'completed_at',
};

export function rowToSample(row: DatasetRow): StoredSample {
  const sourceFile = (row.source_file as string | null) ?? undefined;
  return {
    id: row.id as string,
    seq: row.seq as number,
    contentHash: row.content_hash as string,
    messages: JSON.parse(row.messages_json as string) as Message[],
    origin: row.origin as SampleOrigin,
    sourceFile,
    source: sourceFile === undefined ? undefined : {
      file: sourceFile,
      unitKind: (row.unit_kind as UnitKind | null) ?? undefined,
      unitIndex: (row.unit_index as number | null) ?? undefined,
      startOffset: (row.start_offset as number | null) ?? undefined,
      endOffset: (row.end_offset as number | null) ?? undefined,
    },
    topicKeywords: JSON.parse(row.topic_keywords as string) as string[],
    tokenLength: (row.token_length as number | null) ?? undefined,
    tokenMethod: (row.token_method as 'exact' | 'estimate' | null) ?? undefined,
    split: (row.split as 'train' | 'validation' | null) ?? undefined,
    context: (row.context as string | null) ?? undefined,
    detector: (row.detector as string | null) ?? undefined,
    chunkId: (row.chunk_id as string | null) ?? undefined,
    usage: row.input_tokens === null && row.output_tokens === null ? undefined : {
      inputTokens: (row.input_tokens as number | null) ?? undefined,
      outputTokens: (row.output_tokens as number | null) ?? undefined,
    },
  };
}
