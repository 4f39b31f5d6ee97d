import { buildConversation, trimSpan } from './conversation-parts.js';
import { FAQ_WORDS, headingText, isFaqTitled, isHeading, LineKind, type LineIndex } from './line-index.js';
import { endsWithQuestionMark, isHtmlOnly, skipAnswerLabel, skipQuestionLabel, startsWithInterrogative } from './question-text.js';
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
export function detectHeadingFaqs(index: LineIndex): DetectedConversation[] {
  const { text } = index;
  const faqTitled = isFaqTitled(index);
  const headings: HeadingInfo[] = [];
  // Stack of FAQ section levels: a heading is in an FAQ scope while a shallower FAQ heading encloses it.
  let faqSectionLevel = 0;
  for (let line = 0; line < index.count; line++) {
    if (!isHeading(index, line)) continue;
    const level = index.level[line]!;
    const span = headingText(index, line);
    if (faqSectionLevel !== 0 && level <= faqSectionLevel) faqSectionLevel = 0;
    const inFaq = faqTitled || faqSectionLevel !== 0;
    const isFaqHeading = FAQ_WORDS.test(text.slice(span.start, Math.min(span.end, span.start + 200)));
    const questionStart = skipQuestionLabel(text, span.start, span.end);
    const question =
      endsWithQuestionMark(text, span.start, span.end) ||
      (questionStart !== span.start && endsWithQuestionMark(text, questionStart, span.end)) ||
      (inFaq && startsWithInterrogative(text, questionStart));
    headings.push({ line, level, start: questionStart, end: span.end, inFaq, question, faqTitle: isFaqHeading && !question });
    if (isFaqHeading && faqSectionLevel === 0) faqSectionLevel = level;
  }

  const questionLevel = mostQuestionsLevel(headings);
  if (questionLevel === 0) return [];
  const atLevel = headings.filter((heading) => heading.level === questionLevel);
  const questionCount = atLevel.filter((heading) => heading.question).length;
  const anyInFaq = atLevel.some((heading) => heading.inFaq && heading.question);
  if (questionCount < 2) return [];
  const majority = questionCount * 2 >= atLevel.length;
  if (!anyInFaq && questionCount < 3 && !majority) return [];

  const conversations: DetectedConversation[] = [];
  for (let position = 0; position < headings.length; position++) {
    const heading = headings[position]!;
    if (heading.level !== questionLevel) continue;
    // An FAQ's own title at the question level (`## Customer FAQ`, a PPTX deck's first slide) is not an entry.
    const isEntry = heading.question || (heading.inFaq && majority && !heading.faqTitle);
    if (!isEntry) continue;
    // The answer runs to the next heading of the same or a higher level.
    let stopLine = index.count;
    for (let next = position + 1; next < headings.length; next++) {
      if (headings[next]!.level <= questionLevel) {
        stopLine = headings[next]!.line;
        break;
      }
    }
    const bodyFirst = heading.line + (index.kind[heading.line] === LineKind.underlinedTitle ? 2 : 1);
    const answer = answerSpan(index, bodyFirst, stopLine);
    if (!answer) continue;
    const conversation = buildConversation(
      text,
      'heading-faq',
      [
        { role: 'user', start: heading.start, end: heading.end },
        { role: 'assistant', start: answer.start, end: answer.end },
      ],
      index.first[heading.line]!,
    );
    if (conversation) conversations.push(conversation);
  }
  return conversations;
}

interface HeadingInfo {
  line: number;
  level: number;
  start: number;
  end: number;
  inFaq: boolean;
  question: boolean;
  /** Names the FAQ (`Customer FAQ`) and asks nothing. */
  faqTitle: boolean;
}

function mostQuestionsLevel(headings: HeadingInfo[]): number {
  const counts = new Array<number>(8).fill(0);
  for (const heading of headings) if (heading.question) counts[heading.level]!++;
  let best = 0;
  for (let level = 1; level <= 6; level++) if (counts[level]! > counts[best]!) best = level;
  return counts[best]! > 0 ? best : 0;
}

/** Offsets of the answer body in lines [from, to): trailing blank lines, rules, comments and bare HTML tags dropped. */
export function answerSpan(index: LineIndex, from: number, to: number): { start: number; end: number } | undefined {
  const { text } = index;
  let firstLine = -1;
  for (let line = from; line < to; line++) {
    const kind = index.kind[line];
    if (kind === LineKind.blank || kind === LineKind.meta || kind === LineKind.rule) continue;
    firstLine = line;
    break;
  }
  if (firstLine === -1) return undefined;
  let lastLine = -1;
  for (let line = to - 1; line >= firstLine; line--) {
    const kind = index.kind[line];
    if (kind === LineKind.blank || kind === LineKind.meta || kind === LineKind.rule) continue;
    if (kind === LineKind.text && isHtmlOnly(text, index.first[line]!, index.end[line]!) && isClosingTag(text, index.first[line]!)) continue;
    lastLine = line;
    break;
  }
  if (lastLine === -1) return undefined;
  const end = index.end[lastLine]!;
  const afterLabel = skipAnswerLabel(text, index.first[firstLine]!);
  // Keep the label when nothing follows it (`A:` alone is the whole answer).
  const start = trimSpan(text, afterLabel, end).start < end ? afterLabel : index.first[firstLine]!;
  return { start, end };
}

function isClosingTag(text: string, start: number): boolean {
  return text.charCodeAt(start + 1) === 47;
}
