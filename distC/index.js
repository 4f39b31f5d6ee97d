/** Public API of fine-tune-dataset-builder (ARCHITECTURE.md "Public library API"). */
export * from './errors/index.js';
export { loadConfig, parseConfigText } from './config/load-config.js';
export { configFileSchema } from './config/schema.js';
export { updateConfigFile } from './config/edit-config.js';
export { buildDataset } from './pipeline/build-dataset.js';
export { planDataset } from './pipeline/plan-dataset.js';
export { exportDataset } from './pipeline/export-dataset.js';
export { extractFile, supportedExtensions, isSupportedFile, disposeExtractionWorkers } from './extract/registry.js';
export { detectConversations } from './detect/detect-conversations.js';
export { getTarget, listTargets, resolveModel } from './targets/registry.js';
export { validateJsonlFile } from './targets/validate-file.js';
export { createLlmClient } from './llm/create-llm-client.js';
export { splitSamples } from './dataset/split.js';
export { DuplicateDetector, contentHash } from './dataset/dedup.js';
export { openStore } from './store/store.js';
export { createAgent } from './agents/index.js';
export { createMockLlmClient } from './testing/mock-llm-client.js';
//# sourceMappingURL=index.js.map