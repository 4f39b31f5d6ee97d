import type { Config } from '../config/config.js';
import type { LlmBatchClient } from '../llm/batch/llm-batch-types.js';
import type { LlmClient } from '../llm/types.js';
export interface AgenticLlmSetup {
    client?: LlmClient;
    /** The mode cannot run without an LLM. */
    needed: boolean;
    keyPresent: boolean;
    /**
     * `system.use_batch_api`: the provider's batch client. The pipeline wraps it in a batching `LlmClient` once the
     * dataset (and so its batch journal) is known, and sets `client` to that (see batch-run.ts).
     */
    batch?: LlmBatchClient;
}
/**
 * The agentic LLM for a run. Modes that need one fail here, before any work, when the key is missing;
 * identify uses one only for its fallback stage, and only when credentials are there.
 */
export declare function resolveAgenticLlm(config: Config, injected?: LlmClient): AgenticLlmSetup;
/** Free-mode instructions: the prompt file (when enabled and non-empty), then the config, then what the menu asked. */
export declare function resolveFreeInstructions(config: Config, provided?: string): Promise<string>;
