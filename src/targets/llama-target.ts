import { z } from 'zod';
import type { TrainingExample } from '../dataset/types.js';
import type { ValidationIssue } from './types.js';
import { forbidConsecutiveRoles, requireNonEmptyString, requireRole, turnsOf, warnMissingSystemAndUser } from './chat-rules.js';
import { LLAMA_BEGIN_OF_TEXT, LLAMA_EOT, renderLlama31, toPromptCompletion } from './llama-template.js';
import { contentText, isRecord, mergeConsecutiveRoles, objectList, splitSystem, type RecordTokenCount, type TargetModule } from './target-module.js';
import { getLoadedTokenizer, loadTokenizer } from './tokenizers.js';
import type { FormatOptions, ModelSpec, TokenCount } from './types.js';
import { rule, validateWithSchema, type IssueMapping } from './zod-issues.js';

const GB = 1024 * 1024 * 1024;

export type LlamaFormat = NonNullable<FormatOptions['llamaFormat']>;

// Llama 3.1 on Together AI (and OpenAI-format hosts such as Fireworks). Sources, via PROVIDERS.md §5, read 2026-11-22:
// togethercomputer/together-python src/together/constants.py (MIN_SAMPLES = 1, MAX_FILE_SIZE_GB = 50.1; the docs say
// 100 GB, we take the stricter SDK check) and docs.together.ai fine-tuning-models (32K–131K context with LoRA for the
// 8B/70B "Reference" models; exact per-model SFT context not published). 131,072 is the model context
// (`max_position_embeddings`); set `model_limits:` for a host that trains shorter (Bedrock Llama 3.1: 16,000).
function llama(id: string, aliases: string[], note: string): ModelSpec {
  return {
    id,
    aliases,
    target: 'llama',
    maxTokensPerExample: 131_072, // Llama 3.1 context; Together long-context LoRA up to 131K, read 2026-11-22
    minTrainExamples: 1, // together-python MIN_SAMPLES = 1 (since Sep 2024), read 2026-11-22
    maxTrainFileBytes: Math.floor(50.1 * GB), // together-python MAX_FILE_SIZE_GB = 50.1, read 2026-11-22
    maxValidationFileBytes: Math.floor(50.1 * GB),
    tokenizer: 'llama3',
    source: `Together AI docs + together-python constants.py${note}, via PROVIDERS.md §5, read 2026-11-22`,
  };
}

export const LLAMA_MODELS: ModelSpec[] = [
  llama('meta-llama/Meta-Llama-3.1-8B-Instruct-Reference', ['meta-llama/Meta-Llama-3.1-8B-Instruct'], ''),
  llama('meta-llama/Meta-Llama-3.1-70B-Instruct-Reference', ['meta-llama/Meta-Llama-3.1-70B-Instruct'], ''),
  llama('meta-llama/Meta-Llama-3.1-405B-Instruct', ['meta-llama/Meta-Llama-3.1-405B-Instruct-Reference'], ' (405B on request)'),
];

// together-python utils/files.py check_file (PROVIDERS.md §5): the format is decided by the keys present; no
// top-level keys beyond the format's; roles system/user/assistant; no two consecutive messages with the same role;
// at least one assistant message; weight integer 0 or 1. Docs add: conversations start with system or user.
const LLAMA_ROLES = ['system', 'user', 'assistant'] as const;
const contentPartSchema = z.looseObject({ type: z.string() });

export const llamaMessageSchema = z
  .strictObject({ role: z.enum(LLAMA_ROLES), content: z.union([z.string(), z.array(contentPartSchema).min(1)]), weight: z.literal([0, 1]).optional() })
  .check(rule((value, context) => isRecord(value) && requireNonEmptyString(value.content, ['content'], context)));

export const llamaMessagesRecordSchema = z.strictObject({ messages: z.array(llamaMessageSchema).min(1) }).check(
  rule((value, context) => {
    const turns = turnsOf(value, 'messages');
    if (!turns || turns.length === 0) return;
    forbidConsecutiveRoles(turns, 'messages', context);
    requireRole(turns, 'messages', 'assistant', context);
    warnMissingSystemAndUser(turns, 'messages', context);
    const first = turns[0];
    if (first && first.role === 'assistant') {
      context.add(['messages', first.index, 'role'], 'first_message_not_system_or_user', 'conversations should start with a system or user message (Together docs).', 'warning');
    }
  }),
);

const nonEmpty = (what: string) => z.string().refine((text) => text.trim() !== '', { message: `${what} is empty`, params: { code: 'missing_content' } });

export const llamaPromptCompletionRecordSchema = z.strictObject({ prompt: nonEmpty('prompt'), completion: nonEmpty('completion') });
export const llamaTextRecordSchema = z.strictObject({ text: nonEmpty('text') });

export const LLAMA_RECORD_SCHEMAS: Readonly<Record<LlamaFormat, z.ZodType>> = {
  messages: llamaMessagesRecordSchema,
  prompt_completion: llamaPromptCompletionRecordSchema,
  text: llamaTextRecordSchema,
};

const FORMAT_KEYS: Readonly<Record<LlamaFormat, readonly string[]>> = {
  messages: ['messages'],
  prompt_completion: ['prompt', 'completion'],
  text: ['text'],
};

/** Which format a line is in, by its keys (as the Together SDK decides); `ambiguous` when it matches several. */
export function detectLlamaFormat(record: unknown): LlamaFormat | 'ambiguous' | undefined {
  if (!isRecord(record)) return undefined;
  const matches = (Object.keys(FORMAT_KEYS) as LlamaFormat[]).filter((format) => FORMAT_KEYS[format].some((key) => key in record));
  if (matches.length > 1) return 'ambiguous';
  return matches[0];
}

const ISSUE_MAPPING: IssueMapping = { listKey: 'messages', contentKey: 'content', roles: LLAMA_ROLES };

function validateLlama(record: unknown, options?: FormatOptions): ValidationIssue[] {
  const detected = detectLlamaFormat(record);
  const expected = options?.llamaFormat;
  const issues: ValidationIssue[] = [];
  if (detected === 'ambiguous') {
    issues.push({ path: '', code: 'ambiguous_format', message: 'the line has keys of more than one format (messages / prompt+completion / text); a line must match exactly one.', severity: 'error' });
  } else if (expected && detected && detected !== expected) {
    issues.push({ path: '', code: 'format_mismatch', message: `the line is in the ${detected} format, but ${expected} was asked for (output.llama_format); every line must use one format.`, severity: 'error' });
    return issues;
  }
  const format = expected ?? (detected === 'ambiguous' ? undefined : detected) ?? 'messages';
  return [...issues, ...validateWithSchema(LLAMA_RECORD_SCHEMAS[format], record, ISSUE_MAPPING)];
}

function formatLlama(example: TrainingExample, options?: FormatOptions): Record<string, unknown> {
  // Together forbids consecutive same-role messages: system texts are merged into one leading message, runs merged.
  const { system, rest } = splitSystem(example);
  const messages = [...(system === undefined ? [] : [{ role: 'system' as const, content: system }]), ...mergeConsecutiveRoles(rest)];
  switch (options?.llamaFormat ?? 'messages') {
    case 'prompt_completion':
      return toPromptCompletion(messages);
    case 'text':
      return { text: renderLlama31(messages) };
    default:
      return { messages: messages.map((message) => ({ role: message.role, content: message.content })) };
  }
}

/**
 * Exact with llama3-tokenizer-js: the chat template rendering (`messages`), or the strings as written. The assistant
 * turns are counted once more on their own for `validate`'s statistics only (`assistantTokens: false` skips that).
 */
export function countLlamaRecordTokens(record: unknown, model: ModelSpec, options: { assistantTokens?: boolean } = {}): RecordTokenCount {
  const encoder = getLoadedTokenizer(model.tokenizer);
  const method = encoder.exact ? 'exact' : 'estimate';
  const format = detectLlamaFormat(record);
  if (isRecord(record) && format === 'prompt_completion') {
    const prompt = typeof record.prompt === 'string' ? record.prompt : '';
    const completion = typeof record.completion === 'string' ? record.completion : '';
    const assistantTokens = encoder.countText(completion) + (completion.endsWith(LLAMA_EOT) ? 0 : 1);
    return { count: encoder.countText(prompt) + (prompt.startsWith(LLAMA_BEGIN_OF_TEXT) ? 0 : 1) + assistantTokens, method, assistantTokens };
  }
  if (isRecord(record) && format === 'text') {
    const text = typeof record.text === 'string' ? record.text : '';
    return { count: encoder.countText(text) + (text.startsWith(LLAMA_BEGIN_OF_TEXT) ? 0 : 1) + (text.endsWith(LLAMA_EOT) ? 0 : 1), method };
  }
  const messages = (objectList(record, 'messages') ?? []).map((message) => ({
    role: typeof message.role === 'string' ? message.role : 'user',
    content: contentText(message.content),
  }));
  const count = encoder.countText(renderLlama31(messages));
  if (options.assistantTokens === false) return { count, method };
  const assistantTokens = messages
    .filter((message) => message.role === 'assistant')
    .reduce((sum, message) => sum + encoder.countText(message.content.trim()), 0);
  return { count, method, assistantTokens };
}

function countSync(example: TrainingExample, model: ModelSpec): TokenCount {
  // All three formats render to the same tokens (see toPromptCompletion), so the messages form is counted.
  const { count, method } = countLlamaRecordTokens(formatLlama(example), model, { assistantTokens: false });
  return { count, method };
}

export const llamaTarget: TargetModule = {
  id: 'llama',
  displayName: 'Meta Llama 3.1 (Together AI and compatible hosts)',
  models: LLAMA_MODELS,
  defaultTokenizer: 'llama3',
  recordSchema: llamaMessagesRecordSchema,
  format: (example, _model, options) => formatLlama(example, options),
  validate: (record, _model, options) => validateLlama(record, options),
  countRecordTokensSync: (record, model) => countLlamaRecordTokens(record, model),
  countTokensSync: countSync,
  async countTokens(example, model) {
    await loadTokenizer(model.tokenizer);
    return countSync(example, model);
  },
  summarizeRecord(record) {
    const format = detectLlamaFormat(record);
    if (format === 'prompt_completion' || format === 'text') return {};
    const messages = objectList(record, 'messages');
    if (!messages) return undefined;
    return { messageCount: messages.length, hasSystem: messages.some((message) => message.role === 'system'), hasUser: messages.some((message) => message.role === 'user') };
  },
};
