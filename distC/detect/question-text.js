import { isSpaceCode } from './line-index.js';
/** Shared tests on question text (heading text, list items, plain lines). All work on offsets, no copies. */
const INTERROGATIVE = /(?:How|Why|What|What's|Whats|When|Where|Who|Whom|Whose|Which|Can|Could|Do|Does|Did|Is|Are|Was|Were|Should|Would|Will|Shall|May|Might|Must|Have|Has|Am|Isn't|Aren't|Doesn't|Don't|Can't|Won't|Wouldn't|Shouldn't)(?=[ \t])/y;
/** `Q:`, `Q1.`, `Question 3:` at the start of a heading. */
const QUESTION_LABEL = /(?:\*\*|__)?(?:Q|Question)(?:[ \t]*#?\d{1,4})?(?:\*\*|__)?[ \t]*[:.](?:\*\*|__)?[ \t]+/y;
/** `A:`, `**A:**`, `Answer:` at the start of an answer (not `A.`, which starts sentences). */
const ANSWER_LABEL = /(?:\*\*|__)?(?:A|Answer|Ans)(?:[ \t]*#?\d{1,4})?(?:\*\*|__)?[ \t]*:(?:\*\*|__)?(?=[ \t\r\n]|$)/y;
/** `1.`, `12)` numbering at the start of a heading. */
const NUMBERING = /\d{1,4}[.)][ \t]+/y;
/** Offset of the last character that is not whitespace, `*`, `_` or `:` (closing emphasis / trailing colon). */
function meaningfulEnd(text, start, end) {
    let to = end;
    while (to > start) {
        const code = text.charCodeAt(to - 1);
        if (isSpaceCode(code) || code === 42 || code === 95 || code === 58)
            to--;
        else
            break;
    }
    return to;
}
export function endsWithQuestionMark(text, start, end) {
    const to = meaningfulEnd(text, start, end);
    if (to <= start)
        return false;
    const code = text.charCodeAt(to - 1);
    return code === 63 || code === 0xff1f;
}
export function startsWithInterrogative(text, start) {
    INTERROGATIVE.lastIndex = start;
    return INTERROGATIVE.test(text);
}
/** Skip a `Q:` label or `1.` numbering at `start` (returns the new start). */
export function skipQuestionLabel(text, start, end) {
    QUESTION_LABEL.lastIndex = start;
    if (QUESTION_LABEL.test(text) && QUESTION_LABEL.lastIndex < end)
        return QUESTION_LABEL.lastIndex;
    NUMBERING.lastIndex = start;
    if (NUMBERING.test(text) && NUMBERING.lastIndex < end)
        return NUMBERING.lastIndex;
    return start;
}
/** Skip an `A:` / `**A:**` / `Answer:` label at `start` (returns the new start). */
export function skipAnswerLabel(text, start) {
    ANSWER_LABEL.lastIndex = start;
    return ANSWER_LABEL.test(text) ? ANSWER_LABEL.lastIndex : start;
}
/** A line of only HTML tags such as `<details>`, `</p>`, `<summary><b>Answer</b></summary>`. */
export function isHtmlOnly(text, start, end) {
    let to = end;
    while (to > start && isSpaceCode(text.charCodeAt(to - 1)))
        to--;
    return to > start && text.charCodeAt(start) === 60 && text.charCodeAt(to - 1) === 62;
}
//# sourceMappingURL=question-text.js.map