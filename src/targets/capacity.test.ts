import { describe, expect, it } from 'vitest';
import { capDatasetSize, checkMinimum, defaultEpochs, estimateTrainingCost } from './capacity.js';
import { resolveModel } from './registry.js';

const haiku = resolveModel('anthropic', 'claude-3-haiku-20240307');
const gemini = resolveModel('google', 'gemini-2.5-flash');
const gpt = resolveModel('openai', 'gpt-4o-mini');
const mistral = resolveModel('mistral', 'open-mistral-7b');

describe('capDatasetSize', () => {
  it('leaves sizes within the limits alone', () => {
    expect(capDatasetSize(haiku, 500, { enabled: true, ratio: 0.9 })).toMatchObject({ capped: 500, plannedTrain: 450, plannedValidation: 50, reasons: [] });
    expect(capDatasetSize(gpt, 1_000_000, { enabled: true, ratio: 0.9 })).toMatchObject({ capped: 1_000_000, trainCap: undefined, validationCap: undefined, reasons: [] });
  });

  it('caps Bedrock Claude at 10,000 total and 1,000 validation records', () => {
    const result = capDatasetSize(haiku, 20_000, { enabled: true, ratio: 0.9 });
    expect(result).toMatchObject({ capped: 10_000, plannedTrain: 9_000, plannedValidation: 1_000, trainCap: 10_000, validationCap: 1_000 });
    expect(result.reasons.at(-1)).toBe('dataset_size 20,000 capped to 10,000 for anthropic claude-3-haiku-20240307.');
    const noSplit = capDatasetSize(haiku, 12_345, { enabled: false, ratio: 0.9 });
    expect(noSplit).toMatchObject({ capped: 10_000, plannedTrain: 10_000, plannedValidation: 0 });
    expect(noSplit.reasons[0]).toContain('at most 10,000 training examples; train part capped from 12,345 to 10,000');
  });

  it('cuts only the validation part for Gemini (≤5,000 validation examples)', () => {
    const result = capDatasetSize(gemini, 100_000, { enabled: true, ratio: 0.9 });
    expect(result).toMatchObject({ capped: 95_000, plannedTrain: 90_000, plannedValidation: 5_000 });
    expect(result.reasons[0]).toContain('validation part capped from 10,000 to 5,000');
  });

  it('caps by file size given an average line size (Mistral validation ≤1 MB)', () => {
    const result = capDatasetSize(mistral, 5_000, { enabled: true, ratio: 0.8 }, { averageBytesPerExample: 2_048 });
    expect(result).toMatchObject({ capped: 4_000 + 512, plannedTrain: 4_000, plannedValidation: 512, validationCap: 512, trainCap: 262_144 });
    expect(capDatasetSize(mistral, 2_000, { enabled: true, ratio: 0.8 }, { averageBytesPerExample: 2_048 }).capped).toBe(2_000);
    expect(result.reasons[0]).toContain('examples that fit the validation file size limit');
  });

  it('reports the maximum for a menu (desired = MAX_SAFE_INTEGER)', () => {
    expect(capDatasetSize(haiku, Number.MAX_SAFE_INTEGER, { enabled: true, ratio: 0.9 }).capped).toBe(10_000);
    expect(capDatasetSize(gpt, Number.MAX_SAFE_INTEGER, { enabled: true, ratio: 0.9 }).capped).toBe(Number.MAX_SAFE_INTEGER);
  });
});

describe('checkMinimum', () => {
  it('explains a too-small training set', () => {
    expect(checkMinimum(haiku, 32)).toBeUndefined();
    const message = checkMinimum(haiku, 31);
    expect(message).toContain('Only 31 training example(s) for anthropic claude-3-haiku-20240307, which needs at least 32');
    expect(checkMinimum(gpt, 9)).toContain('at least 10');
    expect(checkMinimum(gemini, 1)).toBeUndefined();
  });
});

describe('training cost', () => {
  it('follows the cookbook default-epoch heuristic for OpenAI', () => {
    expect(defaultEpochs(gpt, 5)).toEqual({ epochs: 20, assumed: false });
    expect(defaultEpochs(gpt, 2)).toEqual({ epochs: 25, assumed: false });
    expect(defaultEpochs(gpt, 1_000)).toEqual({ epochs: 3, assumed: false });
    expect(defaultEpochs(gpt, 20_000)).toEqual({ epochs: 1, assumed: false });
    expect(defaultEpochs(haiku)).toEqual({ epochs: 2, assumed: false });
    expect(defaultEpochs(mistral)).toEqual({ epochs: 1, assumed: true });
  });

  it('multiplies tokens × epochs × price, and says when no price is known', () => {
    expect(estimateTrainingCost(gpt, 1_000_000, 3)).toEqual({ tokensPerEpoch: 1_000_000, epochs: 3, epochsAssumed: false, billedTokens: 3_000_000, pricePerMillionTokens: 3, costUsd: 9 });
    expect(estimateTrainingCost(resolveModel('openai', 'gpt-4o'), 4_306, undefined, { exampleCount: 5 }).costUsd).toBeCloseTo((86_120 / 1e6) * 25, 10);
    expect(estimateTrainingCost(mistral, 500_000).costUsd).toBeUndefined();
    expect(estimateTrainingCost(mistral, 500_000, 2, { pricePerMillionTokens: 1 }).costUsd).toBe(1);
  });
});
