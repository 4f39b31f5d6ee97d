import { ConfigError, LlmConfigError } from '../errors/errors.js';
import { inputChunks } from './agent-support.js';
import { generateConversations } from './generate-conversations.js';
import { createKeywordSource } from './keyword-source.js';
import { stripPromptComments } from './prompt-loader.js';
export const FREE_PROMPT_FILE = 'free_mode/prompt.txt';
/**
 * Free mode: conversations from the user's own instructions, wrapped in the same JSON contract
 * (`prompts/system/free_mode.txt`). With chunks, each call gets one excerpt (spread over files like create mode);
 * without any (no input files), calls carry the instructions alone and are steered away from earlier questions.
 * Samples: origin `free`. Missing instructions are a `ConfigError` saying where to write them.
 */
export function createFreeAgent(options = {}) {
    return {
        mode: 'free',
        async *run(input, context) {
            const instructions = input.instructions?.trim() ?? '';
            if (instructions.length === 0) {
                throw new ConfigError('free mode needs instructions: write them in prompts/free_mode/prompt.txt (with agent.free.use_prompt_file: true) or set agent.free.instructions in config.yaml', { issues: [{ path: 'agent.free.instructions', message: 'no free-mode instructions' }] });
            }
            if (context.llm === undefined) {
                throw new LlmConfigError('free mode needs an agentic LLM: set the API key for system.agentic_llm (see .env.example)');
            }
            const chunks = inputChunks(input);
            yield* generateConversations({
                kind: 'free',
                origin: 'free',
                chunks,
                withoutChunks: chunks.length === 0,
                targetCount: input.targetCount,
                create: input.create,
                instructions,
                finishedChunkIds: input.finishedChunkIds,
                keywords: createKeywordSource(() => (chunks.length > 0 ? chunks.map((chunk) => chunk.text) : [instructions]), options.keywordExtractor),
            }, context);
        },
    };
}
/**
 * Where free mode's instructions come from (issue 6): `prompts/free_mode/prompt.txt` when `usePromptFile` and the
 * file has something besides `#` comment lines, else `agent.free.instructions`; `undefined` when neither has any
 * (the menu then asks, a batch run fails with the free agent's ConfigError).
 */
export async function resolveFreeInstructions(options) {
    if (options.usePromptFile) {
        const file = await options.prompts.loadOptional(FREE_PROMPT_FILE);
        const text = file === undefined ? '' : stripPromptComments(file.text);
        if (text.length > 0)
            return { instructions: text, source: 'prompt_file', file: file?.path };
    }
    const configured = options.configInstructions.trim();
    if (configured.length > 0)
        return { instructions: configured, source: 'config' };
    return undefined;
}
//# sourceMappingURL=free-agent.js.map