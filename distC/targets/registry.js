import { TargetFormatError } from '../errors/errors.js';
import { anthropicTarget } from './anthropic-target.js';
import { googleTarget } from './google-target.js';
import { llamaTarget } from './llama-target.js';
import { mistralTarget } from './mistral-target.js';
import { openAiTarget } from './openai-target.js';
import { TARGET_IDS } from './types.js';
const TARGETS = {
    openai: openAiTarget,
    anthropic: anthropicTarget,
    google: googleTarget,
    mistral: mistralTarget,
    llama: llamaTarget,
};
function isTargetId(id) {
    return TARGET_IDS.includes(id);
}
/** The target module for `id` (`openai`, `anthropic`, `google`, `mistral`, `llama`). */
export function getTarget(id) {
    if (isTargetId(id))
        return TARGETS[id];
    throw new TargetFormatError(`Unknown target provider "${id}". Use one of: ${TARGET_IDS.join(', ')} (config key \`provider:\` or --provider).`, {
        code: 'unknown_target',
    });
}
export function listTargets() {
    return TARGET_IDS.map((id) => TARGETS[id]);
}
/** Catalog lookup by ID or alias (exact first, then case-insensitive). */
export function findModel(target, modelId) {
    const exact = target.models.find((model) => model.id === modelId || model.aliases.includes(modelId));
    if (exact)
        return exact;
    const lower = modelId.toLowerCase();
    const folded = target.models.find((model) => model.id.toLowerCase() === lower || model.aliases.some((alias) => alias.toLowerCase() === lower));
    if (folded)
        return folded;
    // An OpenAI fine-tuned model (`ft:gpt-4o-mini-2024-07-18:org::abc`) trains on with its base model's limits.
    if (target.id === 'openai' && modelId.startsWith('ft:'))
        return findModel(target, modelId.slice(3).split(':')[0] ?? '');
    return undefined;
}
function applyOverride(base, target, modelId, override) {
    const defined = Object.fromEntries(Object.entries(override).filter(([, value]) => value !== undefined));
    const spec = {
        ...(base ?? { id: modelId, aliases: [], target: target.id, tokenizer: target.defaultTokenizer, maxTokensPerExample: override.maxTokensPerExample, minTrainExamples: override.minTrainExamples, source: '' }),
        ...defined,
    };
    spec.source = base ? `${base.source}; overridden by config model_limits.${modelId}` : `config model_limits.${modelId}`;
    return spec;
}
/**
 * The model spec for `modelId` on `targetId`: the built-in catalog (IDs and aliases), with a `model_limits:`
 * override merged on top when the config has one; a model only in `model_limits:` gets the target's default
 * tokenizer unless the override names one. Unknown models are a `TargetFormatError` (`unknown_model`).
 */
export function resolveModel(targetId, modelId, overrides = {}) {
    const target = getTarget(targetId);
    const base = findModel(target, modelId);
    const override = overrides[modelId] ?? (base ? overrides[base.id] ?? base.aliases.map((alias) => overrides[alias]).find(Boolean) : undefined);
    if (override)
        return applyOverride(base, target, base && !overrides[modelId] ? base.id : modelId, override);
    if (base)
        return modelId === base.id || !modelId.startsWith('ft:') ? base : { ...base, id: modelId, aliases: [] };
    const known = target.models.map((model) => (model.aliases.length > 0 ? `${model.id} (${model.aliases.join(', ')})` : model.id));
    throw new TargetFormatError(`Unknown model "${modelId}" for target ${target.id}. Known models: ${known.join('; ')}. ` +
        `To use another model, give its limits in config.yaml under model_limits:, e.g.\n` +
        `model_limits:\n  ${modelId}:\n    max_tokens_per_example: 32768\n    min_train_examples: 10`, { code: 'unknown_model' });
}
//# sourceMappingURL=registry.js.map