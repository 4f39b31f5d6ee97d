import type { Message } from '../dataset/types.js';
import { LlmOutputParseError } from '../errors/errors.js';
import type { LlmFinishReason } from '../llm/types.js';
/** Why a whole reply was unusable (stable codes, reported in `reply-dropped` events). */
export type ReplyDropReason = 'empty_reply' | 'invalid_json' | 'wrong_shape' | 'truncated' | 'content_filter' | 'llm_error' | 'no_conversations' | 'no_valid_conversations';
/** Why one conversation of a reply was rejected (stable codes, reported in `candidate-rejected` events). */
export type CandidateRejectReason = 'wrong_shape' | 'empty_message' | 'bad_roles' | 'truncated' | 'too_few_turns' | 'not_verbatim' | 'out_of_order' | 'duplicate_of_identified' | 'duplicate_of_detected' | 'duplicate';
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
export declare class ConversationReplyError extends LlmOutputParseError {
    readonly reason: ReplyDropReason;
    constructor(reason: ReplyDropReason, message: string, rawText: string, issues?: string[]);
}
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
export declare function parseConversationsReply(rawText: string, options?: ParseReplyOptions): ParsedReply;
/**
 * Role rules every sample must follow: optional leading system message, then user first, strict user/assistant
 * alternation, assistant last; no empty content.
 */
export declare function checkMessages(messages: readonly Message[]): {
    reason: 'empty_message' | 'bad_roles';
    detail: string;
} | undefined;
/** Trim, drop empties and case-insensitive duplicates, keep at most 8 keywords of at most 60 characters. */
export declare function normalizeKeywords(keywords: readonly unknown[]): string[];
