import type { GeneratingAgentOptions } from './create-agent.js';
import { type PromptLoader } from './prompt-loader.js';
import type { Agent } from './types.js';
export declare const FREE_PROMPT_FILE = "free_mode/prompt.txt";
/**
 * Free mode: conversations from the user's own instructions, wrapped in the same JSON contract
 * (`prompts/system/free_mode.txt`). With chunks, each call gets one excerpt (spread over files like create mode);
 * without any (no input files), calls carry the instructions alone and are steered away from earlier questions.
 * Samples: origin `free`. Missing instructions are a `ConfigError` saying where to write them.
 */
export declare function createFreeAgent(options?: GeneratingAgentOptions): Agent;
export type FreeInstructionsSource = 'prompt_file' | 'config';
/**
 * Where free mode's instructions come from (issue 6): `prompts/free_mode/prompt.txt` when `usePromptFile` and the
 * file has something besides `#` comment lines, else `agent.free.instructions`; `undefined` when neither has any
 * (the menu then asks, a batch run fails with the free agent's ConfigError).
 */
export declare function resolveFreeInstructions(options: {
    usePromptFile: boolean;
    configInstructions: string;
    prompts: PromptLoader;
}): Promise<{
    instructions: string;
    source: FreeInstructionsSource;
    file?: string;
} | undefined>;
