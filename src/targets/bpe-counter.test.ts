import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import * as cl100k from 'gpt-tokenizer/encoding/cl100k_base';
import * as o200k from 'gpt-tokenizer/encoding/o200k_base';
import { describe, expect, it } from 'vitest';
import llama3 from 'llama3-tokenizer-js';
import { createLlama3Counter, createPieceCounter, LLAMA3_PROBE_TEXT, PROBE_TEXT } from './bpe-counter.js';
import { getLoadedTokenizer, preloadTokenizer } from './tokenizers.js';

const PLAIN_TEXT = { disallowedSpecial: new Set<string>() };
const documents = path.resolve(process.cwd(), '../shared/fixtures/documents');

function textFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) return textFiles(full);
      return /\.(md|txt|rst|csv|json|jsonl)$/i.test(name) ? [full] : [];
    });
}

/** Seeded random text mixing the character classes the split regexes tell apart. */
function fuzzText(seed: number, length: number): string {
  let state = seed >>> 0;
  const random = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
  const alphabets = [
    'abcdefghijklmnopqrstuvwxyz',
    'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
    '0123456789',
    " \t\n\r  '’",
    '.,;:!?-_/\\()[]{}<>|@#$%^&*+=~`"',
    'éèàüöäßçñøåæœ',
    'Ωλσжщы日本語中文한국어',
    '\u{1F600}\u{1F680}\u{1F469}\u200D\u{1F4BB}\u{1F1EB}\u{1F1F7}',
  ];
  let text = '';
  while (text.length < length) {
    const alphabet = [...alphabets[Math.floor(random() * alphabets.length)]!];
    const run = 1 + Math.floor(random() * 12);
    for (let index = 0; index < run; index += 1) text += alphabet[Math.floor(random() * alphabet.length)];
  }
  return text;
}

const encodings = [
  { name: 'o200k_base', module: o200k },
  { name: 'cl100k_base', module: cl100k },
] as const;

describe('createPieceCounter (count-only BPE over gpt-tokenizer tables)', () => {
  for (const { name, module } of encodings) {
    const reference = (text: string) => module.countTokens(text, PLAIN_TEXT);

    it(`${name}: counts the real fixture documents exactly as gpt-tokenizer, whole and line by line`, () => {
      const count = createPieceCounter(module.default, reference);
      expect(count).toBeDefined();
      const files = textFiles(documents);
      expect(files.length).toBeGreaterThan(15);
      let lines = 0;
      for (const file of files) {
        const text = readFileSync(file, 'utf8');
        expect(count!(text), path.basename(file)).toBe(reference(text));
        for (const line of text.split('\n').slice(0, 2000)) {
          lines += 1;
          if (count!(line) !== reference(line)) expect(count!(line), `${path.basename(file)}: ${line}`).toBe(reference(line));
        }
      }
      expect(lines).toBeGreaterThan(10_000);
    });

    it(`${name}: counts seeded random text (scripts, emoji, punctuation, whitespace runs) exactly`, () => {
      const count = createPieceCounter(module.default, reference)!;
      for (let seed = 1; seed <= 300; seed += 1) {
        const text = fuzzText(seed, 50 + (seed % 7) * 200);
        if (count(text) !== reference(text)) expect({ seed, count: count(text) }).toEqual({ seed, count: reference(text) });
      }
      expect(count(PROBE_TEXT)).toBe(reference(PROBE_TEXT));
    });
  }

  it('stays exact after its piece cache fills and is emptied', () => {
    const reference = (text: string) => o200k.countTokens(text, PLAIN_TEXT);
    const count = createPieceCounter(o200k.default, reference, 500)!;
    // Made-up words outside the vocabulary: every one is merged and cached, the cache is emptied 5 times.
    const words = Array.from({ length: 2_700 }, (_, index) => `zq${index.toString(36)}xj${(index * 7919).toString(36)}`);
    const text = words.join(' ');
    expect(count(text)).toBe(reference(text));
    expect(count(text)).toBe(reference(text));
  });

  it('declines when the internals are missing or a probe counts differently', () => {
    const reference = (text: string) => o200k.countTokens(text, PLAIN_TEXT);
    expect(createPieceCounter(undefined, reference)).toBeUndefined();
    expect(createPieceCounter({}, reference)).toBeUndefined();
    expect(createPieceCounter({ bytePairEncodingCoreProcessor: { tokenSplitRegex: /x/, bytePairStringRankEncoder: new Map(), bytePairMerge: () => [] } }, reference)).toBeUndefined();
    expect(createPieceCounter(o200k.default, (text) => reference(text) + 1)).toBeUndefined();
    // A different encoding's tables do not pass the probe against o200k_base.
    expect(createPieceCounter(cl100k.default, reference)).toBeUndefined();
  });

  describe('createLlama3Counter (llama3-tokenizer-js, each piece counted once)', () => {
    const reference = (text: string) => llama3.encode(text, { bos: false, eos: false }).length;

    it('counts the real fixture documents exactly as llama3-tokenizer-js, whole and line by line', () => {
      const count = createLlama3Counter(llama3, reference);
      expect(count).toBeDefined();
      let lines = 0;
      for (const file of textFiles(documents)) {
        const text = readFileSync(file, 'utf8');
        // Whole files up to 300 KB (the library re-encodes every piece of a text, so the largest take seconds).
        if (text.length < 300_000) expect(count!(text), path.basename(file)).toBe(reference(text));
        for (const line of text.split('\n').slice(0, 1000)) {
          lines += 1;
          if (count!(line) !== reference(line)) expect(count!(line), `${path.basename(file)}: ${line}`).toBe(reference(line));
        }
      }
      expect(lines).toBeGreaterThan(5_000);
    });

    it('counts chat-template renderings, special tokens and seeded random text exactly', () => {
      const count = createLlama3Counter(llama3, reference, 300)!;
      expect(count(LLAMA3_PROBE_TEXT)).toBe(reference(LLAMA3_PROBE_TEXT));
      expect(count('<|begin_of_text|><|eot_id|>')).toBe(2);
      for (let seed = 1; seed <= 200; seed += 1) {
        const text = `<|start_header_id|>user<|end_header_id|>\n\n${fuzzText(seed, 40 + (seed % 5) * 150)}<|eot_id|>${fuzzText(seed + 1000, 60)}`;
        if (count(text) !== reference(text)) expect({ seed, count: count(text) }).toEqual({ seed, count: reference(text) });
      }
    });

    it('declines a tokenizer that is not the expected one', () => {
      expect(createLlama3Counter(undefined, reference)).toBeUndefined();
      expect(createLlama3Counter({ vocabByString: new Map(), encode: () => [] }, reference)).toBeUndefined();
      expect(createLlama3Counter(llama3, (text) => reference(text) + 1)).toBeUndefined();
    });
  });

  it('is what the project tokenizers count with', async () => {
    await preloadTokenizer('o200k_base');
    const text = readFileSync(path.join(documents, 'qa/curl-FAQ.md'), 'utf8');
    expect(getLoadedTokenizer('o200k_base').countText(text)).toBe(o200k.countTokens(text, PLAIN_TEXT));
    await preloadTokenizer('llama3');
    expect(getLoadedTokenizer('llama3').countText(text)).toBe(llama3.encode(text, { bos: false, eos: false }).length);
  });
});
