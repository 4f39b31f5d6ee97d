import type { Role } from '../dataset/types.js';
import { isSpaceCode, type LineIndex } from './line-index.js';
import type { DetectedConversation } from './types.js';

/** One message of a conversation being built: a role and raw offsets (trimmed when built). */
export interface MessagePart {
  role: Role;
  start: number;
  end: number;
}

/** A detector: finds conversations in an indexed text, sorted by start and not overlapping each other. */
export type Detector = (index: LineIndex) => DetectedConversation[];

/** Shrink [start, end) so it has no surrounding whitespace. `start === end` when it held only whitespace. */
export function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  let from = start;
  let to = end;
  while (from < to && isSpaceCode(text.charCodeAt(from))) from++;
  while (to > from && isSpaceCode(text.charCodeAt(to - 1))) to--;
  return { start: from, end: to };
}

/**
 * Build a conversation whose message contents are exact slices of `text`.
 * Returns undefined when any message is empty after trimming.
 * `start`/`end` of the exchange default to the first and last message offsets.
 */
export function buildConversation(
  text: string,
  format: string,
  parts: MessagePart[],
  exchangeStart?: number,
  exchangeEnd?: number,
): DetectedConversation | undefined {
  if (parts.length === 0) return undefined;
  const messages: DetectedConversation['messages'] = [];
  const spans: DetectedConversation['spans'] = [];
  let low = Number.POSITIVE_INFINITY;
  let high = 0;
  for (const part of parts) {
    const span = trimSpan(text, part.start, part.end);
    if (span.end <= span.start) return undefined;
    messages.push({ role: part.role, content: text.slice(span.start, span.end) });
    spans.push(span);
    low = Math.min(low, span.start);
    high = Math.max(high, span.end);
  }
  return {
    messages,
    spans,
    start: Math.min(exchangeStart ?? low, low),
    end: Math.max(exchangeEnd ?? high, high),
    format,
  };
}

/** Remove a trailing `**` / `__` (a bold marker opened before the label) from the end of a span. */
export function stripClosingBold(text: string, start: number, end: number): number {
  let to = end;
  while (to > start && isSpaceCode(text.charCodeAt(to - 1))) to--;
  if (to - start >= 2) {
    const closing = text.slice(to - 2, to);
    if (closing === '**' || closing === '__') {
      to -= 2;
      while (to > start && isSpaceCode(text.charCodeAt(to - 1))) to--;
    }
  }
  return to;
}
