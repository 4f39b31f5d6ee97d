import { z } from 'zod';
import type { Message } from '../dataset/types.js';
import { ROLE_ALIASES } from '../dataset/speaker-words.js';
import { LlmOutputParseError } from '../errors/errors.js';
import type { LlmFinishReason } from '../llm/types.js';
import { extractJsonValue, salvageTruncatedArray } from './tolerant-json.js';

/** Why a whole reply was unusable (stable codes, reported in `reply-dropped` events). */
export type ReplyDropReason =
  | 'empty_reply'
  | 'invalid_json'
  | 'wrong_shape'
  | 'truncated'
  | 'content_filter'
  | 'llm_error'
  | 'no_conversations'
  | 'no_valid_conversations';

/** Why one conversation of a reply was rejected (stable codes, reported in `candidate-rejected` events). */
export type CandidateRejectReason =
  | 'wrong_shape'
  | 'empty_message'
  | 'bad_roles'
  | 'truncated'
  | 'too_few_turns'
  | 'not_verbatim'
  | 'out_of_order'
  | 'duplicate_of_identified'
  | 'duplicate_of_detected'
  | 'duplicate';

export interface ParsedConversation {
  messages: Message[];
  topicKeywords: string[];
}

export interface RejectedCandidate {
  /** Position in the reply's conversations array. */
  index: number;
  reason: CandidateRejectReason;
  detail: string;
}

export interface ParsedReply {
  conversations: ParsedConversation[];
  rejected: RejectedCandidate[];
  /** The reply was cut off; `conversations` holds what was complete before the cut. */
  truncated: boolean;
  /** Repairs that were needed (`code_fence`, `surrounding_text`, `trailing_commas`, `smart_quotes`, `bare_array`, ...). */
  repairs: string[];
}

/** An unusable reply: `reason` is a stable code, `rawText` the reply as received. */
export class ConversationReplyError extends LlmOutputParseError {
  readonly reason: ReplyDropReason;
  constructor(reason: ReplyDropReason, message: string, rawText: string, issues: string[] = []) {
    super(`LLM reply unusable (${reason}): ${message}`, rawText, [reason, ...issues]);
    this.reason = reason;
  }
}

/** A role as the LLM may spell it (`human`, `gpt`, `model` ...); a tool turn is no role here. */
function roleOf(role: string): Message['role'] | undefined {
  const mapped = ROLE_ALIASES[role.trim().toLowerCase()];
  return mapped === 'skip' ? undefined : mapped;
}

const messageSchema = z.object({
  role: z
    .string()
    .transform(roleOf)
    .pipe(z.enum(['user', 'assistant', 'system'], { error: 'role must be "user", "assistant" or "system"' })),
  content: z.string({ error: 'content must be a string' }),
});

const conversationSchema = z.object({
  messages: z.array(messageSchema).min(1, 'messages is empty'),
  topic_keywords: z.array(z.unknown()).optional(),
  topicKeywords: z.array(z.unknown()).optional(),
  keywords: z.array(z.unknown()).optional(),
});

export interface ParseReplyOptions {
  finishReason?: LlmFinishReason;
  /** `{"conversations": []}` is a valid answer (identify mode: "nothing found"). Default false. */
  allowEmpty?: boolean;
}

/**
 * Parse an LLM reply in the agents' JSON contract (ARCHITECTURE.md "What the LLM is asked to return"):
 * `{"conversations": [{"messages": [{"role", "content"}], "topic_keywords": [...]}]}`.
 * Tolerates code fences, prose around the JSON, trailing commas, JSON typed entirely with curly quotes, a bare
 * top-level array of conversations, a single conversation object, and a reply cut off at the token limit (the
 * complete conversations before the cut are kept). Each conversation is validated with a schema and role rules;
 * bad ones are listed in `rejected`. Throws `ConversationReplyError` when nothing usable is left.
 */
export function parseConversationsReply(rawText: string, options: ParseReplyOptions = {}): ParsedReply {
  if (options.finishReason === 'content-filter') {
    throw new ConversationReplyError('content_filter', 'the provider withheld the reply (content filter)', rawText);
  }
  if (rawText.trim().length === 0) {
    const reason = options.finishReason === 'length' ? 'truncated' : options.finishReason === 'error' ? 'llm_error' : 'empty_reply';
    throw new ConversationReplyError(reason, 'the reply is empty', rawText);
  }
  const repairs: string[] = [];
  let truncated = false;
  let items: unknown[];
  const extracted = extractJsonValue(rawText);
  if (extracted.ok) {
    repairs.push(...extracted.repairs);
    items = conversationItems(extracted.value, repairs, rawText);
  } else {
    const salvaged = salvageTruncatedArray(rawText, 'conversations');
    if (salvaged === undefined || (!extracted.unterminated && options.finishReason !== 'length')) {
      const reason = extracted.unterminated || options.finishReason === 'length' ? 'truncated' : 'invalid_json';
      throw new ConversationReplyError(reason, extracted.error, rawText);
    }
    truncated = true;
    repairs.push('truncated');
    items = salvaged.items;
    if (items.length === 0) throw new ConversationReplyError('truncated', 'the reply was cut off before the first complete conversation', rawText);
  }

  const conversations: ParsedConversation[] = [];
  const rejected: RejectedCandidate[] = [];
  items.forEach((item, index) => {
    const result = parseConversation(item);
    if ('reason' in result) rejected.push({ index, ...result });
    else conversations.push(result);
  });
  if (truncated) rejected.push({ index: items.length, reason: 'truncated', detail: 'the last conversation was cut off at the output token limit' });

  if (items.length === 0 && !options.allowEmpty) {
    throw new ConversationReplyError('no_conversations', 'the reply holds no conversations', rawText);
  }
  if (conversations.length === 0 && items.length > 0) {
    const reasons = [...new Set(rejected.map((entry) => entry.reason))].join(', ');
    throw new ConversationReplyError('no_valid_conversations', `none of the ${items.length} conversations is valid (${reasons}); first problem: ${rejected[0]?.detail ?? ''}`, rawText, rejected.map((entry) => entry.detail));
  }
  return { conversations, rejected, truncated, repairs };
}

function conversationItems(value: unknown, repairs: string[], rawText: string): unknown[] {
  if (Array.isArray(value)) {
    repairs.push('bare_array');
    return value;
  }
  if (value === null || typeof value !== 'object') {
    throw new ConversationReplyError('wrong_shape', `expected a JSON object with a "conversations" array, got ${describe(value)}`, rawText);
  }
  const record = value as Record<string, unknown>;
  if (Array.isArray(record.conversations)) return record.conversations;
  if (Array.isArray(record.messages)) {
    repairs.push('single_conversation');
    return [record];
  }
  const arrays = Object.entries(record).filter(([, entry]) => Array.isArray(entry));
  if (arrays.length === 1 && (arrays[0]![1] as unknown[]).every((entry) => isObjectWithMessages(entry))) {
    repairs.push(`renamed_key:${arrays[0]![0]}`);
    return arrays[0]![1] as unknown[];
  }
  const keys = Object.keys(record).slice(0, 5).join(', ');
  throw new ConversationReplyError('wrong_shape', `expected a "conversations" array; the object has keys: ${keys || 'none'}`, rawText);
}

function isObjectWithMessages(value: unknown): boolean {
  return value !== null && typeof value === 'object' && Array.isArray((value as { messages?: unknown }).messages);
}

function parseConversation(item: unknown): ParsedConversation | { reason: CandidateRejectReason; detail: string } {
  const parsed = conversationSchema.safeParse(item);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { reason: 'wrong_shape', detail: `${issue?.path.join('.') || 'conversation'}: ${issue?.message ?? 'invalid'}` };
  }
  const messages: Message[] = parsed.data.messages.map((message) => ({ role: message.role, content: message.content.trim() }));
  const problem = checkMessages(messages);
  if (problem !== undefined) return problem;
  const keywords = parsed.data.topic_keywords ?? parsed.data.topicKeywords ?? parsed.data.keywords ?? [];
  return { messages, topicKeywords: normalizeKeywords(keywords) };
}

/**
 * Role rules every sample must follow: optional leading system message, then user first, strict user/assistant
 * alternation, assistant last; no empty content.
 */
export function checkMessages(messages: readonly Message[]): { reason: 'empty_message' | 'bad_roles'; detail: string } | undefined {
  const empty = messages.findIndex((message) => message.content.trim().length === 0);
  if (empty >= 0) return { reason: 'empty_message', detail: `message ${empty + 1} (${messages[empty]!.role}) is empty` };
  const body = messages[0]?.role === 'system' ? messages.slice(1) : messages;
  if (body.length < 2) return { reason: 'bad_roles', detail: 'a conversation needs at least a user message and an assistant reply' };
  for (let index = 0; index < body.length; index += 1) {
    const expected = index % 2 === 0 ? 'user' : 'assistant';
    if (body[index]!.role !== expected) {
      const position = index + (body === messages ? 1 : 2);
      return { reason: 'bad_roles', detail: `message ${position} is "${body[index]!.role}" where "${expected}" was expected (roles must alternate user/assistant, starting with user)` };
    }
  }
  if (body[body.length - 1]!.role !== 'assistant') return { reason: 'bad_roles', detail: 'the last message must be the assistant\'s' };
  return undefined;
}

/** Trim, drop empties and case-insensitive duplicates, keep at most 8 keywords of at most 60 characters. */
export function normalizeKeywords(keywords: readonly unknown[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const keyword of keywords) {
    if (typeof keyword !== 'string') continue;
    const cleaned = keyword.replace(/\s+/g, ' ').trim().slice(0, 60);
    const key = cleaned.toLowerCase();
    if (cleaned.length === 0 || seen.has(key)) continue;
    seen.add(key);
    result.push(cleaned);
    if (result.length === 8) break;
  }
  return result;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return `a string ("${value.slice(0, 40)}")`;
  return `a ${typeof value}`;
}
