import { type LineIndex } from './line-index.js';
import type { DetectedConversation } from './types.js';
/**
 * FAQs whose questions are headings (Markdown `## How do I ...?`, `### Q: ...`, setext and reStructuredText
 * underlined titles). The answer is everything from the heading to the next heading of the same or a higher
 * level (sub-headings stay in the answer), without trailing rules, comments or blank lines.
 *
 * Document-level rules, to keep headings that merely end with `?` in ordinary documents out:
 * - the question level is the heading level holding the most question headings;
 * - a question heading is one ending with `?`; inside an FAQ (the document title says FAQ / Frequently Asked
 *   Questions, or the heading sits under an `FAQ` section heading) a heading starting with an interrogative
 *   word (`How to ...`, `Why do ...`) also counts;
 * - nothing is found unless there are at least 2 question headings at that level and either the headings are
 *   inside an FAQ, or there are at least 3 of them, or they are at least half of the headings at that level;
 * - inside an FAQ where at least half the headings at the question level are questions, every heading at that
 *   level is an entry (FAQ entries phrased as statements: `## FTPS does not work`).
 */
export declare function detectHeadingFaqs(index: LineIndex): DetectedConversation[];
/** Offsets of the answer body in lines [from, to): trailing blank lines, rules, comments and bare HTML tags dropped. */
export declare function answerSpan(index: LineIndex, from: number, to: number): {
    start: number;
    end: number;
} | undefined;
