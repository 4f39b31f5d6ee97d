import type { ModelLimitsOverride } from '../config/config.js';
import type { TargetModule } from './target-module.js';
import { type ModelSpec } from './types.js';
/** The target module for `id` (`openai`, `anthropic`, `google`, `mistral`, `llama`). */
export declare function getTarget(id: string): TargetModule;
export declare function listTargets(): TargetModule[];
/** Catalog lookup by ID or alias (exact first, then case-insensitive). */
export declare function findModel(target: TargetModule, modelId: string): ModelSpec | undefined;
/**
 * The model spec for `modelId` on `targetId`: the built-in catalog (IDs and aliases), with a `model_limits:`
 * override merged on top when the config has one; a model only in `model_limits:` gets the target's default
 * tokenizer unless the override names one. Unknown models are a `TargetFormatError` (`unknown_model`).
 */
export declare function resolveModel(targetId: string, modelId: string, overrides?: Record<string, ModelLimitsOverride>): ModelSpec;
