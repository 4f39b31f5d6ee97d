import { beforeAll, describe, expect, it } from 'vitest';
import type { TrainingExample } from '../dataset/types.js';
import { checkExampleSync } from './check-example.js';
import { listTargets, resolveModel } from './registry.js';
import type { TargetModule } from './target-module.js';
import { isExactTokenizer, preloadTokenizer } from './tokenizers.js';
import type { ModelSpec } from './types.js';

/**
 * Accepted/rejected boundary at each model's real per-example limit: examples of exactly limit − 1, limit and
 * limit + 1 tokens, built with the real tokenizer (exact targets) or the estimator (estimate targets).
 */

function sized(size: number): TrainingExample {
  // "a a a …": one token per " a" in o200k/cl100k/llama3 (each " a" is its own pre-token).
  return { messages: [{ role: 'user', content: 'Repeat the letter.' }, { role: 'assistant', content: `a${' a'.repeat(size - 1)}` }] };
}

function exampleOfTokens(target: TargetModule, model: ModelSpec, tokens: number): TrainingExample {
  const count = (size: number) => target.countTokensSync(sized(size), model).count;
  let size: number;
  if (isExactTokenizer(model.tokenizer)) {
    size = tokens - count(1) + 1;
  } else {
    let low = 1;
    let high = tokens * 4;
    while (low < high) {
      const middle = Math.floor((low + high) / 2);
      if (count(middle) >= tokens) high = middle;
      else low = middle + 1;
    }
    size = low;
  }
  // The caller checks the count (result.tokens / the rejection detail), so big exact counts run once.
  return sized(size);
}

const cases = listTargets().flatMap((target) =>
  (target.id === 'llama' ? target.models.slice(0, 1) : target.models).map((model) => [`${target.id} ${model.id} (${model.maxTokensPerExample})`, target, model] as const),
);

beforeAll(async () => {
  for (const tokenizer of ['o200k_base', 'cl100k_base', 'llama3'] as const) await preloadTokenizer(tokenizer);
});

describe('per-example token limits', () => {
  it.each(cases)('%s: limit − 1 and limit pass, limit + 1 is rejected', (_name, target, model) => {
    const limit = model.maxTokensPerExample;
    for (const [tokens, ok] of [
      [limit - 1, true],
      [limit, true],
      [limit + 1, false],
    ] as const) {
      const example = exampleOfTokens(target, model, tokens);
      const result = checkExampleSync(target, model, example, { truncate: true });
      expect(result.ok, `${tokens} tokens`).toBe(ok);
      if (result.ok) expect(result.tokens.count).toBe(tokens);
      else {
        expect(result.reason).toBe('over_token_limit');
        expect(result.detail).toContain(`${limit + 1} tokens`);
      }
    }
  });

  it('applies a model_limits override limit the same way (llama, exact)', () => {
    const target = listTargets().find((candidate) => candidate.id === 'llama')!;
    const model = resolveModel('llama', 'local-llama', { 'local-llama': { maxTokensPerExample: 120, minTrainExamples: 1 } });
    expect(checkExampleSync(target, model, exampleOfTokens(target, model, 119), { truncate: false })).toMatchObject({ ok: true, tokens: { count: 119, method: 'exact' } });
    expect(checkExampleSync(target, model, exampleOfTokens(target, model, 120), { truncate: false })).toMatchObject({ ok: true, tokens: { count: 120, method: 'exact' } });
    const over = checkExampleSync(target, model, exampleOfTokens(target, model, 121), { truncate: false });
    expect(over).toMatchObject({ ok: false, reason: 'over_token_limit', tokens: { count: 121 } });
  });
});
