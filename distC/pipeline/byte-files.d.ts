/** A text, or its UTF-8 bytes. */
export type Text = string | Uint8Array;
/**
 * Buffered byte files for the output spool (output-spool.ts): a writer that takes texts or bytes without allocating
 * per line, and readers that hand out lines or fixed-length records as views into one reused buffer.
 */
/** Writes to `file` through a 1 MB buffer (no allocation per line; larger buffers wrote no faster). */
export declare class ByteWriter {
    readonly file: string;
    private readonly fd;
    private readonly buffer;
    private used;
    bytes: number;
    lines: number;
    constructor(file: string);
    /** Appends `data` (a text is encoded as UTF-8) and counts one line; returns the bytes written. */
    write(data: Text): number;
    /** Appends `data` and a newline, as one line. */
    writeLine(data: Uint8Array): void;
    drain(): void;
    close(): void;
    private writeAll;
}
/** Calls `line` with each line of `file` (without its newline) as a view into a reused buffer, in order. */
export declare function forEachLine(file: string, line: (bytes: Buffer) => void): void;
/** Calls `record` with each record of `file`, of `lengths[i]` bytes each, as a view into a reused buffer, in order. */
export declare function forEachRecord(file: string, lengths: Int32Array, record: (bytes: Buffer) => void): void;
