import type { ModelSpec } from './types.js';
export interface SplitPlan {
    enabled: boolean;
    /** Fraction of samples in train.jsonl (config `split.ratio`). */
    ratio: number;
}
export interface SizeEstimate {
    /** Average JSONL bytes per example (line + newline), to cap by file size. */
    averageBytesPerExample?: number;
}
export interface CapacityResult {
    /** Samples to produce in total. */
    capped: number;
    /** Largest train / validation file the model accepts (examples), where limited. */
    trainCap?: number;
    validationCap?: number;
    /** Planned train / validation counts after the caps (train ≈ round(total × ratio) when nothing bit). */
    plannedTrain: number;
    plannedValidation: number;
    /** One line per limit that bit, showing desired and capped sizes. Empty when nothing was capped. */
    reasons: string[];
}
/**
 * Cap `dataset_size` at what the target accepts: max training, validation and total examples, and — given an
 * average line size — the file size limits. With the split on, a validation part over its cap is cut to the cap
 * and the total shrinks with it (the train part is not grown, so the configured ratio stays an upper bound).
 * No provider here caps total training tokens per job (OpenAI: none found; PROVIDERS.md open question 2).
 */
export declare function capDatasetSize(model: ModelSpec, desired: number, split: SplitPlan, estimate?: SizeEstimate): CapacityResult;
/** A clear message when the training file has fewer examples than the model's minimum; undefined when fine. */
export declare function checkMinimum(model: ModelSpec, trainCount: number): string | undefined;
/**
 * Default epochs. OpenAI: the cookbook heuristic (target 3; if n × 3 < 100 use min(25, ⌊100 / n⌋); if n × 3 > 25,000 use
 * max(1, ⌊25,000 / n⌋)). Bedrock Claude 3 Haiku: epochCount default 2 (cm-hp-anth-claude-3). Others: no documented
 * default here, so 1 is assumed. All via PROVIDERS.md, read 2026-11-22.
 */
export declare function defaultEpochs(model: ModelSpec, exampleCount?: number): {
    epochs: number;
    assumed: boolean;
};
export interface TrainingCostEstimate {
    tokensPerEpoch: number;
    epochs: number;
    epochsAssumed: boolean;
    billedTokens: number;
    pricePerMillionTokens?: number;
    /** USD; undefined when no training price is known for the model. */
    costUsd?: number;
}
/** Training cost = price × tokens in the file × epochs (OpenAI guide, PROVIDERS.md §1). */
export declare function estimateTrainingCost(model: ModelSpec, tokensPerEpoch: number, epochs?: number, options?: {
    exampleCount?: number;
    pricePerMillionTokens?: number;
}): TrainingCostEstimate;
