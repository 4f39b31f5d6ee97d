import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createKeywordExtractor, ENGLISH_STOP_WORDS } from './keywords.js';

const corpus = [
  'How do I install the package? Run npm install and wait for the install to finish.',
  'Why is the build slow? The build compiles every file; enable the cache to speed the build up.',
  'Can I use the library in commercial products? Yes, the license allows commercial use.',
  'How do I reset my password? Open account settings and choose reset password.',
];

describe('createKeywordExtractor', () => {
  it('ranks terms frequent in the text and rare in the corpus first', () => {
    const extract = createKeywordExtractor(corpus, { maxKeywords: 3, bigrams: false });
    expect(extract(corpus[1]!)).toEqual(['build', 'cache', 'compiles']);
    expect(extract(corpus[3]!)[0]).toBe('password');
  });

  it('drops stop words, short tokens, numbers and possessives', () => {
    const extract = createKeywordExtractor([], { maxKeywords: 10 });
    const keywords = extract("The user's 2024 cat is on a mat, and it's the cat's mat.");
    expect(keywords).toEqual(['cat', 'mat', 'user']);
    for (const keyword of keywords) expect(ENGLISH_STOP_WORDS.has(keyword)).toBe(false);
  });

  it('prefers a repeated two-word phrase over its single words', () => {
    const extract = createKeywordExtractor(corpus, { maxKeywords: 3 });
    const keywords = extract('Reset password from the login page. If reset password fails, contact support about the login page.');
    expect(keywords).toContain('reset password');
    expect(keywords).toContain('login page');
    expect(keywords).not.toContain('reset');
    expect(keywords).not.toContain('password');
  });

  it('does not join words across a dropped stop word', () => {
    const extract = createKeywordExtractor([], { maxKeywords: 5 });
    expect(extract('cache of files, cache of files, cache of files')).toEqual(['cache', 'files']);
  });

  it('is deterministic, honours maxKeywords and handles empty input', () => {
    const extract = createKeywordExtractor(corpus);
    expect(extract('')).toEqual([]);
    expect(extract('zebra yak xenon xenon yak zebra')).toEqual(['xenon', 'yak', 'zebra']);
    expect(createKeywordExtractor(corpus, { maxKeywords: 0 })('build build')).toEqual([]);
    expect(extract(corpus.join(' ')).length).toBeLessThanOrEqual(5);
  });

  it('gives the curl FAQ answers topic words and runs fast over a real corpus', () => {
    const text = readFileSync(new URL('../../../shared/fixtures/documents/qa/curl-FAQ.md', import.meta.url), 'utf8');
    const sections = text.split(/\n## /);
    const started = performance.now();
    const extract = createKeywordExtractor(sections);
    const keywords = sections.map((section) => extract(section));
    const elapsedMs = performance.now() - started;
    const threadSafe = sections.findIndex((section) => section.startsWith('Is libcurl thread-safe?'));
    expect(keywords[threadSafe]).toContain('thread-safe');
    expect(elapsedMs).toBeLessThan(2_000);
  });
});
