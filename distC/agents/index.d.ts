import type { GeneratingAgentOptions } from './create-agent.js';
import { type IdentifyAgentOptions } from './identify-agent.js';
import type { Agent, AgentMode } from './types.js';
export type AgentOptions = GeneratingAgentOptions & IdentifyAgentOptions;
/** The agent for a mode: `create`, `identify`, `hybrid` or `free`. */
export declare function createAgent(mode: AgentMode, options?: AgentOptions): Agent;
export { UnusableRepliesError } from './agent-errors.js';
export { chunkDocuments, estimateTokens, CHARS_PER_TOKEN, type ChunkOptions } from './chunk-documents.js';
export { createCreateAgent, type GeneratingAgentOptions } from './create-agent.js';
export { createFreeAgent, resolveFreeInstructions, FREE_PROMPT_FILE } from './free-agent.js';
export { createHybridAgent } from './hybrid-agent.js';
export { createIdentifyAgent, FRAGMENT_COVERAGE, type DetectFunction, type IdentifyAgentOptions } from './identify-agent.js';
export { ConversationReplyError, parseConversationsReply, checkMessages, type ParsedReply, type ReplyDropReason, type CandidateRejectReason } from './parse-conversations.js';
export { createPromptRenderer, packagePromptsDir, fillPlaceholders, stripPromptComments, REQUIRED_PLACEHOLDERS, type PromptLoader, type PromptLoaderOptions } from './prompt-loader.js';
export type * from './types.js';
