import { createCreateAgent } from './create-agent.js';
import { createFreeAgent } from './free-agent.js';
import { createHybridAgent } from './hybrid-agent.js';
import { createIdentifyAgent } from './identify-agent.js';
/** The agent for a mode: `create`, `identify`, `hybrid` or `free`. */
export function createAgent(mode, options = {}) {
    switch (mode) {
        case 'create':
            return createCreateAgent(options);
        case 'identify':
            return createIdentifyAgent(options);
        case 'hybrid':
            return createHybridAgent(options);
        case 'free':
            return createFreeAgent(options);
    }
}
export { UnusableRepliesError } from './agent-errors.js';
export { chunkDocuments, estimateTokens, CHARS_PER_TOKEN } from './chunk-documents.js';
export { createCreateAgent } from './create-agent.js';
export { createFreeAgent, resolveFreeInstructions, FREE_PROMPT_FILE } from './free-agent.js';
export { createHybridAgent } from './hybrid-agent.js';
export { createIdentifyAgent, FRAGMENT_COVERAGE } from './identify-agent.js';
export { ConversationReplyError, parseConversationsReply, checkMessages } from './parse-conversations.js';
export { createPromptRenderer, packagePromptsDir, fillPlaceholders, stripPromptComments, REQUIRED_PLACEHOLDERS } from './prompt-loader.js';
//# sourceMappingURL=index.js.map