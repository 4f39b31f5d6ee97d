import { LlmError } from '../errors/errors.js';
/**
 * The agentic LLM kept giving unusable replies (not JSON, wrong shape, cut off...) for one chunk:
 * `1 + system.max_retries` in a row. Everything produced before it was already handed to the caller.
 */
export class UnusableRepliesError extends LlmError {
    chunkId;
    sourceFile;
    attempts;
    lastReason;
    /** The last unusable reply, as received (truncated to 2000 characters). */
    rawText;
    constructor(details) {
        const where = details.sourceFile === undefined ? '' : ` for chunk ${details.chunkId} of ${details.sourceFile}`;
        super('llm_unusable_replies', `the agentic LLM (${details.model}) gave ${details.attempts} unusable replies in a row${where} (last one: ${details.lastReason}); ` +
            'the samples made before this were kept. Try a model that follows JSON instructions better, lower ' +
            'agent.create.conversations_per_call (long replies get cut off), or raise system.max_retries', { cause: details.cause });
        this.chunkId = details.chunkId;
        this.sourceFile = details.sourceFile;
        this.attempts = details.attempts;
        this.lastReason = details.lastReason;
        this.rawText = details.rawText.slice(0, 2000);
    }
}
//# sourceMappingURL=agent-errors.js.map