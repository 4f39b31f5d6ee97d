import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TargetFormatError } from '../errors/errors.js';
import { ESTIMATE_PROFILES, estimateTextTokens, getLoadedTokenizer, isTokenizerLoaded, loadTokenizer, preloadTokenizer } from './tokenizers.js';

const documents = path.resolve(process.cwd(), '../shared/fixtures/documents');
const read = (relative: string) => readFileSync(path.join(documents, relative), 'utf8');

describe('tokenizers', () => {
  it('needs a preload before sync exact counting, then loads once and stays cached', async () => {
    expect(isTokenizerLoaded('llama3')).toBe(false);
    expect(() => getLoadedTokenizer('llama3')).toThrow(TargetFormatError);
    try {
      getLoadedTokenizer('llama3');
    } catch (error) {
      expect((error as TargetFormatError).code).toBe('tokenizer_not_loaded');
      expect((error as Error).message).toContain('preloadTokenizer');
    }
    const [first, second] = await Promise.all([loadTokenizer('llama3'), loadTokenizer('llama3')]);
    expect(first).toBe(second);
    expect(getLoadedTokenizer('llama3')).toBe(first);
    expect(first.countText('Hello world!')).toBe(3); // README: [9906, 1917, 0] without BOS/EOS
    expect(first.countText('<|eot_id|>')).toBe(1);
  });

  it('counts OpenAI encodings exactly and treats special-token text as plain text', async () => {
    await preloadTokenizer('o200k_base');
    const o200k = getLoadedTokenizer('o200k_base');
    expect(o200k.exact).toBe(true);
    expect(o200k.countText('')).toBe(0);
    expect(o200k.countText('hi <|endoftext|>')).toBe(8); // gpt-tokenizer with no disallowed specials
  });

  it('estimates are available synchronously and are conservative against real tokenizers on English fixtures', async () => {
    expect(isTokenizerLoaded('estimate-mistral')).toBe(true);
    await preloadTokenizer('cl100k_base');
    await preloadTokenizer('llama3');
    const texts = ['qa/curl-FAQ.md', 'qa/zlib-FAQ.txt', 'qa/sphinx-faq.rst', 'qa/python-design-patterns-FAQ.md', 'negative/unstructured-book-war-and-peace-1p.txt'].map(read);
    for (const text of texts) {
      const exact = Math.max(getLoadedTokenizer('cl100k_base').countText(text), getLoadedTokenizer('llama3').countText(text));
      for (const id of ['estimate-claude', 'estimate-gemini', 'estimate-mistral'] as const) {
        const estimate = getLoadedTokenizer(id).countText(text);
        expect(estimate, `${id} vs exact ${exact}`).toBeGreaterThanOrEqual(exact);
        expect(estimate, `${id} not absurdly high`).toBeLessThan(exact * 2);
      }
    }
  });

  it('counts non-Latin characters as at least one token each', () => {
    const profile = ESTIMATE_PROFILES['estimate-gemini'];
    expect(estimateTextTokens('漢字かな', profile)).toBe(Math.ceil(4 * 1.1));
    expect(estimateTextTokens('😀😀', profile)).toBe(Math.ceil(2 * 1.1)); // surrogate pairs count once
    expect(estimateTextTokens('abcdefg', profile)).toBe(Math.ceil((7 / 3.5) * 1.1));
  });
});
