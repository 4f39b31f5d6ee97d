import { hybridShares, identifyCallLimit } from '../agents/hybrid-agent.js';
import type { Chunk } from '../agents/types.js';
import type { Config } from '../config/config.js';
import type { ExtractedDocument } from '../extract/types.js';
import { estimateLlmCost } from '../llm/pricing.js';
import { defaultEpochs } from '../targets/capacity.js';
import type { ModelSpec } from '../targets/types.js';

export interface PlanFile {
  name: string;
  bytes: number;
  chars?: number;
  units?: number;
  format?: string;
  error?: string;
}

/** What a run will do, computed without any network call. */
export interface Plan {
  mode: string;
  target: string;
  model: string;
  files: PlanFile[];
  totalChars: number;
  chunks: number;
  desiredSize: number;
  cappedSize: number;
  capReasons: string[];
  /** Exchanges that can be taken as they are (regex detector + structured Q/A, before duplicates), identify/hybrid modes. */
  identifiable?: number;
  llm?: {
    provider: string;
    model: string;
    keyPresent: boolean;
    calls: number;
    inputTokens: number;
    outputTokens: number;
    costUsd?: number;
  };
  training: { tokensPerExample: number; tokensPerEpoch: number; epochs: number; costUsd?: number };
  notes: string[];
}

export interface PlanInput {
  config: Config;
  files: PlanFile[];
  documents: ExtractedDocument[];
  chunks: Chunk[];
  cappedSize: number;
  capReasons: string[];
  identifiable?: number;
  chunksWithoutExchanges?: number;
  llmNeeded: boolean;
  keyPresent: boolean;
  model: ModelSpec;
  /** Average tokens of an example found in the files, when any were found. */
  averageIdentifiedTokens?: number;
}

/** Prompt scaffolding per call (system prompt + instructions + JSON contract), measured on the shipped prompts. */
const PROMPT_OVERHEAD_TOKENS = 700;
const TOKENS_PER_MESSAGE = 90;

export function buildPlan(input: PlanInput): Plan {
  const { config } = input;
  const create = config.agent.create;
  const averageTurns = (create.minTurns + create.maxTurns) / 2;
  const generatedTokensPerExample = Math.round(averageTurns * 2 * TOKENS_PER_MESSAGE + (create.systemPrompt ? create.systemPrompt.length / 4 : 0));
  const notes: string[] = [];
  let generated = 0;
  let identifyLlmCalls = 0;
  if (config.mode === 'create' || config.mode === 'free') generated = input.cappedSize;
  const wantedIdentified = config.mode === 'identify' ? input.cappedSize : hybridShares(input.cappedSize, config.agent.hybrid.generationRatio).identified;
  if (config.mode === 'hybrid') {
    const identified = Math.min(wantedIdentified, input.identifiable ?? 0);
    generated = input.cappedSize - identified;
    if (identified < wantedIdentified) notes.push(`only ~${identified} existing exchanges found; generation fills the gap of ${wantedIdentified - identified}`);
  }
  if ((config.mode === 'identify' || config.mode === 'hybrid') && config.agent.identify.llmFallback && input.keyPresent) {
    // The LLM stage runs only when stage 1 falls short of what is wanted; hybrid bounds it (hybrid-agent.ts).
    const chunksToRead = input.chunksWithoutExchanges ?? 0;
    if ((input.identifiable ?? 0) < wantedIdentified) identifyLlmCalls = config.mode === 'identify' ? chunksToRead : Math.min(chunksToRead, identifyCallLimit(wantedIdentified));
  }
  const averageChunkTokens = input.chunks.length === 0 ? 0 : input.chunks.reduce((sum, chunk) => sum + chunk.tokens, 0) / input.chunks.length;
  const generationCalls = generated === 0 ? 0 : Math.ceil(generated / create.conversationsPerCall);
  const calls = generationCalls + identifyLlmCalls;
  const inputTokens = Math.round(calls * (PROMPT_OVERHEAD_TOKENS + averageChunkTokens));
  const outputTokens = Math.round(generationCalls * create.conversationsPerCall * generatedTokensPerExample * 1.1 + identifyLlmCalls * averageChunkTokens * 0.5);
  const llm = input.llmNeeded || identifyLlmCalls > 0
    ? {
        provider: config.system.agenticLlm,
        model: config.system.agenticModel,
        keyPresent: input.keyPresent,
        calls,
        inputTokens,
        outputTokens,
        costUsd: batchDiscount(config, estimateLlmCost(config.system.agenticModel, { inputTokens, outputTokens }, config.pricing.agentic)),
      }
    : undefined;
  if (llm !== undefined && config.system.useBatchApi) {
    notes.push('batch API: calls are queued into provider batches (results within 24 h) at about half the price');
  }
  const identifiedShare = input.cappedSize - generated;
  const identifiedTokens = input.averageIdentifiedTokens ?? generatedTokensPerExample;
  const tokensPerExample = input.cappedSize === 0 ? 0 : Math.round((generated * generatedTokensPerExample + identifiedShare * identifiedTokens) / input.cappedSize);
  const trainShare = config.split.enabled ? config.split.ratio : 1;
  const tokensPerEpoch = Math.round(tokensPerExample * input.cappedSize * trainShare);
  const epochs = defaultEpochs(input.model, Math.round(input.cappedSize * trainShare)).epochs;
  const price = config.pricing.training[config.model] ?? input.model.trainingPricePerMillionTokens;
  return {
    mode: config.mode,
    target: config.provider,
    model: config.model,
    files: input.files,
    totalChars: input.documents.reduce((sum, document) => sum + document.text.length, 0),
    chunks: input.chunks.length,
    desiredSize: config.datasetSize,
    cappedSize: input.cappedSize,
    capReasons: input.capReasons,
    identifiable: input.identifiable,
    llm,
    training: {
      tokensPerExample,
      tokensPerEpoch,
      epochs,
      costUsd: price === undefined ? undefined : (tokensPerEpoch * epochs * price) / 1_000_000,
    },
    notes,
  };
}

/** OpenAI Batch and Anthropic Message Batches bill about 50% of the standard price. */
function batchDiscount(config: Config, cost: number | undefined): number | undefined {
  return cost === undefined || !config.system.useBatchApi ? cost : cost / 2;
}
