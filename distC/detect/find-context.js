import { trimSpan } from './conversation-parts.js';
import { headingText, isHeading, LineKind, trimmedEnd } from './line-index.js';
import { isHtmlOnly } from './question-text.js';
const MAX_LINES_BACK = 400;
const LIST_OR_TABLE = /(?:[-*+•][ \t]|\d{1,4}[.)][ \t]|\|)/y;
/** Line holding `offset` (binary search over line starts). */
export function lineOfOffset(index, offset) {
    let low = 0;
    let high = index.count - 1;
    while (low < high) {
        const middle = (low + high + 1) >> 1;
        if (index.start[middle] <= offset)
            low = middle;
        else
            high = middle - 1;
    }
    return low;
}
/**
 * The nearest heading or paragraph before each conversation, verbatim, that is not part of another detected
 * conversation (so an FAQ entry gets its section heading, not the previous answer). Code blocks, comments,
 * rules and bare HTML tags are skipped. Conversations must be sorted and non-overlapping; `context` is set in place.
 */
export function attachContext(index, conversations) {
    const { text } = index;
    // Line where each conversation's walk found its context (-1: none). Once the walk back from a conversation reaches an
    // earlier conversation, it goes on exactly as that conversation's own walk did: reuse its result instead of
    // walking again (back-to-back exchanges would otherwise each walk up to MAX_LINES_BACK lines).
    const foundAt = new Int32Array(conversations.length).fill(-1);
    for (let position = 0; position < conversations.length; position++) {
        const conversation = conversations[position];
        let previous = position - 1;
        let line = lineOfOffset(index, conversation.start) - 1;
        const floor = Math.max(0, line - MAX_LINES_BACK);
        while (line >= floor) {
            while (previous >= 0 && conversations[previous].start > index.end[line])
                previous--;
            const earlier = previous >= 0 ? conversations[previous] : undefined;
            if (earlier && earlier.end > index.start[line] && earlier.start <= index.end[line]) {
                const reused = foundAt[previous];
                if (reused >= floor && earlier.context !== undefined) {
                    conversation.context = earlier.context;
                    foundAt[position] = reused;
                }
                break;
            }
            const kind = index.kind[line];
            if (kind === LineKind.underline) {
                line--;
                continue;
            }
            if (isHeading(index, line)) {
                const span = headingText(index, line);
                if (span.end > span.start) {
                    conversation.context = text.slice(span.start, span.end);
                    foundAt[position] = line;
                }
                break;
            }
            if (kind !== LineKind.text || isHtmlOnly(text, index.first[line], index.end[line])) {
                line--;
                continue;
            }
            // A paragraph: extend upwards over text lines. Lists and tables are not paragraphs: skip them.
            let top = line;
            while (top - 1 >= 0 && index.kind[top - 1] === LineKind.text && !belongsTo(earlier, index, top - 1))
                top--;
            LIST_OR_TABLE.lastIndex = index.first[top];
            if (LIST_OR_TABLE.test(text)) {
                line = top - 1;
                continue;
            }
            const span = trimSpan(text, index.first[top], trimmedEnd(index, line));
            if (span.end > span.start) {
                conversation.context = text.slice(span.start, span.end);
                foundAt[position] = line;
            }
            break;
        }
    }
}
function belongsTo(conversation, index, line) {
    return conversation !== undefined && conversation.end > index.start[line] && conversation.start <= index.end[line];
}
//# sourceMappingURL=find-context.js.map