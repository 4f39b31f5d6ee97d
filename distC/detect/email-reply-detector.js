import { buildConversation } from './conversation-parts.js';
import { LineKind, trimmedEnd } from './line-index.js';
/**
 * An e-mail reply above a quoted message (Gmail / Apple Mail / Thunderbird style):
 *
 * ```
 * Yes, I am providing you step how to reproduce this issue
 *
 * On Thu, Aug 19, 2021 at 2:07 PM Tejaswini <tejaswini@example.com> wrote:
 *
 * > Any update on this?
 * ```
 * The quoted message is the user turn, the reply the assistant turn (so the user span comes after the
 * assistant span in the text). The attribution may wrap onto a second line. The quote runs over consecutive
 * `>` lines; the reply is the paragraphs right above the attribution, back to a header line (`Name: value`),
 * a MIME boundary (`--...`), a rule, a heading or the start of the text. A multi-line quote keeps its inner
 * `> ` markers (contents are verbatim slices).
 */
const ATTRIBUTION_START = /On[ \t]/y;
const HEADER_LINE = /[A-Za-z][A-Za-z0-9-]{1,40}:[ \t]/y;
export function detectEmailReplies(index) {
    const { text } = index;
    const conversations = [];
    for (let line = 0; line < index.count; line++) {
        if (index.kind[line] !== LineKind.text || text.charCodeAt(index.first[line]) !== 79)
            continue;
        ATTRIBUTION_START.lastIndex = index.first[line];
        if (!ATTRIBUTION_START.test(text))
            continue;
        let attributionEnd = line;
        if (!endsWithWrote(index, line)) {
            if (line + 1 < index.count && index.kind[line + 1] === LineKind.text && endsWithWrote(index, line + 1))
                attributionEnd = line + 1;
            else
                continue;
        }
        const quote = quotedBlock(index, attributionEnd + 1);
        if (!quote)
            continue;
        const reply = replyBlock(index, line - 1);
        if (!reply)
            continue;
        const conversation = buildConversation(text, 'email-reply', [
            { role: 'user', start: quote.start, end: quote.end },
            { role: 'assistant', start: reply.start, end: reply.end },
        ], reply.start, quote.end);
        if (conversation)
            conversations.push(conversation);
        line = quote.lastLine;
    }
    return conversations;
}
function endsWithWrote(index, line) {
    const end = trimmedEnd(index, line);
    return end - index.first[line] >= 6 && index.text.startsWith('wrote:', end - 6);
}
function quotedBlock(index, from) {
    const { text } = index;
    let line = from;
    while (line < index.count && index.kind[line] === LineKind.blank)
        line++;
    let start = -1;
    let end = -1;
    let lastLine = -1;
    for (; line < index.count; line++) {
        if (index.kind[line] === LineKind.blank)
            break;
        const first = index.first[line];
        if (text.charCodeAt(first) !== 62)
            break;
        let content = first;
        while (content < index.end[line] && (text.charCodeAt(content) === 62 || text.charCodeAt(content) === 32))
            content++;
        const lineEnd = trimmedEnd(index, line);
        lastLine = line;
        if (content >= lineEnd)
            continue;
        if (start === -1)
            start = content;
        end = lineEnd;
    }
    return start === -1 ? undefined : { start, end, lastLine };
}
function replyBlock(index, from) {
    const { text } = index;
    let last = -1;
    let top = -1;
    for (let line = from; line >= 0 && from - line < 200; line--) {
        const kind = index.kind[line];
        if (kind === LineKind.blank)
            continue;
        if (kind !== LineKind.text)
            break;
        const first = index.first[line];
        HEADER_LINE.lastIndex = first;
        if (text.startsWith('--', first) || HEADER_LINE.test(text) || text.charCodeAt(first) === 62)
            break;
        if (last === -1)
            last = line;
        top = line;
    }
    if (last === -1)
        return undefined;
    return { start: index.first[top], end: trimmedEnd(index, last) };
}
//# sourceMappingURL=email-reply-detector.js.map