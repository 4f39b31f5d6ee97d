import { existsSync } from 'node:fs';
import { chunkDocuments } from '../agents/chunk-documents.js';
import { ConfigError } from '../errors/errors.js';
import { capDatasetSize } from '../targets/capacity.js';
import { resolveModel } from '../targets/registry.js';
import { extractAll } from './extraction.js';
import { listInputFiles } from './input-files.js';
import { hasLlmCredentials } from '../llm/connection.js';
import { buildPlan } from './plan.js';
export function chunkSizes(config) {
    return config.mode === 'identify' ? { maxTokens: 3000, overlapTokens: 150 } : { maxTokens: 1500, overlapTokens: 100 };
}
export function makePlan(config, extraction, documents, chunks, cap, llm, model) {
    let identifiable;
    if (config.mode === 'identify' || config.mode === 'hybrid') {
        identifiable = documents.reduce((sum, document) => sum + (document.conversations?.length ?? 0), 0);
    }
    return buildPlan({
        config, files: extraction.planFiles, documents, chunks, cappedSize: cap.capped, capReasons: cap.reasons,
        llmNeeded: llm.needed, keyPresent: llm.keyPresent, model,
        identifiable,
        chunksWithoutExchanges: identifiable === undefined || !config.agent.identify.llmFallback ? 0 : chunks.length,
    });
}
/** `ftdb plan`: extract and estimate, without any network call or database write. */
export async function planDataset(config, options = {}) {
    const model = resolveModel(config.provider, config.model, config.modelLimits);
    const cap = capDatasetSize(model, config.datasetSize, { enabled: config.split.enabled, ratio: config.split.ratio });
    if (!existsSync(config.paths.input)) {
        throw new ConfigError(`Input folder not found: ${config.paths.input}. Put your files there or set paths.input in the config.`, { file: config.paths.configFile });
    }
    const files = await listInputFiles(config.paths.input);
    const extraction = { read: 0, failed: [], warnings: [], planFiles: [] };
    const documents = await extractAll(files, config, extraction, options.onEvent ?? (() => undefined), options.signal);
    const chunks = chunkDocuments(documents, chunkSizes(config));
    const needed = config.mode !== 'identify';
    const keyPresent = options.llm !== undefined || hasLlmCredentials(config.system.agenticLlm, { env: config.env, baseUrl: config.system.baseUrl });
    return makePlan(config, extraction, documents, chunks, cap, { needed, keyPresent }, model);
}
//# sourceMappingURL=plan-dataset.js.map