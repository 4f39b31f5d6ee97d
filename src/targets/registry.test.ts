import { describe, expect, it } from 'vitest';
import { TargetFormatError } from '../errors/errors.js';
import { getTarget, listTargets, resolveModel } from './registry.js';

function thrown(fn: () => unknown): TargetFormatError {
  try {
    fn();
  } catch (error) {
    if (error instanceof TargetFormatError) return error;
    throw error;
  }
  throw new Error('expected a TargetFormatError');
}

describe('target registry', () => {
  it('lists the five targets in order', () => {
    expect(listTargets().map((target) => target.id)).toEqual(['openai', 'anthropic', 'google', 'mistral', 'llama']);
    for (const target of listTargets()) {
      expect(target.models.length).toBeGreaterThan(0);
      for (const model of target.models) {
        expect(model.target).toBe(target.id);
        expect(model.source).toMatch(/read 2026-11-22/);
      }
    }
  });

  it('throws unknown_target listing the ids', () => {
    const error = thrown(() => getTarget('cohere'));
    expect(error.code).toBe('unknown_target');
    expect(error.message).toContain('openai, anthropic, google, mistral, llama');
  });

  it('resolves dated IDs, undated aliases, Bedrock IDs and HF IDs', () => {
    expect(resolveModel('openai', 'gpt-4o-mini').id).toBe('gpt-4o-mini-2024-07-18');
    expect(resolveModel('openai', 'gpt-4.1').id).toBe('gpt-4.1-2025-04-14');
    expect(resolveModel('openai', 'gpt-3.5-turbo').tokenizer).toBe('cl100k_base');
    expect(resolveModel('anthropic', 'anthropic.claude-3-haiku-20240307-v1:0:200k').id).toBe('claude-3-haiku-20240307');
    expect(resolveModel('google', 'gemini-2.0-flash-001').id).toBe('gemini-2.0-flash');
    expect(resolveModel('mistral', 'mistral-small').id).toBe('mistral-small-latest');
    expect(resolveModel('llama', 'meta-llama/Meta-Llama-3.1-70B-Instruct').id).toBe('meta-llama/Meta-Llama-3.1-70B-Instruct-Reference');
    expect(resolveModel('llama', 'META-LLAMA/meta-llama-3.1-8b-instruct-reference').id).toBe('meta-llama/Meta-Llama-3.1-8B-Instruct-Reference');
  });

  it('keeps an OpenAI fine-tuned model ID with its base model limits', () => {
    const spec = resolveModel('openai', 'ft:gpt-4o-mini-2024-07-18:acme::abc123');
    expect(spec).toMatchObject({ id: 'ft:gpt-4o-mini-2024-07-18:acme::abc123', maxTokensPerExample: 65_536, tokenizer: 'o200k_base' });
  });

  it('throws unknown_model listing the known IDs and mentioning model_limits', () => {
    const error = thrown(() => resolveModel('mistral', 'mixtral-8x7b'));
    expect(error.code).toBe('unknown_model');
    expect(error.message).toContain('Unknown model "mixtral-8x7b" for target mistral');
    expect(error.message).toContain('open-mistral-7b');
    expect(error.message).toContain('mistral-small-latest (mistral-small)');
    expect(error.message).toContain('model_limits:');
    expect(error.message).toContain('  mixtral-8x7b:\n    max_tokens_per_example:');
    // A model of another target is unknown here.
    expect(thrown(() => resolveModel('anthropic', 'gpt-4o')).code).toBe('unknown_model');
  });

  it('builds a spec from a model_limits override with the target default tokenizer', () => {
    const spec = resolveModel('mistral', 'mixtral-8x7b', { 'mixtral-8x7b': { maxTokensPerExample: 8_192, minTrainExamples: 5, maxValidationFileBytes: 2048 } });
    expect(spec).toEqual({
      id: 'mixtral-8x7b',
      aliases: [],
      target: 'mistral',
      tokenizer: 'estimate-mistral',
      maxTokensPerExample: 8_192,
      minTrainExamples: 5,
      maxValidationFileBytes: 2048,
      source: 'config model_limits.mixtral-8x7b',
    });
    expect(resolveModel('openai', 'gpt-5-mini', { 'gpt-5-mini': { maxTokensPerExample: 100_000, minTrainExamples: 10 } }).tokenizer).toBe('o200k_base');
    expect(resolveModel('llama', 'my-llama', { 'my-llama': { maxTokensPerExample: 16_000, minTrainExamples: 100, tokenizer: 'llama3' } }).tokenizer).toBe('llama3');
  });

  it('merges an override onto a catalog model (e.g. a raised Bedrock quota), by ID or alias', () => {
    const raised = resolveModel('anthropic', 'anthropic.claude-3-haiku-20240307-v1:0:200k', {
      'claude-3-haiku-20240307': { maxTokensPerExample: 32_000, minTrainExamples: 32, maxTrainExamples: 20_000, maxTotalExamples: 20_000 },
    });
    expect(raised).toMatchObject({ id: 'claude-3-haiku-20240307', maxTrainExamples: 20_000, maxTotalExamples: 20_000, maxValidationExamples: 1_000, tokenizer: 'estimate-claude' });
    expect(raised.source).toContain('overridden by config model_limits.claude-3-haiku-20240307');
    const byAlias = resolveModel('openai', 'gpt-4o-mini-2024-07-18', { 'gpt-4o-mini': { maxTokensPerExample: 128_000, minTrainExamples: 10 } });
    expect(byAlias.maxTokensPerExample).toBe(128_000);
  });

  it('never throws on garbage records (validate, count, summarize)', async () => {
    const garbage: unknown[] = [null, undefined, 0, 'text', [], [{}], {}, { messages: null }, { messages: [null, 1, 'x', []] }, { contents: [{ parts: 'x' }] }, { prompt: 1, completion: null }, { text: {} }, { messages: [{ role: 'user', content: [{ type: 'image_url' }] }] }];
    for (const target of listTargets()) {
      const model = target.models[0]!;
      await import('./tokenizers.js').then((tokenizers) => tokenizers.preloadTokenizer(model));
      for (const record of garbage) {
        const issues = target.validate(record, model);
        if (record !== null && typeof record === 'object' && !Array.isArray(record) && Object.keys(record).length === 0) expect(issues.length).toBeGreaterThan(0);
        expect(() => target.countRecordTokensSync(record, model)).not.toThrow();
        expect(() => target.summarizeRecord(record)).not.toThrow();
      }
      expect(target.validate(null, model).map((issue) => issue.code)).toEqual(['data_type']);
    }
  });
});

