export type * from './types.js';
export { TARGET_IDS } from './types.js';
export type { RecordSummary, RecordTokenCount, TargetModule } from './target-module.js';
export { findModel, getTarget, listTargets, resolveModel } from './registry.js';
export { openAiTarget, OPENAI_MODELS, openAiRecordSchema } from './openai-target.js';
export { anthropicTarget, ANTHROPIC_MODELS, anthropicRecordSchema } from './anthropic-target.js';
export { googleTarget, GOOGLE_MODELS, googleRecordSchema } from './google-target.js';
export { mistralTarget, MISTRAL_MODELS, mistralRecordSchema } from './mistral-target.js';
export { detectLlamaFormat, llamaTarget, LLAMA_MODELS, LLAMA_RECORD_SCHEMAS, type LlamaFormat } from './llama-target.js';
export { renderLlama31, toPromptCompletion } from './llama-template.js';
export {
  ESTIMATE_PROFILES,
  estimateTextTokens,
  getLoadedTokenizer,
  isExactTokenizer,
  isTokenizerLoaded,
  loadTokenizer,
  preloadTokenizer,
  type EstimateProfile,
  type TokenEncoder,
} from './tokenizers.js';
export {
  checkExample,
  checkExampleSync,
  truncationCandidates,
  type CheckAccepted,
  type CheckExampleOptions,
  type CheckExampleResult,
  type CheckRejected,
} from './check-example.js';
export {
  capDatasetSize,
  checkMinimum,
  defaultEpochs,
  estimateTrainingCost,
  type CapacityResult,
  type SizeEstimate,
  type SplitPlan,
  type TrainingCostEstimate,
} from './capacity.js';
export {
  distributionOf,
  validateJsonlFile,
  validateJsonlLines,
  type Distribution,
  type JsonlIssue,
  type JsonlValidationOptions,
  type JsonlValidationReport,
} from './validate-file.js';
export { formatValidationReport } from './validation-report.js';
export {
  anthropicApiModelId,
  createApiTokenCounter,
  withTokenCounter,
  type ApiTokenCounterOptions,
  type ExampleTokenCounter,
} from './api-token-counter.js';
