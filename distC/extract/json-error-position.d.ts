/**
 * Where a JSON text stops being valid, as line and column. Node 20's `JSON.parse` messages no longer
 * carry a position ("Unexpected token '}', ..." is not valid JSON"), so on failure this small scanner
 * (RFC 8259 grammar) walks the text once more to find the first offending character.
 */
export interface JsonErrorPosition {
    offset: number;
    line: number;
    column: number;
    problem: string;
}
export declare function findJsonErrorPosition(text: string): JsonErrorPosition | undefined;
