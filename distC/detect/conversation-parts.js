import { isSpaceCode } from './line-index.js';
/** Shrink [start, end) so it has no surrounding whitespace. `start === end` when it held only whitespace. */
export function trimSpan(text, start, end) {
    let from = start;
    let to = end;
    while (from < to && isSpaceCode(text.charCodeAt(from)))
        from++;
    while (to > from && isSpaceCode(text.charCodeAt(to - 1)))
        to--;
    return { start: from, end: to };
}
/**
 * Build a conversation whose message contents are exact slices of `text`.
 * Returns undefined when any message is empty after trimming.
 * `start`/`end` of the exchange default to the first and last message offsets.
 */
export function buildConversation(text, format, parts, exchangeStart, exchangeEnd) {
    if (parts.length === 0)
        return undefined;
    const messages = [];
    const spans = [];
    let low = Number.POSITIVE_INFINITY;
    let high = 0;
    for (const part of parts) {
        const span = trimSpan(text, part.start, part.end);
        if (span.end <= span.start)
            return undefined;
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
export function stripClosingBold(text, start, end) {
    let to = end;
    while (to > start && isSpaceCode(text.charCodeAt(to - 1)))
        to--;
    if (to - start >= 2) {
        const closing = text.slice(to - 2, to);
        if (closing === '**' || closing === '__') {
            to -= 2;
            while (to > start && isSpaceCode(text.charCodeAt(to - 1)))
                to--;
        }
    }
    return to;
}
//# sourceMappingURL=conversation-parts.js.map