import { existsSync } from 'node:fs';
import { chunkDocuments } from '../agents/chunk-documents.js';
import type { Chunk } from '../agents/types.js';
import type { Config } from '../config/config.js';
import { ConfigError } from '../errors/errors.js';
import type { ExtractedDocument } from '../extract/types.js';
import type { LlmClient } from '../llm/types.js';
import { capDatasetSize } from '../targets/capacity.js';
import { resolveModel } from '../targets/registry.js';
import type { BuildEventListener } from './events.js';
import { extractAll, type ExtractionReport } from './extraction.js';
import { listInputFiles } from './input-files.js';
import { hasLlmCredentials } from '../llm/connection.js';
import { buildPlan, type Plan } from './plan.js';
import type { ModelSpec } from '../targets/types.js';

export function chunkSizes(config: Config): { maxTokens: number; overlapTokens: number } {
  return config.mode === 'identify' ? { maxTokens: 3000, overlapTokens: 150 } : { maxTokens: 1500, overlapTokens: 100 };
}

export function makePlan(
  config: Config,
  extraction: ExtractionReport,
  documents: ExtractedDocument[],
  chunks: Chunk[],
  cap: { capped: number; reasons: string[] },
  llm: { needed: boolean; keyPresent: boolean },
  model: ModelSpec,
): Plan {
  let identifiable: number | undefined;
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
export async function planDataset(config: Config, options: { onEvent?: BuildEventListener; signal?: AbortSignal; llm?: LlmClient } = {}): Promise<Plan> {
  const model = resolveModel(config.provider, config.model, config.modelLimits);
  const cap = capDatasetSize(model, config.datasetSize, { enabled: config.split.enabled, ratio: config.split.ratio });
  if (!existsSync(config.paths.input)) {
    throw new ConfigError(`Input folder not found: ${config.paths.input}. Put your files there or set paths.input in the config.`, { file: config.paths.configFile });
  }
  const files = await listInputFiles(config.paths.input);
  const extraction: ExtractionReport = { read: 0, failed: [], warnings: [], planFiles: [] };
  const documents = await extractAll(files, config, extraction, options.onEvent ?? (() => undefined), options.signal);
  const chunks = chunkDocuments(documents, chunkSizes(config));
  const needed = config.mode !== 'identify';
  const keyPresent = options.llm !== undefined || hasLlmCredentials(config.system.agenticLlm, { env: config.env, baseUrl: config.system.baseUrl });
  return makePlan(config, extraction, documents, chunks, cap, { needed, keyPresent }, model);
}
