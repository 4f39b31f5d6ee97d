import { describe, expect, it } from 'vitest';
import { DuplicateDetector, contentHash, minHashSignature, prepareDedup, shingles } from './dedup.js';
import { digestWords } from './dedup-tables.js';
import type { Message } from './types.js';

const conversation = (question: string, answer = 'An answer.'): Message[] => [
  { role: 'user', content: question },
  { role: 'assistant', content: answer },
];

describe('DuplicateDetector', () => {
  it('finds exact duplicates ignoring case and whitespace', () => {
    const detector = new DuplicateDetector(0.9);
    expect(detector.check(conversation('How do I reset my password?')).duplicate).toBe(false);
    expect(detector.check(conversation('how do I  reset my\npassword?')).kind).toBe('exact');
  });

  it('finds near duplicates of the user turns above the threshold', () => {
    const detector = new DuplicateDetector(0.7);
    const base = 'How do I restore a single file from last week to a different folder on my laptop using the desktop app?';
    expect(detector.check(conversation(base)).duplicate).toBe(false);
    expect(detector.check(conversation(`${base} Thanks`, 'Different answer')).kind).toBe('near');
    expect(detector.check(conversation('Which payment methods do you accept for yearly team plans?')).duplicate).toBe(false);
  });

  it('threshold 1 keeps near duplicates', () => {
    const detector = new DuplicateDetector(1);
    const base = 'How do I restore a single file from last week to a different folder on my laptop?';
    detector.check(conversation(base));
    expect(detector.check(conversation(`${base} please`)).duplicate).toBe(false);
  });

  it('has() checks without recording', () => {
    const detector = new DuplicateDetector(0.9);
    expect(detector.has(conversation('Question one is here?'))).toBe(false);
    expect(detector.has(conversation('Question one is here?'))).toBe(false);
    detector.remember(conversation('Question one is here?'));
    expect(detector.has(conversation('Question one is here?'))).toBe(true);
  });

  it('content hash depends on roles and text', () => {
    expect(contentHash(conversation('a'))).not.toBe(contentHash([{ role: 'assistant', content: 'a' }, { role: 'user', content: 'An answer.' }]));
  });
});

describe('DuplicateDetector at scale', () => {
  // Reference: a near duplicate is any recorded sample whose signature agrees on at least threshold × 32 rows.
  const agreeing = (left: Uint32Array, right: Uint32Array): number => left.reduce((same, value, row) => same + (value === right[row] ? 1 : 0), 0);

  // Above 0.75, banding provably finds every pair at the threshold (pigeonhole), so the verdicts must equal a brute-force
  // comparison; at 0.7 the classic 8 × 4 bands may miss some (as LSH does), but never report a false one.
  for (const threshold of [0.9, 0.8, 0.7]) {
    it(`near duplicates match a brute-force comparison (threshold ${threshold}, 3,000 samples)`, () => {
      const words = 'reset password backup laptop restore file folder server network printer driver account'.split(' ');
      let seed = threshold * 1000;
      const random = (): number => {
        seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
        return seed / 4294967296;
      };
      const detector = new DuplicateDetector(threshold);
      const recorded: Uint32Array[] = [];
      const hashes = new Set<string>();
      let near = 0;
      const recent: string[][] = [];
      for (let index = 0; index < 3_000; index += 1) {
        let question: string[];
        if (recent.length > 0 && random() < 0.3) {
          question = [...recent[Math.floor(random() * recent.length)]!];
          question.splice(Math.floor(random() * question.length), 1, words[Math.floor(random() * words.length)]!);
        } else {
          question = Array.from({ length: 6 + Math.floor(random() * 8) }, () => words[Math.floor(random() * words.length)]!);
        }
        recent.push(question);
        if (recent.length > 50) recent.shift();
        const messages = conversation(`${question.join(' ')}?`, `Answer ${index}`);
        const prepared = prepareDedup(messages, threshold);
        const exact = hashes.has(prepared.hash);
        const expectedNear = !exact && recorded.some((signature) => agreeing(signature, prepared.signature!) / 32 >= threshold);
        const verdict = detector.check(messages);
        const found = verdict.duplicate ? verdict.kind : 'new';
        if (threshold > 0.75 || found !== 'new' || !expectedNear) expect(found).toBe(exact ? 'exact' : expectedNear ? 'near' : 'new');
        expect(verdict.hash).toBe(contentHash(messages));
        if (!verdict.duplicate) {
          hashes.add(prepared.hash);
          recorded.push(prepared.signature!);
        } else if (verdict.kind === 'near') near += 1;
      }
      expect(near).toBeGreaterThan(20);
      expect(detector.size).toBe(hashes.size);
    });
  }

  it('prepareDedup matches contentHash and minHashSignature(shingles(user turns))', () => {
    const messages: Message[] = [
      { role: 'system', content: 'Be brief.' },
      { role: 'user', content: 'How  do I\nreset my PASSWORD, please?' },
      { role: 'assistant', content: 'Use the reset link.' },
      { role: 'user', content: '   ' },
      { role: 'user', content: 'And ΟΔΟΣ naïve café 日本語 😀?' },
    ];
    const prepared = prepareDedup(messages, 0.9);
    expect(prepared.hash).toBe(contentHash(messages));
    const userText = messages.filter((message) => message.role === 'user').map((message) => message.content).join('\n');
    expect([...prepared.signature!]).toEqual([...minHashSignature(shingles(userText))]);
    expect(prepareDedup(messages, 1).signature).toBeUndefined();
    expect(prepareDedup([{ role: 'assistant', content: 'only' }], 0.9).signature).toBeUndefined();
  });
});

describe('minHashSignature arithmetic', () => {
  // The permutations are (a·x + b) mod p with p = 2^32 + 15, a < 2^20 + 1, b < 2^20 (seeded LCG, as in dedup.ts).
  // Reference: the same values with exact BigInt arithmetic.
  it('equals (a·x + b) mod p computed with BigInt, for extreme and random shingle hashes', () => {
    const prime = 4294967311n;
    let state = 0x9e3779b9;
    const next = (): number => {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      return state;
    };
    const coefficients = Array.from({ length: 32 }, () => ({ a: BigInt((next() % 0xfffff) + 1), b: BigInt(next() % 0xfffff) }));
    let seed = 7;
    const shingleHashes = [0, 1, 0xffffffff, 0xfffffffe, 0x80000000, 4294967295 - 15];
    for (let index = 0; index < 2_000; index++) {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      shingleHashes.push(seed);
    }
    for (const shingle of shingleHashes) {
      // A signature row starts at 2^32 − 1 and keeps the minimum, so values ≥ 2^32 − 1 leave it there.
      const expected = coefficients.map(({ a, b }) => Math.min(Number((a * BigInt(shingle) + b) % prime), 0xffffffff));
      expect([...minHashSignature([shingle])]).toEqual(expected);
    }
  });
});

describe('digestWords', () => {
  it('reads a lower-case sha1 hex digest into 5 words and refuses anything else', () => {
    const hash = contentHash([{ role: 'user', content: 'a question' }]);
    expect([...digestWords(hash)!]).toEqual([0, 1, 2, 3, 4].map((word) => parseInt(hash.slice(word * 8, word * 8 + 8), 16)));
    expect([...digestWords('ffffffff00000000a1b2c3d4e5f6a7b8c9d0e1f2')!]).toEqual([0xffffffff, 0, 0xa1b2c3d4, 0xe5f6a7b8, 0xc9d0e1f2]);
    for (const other of [hash.toUpperCase(), hash.slice(1), `${hash}0`, `${hash.slice(0, 39)}g`, 'custom-hash', '']) expect(digestWords(other)).toBeUndefined();
  });
});
