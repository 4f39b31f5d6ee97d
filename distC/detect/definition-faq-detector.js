import { buildConversation } from './conversation-parts.js';
import { LineKind, trimmedEnd } from './line-index.js';
import { endsWithQuestionMark } from './question-text.js';
/**
 * Definition lists whose terms are questions: reStructuredText (term line, definition indented right below it,
 * as in Sphinx's FAQ: `... create PDF files without LaTeX?` + indented answer), plain-text FAQs laid out the same
 * way, and Markdown-extra / pandoc definition lists (`Term?` then `: definition`).
 * The user message is the term line, the assistant message the definition (indented block, blank lines inside kept).
 * At least 2 question terms must be present in the document; terms that are not questions are ignored.
 */
const BULLET_OR_NUMBER = /(?:[-*+•][ \t]|\d{1,4}[.)][ \t]|\.\.[ \t]|\|)/y;
export function detectDefinitionFaqs(index) {
    const { text } = index;
    const found = [];
    let line = 0;
    while (line < index.count) {
        const entry = readEntry(index, line);
        if (!entry) {
            line++;
            continue;
        }
        const conversation = buildConversation(text, 'definition-faq', [
            { role: 'user', start: entry.termStart, end: entry.termEnd },
            { role: 'assistant', start: entry.bodyStart, end: entry.bodyEnd },
        ], entry.termStart);
        if (conversation)
            found.push(conversation);
        line = entry.nextLine;
    }
    return found.length >= 2 ? found : [];
}
function readEntry(index, line) {
    const { text } = index;
    if (index.kind[line] !== LineKind.text || line + 1 >= index.count)
        return undefined;
    const previousKind = line === 0 ? LineKind.blank : index.kind[line - 1];
    if (previousKind === LineKind.text || previousKind === LineKind.fence)
        return undefined;
    const termStart = index.first[line];
    const termEnd = trimmedEnd(index, line);
    if (!endsWithQuestionMark(text, termStart, termEnd))
        return undefined;
    BULLET_OR_NUMBER.lastIndex = termStart;
    if (BULLET_OR_NUMBER.test(text))
        return undefined;
    const next = line + 1;
    if (index.kind[next] !== LineKind.text)
        return undefined;
    const termIndent = index.indent[line];
    const nextFirst = index.first[next];
    const colonStyle = index.indent[next] === termIndent && text.charCodeAt(nextFirst) === 58 && /[ \t]/.test(text[nextFirst + 1] ?? '');
    if (!colonStyle && index.indent[next] <= termIndent)
        return undefined;
    let bodyLast = next;
    let cursor = next + 1;
    for (; cursor < index.count; cursor++) {
        const kind = index.kind[cursor];
        if (kind === LineKind.blank)
            continue;
        if (kind !== LineKind.text && kind !== LineKind.fence)
            break;
        const deeper = index.indent[cursor] > termIndent;
        const colonLine = colonStyle && index.indent[cursor] === termIndent && text.charCodeAt(index.first[cursor]) === 58;
        if (!deeper && !colonLine)
            break;
        bodyLast = cursor;
    }
    const bodyStart = colonStyle ? nextFirst + 1 : nextFirst;
    return { termStart, termEnd, bodyStart, bodyEnd: index.end[bodyLast], nextLine: bodyLast + 1 };
}
//# sourceMappingURL=definition-faq-detector.js.map