function fmt(value) {
    return value.toLocaleString('en-US');
}
/**
 * Cap `dataset_size` at what the target accepts: max training, validation and total examples, and — given an
 * average line size — the file size limits. With the split on, a validation part over its cap is cut to the cap
 * and the total shrinks with it (the train part is not grown, so the configured ratio stays an upper bound).
 * No provider here caps total training tokens per job (OpenAI: none found; PROVIDERS.md open question 2).
 */
export function capDatasetSize(model, desired, split, estimate = {}) {
    const reasons = [];
    const bytes = estimate.averageBytesPerExample;
    const byFile = (limit) => (limit !== undefined && bytes !== undefined && bytes > 0 ? Math.floor(limit / bytes) : undefined);
    const minDefined = (...values) => {
        const defined = values.filter((value) => value !== undefined);
        return defined.length === 0 ? undefined : Math.min(...defined);
    };
    const trainCap = minDefined(model.maxTrainExamples, model.maxTotalExamples, byFile(model.maxTrainFileBytes));
    const validationCap = minDefined(model.maxValidationExamples, model.maxTotalExamples, byFile(model.maxValidationFileBytes));
    const label = `${model.target} ${model.id}`;
    let train = split.enabled ? Math.round(desired * split.ratio) : desired;
    let validation = desired - train;
    if (trainCap !== undefined && train > trainCap) {
        const why = model.maxTrainExamples !== undefined && trainCap === model.maxTrainExamples ? 'training examples' : model.maxTotalExamples === trainCap ? 'total examples' : 'examples that fit the training file size limit';
        reasons.push(`${label} accepts at most ${fmt(trainCap)} ${why}; train part capped from ${fmt(train)} to ${fmt(trainCap)}.`);
        train = trainCap;
        if (split.enabled)
            validation = Math.min(validation, Math.round((train * (1 - split.ratio)) / split.ratio));
    }
    if (validationCap !== undefined && validation > validationCap) {
        const why = model.maxValidationExamples === validationCap ? 'validation examples' : model.maxTotalExamples === validationCap ? 'total examples' : 'examples that fit the validation file size limit';
        reasons.push(`${label} accepts at most ${fmt(validationCap)} ${why}; validation part capped from ${fmt(validation)} to ${fmt(validationCap)}.`);
        validation = validationCap;
    }
    if (model.maxTotalExamples !== undefined && train + validation > model.maxTotalExamples) {
        const total = model.maxTotalExamples;
        const before = train + validation;
        train = split.enabled ? Math.round(total * split.ratio) : total;
        validation = total - train;
        reasons.push(`${label} accepts at most ${fmt(total)} examples in total (train + validation); capped from ${fmt(before)} to ${fmt(total)}.`);
    }
    const capped = train + validation;
    if (capped < desired)
        reasons.push(`dataset_size ${fmt(desired)} capped to ${fmt(capped)} for ${label}.`);
    return { capped, trainCap, validationCap, plannedTrain: train, plannedValidation: validation, reasons };
}
/** A clear message when the training file has fewer examples than the model's minimum; undefined when fine. */
export function checkMinimum(model, trainCount) {
    if (trainCount >= model.minTrainExamples)
        return undefined;
    return (`Only ${fmt(trainCount)} training example(s) for ${model.target} ${model.id}, which needs at least ${fmt(model.minTrainExamples)} ` +
        `(source: ${model.source}). Add input files, raise dataset_size, turn truncation on (output.truncate) or check the rejection counts.`);
}
/**
 * Default epochs. OpenAI: the cookbook heuristic (target 3; if n × 3 < 100 use min(25, ⌊100 / n⌋); if n × 3 > 25,000 use
 * max(1, ⌊25,000 / n⌋)). Bedrock Claude 3 Haiku: epochCount default 2 (cm-hp-anth-claude-3). Others: no documented
 * default here, so 1 is assumed. All via PROVIDERS.md, read 2026-11-22.
 */
export function defaultEpochs(model, exampleCount) {
    if (model.target === 'openai') {
        if (exampleCount === undefined || exampleCount <= 0)
            return { epochs: 3, assumed: false };
        if (exampleCount * 3 < 100)
            return { epochs: Math.min(25, Math.floor(100 / exampleCount)), assumed: false };
        if (exampleCount * 3 > 25_000)
            return { epochs: Math.max(1, Math.floor(25_000 / exampleCount)), assumed: false };
        return { epochs: 3, assumed: false };
    }
    if (model.target === 'anthropic')
        return { epochs: 2, assumed: false };
    return { epochs: 1, assumed: true };
}
/** Training cost = price × tokens in the file × epochs (OpenAI guide, PROVIDERS.md §1). */
export function estimateTrainingCost(model, tokensPerEpoch, epochs, options = {}) {
    const chosen = epochs === undefined ? defaultEpochs(model, options.exampleCount) : { epochs, assumed: false };
    const billedTokens = tokensPerEpoch * chosen.epochs;
    const price = options.pricePerMillionTokens ?? model.trainingPricePerMillionTokens;
    return {
        tokensPerEpoch,
        epochs: chosen.epochs,
        epochsAssumed: chosen.assumed,
        billedTokens,
        pricePerMillionTokens: price,
        costUsd: price === undefined ? undefined : (billedTokens / 1_000_000) * price,
    };
}
//# sourceMappingURL=capacity.js.map