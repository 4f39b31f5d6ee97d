import { LlmError } from '../errors/errors.js';
import type { ReplyDropReason } from './parse-conversations.js';
/**
 * The agentic LLM kept giving unusable replies (not JSON, wrong shape, cut off...) for one chunk:
 * `1 + system.max_retries` in a row. Everything produced before it was already handed to the caller.
 */
export declare class UnusableRepliesError extends LlmError {
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
    });
}
