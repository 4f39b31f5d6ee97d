export { TARGET_IDS } from './types.js';
export { findModel, getTarget, listTargets, resolveModel } from './registry.js';
export { openAiTarget, OPENAI_MODELS, openAiRecordSchema } from './openai-target.js';
export { anthropicTarget, ANTHROPIC_MODELS, anthropicRecordSchema } from './anthropic-target.js';
export { googleTarget, GOOGLE_MODELS, googleRecordSchema } from './google-target.js';
export { mistralTarget, MISTRAL_MODELS, mistralRecordSchema } from './mistral-target.js';
export { detectLlamaFormat, llamaTarget, LLAMA_MODELS, LLAMA_RECORD_SCHEMAS } from './llama-target.js';
export { renderLlama31, toPromptCompletion } from './llama-template.js';
export { ESTIMATE_PROFILES, estimateTextTokens, getLoadedTokenizer, isExactTokenizer, isTokenizerLoaded, loadTokenizer, preloadTokenizer, } from './tokenizers.js';
export { checkExample, checkExampleSync, truncationCandidates, } from './check-example.js';
export { capDatasetSize, checkMinimum, defaultEpochs, estimateTrainingCost, } from './capacity.js';
export { distributionOf, validateJsonlFile, validateJsonlLines, } from './validate-file.js';
export { formatValidationReport } from './validation-report.js';
export { anthropicApiModelId, createApiTokenCounter, withTokenCounter, } from './api-token-counter.js';
//# sourceMappingURL=index.js.map