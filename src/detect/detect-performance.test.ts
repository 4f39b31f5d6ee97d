import { describe, expect, it } from 'vitest';
import { detectConversations, findVerbatimViolations } from './detect-conversations.js';

/**
 * Adversarial inputs (about 1–2 MB each): every one must stay linear. A quadratic path would take minutes here,
 * so the generous per-case bound (shared CI machines) still catches it.
 */
const CASES: Array<[string, () => string]> = [
  ['one 2 MB line', () => 'a'.repeat(2_000_000)],
  ['a 2 MB line of colons', () => ':'.repeat(2_000_000)],
  ['an unclosed HTML comment', () => `<!--\n${'x -- y\n'.repeat(250_000)}`],
  ['an unclosed code fence', () => `\`\`\`\n${'User: hi\n'.repeat(200_000)}`],
  ['questions with no answers', () => 'Q: x?\n'.repeat(300_000)],
  ['one speaker repeated', () => 'User: hi\n'.repeat(200_000)],
  ['alternating speakers', () => 'User: hi?\nAssistant: hello\n'.repeat(100_000)],
  ['numbered questions with no answers', () => '1. Why?\n'.repeat(250_000)],
  ['nested numbered questions', () => '1. Why?\n   2. How?\n'.repeat(120_000)],
  ['bare question lines', () => 'Why?\n\n'.repeat(300_000)],
  ['question headings', () => '## Why?\n'.repeat(250_000)],
  ['quoted replies', () => 'Reply.\n\nOn Monday Ann wrote:\n\n> Question?\n\n'.repeat(60_000)],
  ['indented definition bodies', () => `What?\n${'   body line\n'.repeat(150_000)}`],
  ['tight question lines (<dt>/<dd>)', () => 'Why?\nBecause.\n\n'.repeat(200_000)],
  ['tight question lines in prose', () => 'Why?\nBecause.\n\nProse here.\n\n'.repeat(100_000)],
  ['one-line Q/A pairs', () => 'Q: x? A: y.\n'.repeat(200_000)],
  ['one-line questions with a long turn', () => `Q: x?${' y? z'.repeat(300_000)}\n`],
  ['two named speakers in short threads', () => 'Author: why?\nReviewer: ok\n\nPR\n\n'.repeat(80_000)],
  ['leading spaces', () => `${' '.repeat(2_000_000)}x`],
];

describe('detectConversations stays linear on adversarial input', () => {
  for (const [name, make] of CASES) {
    it(name, () => {
      const text = make();
      const started = performance.now();
      const conversations = detectConversations(text, { includeContext: true });
      const elapsedMs = performance.now() - started;
      expect(elapsedMs).toBeLessThan(5_000);
      expect(findVerbatimViolations(text, conversations)).toEqual([]);
    });
  }
});
