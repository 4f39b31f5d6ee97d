import { LlmError } from '../errors/errors.js';
import type { ReplyDropReason } from './parse-conversations.js';

/**
 * The agentic LLM kept giving unusable replies (not JSON, wrong shape, cut off...) for one chunk:
 * `1 + system.max_retries` in a row. Everything produced before it was already handed to the caller.
 */
export class UnusableRepliesError extends LlmError {
  readonly chunkId?: string;
  readonly sourceFile?: string;
  readonly attempts: number;
  readonly lastReason: ReplyDropReason;
  /** The last unusable reply, as received (truncated to 2000 characters). */
  readonly rawText: string;
  constructor(details: {
    chunkId?: string;
    sourceFile?: string;
    attempts: number;
    lastReason: ReplyDropReason;
    rawText: string;
    model: string;
    cause?: unknown;
  }) {
    const where = details.sourceFile === undefined ? '' : ` for chunk ${details.chunkId} of ${details.sourceFile}`;
    super(
      'llm_unusable_replies',
      `the agentic LLM (${details.model}) gave ${details.attempts} unusable replies in a row${where} (last one: ${details.lastReason}); ` +
        'the samples made before this were kept. Try a model that follows JSON instructions better, lower ' +
        'agent.create.conversations_per_call (long replies get cut off), or raise system.max_retries',
      { cause: details.cause },
    );
    this.chunkId = details.chunkId;
    this.sourceFile = details.sourceFile;
    this.attempts = details.attempts;
    this.lastReason = details.lastReason;
    this.rawText = details.rawText.slice(0, 2000);
  }
}
