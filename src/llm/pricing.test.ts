import { describe, expect, it } from 'vitest';
import { LLM_PRICES, estimateLlmCost, findLlmPrice } from './pricing.js';

describe('findLlmPrice', () => {
  it('finds models by name and by dated snapshot or alias', () => {
    expect(findLlmPrice('gpt-4o-mini')).toEqual({ input: 0.15, output: 0.6 });
    expect(findLlmPrice('gpt-4o-mini-2024-07-18')).toEqual(LLM_PRICES['gpt-4o-mini']);
    expect(findLlmPrice('claude-3-5-haiku-20241022')).toEqual(LLM_PRICES['claude-3-5-haiku']);
    expect(findLlmPrice('claude-3-5-sonnet@20240620')).toEqual(LLM_PRICES['claude-3-5-sonnet']);
    expect(findLlmPrice('claude-sonnet-4-5-20250929')).toEqual(LLM_PRICES['claude-sonnet-4-5']);
    expect(findLlmPrice('mistral-large-2411')).toEqual(LLM_PRICES['mistral-large']);
    expect(findLlmPrice('mistral-small-latest')).toEqual(LLM_PRICES['mistral-small']);
    expect(findLlmPrice('models/gemini-2.0-flash-001')).toEqual(LLM_PRICES['gemini-2.0-flash']);
    expect(findLlmPrice('gemini-2.5-flash-preview-05-20')).toEqual(LLM_PRICES['gemini-2.5-flash']);
    expect(findLlmPrice('meta-llama/Llama-3.3-70B-Instruct-Turbo')).toEqual({ input: 0.88, output: 0.88 });
  });

  it('keeps exact snapshots that are priced differently from their family', () => {
    expect(findLlmPrice('gpt-4o-2024-05-13')).toEqual({ input: 5, output: 15 });
    expect(findLlmPrice('gpt-4o-2024-08-06')).toEqual({ input: 2.5, output: 10 });
  });

  it('does not guess for unknown models or near misses', () => {
    expect(findLlmPrice('llama3.1:8b')).toBeUndefined();
    expect(findLlmPrice('o3-pro')).toBeUndefined();
    expect(findLlmPrice('gpt-4o-mini-tts')).toBeUndefined();
  });

  it('lets overrides from pricing.agentic win', () => {
    expect(findLlmPrice('gpt-4o-mini', { 'gpt-4o-mini': { input: 1, output: 2 } })).toEqual({ input: 1, output: 2 });
    expect(findLlmPrice('my-local-model', { 'my-local-model': { input: 0, output: 0 } })).toEqual({ input: 0, output: 0 });
  });
});

describe('estimateLlmCost', () => {
  it('prices input and output per million tokens', () => {
    expect(estimateLlmCost('gpt-4o-mini', { inputTokens: 1_000_000, outputTokens: 500_000 })).toBeCloseTo(0.15 + 0.3, 10);
    expect(estimateLlmCost('claude-3-haiku-20240307', { inputTokens: 2000, outputTokens: 1000 })).toBeCloseTo((2000 * 0.25 + 1000 * 1.25) / 1e6, 12);
  });

  it('is undefined (shown as unknown) for unknown models or incomplete usage, never 0', () => {
    expect(estimateLlmCost('unknown-model', { inputTokens: 10, outputTokens: 10 })).toBeUndefined();
    expect(estimateLlmCost('gpt-4o-mini', { inputTokens: 10 })).toBeUndefined();
    expect(estimateLlmCost('gpt-4o-mini', {})).toBeUndefined();
  });
});
