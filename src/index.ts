/** Public API of fine-tune-dataset-builder (ARCHITECTURE.md "Public library API"). */
export * from './errors/index.js';
export type * from './dataset/types.js';
export type * from './extract/types.js';
export type * from './llm/types.js';
export type * from './targets/types.js';
export type * from './agents/types.js';
export type * from './detect/types.js';

export { loadConfig, parseConfigText, type ConfigOverrides, type LoadConfigOptions } from './config/load-config.js';
export type { Config, ModelLimitsOverride } from './config/config.js';
export { configFileSchema, type ConfigFile, type ConfigFileInput } from './config/schema.js';
export { updateConfigFile } from './config/edit-config.js';

export { buildDataset, type BuildDatasetOptions, type BuildResult } from './pipeline/build-dataset.js';
export { planDataset } from './pipeline/plan-dataset.js';
export { exportDataset } from './pipeline/export-dataset.js';
export type { BuildEvent, BuildEventListener } from './pipeline/events.js';
export type { Plan, PlanFile } from './pipeline/plan.js';
export type { RunSummary, TokenStats } from './pipeline/summary.js';

export { extractFile, supportedExtensions, isSupportedFile, disposeExtractionWorkers } from './extract/registry.js';
export { detectConversations } from './detect/detect-conversations.js';
export { getTarget, listTargets, resolveModel } from './targets/registry.js';
export { validateJsonlFile } from './targets/validate-file.js';
export { createLlmClient } from './llm/create-llm-client.js';
export { splitSamples, type SplitOptions, type SplitResult } from './dataset/split.js';
export { DuplicateDetector, contentHash } from './dataset/dedup.js';
export { openStore, type Store, type DatasetRecord, type StoredSample } from './store/store.js';
export { createAgent } from './agents/index.js';
export { createMockLlmClient } from './testing/mock-llm-client.js';
