/**
 * Reads a JSONL byte stream line by line without holding the whole file (batch result files can be
 * hundreds of MB). Blank lines are skipped; a line that is not JSON is reported with its line number.
 */
export declare function readJsonLines(stream: AsyncIterable<Uint8Array> | ReadableStream<Uint8Array>, onBadLine: (line: string, lineNumber: number, error: unknown) => Error): AsyncGenerator<unknown>;
