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
import type { StageOneSurvey } from '../agents/identify-agent.js';
import type { ModelSpec } from '../targets/types.js';

export function chunkSizes(config: Config): { maxTokens: number; overlapTokens: number } {
  return config.mode === 'identify' ? { maxTokens: 3000, overlapTokens: 150 } : { maxTokens: 1500, overlapTokens: 100 };
}

export async function makePlan(
  config: Config,
  extraction: ExtractionReport,
  documents: ExtractedDocument[],
  chunks: Chunk[],
  cap: { capped: number; reasons: string[] },
  llm: { needed: boolean; keyPresent: boolean },
  model: ModelSpec,
): Promise<Plan> {
  let survey: StageOneSurvey | undefined;
  if (config.mode === 'identify' || config.mode === 'hybrid') {
    // Stage 1 as the run does it (structured files and the pattern detector, ~70 MB/s), so the plan says how many
    // exchanges exist and how many chunks the LLM stage would read, not a guess from the structured files alone.
    const { surveyStageOne } = await import('../agents/identify-agent.js');
    survey = await surveyStageOne(documents, chunks, config.agent.identify.minTurns);
  }
  return buildPlan({
    config, files: extraction.planFiles, documents, chunks, cappedSize: cap.capped, capReasons: cap.reasons,
    llmNeeded: llm.needed, keyPresent: llm.keyPresent, model,
    identifiable: survey?.exchanges,
    chunksWithoutExchanges: survey === undefined || !config.agent.identify.llmFallback ? 0 : survey.llmChunks,
    // Characters / 4, plus a few tokens of framing per message (OpenAI's chat format: ~4).
    averageIdentifiedTokens: survey === undefined || survey.exchanges === 0 ? undefined : Math.round(survey.messageChars / 4 / survey.exchanges + 10),
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
  return await makePlan(config, extraction, documents, chunks, cap, { needed, keyPresent }, model);
}
