import { describe, expect, it } from 'vitest';
import { DuplicateDetector, contentHash } from './dedup.js';
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
