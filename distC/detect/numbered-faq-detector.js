import { buildConversation } from './conversation-parts.js';
import { isFaqTitled, LineKind, trimmedEnd } from './line-index.js';
import { endsWithQuestionMark } from './question-text.js';
/**
 * Plain-text FAQs with numbered questions and indented answers (zlib's FAQ):
 *
 * ```
 *  1. Is zlib Y2K-compliant?
 *
 *     Yes. zlib doesn't handle dates.
 * ```
 * The question may wrap onto indented lines; a blank line separates it from the answer, which is indented
 * deeper than the number and runs until the next line at or left of the number's column.
 * Items are grouped into runs (consecutive items); a run is kept when at least 2 of its questions end with `?`
 * and at least half do (in a document titled FAQ: one question among at least 2 items is enough), and then every item of the run with an answer is an exchange (so `4. compress() returns
 * Z_BUF_ERROR.` counts in a FAQ whose other items are questions). Numbered steps with indented code never qualify.
 */
const ITEM = /\d{1,3}[.)][ \t]+(?=\S)/y;
export function detectNumberedFaqs(index) {
    const { text } = index;
    const conversations = [];
    const faqTitled = isFaqTitled(index);
    let run = [];
    const flush = () => {
        const questions = run.filter((item) => item.question).length;
        if ((questions >= 2 && questions * 2 >= run.length) || (faqTitled && questions >= 1 && run.length >= 2)) {
            for (const item of run) {
                const conversation = buildConversation(text, 'numbered-faq', [
                    { role: 'user', start: item.questionStart, end: item.questionEnd },
                    { role: 'assistant', start: item.answerStart, end: item.answerEnd },
                ], item.markerStart);
                if (conversation)
                    conversations.push(conversation);
            }
        }
        run = [];
    };
    let line = 0;
    while (line < index.count) {
        const item = readItem(index, line);
        if (item) {
            run.push(item);
            line = item.nextLine;
            continue;
        }
        const kind = index.kind[line];
        if (kind !== LineKind.blank && !(kind === LineKind.text && index.indent[line] > 0 && run.length > 0))
            flush();
        line++;
    }
    flush();
    return conversations;
}
function readItem(index, line) {
    const { text } = index;
    if (index.kind[line] !== LineKind.text || index.indent[line] > 3)
        return undefined;
    const first = index.first[line];
    const code = text.charCodeAt(first);
    if (code < 48 || code > 57)
        return undefined;
    ITEM.lastIndex = first;
    if (!ITEM.test(text))
        return undefined;
    const questionStart = ITEM.lastIndex;
    const itemIndent = index.indent[line];
    // Question: the item line and the indented lines right below it.
    let questionLast = line;
    let cursor = line + 1;
    while (cursor < index.count && index.kind[cursor] === LineKind.text && index.indent[cursor] > itemIndent) {
        questionLast = cursor;
        cursor++;
    }
    if (cursor >= index.count || index.kind[cursor] !== LineKind.blank)
        return undefined;
    // Answer: indented deeper than the number, across blank lines.
    let answerFirst = -1;
    let answerLast = -1;
    for (; cursor < index.count; cursor++) {
        const kind = index.kind[cursor];
        if (kind === LineKind.blank)
            continue;
        if (index.indent[cursor] <= itemIndent || (kind !== LineKind.text && kind !== LineKind.fence))
            break;
        if (answerFirst === -1)
            answerFirst = cursor;
        answerLast = cursor;
    }
    if (answerFirst === -1)
        return undefined;
    const questionEnd = trimmedEnd(index, questionLast);
    return {
        line,
        markerStart: first,
        questionStart,
        questionEnd,
        answerStart: index.first[answerFirst],
        answerEnd: index.end[answerLast],
        question: endsWithQuestionMark(text, questionStart, questionEnd),
        nextLine: answerLast + 1,
    };
}
//# sourceMappingURL=numbered-faq-detector.js.map