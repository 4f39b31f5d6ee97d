export declare function endsWithQuestionMark(text: string, start: number, end: number): boolean;
export declare function startsWithInterrogative(text: string, start: number): boolean;
/** Skip a `Q:` label or `1.` numbering at `start` (returns the new start). */
export declare function skipQuestionLabel(text: string, start: number, end: number): number;
/** Skip an `A:` / `**A:**` / `Answer:` label at `start` (returns the new start). */
export declare function skipAnswerLabel(text: string, start: number): number;
/** A line of only HTML tags such as `<details>`, `</p>`, `<summary><b>Answer</b></summary>`. */
export declare function isHtmlOnly(text: string, start: number, end: number): boolean;
