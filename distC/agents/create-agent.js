import { LlmConfigError, RunError } from '../errors/errors.js';
import { inputChunks } from './agent-support.js';
import { generateConversations } from './generate-conversations.js';
import { createKeywordSource } from './keyword-source.js';
/**
 * Create mode: synthetic conversations inspired by the input files. Each LLM call gets one chunk and asks for
 * `agent.create.conversations_per_call` conversations; calls are spread over chunks and files (round-robin, equal
 * shares per file). Samples: origin `generated`, fresh UUID ids, the chunk's provenance, the LLM's topic keywords.
 */
export function createCreateAgent(options = {}) {
    return {
        mode: 'create',
        async *run(input, context) {
            if (context.llm === undefined) {
                throw new LlmConfigError('create mode needs an agentic LLM: set the API key for system.agentic_llm (see .env.example)');
            }
            const chunks = inputChunks(input);
            if (chunks.length === 0) {
                throw new RunError('create mode needs source text, but the input files gave none: add documents to the input folder', { code: 'no_input_text' });
            }
            yield* generateConversations({
                kind: 'create',
                origin: 'generated',
                chunks,
                targetCount: input.targetCount,
                create: input.create,
                finishedChunkIds: input.finishedChunkIds,
                keywords: createKeywordSource(() => chunks.map((chunk) => chunk.text), options.keywordExtractor),
            }, context);
        },
    };
}
//# sourceMappingURL=create-agent.js.map