import { describe, expect, it } from 'vitest';
import { createKeywordSource, sampleCorpus } from './keyword-source.js';

describe('sampleCorpus', () => {
  it('keeps a corpus within the limit as it is', () => {
    expect(sampleCorpus(['a', 'bb', 'ccc'], 6)).toEqual(['a', 'bb', 'ccc']);
  });

  it('takes evenly spread texts totalling about the limit from a larger corpus', () => {
    const texts = Array.from({ length: 1_000 }, (_, index) => `${index}`.padEnd(100, '.'));
    const sample = sampleCorpus(texts, 10_000);
    const chars = sample.reduce((total, text) => total + text.length, 0);
    expect(chars).toBeGreaterThanOrEqual(9_900);
    expect(chars).toBeLessThanOrEqual(10_100);
    // Every tenth text, from the first to near the last: spread over the whole corpus, not its start.
    const indexes = sample.map((text) => Number.parseInt(text, 10));
    expect(indexes[0]).toBe(0);
    expect(indexes.at(-1)).toBeGreaterThanOrEqual(980);
    expect(new Set(indexes.slice(1).map((value, position) => value - indexes[position]!))).toEqual(new Set([10]));
  });

  it('feeds the keyword extractor the sample only', async () => {
    const seen: string[][] = [];
    const keywords = createKeywordSource(
      () => Array.from({ length: 40 }, (_, index) => 'x'.repeat(1_000_000) + index),
      (corpus) => {
        seen.push([...corpus]);
        return () => ['kw'];
      },
    );
    expect(await keywords('text')).toEqual(['kw']);
    expect(seen[0]!.length).toBe(16);
  });
});
