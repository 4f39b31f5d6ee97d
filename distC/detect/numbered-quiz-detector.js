import { buildConversation } from './conversation-parts.js';
import { isHeading, LineKind } from './line-index.js';
import { isHtmlOnly } from './question-text.js';
/**
 * Quizzes: a numbered question (`1. ...`, `###### 1. ...`, `**Q3.** ...`), optionally code, lettered options
 * (`- A. ...`, `A) ...`, `(a) ...`, `- A: ...`) and an answer key after them (`Answer: D`, `Correct answer: B, E`,
 * `#### Answer: C`, also inside `<details>`).
 * The user message is one contiguous slice from the question text to the end of the last option (or of the
 * question when there are no options); the assistant message runs from the answer key line to the end of its
 * explanation (up to `</details>`, a rule, a heading or the next question), without trailing bare closing tags.
 * A question needs at least two consecutive options from `A`, or, without options, must end with `?`.
 * An answer key collected elsewhere in the document (`1-B, 2-C` at the end) is not matched.
 */
const QUESTION_START = /(?:#{1,6}[ \t]+)?(?:\*\*|__)?(?:(?:Q|Question)[ \t]*)?\d{1,4}[.):](?:\*\*|__)?[ \t]+(?=\S)/y;
const OPTION = /(?:[-*+][ \t]+)?(?:\*\*|__)?\(?([A-Ha-h])(?:[.):]|\*\*[.):]?)(?:\*\*|__)?[ \t]+(?=\S)/y;
const ANSWER_KEY = /(?:#{1,6}[ \t]+)?(?:>[ \t]*)?(?:\*\*|__)?((?:Correct|CORRECT|Right)[ \t]+)?(?:[Aa]nswer|ANSWER|Ans|Solution)(?:[ \t]+[Kk]ey)?(?:\*\*|__)?[ \t]*[:：.\-](?:\*\*|__)?[ \t]*(?:\*\*|__)?\(?[A-Ha-h](?![\p{L}\p{N}])/uy;
const MAX_QUESTION_LINES = 300;
const MAX_ANSWER_LINES = 400;
export function detectNumberedQuizzes(index) {
    const { text } = index;
    const conversations = [];
    let line = 0;
    while (line < index.count) {
        const contentStart = questionStartAt(index, line);
        if (contentStart === -1) {
            line++;
            continue;
        }
        const found = readQuiz(index, line, contentStart);
        if (!found) {
            line++;
            continue;
        }
        const conversation = buildConversation(text, found.options >= 2 ? 'numbered-quiz' : 'numbered-question', [
            { role: 'user', start: contentStart, end: found.questionEnd },
            { role: 'assistant', start: found.answerStart, end: found.answerEnd },
        ], index.first[line]);
        if (conversation)
            conversations.push(conversation);
        line = found.nextLine;
    }
    return conversations;
}
/** Offset of the question text when `line` starts a numbered question, else -1. */
function questionStartAt(index, line) {
    const kind = index.kind[line];
    if ((kind !== LineKind.text && kind !== LineKind.atxHeading) || index.indent[line] > 3)
        return -1;
    const first = index.first[line];
    const code = index.text.charCodeAt(first);
    if (!(code >= 48 && code <= 57) && code !== 35 && code !== 42 && code !== 95 && code !== 81)
        return -1;
    QUESTION_START.lastIndex = first;
    return QUESTION_START.test(index.text) ? QUESTION_START.lastIndex : -1;
}
function readQuiz(index, questionLine, contentStart) {
    const { text } = index;
    const questionIsHeading = isHeading(index, questionLine);
    let options = 0;
    let expected = -1;
    let lastContentLine = questionLine;
    let answerLine = -1;
    let answerStart = -1;
    const limit = Math.min(index.count, questionLine + MAX_QUESTION_LINES);
    for (let line = questionLine + 1; line < limit; line++) {
        const kind = index.kind[line];
        if (kind === LineKind.blank || kind === LineKind.meta)
            continue;
        if (kind === LineKind.fence) {
            if (options === 0)
                lastContentLine = line;
            continue;
        }
        if (kind === LineKind.rule || kind === LineKind.underline || kind === LineKind.underlinedTitle)
            return undefined;
        const first = index.first[line];
        ANSWER_KEY.lastIndex = first;
        const key = ANSWER_KEY.exec(text);
        if (key) {
            answerLine = line;
            answerStart = first + key[0].search(/Correct|CORRECT|Right|[Aa]nswer|ANSWER|Ans|Solution/);
            break;
        }
        if (kind === LineKind.atxHeading && questionIsHeading)
            return undefined;
        if (questionStartAt(index, line) !== -1 && !(options === 0 && index.indent[line] > index.indent[questionLine]))
            return undefined;
        OPTION.lastIndex = first;
        const option = OPTION.exec(text);
        if (option) {
            const letter = option[1].charCodeAt(0);
            if (options === 0 && (letter === 65 || letter === 97)) {
                options = 1;
                expected = letter + 1;
                lastContentLine = line;
                continue;
            }
            if (options > 0 && letter === expected) {
                options++;
                expected++;
                lastContentLine = line;
                continue;
            }
        }
        if (isHtmlOnly(text, first, index.end[line]))
            continue;
        if (options > 0 && index.kind[line - 1] === LineKind.blank)
            continue;
        lastContentLine = line;
    }
    if (answerLine === -1)
        return undefined;
    if (options === 1)
        return undefined;
    const questionEnd = index.end[lastContentLine];
    if (options === 0 && !questionEndsWithMark(text, contentStart, questionEnd))
        return undefined;
    // The explanation: up to </details>, a rule, a heading, the next question or a double blank line.
    let answerLast = answerLine;
    const answerLimit = Math.min(index.count, answerLine + MAX_ANSWER_LINES);
    let line = answerLine + 1;
    for (; line < answerLimit; line++) {
        const kind = index.kind[line];
        if (kind === LineKind.blank || kind === LineKind.fence) {
            if (kind === LineKind.fence)
                answerLast = line;
            continue;
        }
        if (kind !== LineKind.text)
            break;
        const first = index.first[line];
        if (text.startsWith('</details', first))
            break;
        if (questionStartAt(index, line) !== -1 && !questionIsHeading && index.indent[line] <= index.indent[questionLine])
            break;
        if (isHtmlOnly(text, first, index.end[line]) && text.charCodeAt(first + 1) === 47)
            continue;
        answerLast = line;
    }
    return { options, questionEnd, answerStart, answerEnd: index.end[answerLast], nextLine: Math.max(line, answerLine + 1) };
}
function questionEndsWithMark(text, start, end) {
    let to = end;
    while (to > start && /[\s*_]/.test(text[to - 1]))
        to--;
    return text[to - 1] === '?';
}
//# sourceMappingURL=numbered-quiz-detector.js.map