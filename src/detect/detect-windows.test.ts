import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectConversations, findVerbatimViolations } from './detect-conversations.js';
import { DEFAULT_WINDOW_SIZES, detectInWindows } from './detect-windows.js';
import type { DetectedConversation } from './types.js';

const QA = path.resolve(__dirname, '../../../shared/fixtures/documents/qa');
const FILES = ['curl-FAQ.md', 'homebrew-FAQ.md', 'python-design-patterns-FAQ.md', 'zlib-FAQ.txt', 'llama.cpp-chat-with-bob.txt', 'sphinx-faq.rst', 'aws-ccp-practice-exam-1.md'];
// Real FAQs, chat logs and a quiz, one after the other, several times: a text many windows long.
const text = Array.from({ length: 3 }, () => FILES.map((name) => readFileSync(path.join(QA, name), 'utf8')).join('\n\n')).join('\n\n');

const view = (found: DetectedConversation[]) => found.map((conversation) => ({ start: conversation.start, end: conversation.end, format: conversation.format, messages: conversation.messages }));

/** Q:/A: pairs, `**Question**:` pairs and chat logs between prose, from a seeded generator: layouts judged line by line. */
function localLayouts(count: number): string {
  let state = 7;
  const next = (): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const words = 'backup restore server folder printer account password session cache invoice refund order battery screen update license storage region cluster'.split(' ');
  const sentence = (length: number): string => Array.from({ length }, () => words[Math.floor(next() * words.length)]).join(' ');
  const parts: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const kind = Math.floor(next() * 4);
    if (kind === 0) parts.push(`Q: How do I ${sentence(6)} number ${index}?\nA: ${sentence(20)}.`);
    else if (kind === 1) parts.push(`**Question**: Why does ${sentence(5)} fail (${index})?\n**Answer**: ${sentence(25)}.`);
    else if (kind === 2) parts.push(`User: ${sentence(8)} ${index}?\nAssistant: ${sentence(15)}.\nUser: ${sentence(6)}?\nAssistant: ${sentence(12)}.`);
    else parts.push(`${sentence(40)}.`);
  }
  return parts.join('\n\n');
}

const detect = (part: string, options: { minTurns?: number }) => detectConversations(part, options);

describe('detectInWindows', () => {
  it('finds exactly what one call over the whole text finds, for layouts judged line by line', () => {
    const generated = localLayouts(3_000);
    const whole = detectConversations(generated, { minTurns: 2 });
    expect(whole.length).toBeGreaterThan(1_500);
    for (const sizes of [
      { window: 20_000, margin: 2_000, lookback: 1_000 },
      { window: 64_000, margin: 8_000, lookback: 4_000 },
    ]) {
      const windowed = [...detectInWindows(detect, generated, { minTurns: 2 }, sizes)];
      expect(findVerbatimViolations(generated, windowed)).toEqual([]);
      expect(view(windowed)).toEqual(view(whole));
    }
  });

  it('on real FAQs, chat logs and a quiz: verbatim, ordered, and judged per window where layout rules look at the whole document', () => {
    const whole = detectConversations(text, { minTurns: 2 });
    const windowed = [...detectInWindows(detect, text, { minTurns: 2 }, { window: 200_000, margin: 30_000, lookback: 20_000 })];
    expect(findVerbatimViolations(text, windowed)).toEqual([]);
    const wholeKeys = new Set(whole.map((conversation) => `${conversation.start}:${conversation.end}:${conversation.format}`));
    const identical = windowed.filter((conversation) => wholeKeys.has(`${conversation.start}:${conversation.end}:${conversation.format}`)).length;
    // Measured: 742 of 771 (the rest: headings whose FAQ title or question level is judged in another window).
    expect(identical).toBe(windowed.length);
    expect(identical / whole.length).toBeGreaterThan(0.9);
  });

  it('grows the window for a conversation longer than it, and stops on a text with nothing to find', () => {
    const long = `Q: Why is this answer so long?\nA: ${'Because it keeps going. '.repeat(3_000)}\n\nQ: And the next one?\nA: Short.\n`;
    const input = `${'Some prose without any question in it.\n'.repeat(2_000)}${long}${'More prose.\n'.repeat(2_000)}`;
    const sizes = { window: 10_000, margin: 1_000, lookback: 500 };
    const windowed = [...detectInWindows(detect, input, { minTurns: 2 }, sizes)];
    expect(view(windowed)).toEqual(view(detectConversations(input, { minTurns: 2 })));
    expect(windowed).toHaveLength(2);
    expect([...detectInWindows(detect, 'plain line\n'.repeat(10_000), {}, sizes)]).toEqual([]);
  });

  it('detects a text up to wholeUpTo in one call (whole-text rules see all of it), a longer one in windows', () => {
    const calls: number[] = [];
    const counting = (part: string, options: { minTurns?: number }) => {
      calls.push(part.length);
      return detectConversations(part, options);
    };
    const sizes = { window: 10_000, margin: 1_000, lookback: 500, wholeUpTo: text.length };
    expect(view([...detectInWindows(counting, text, { minTurns: 2 }, sizes)])).toEqual(view(detectConversations(text, { minTurns: 2 })));
    expect(calls).toEqual([text.length]);
    calls.length = 0;
    [...detectInWindows(counting, text, { minTurns: 2 }, { ...sizes, wholeUpTo: text.length - 1 })];
    expect(calls.length).toBeGreaterThan(10);
    expect(Math.max(...calls)).toBeLessThan(20_000);
    // The defaults: 12 M characters in one call (as before windows were 1 M), 1 M windows past that.
    expect(DEFAULT_WINDOW_SIZES).toMatchObject({ window: 1_000_000, wholeUpTo: 12_000_000 });
  });
});
