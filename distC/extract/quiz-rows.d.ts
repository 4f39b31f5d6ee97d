import type { Message } from '../dataset/types.js';
export interface QuizQuestion {
    type: string;
    question: string;
    /** Known correct answer(s), or undefined (essay without a sample answer, unmarked options). */
    answer?: string;
    /** Options when no correct one is marked. */
    options?: string[];
}
/**
 * True when most filled rows of a sheet are Blackboard quiz rows (at least two of them) and most of those
 * carry answers: a two-column legend such as `MC | Multiple Choice` is not a quiz.
 */
export declare function isQuizSheet(rows: readonly string[][]): boolean;
export declare function parseQuizRow(row: readonly string[]): QuizQuestion | undefined;
export declare function renderQuizQuestion(quiz: QuizQuestion): string;
export declare function quizMessages(quiz: QuizQuestion): Message[] | undefined;
