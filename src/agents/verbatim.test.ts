import { describe, expect, it } from 'vitest';
import { findVerbatim, toMatchable } from './verbatim.js';

describe('findVerbatim', () => {
  const source = 'Intro.\n\n**Q:** How  do I\nreset it?\n\nA: Hold the button \u2014 about 10 seconds\u2026 then release.';
  const matchable = toMatchable(source);

  it('matches across whitespace, emphasis marks, dashes, quotes and ellipsis, and maps back to the source slice', () => {
    const question = findVerbatim(matchable, 'How do I reset it?')!;
    expect(source.slice(question.start, question.end)).toBe('How  do I\nreset it?');
    const answer = findVerbatim(matchable, 'Hold the button - about 10 seconds... then release.', question.end)!;
    expect(source.slice(answer.start, answer.end)).toBe('Hold the button \u2014 about 10 seconds\u2026 then release.');
    const labelled = findVerbatim(matchable, 'Q: How do I reset it?')!;
    expect(source.slice(labelled.start, labelled.end)).toBe('Q:** How  do I\nreset it?');
  });

  it('rejects paraphrases, changed words and text before `from`', () => {
    expect(findVerbatim(matchable, 'How can I reset it?')).toBeUndefined();
    expect(findVerbatim(matchable, 'hold the button')).toBeUndefined();
    expect(findVerbatim(matchable, 'Intro.', 10)).toBeUndefined();
    expect(findVerbatim(matchable, '   ')).toBeUndefined();
  });
});
