import { createPromptRenderer, packagePromptsDir } from '../agents/prompt-loader.js';
import { resolveFreeInstructions as resolveFreeInstructionsFrom } from '../agents/free-agent.js';
import { ConfigError, RunError } from '../errors/errors.js';
import { LLM_BATCH_PROVIDERS, createLlmBatchClient } from '../llm/batch/create-llm-batch-client.js';
import { resolveLlmConnection, hasLlmCredentials } from '../llm/connection.js';
import { createLlmClient } from '../llm/create-llm-client.js';
/**
 * The agentic LLM for a run. Modes that need one fail here, before any work, when the key is missing;
 * identify uses one only for its fallback stage, and only when credentials are there.
 */
export function resolveAgenticLlm(config, injected) {
    const needed = config.mode === 'create' || config.mode === 'hybrid' || config.mode === 'free';
    const wanted = needed || (config.mode === 'identify' && config.agent.identify.llmFallback);
    if (injected !== undefined)
        return { client: wanted ? injected : undefined, needed, keyPresent: true };
    const connectionOptions = { env: config.env, baseUrl: config.system.baseUrl };
    const keyPresent = hasLlmCredentials(config.system.agenticLlm, connectionOptions);
    if (!wanted || (!needed && !keyPresent))
        return { needed, keyPresent };
    if (config.system.useBatchApi)
        return resolveBatchLlm(config, connectionOptions, needed);
    const connection = resolveLlmConnection(config.system.agenticLlm, connectionOptions);
    const client = createLlmClient({
        provider: config.system.agenticLlm,
        model: config.system.agenticModel,
        apiKey: connection.apiKey,
        baseUrl: connection.baseUrl,
        timeoutMs: config.system.timeoutMs,
        maxRetries: config.system.maxRetries,
        concurrency: config.system.concurrency,
        rpm: config.system.rpm,
        tpm: config.system.tpm,
    });
    return { client, needed, keyPresent: true };
}
function resolveBatchLlm(config, connectionOptions, needed) {
    const provider = config.system.agenticLlm;
    if (!LLM_BATCH_PROVIDERS.includes(provider)) {
        const message = `system.use_batch_api supports ${LLM_BATCH_PROVIDERS.join(' and ')} only, but system.agentic_llm is ${provider}. Set system.use_batch_api: false, or system.agentic_llm to ${LLM_BATCH_PROVIDERS.join(' or ')}.`;
        throw new ConfigError(message, { file: config.paths.configFile, issues: [{ path: 'system.use_batch_api', message }] });
    }
    const connection = resolveLlmConnection(provider, connectionOptions);
    const batch = createLlmBatchClient({
        provider: provider,
        model: config.system.agenticModel,
        apiKey: connection.apiKey,
        baseUrl: connection.baseUrl,
        maxRetries: config.system.maxRetries,
    });
    return { needed, keyPresent: true, batch };
}
/** Free-mode instructions: the prompt file (when enabled and non-empty), then the config, then what the menu asked. */
export async function resolveFreeInstructions(config, provided) {
    const found = await resolveFreeInstructionsFrom({
        usePromptFile: config.agent.free.usePromptFile,
        configInstructions: config.agent.free.instructions,
        prompts: createPromptRenderer({ dirs: [config.paths.prompts, packagePromptsDir()] }),
    });
    if (found !== undefined)
        return found.instructions;
    if (provided !== undefined && provided.trim() !== '')
        return provided.trim();
    throw new RunError('Free mode needs your instructions: write them in prompts/free_mode/prompt.txt (with agent.free.use_prompt_file: true), set agent.free.instructions in the config, or run `ftdb` and choose Generate Dataset to type them.', { code: 'free_mode_no_instructions' });
}
//# sourceMappingURL=llm-setup.js.map