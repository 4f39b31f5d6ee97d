import { buildConversation } from './conversation-parts.js';
import { scanLabelledTurns } from './labelled-turns.js';
import { firstNonBlank, LineKind } from './line-index.js';
/**
 * `Q:` / `A:` pairs and their variants:
 * `Question:` / `Answer:`, `Q.` / `A.`, numbered `Q1:` / `A1:`, bold `**Q:**` / `**A:**`, `**Question**:` / `**Answer**:`,
 * a bold question `**Q: text?**`, and questions in headings (`### Q: text?`).
 * Each question with the answer that follows it is one conversation (format `qa-colon`, or
 * `question-answer-bold` when the labels are bold); so is a one-line pair `Q: Is it free? A: Yes.`.
 * A question with no answer is skipped.
 */
const LABEL = /(?:#{1,6}[ \t]+)?(\*\*|__)?(Q|Ques|Question|QUESTION|A|Ans|Answer|ANSWER)(?:[ \t]*#?(\d{1,4}))?(\*\*|__)?[ \t]*([:.：])(\*\*|__)?(?=[ \t\r\n]|$)/y;
/** An option line that would follow `A.` if it were a multiple-choice option: `B.`, `B)`, `- B.` ... */
const OPTION_B = /(?:[-*+][ \t]+)?\(?[Bb][.):]/y;
const FIRST_CHARS = new Set(['Q', 'A', '*', '_', '#']);
/**
 * An answer label on the question's own line, right after its `?`: `Q: Is it free? A: Yes.`
 * (group 1: an optional closing bold after the `?`; group 2: the label's punctuation).
 */
const INLINE_ANSWER = /[?？](\*\*|__)?[ \t]+(?:\*\*|__)?(?:A|Ans|Answer|ANSWER)(?:[ \t]*#?\d{1,4})?(?:\*\*|__)?[ \t]*([:.：])(?:\*\*|__)?[ \t]+(?=\S)/;
export function detectQaLabels(index) {
    const { text } = index;
    let lastQuestionPunctuation = '';
    const boldLines = new Set();
    const questionPunctuation = new Map();
    const matcher = (lineIndex, line) => {
        const first = lineIndex.first[line];
        if (lineIndex.indent[line] > 3 || !FIRST_CHARS.has(text[first]))
            return undefined;
        LABEL.lastIndex = first;
        const match = LABEL.exec(text);
        if (!match)
            return undefined;
        const word = match[2];
        const isQuestion = word[0] === 'Q';
        const punctuation = match[5] === '.' ? '.' : ':';
        if (isQuestion) {
            lastQuestionPunctuation = punctuation;
            questionPunctuation.set(line, punctuation);
        }
        else {
            // `A.` is an answer label only after `Q.`; a one-letter `A.`/`A:` followed by a `B` line is a quiz option.
            if (punctuation === '.' && lastQuestionPunctuation !== '.')
                return undefined;
            if (word === 'A' && followedByOptionB(lineIndex, line))
                return undefined;
        }
        const bold = match[1] !== undefined;
        const closed = match[4] !== undefined || match[6] !== undefined;
        if (bold)
            boldLines.add(line);
        const hit = { key: isQuestion ? 'q' : 'a', contentStart: first + match[0].length, boldOpen: bold && !closed };
        return hit;
    };
    const conversations = [];
    for (const run of scanLabelledTurns(index, matcher)) {
        const { turns } = run;
        for (let position = 0; position < turns.length; position++) {
            const question = turns[position];
            if (question.key !== 'q')
                continue;
            const answer = turns[position + 1];
            const format = boldLines.has(question.line) || (answer?.key === 'a' && boldLines.has(answer.line)) ? 'question-answer-bold' : 'qa-colon';
            let parts;
            if (answer?.key === 'a') {
                parts = [
                    { role: 'user', start: question.start, end: question.end },
                    { role: 'assistant', start: answer.start, end: answer.end },
                ];
                position++;
            }
            else {
                parts = splitInlineAnswer(text, question, questionPunctuation.get(question.line) ?? ':');
            }
            if (!parts)
                continue;
            const conversation = buildConversation(text, format, parts, question.markerStart);
            if (conversation)
                conversations.push(conversation);
        }
    }
    return conversations;
}
/**
 * `Q: Is it free? A: Yes.` on one line: the question up to its `?`, the answer after the inline label (to the end of
 * the turn). `A.` counts only after a `Q.` label. Searches only inside the turn, so the scan stays linear.
 */
function splitInlineAnswer(text, question, punctuation) {
    const match = INLINE_ANSWER.exec(text.slice(question.start, question.end));
    if (!match)
        return undefined;
    if (match[2] === '.' && punctuation !== '.')
        return undefined;
    const questionEnd = question.start + match.index + 1;
    return [
        { role: 'user', start: question.start, end: questionEnd },
        { role: 'assistant', start: question.start + match.index + match[0].length, end: question.end },
    ];
}
function followedByOptionB(index, line) {
    const next = firstNonBlank(index, line + 1, Math.min(index.count, line + 4));
    if (next === -1 || index.kind[next] !== LineKind.text)
        return false;
    OPTION_B.lastIndex = index.first[next];
    return OPTION_B.test(index.text);
}
//# sourceMappingURL=qa-label-detector.js.map