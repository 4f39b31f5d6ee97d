import type { z } from 'zod';
import { joinTexts } from '../dataset/messages.js';
import type { Message, TrainingExample } from '../dataset/types.js';
import type { FormatOptions, ModelSpec, TargetProvider, TokenCount, TokenizerId } from './types.js';

/** A token count of one JSONL record, with the assistant (trained) part where the format has one. */
export interface RecordTokenCount extends TokenCount {
  assistantTokens?: number;
}

/** Shape facts of one record, for the data-prep summary (OpenAI cookbook warnings). */
export interface RecordSummary {
  /** Messages / turns including the system prompt; undefined for formats without turns (`text`). */
  messageCount?: number;
  /** Undefined where the format has no roles (Llama `prompt_completion` / `text`). */
  hasSystem?: boolean;
  hasUser?: boolean;
}

/**
 * What each target module in this folder implements: the `TargetProvider` contract plus the pieces that
 * `ftdb validate`, `checkExample` and the registry need. Assignable to `TargetProvider`.
 */
export interface TargetModule extends TargetProvider {
  /** zod schema of one JSONL line (the default format); the single source of truth for `validate`. */
  recordSchema: z.ZodType;
  /** Tokenizer for models that come only from a `model_limits:` override without `tokenizer`. */
  defaultTokenizer: TokenizerId;
  /** Exact or estimated tokens of an already formatted (or user-supplied) record. Needs the tokenizer loaded. */
  countRecordTokensSync(record: unknown, model: ModelSpec, options?: FormatOptions): RecordTokenCount;
  summarizeRecord(record: unknown): RecordSummary | undefined;
}

export { joinTexts, mergeConsecutiveRoles } from '../dataset/messages.js';

/** System messages (joined) and the rest, in order. */
export function splitSystem(example: TrainingExample): { system?: string; rest: Message[] } {
  const systems: string[] = [];
  const rest: Message[] = [];
  for (const message of example.messages) {
    if (message.role === 'system') systems.push(message.content);
    else rest.push(message);
  }
  const system = joinTexts(systems);
  return system === '' ? { rest } : { system, rest };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Array of plain objects under `key`, else undefined (for counting/summaries of records that may be malformed). */
export function objectList(record: unknown, key: string): Record<string, unknown>[] | undefined {
  if (!isRecord(record)) return undefined;
  const list = record[key];
  if (!Array.isArray(list)) return undefined;
  return list.filter(isRecord);
}

/** Text of an OpenAI-style `content` (string, or parts with `text`). */
export function contentText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) {
    return content
      .map((part) => (isRecord(part) && typeof part.text === 'string' ? part.text : ''))
      .filter((text) => text !== '')
      .join('\n');
  }
  return '';
}

/** Summary of a record whose turns live under `key` with a `role` field. */
export function summarizeRoleList(record: unknown, key: string, userRole: string, extraSystem = false): RecordSummary | undefined {
  const list = objectList(record, key);
  if (!list) return undefined;
  const hasSystem = extraSystem || list.some((item) => item.role === 'system');
  return {
    messageCount: list.length + (extraSystem ? 1 : 0),
    hasSystem,
    hasUser: list.some((item) => item.role === userRole),
  };
}
