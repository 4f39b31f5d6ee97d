import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { APOSTROPHE, HYPHEN, MIN_TOKEN_LENGTH, RIGHT_QUOTE, wordTable } from './keyword-vocabulary.js';
import { corpusParts } from '../pipeline/sample-writer.js';
import { createKeywordExtractor, ENGLISH_STOP_WORDS, KeywordCorpus } from './keywords.js';

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

/**
 * Reference tokenizer (what the extractor's in-place scan must equal): lower-case tokens of `text` that are
 * neither stop words, too short, nor numbers. With `keepGaps`, `null` marks a
 * dropped word or punctuation between two words (a phrase never spans it). One pass over the characters.
 */
function tokenize(text: string, keepGaps: boolean): Array<string | null> {
  const table = wordTable();
  const lower = text.toLowerCase();
  const tokens: Array<string | null> = [];
  const length = lower.length;
  let position = 0;
  let gap = false;
  while (position < length) {
    let code = lower.charCodeAt(position);
    if (table[code] !== 1) {
      if (code !== 32 && code !== 10 && code !== 9 && code !== 13) gap = true;
      position++;
      continue;
    }
    const start = position;
    let digitsOnly = true;
    let hasQuote = false;
    while (position < length) {
      code = lower.charCodeAt(position);
      if (table[code] === 1) {
        if (code < 48 || code > 57) digitsOnly = false;
        position++;
        continue;
      }
      // Inner apostrophe or hyphen between two word characters: `don't`, `thread-safe`.
      if ((code === APOSTROPHE || code === RIGHT_QUOTE || code === HYPHEN) && table[lower.charCodeAt(position + 1)] === 1) {
        if (code === RIGHT_QUOTE) hasQuote = true;
        position++;
        continue;
      }
      break;
    }
    let token = lower.slice(start, position);
    if (hasQuote) token = token.replace(/\u2019/g, "'");
    if (token.endsWith("'s")) token = token.slice(0, -2);
    const kept = token.length >= MIN_TOKEN_LENGTH && !digitsOnly && !ENGLISH_STOP_WORDS.has(token);
    if (keepGaps && gap && tokens.length > 0 && tokens[tokens.length - 1] !== null) tokens.push(null);
    gap = false;
    if (kept) tokens.push(token);
    else if (keepGaps && tokens.length > 0 && tokens[tokens.length - 1] !== null) tokens.push(null);
  }
  return tokens;
}

/** Reference: the same TF-IDF with plain string-keyed maps (what the typed-array implementation must equal). */
function referenceExtractor(corpus: string[], maxKeywords = 5, useBigrams = true): (text: string) => string[] {
  const frequency = new Map<string, number>();
  for (const document of corpus) {
    const seen = new Set<string>();
    const tokens = tokenize(document, useBigrams);
    tokens.forEach((token, position) => {
      if (token === null) return;
      seen.add(token);
      const next = tokens[position + 1];
      if (useBigrams && next) seen.add(`${token} ${next}`);
    });
    for (const term of seen) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  }
  const idf = (term: string): number => Math.log((1 + corpus.length) / (1 + (frequency.get(term) ?? 0))) + 1;
  return (text) => {
    const tokens = tokenize(text, useBigrams);
    const counts = new Map<string, number>();
    const pairs = new Map<string, number>();
    tokens.forEach((token, position) => {
      if (token === null) return;
      counts.set(token, (counts.get(token) ?? 0) + 1);
      const next = tokens[position + 1];
      if (useBigrams && next) pairs.set(`${token} ${next}`, (pairs.get(`${token} ${next}`) ?? 0) + 1);
    });
    const scored: { term: string; score: number; parts?: [string, string] }[] = [...counts].map(([term, count]) => ({ term, score: count * idf(term) }));
    for (const [term, count] of pairs) if (count >= 2) scored.push({ term, score: count * idf(term), parts: term.split(' ') as [string, string] });
    scored.sort((left, right) => right.score - left.score || Number(right.parts !== undefined) - Number(left.parts !== undefined) || (left.term < right.term ? -1 : left.term > right.term ? 1 : 0));
    const chosen: string[] = [];
    const phraseWords = new Set<string>();
    for (const candidate of scored) {
      if (!candidate.parts) {
        if (chosen.length < maxKeywords && !phraseWords.has(candidate.term)) chosen.push(candidate.term);
        continue;
      }
      const [left, right] = candidate.parts;
      if (phraseWords.has(left) && phraseWords.has(right)) continue;
      const replaced = chosen.filter((term) => term === left || term === right).length;
      if (chosen.length - replaced + 1 > maxKeywords || (chosen.length >= maxKeywords && replaced === 0)) continue;
      let slot = chosen.length;
      for (let position = chosen.length - 1; position >= 0; position--) {
        if (chosen[position] === left || chosen[position] === right) {
          chosen.splice(position, 1);
          slot = position;
        }
      }
      chosen.splice(slot, 0, candidate.term);
      phraseWords.add(left);
      phraseWords.add(right);
    }
    return chosen;
  };
}

describe('createKeywordExtractor equals the string-keyed reference', () => {
  const text = readFileSync(new URL('../../../shared/fixtures/documents/qa/curl-FAQ.md', import.meta.url), 'utf8');
  const sections = text.split(/\n## /);
  const unseen = ['Zebra zebra quokka, quokka-like QUOKKA; the zebra’s quokka.', 'naïve café résumé résumé naïve', ''];
  for (const [maxKeywords, bigrams] of [[5, true], [3, true], [8, false]] as const) {
    it(`maxKeywords ${maxKeywords}, bigrams ${bigrams}`, () => {
      const fast = createKeywordExtractor(sections, { maxKeywords, bigrams });
      const reference = referenceExtractor(sections, maxKeywords, bigrams);
      for (const sample of [...sections, ...unseen, sections.join(' ').slice(0, 20_000)]) expect(fast(sample)).toEqual(reference(sample));
    });
  }
});

describe('createKeywordExtractor equals the reference on generated edge cases', () => {
  // Words with apostrophes (straight and curly), possessives, inner and outer hyphens, digits, accents, stop words
  // and punctuation, so the in-place scanner meets every rule of `tokenize`.
  const pieces = [
    'backup', 'Backup', 'BACKUP', "don't", 'don’t', "user's", 'user’s', "users'", 'thread-safe', '-dash', 'dash-',
    '123', "123's", 'v2', '2fa', 'a1b2', 'the', 'and', 'café', 'naïve', 'ÉCOLE', 'x', 'ab', 'abc', 'Straße', '日本語',
    'quokka', 'zebra', 'it’s', "o'clock", 'rock-’n’-roll', 'e-mail', 'e—mail', ',', '.', ';', '(', ')', '\n', '\n\n', '  ', '\t',
  ];
  let state = 12345;
  const random = (): number => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 4294967296;
  };
  const text = (words: number): string => {
    let out = '';
    for (let index = 0; index < words; index++) {
      const piece = pieces[Math.floor(random() * pieces.length)]!;
      out += random() < 0.7 ? `${piece} ` : piece;
    }
    return out;
  };
  const corpus = Array.from({ length: 200 }, () => text(60));
  const samples = [...Array.from({ length: 300 }, () => text(40)), ...corpus.slice(0, 20)];
  for (const [maxKeywords, bigrams] of [[5, true], [2, true], [6, false]] as const) {
    it(`maxKeywords ${maxKeywords}, bigrams ${bigrams}`, () => {
      const fast = createKeywordExtractor(corpus, { maxKeywords, bigrams });
      const reference = referenceExtractor(corpus, maxKeywords, bigrams);
      for (const sample of samples) expect(fast(sample)).toEqual(reference(sample));
      // Unseen terms of one call do not leak into the next: the same text gives the same keywords again.
      expect(samples.map((sample) => fast(sample))).toEqual(samples.map((sample) => reference(sample)));
    });
  }
});

describe('a corpus that arrives in parts (the sample writer thread)', () => {
  const text = readFileSync(new URL('../../../shared/fixtures/documents/qa/curl-FAQ.md', import.meta.url), 'utf8');
  const sections = text.split(/\n## /);

  it('corpusParts keeps every text once, in order, in parts of at most the size (a longer text alone)', () => {
    const parts = corpusParts(sections, 5_000);
    expect(parts.length).toBeGreaterThan(5);
    expect(parts.flat()).toEqual(sections);
    for (const part of parts) {
      const chars = part.reduce((total, section) => total + section.length, 0);
      expect(part.length === 1 || chars <= 5_000).toBe(true);
    }
    expect(corpusParts([])).toEqual([[]]);
    expect(corpusParts(['a'.repeat(10), 'b'], 4)).toEqual([['a'.repeat(10)], ['b']]);
  });

  it('gives the same keywords as the whole corpus at once', () => {
    const frequencies = new KeywordCorpus({ maxKeywords: 5 });
    for (const part of corpusParts(sections, 5_000)) for (const section of part) frequencies.add(section);
    const parted = frequencies.extractor();
    const reference = referenceExtractor(sections, 5, true);
    for (const sample of sections) expect(parted(sample)).toEqual(reference(sample));
    expect(() => frequencies.add('more')).toThrow(/after extractor/);
  });
});
