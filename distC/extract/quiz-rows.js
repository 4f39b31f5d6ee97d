import { filledCount } from './table-layout.js';
/**
 * Quiz sheets in Blackboard's offline test format: one question per row, no header, the first cell is the
 * question type (MC, MA, TF, ESS, ORD, MAT, FIB, NUM, SR, ...), the second the question, then answers.
 * Format reference: Blackboard Help, "Upload Questions" (question types and column layout),
 * https://help.blackboard.com/Learn/Instructor/Original/Tests_Pools_Surveys/Reuse_Questions/Upload_Questions
 *
 * Each recognised row is written as `Q:` / `A:` lines (answer = the correct answer(s)), so the regex detector
 * finds it in the text, and is returned as a conversation when an answer is known.
 */
const TYPES = {
    MC: 'Multiple Choice', MA: 'Multiple Answer', TF: 'True/False', ESS: 'Essay', ORD: 'Ordering', MAT: 'Matching',
    FIB: 'Fill in the Blank', FIL: 'File Response', NUM: 'Numeric Response', SR: 'Short Response', OP: 'Opinion',
    FIB_PLUS: 'Multiple Fill in the Blank', JUMBLED_SENTENCE: 'Jumbled Sentence', QUIZ_BOWL: 'Quiz Bowl',
};
function isQuizRow(row) {
    const type = row[0]?.trim().toUpperCase() ?? '';
    return type in TYPES && (row[1]?.trim() ?? '') !== '';
}
/**
 * True when most filled rows of a sheet are Blackboard quiz rows (at least two of them) and most of those
 * carry answers: a two-column legend such as `MC | Multiple Choice` is not a quiz.
 */
export function isQuizSheet(rows) {
    let filled = 0;
    let quiz = 0;
    let withAnswers = 0;
    for (const row of rows) {
        const count = filledCount(row);
        if (count === 0)
            continue;
        filled++;
        if (!isQuizRow(row))
            continue;
        quiz++;
        if (count >= 3)
            withAnswers++;
    }
    return quiz >= 2 && quiz * 2 >= filled && withAnswers * 2 >= quiz;
}
export function parseQuizRow(row) {
    if (!isQuizRow(row))
        return undefined;
    const type = row[0].trim().toUpperCase();
    const question = row[1].trim();
    const rest = row.slice(2).map((cell) => cell.trim());
    const values = rest.filter((cell) => cell !== '');
    const result = { type, question };
    switch (type) {
        case 'MC':
        case 'MA': {
            const options = [];
            const correct = [];
            for (let index = 0; index < rest.length; index += 2) {
                const option = rest[index] ?? '';
                if (!option)
                    continue;
                options.push(option);
                if ((rest[index + 1] ?? '').toLowerCase() === 'correct')
                    correct.push(option);
            }
            if (correct.length > 0)
                result.answer = correct.join('; ');
            else if (options.length > 0)
                result.options = options;
            break;
        }
        case 'TF': {
            const value = values[0]?.toLowerCase();
            if (value === 'true' || value === 'false')
                result.answer = value === 'true' ? 'True' : 'False';
            break;
        }
        case 'MAT': {
            const pairs = [];
            for (let index = 0; index + 1 < rest.length; index += 2) {
                if (rest[index] && rest[index + 1])
                    pairs.push(`${rest[index]} → ${rest[index + 1]}`);
            }
            if (pairs.length > 0)
                result.answer = pairs.join('; ');
            break;
        }
        case 'NUM': {
            if (values[0])
                result.answer = values[1] ? `${values[0]} (± ${values[1]})` : values[0];
            break;
        }
        case 'FIL':
        case 'OP':
            break;
        default:
            // ESS and SR: an optional sample answer; ORD: the answers in order; FIB and the rest: accepted answers.
            if (values.length > 0)
                result.answer = values.join('; ');
    }
    return result;
}
export function renderQuizQuestion(quiz) {
    const lines = [`Q: ${quiz.question}`];
    if (quiz.answer !== undefined)
        lines.push(`A: ${quiz.answer}`);
    else if (quiz.options)
        lines.push(`Options: ${quiz.options.join('; ')}`);
    return lines.join('\n');
}
export function quizMessages(quiz) {
    if (quiz.answer === undefined)
        return undefined;
    return [
        { role: 'user', content: quiz.question },
        { role: 'assistant', content: quiz.answer },
    ];
}
//# sourceMappingURL=quiz-rows.js.map