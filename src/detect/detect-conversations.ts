import { detectChatLogs } from './chat-log-detector.js';
import type { Detector } from './conversation-parts.js';
import { detectDefinitionFaqs } from './definition-faq-detector.js';
import { detectEmailReplies } from './email-reply-detector.js';
import { attachContext } from './find-context.js';
import { detectHeadingFaqs } from './heading-faq-detector.js';
import { createLineIndex } from './line-index.js';
import { detectNumberedFaqs } from './numbered-faq-detector.js';
import { detectNumberedQuizzes } from './numbered-quiz-detector.js';
import { detectQaLabels } from './qa-label-detector.js';
import { detectQaTables } from './qa-table-detector.js';
import { detectQuestionLines } from './question-line-detector.js';
import type { DetectedConversation, DetectOptions } from './types.js';

/**
 * Detectors in priority order. When two claim overlapping text, the earlier one wins: explicit structure
 * (quiz answer keys, `Q:`/`A:` labels) beats heading layout, which beats chat labels inside an answer,
 * which beat the looser layouts (numbered items, definition lists, bare question lines).
 */
export const DETECTORS: ReadonlyArray<{ name: string; detect: Detector }> = [
  { name: 'numbered-quiz', detect: detectNumberedQuizzes },
  { name: 'qa-label', detect: detectQaLabels },
  { name: 'qa-table', detect: detectQaTables },
  { name: 'heading-faq', detect: detectHeadingFaqs },
  { name: 'chat-log', detect: detectChatLogs },
  { name: 'email-reply', detect: detectEmailReplies },
  { name: 'numbered-faq', detect: detectNumberedFaqs },
  { name: 'definition-faq', detect: detectDefinitionFaqs },
  { name: 'question-line', detect: detectQuestionLines },
];

const DEFAULT_MIN_TURNS = 2;

/**
 * Find the conversations that already exist in `text` (FAQs, Q/A lists, chat logs, transcripts, quizzes).
 * Every message content is an exact slice of `text` (`text.slice(span.start, span.end) === content`), only
 * surrounding whitespace trimmed. Results are sorted by start offset and never overlap. Runs in linear time.
 */
export function detectConversations(text: string, options: DetectOptions = {}): DetectedConversation[] {
  const minTurns = options.minTurns ?? DEFAULT_MIN_TURNS;
  if (text.length === 0) return [];
  const index = createLineIndex(text);
  let accepted: DetectedConversation[] = [];
  for (const detector of DETECTORS) {
    accepted = mergeWithoutOverlap(accepted, detector.detect(index));
  }
  const kept = accepted.filter((conversation) => conversation.messages.length >= minTurns);
  if (options.includeContext) attachContext(index, kept);
  return kept;
}

/**
 * Add `candidates` (sorted by start) to `accepted` (sorted, non-overlapping) keeping only candidates that overlap
 * nothing already accepted nor an earlier candidate. Linear in the two lengths.
 */
export function mergeWithoutOverlap(accepted: DetectedConversation[], candidates: DetectedConversation[]): DetectedConversation[] {
  if (candidates.length === 0) return accepted;
  for (let position = 1; position < candidates.length; position++) {
    if (candidates[position]!.start < candidates[position - 1]!.start) {
      candidates = [...candidates].sort((left, right) => left.start - right.start);
      break;
    }
  }
  const added: DetectedConversation[] = [];
  let pointer = 0;
  let lastEnd = -1;
  for (const candidate of candidates) {
    if (candidate.start < lastEnd) continue;
    while (pointer < accepted.length && accepted[pointer]!.end <= candidate.start) pointer++;
    const blocker = accepted[pointer];
    if (blocker && blocker.start < candidate.end) continue;
    added.push(candidate);
    lastEnd = candidate.end;
  }
  if (added.length === 0) return accepted;
  const merged: DetectedConversation[] = [];
  let left = 0;
  let right = 0;
  while (left < accepted.length || right < added.length) {
    if (right >= added.length || (left < accepted.length && accepted[left]!.start <= added[right]!.start)) merged.push(accepted[left++]!);
    else merged.push(added[right++]!);
  }
  return merged;
}

/**
 * Check the contract of `detectConversations` on its output: every message content is the exact, trimmed,
 * non-empty slice of `text` at its span, spans lie inside their conversation, and conversations are sorted
 * and do not overlap. Returns one line per violation (empty when all hold).
 */
export function findVerbatimViolations(text: string, conversations: readonly DetectedConversation[]): string[] {
  const problems: string[] = [];
  let previousEnd = -1;
  conversations.forEach((conversation, position) => {
    const where = `conversation ${position} (${conversation.format} at ${conversation.start})`;
    if (conversation.start < previousEnd) problems.push(`${where} overlaps the previous one (ends at ${previousEnd})`);
    if (conversation.end < conversation.start) problems.push(`${where} ends before it starts`);
    if (conversation.spans.length !== conversation.messages.length) problems.push(`${where} has ${conversation.spans.length} spans for ${conversation.messages.length} messages`);
    conversation.messages.forEach((message, messageIndex) => {
      const span = conversation.spans[messageIndex];
      if (!span) return;
      if (text.slice(span.start, span.end) !== message.content) problems.push(`${where} message ${messageIndex} is not the slice ${span.start}-${span.end}`);
      if (message.content.length === 0 || message.content !== message.content.trim()) problems.push(`${where} message ${messageIndex} is empty or not trimmed`);
      if (span.start < conversation.start || span.end > conversation.end) problems.push(`${where} message ${messageIndex} lies outside the conversation`);
    });
    previousEnd = Math.max(previousEnd, conversation.end);
  });
  return problems;
}
