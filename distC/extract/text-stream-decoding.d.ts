import { ExtractionError } from '../errors/errors.js';
/**
 * Decoding an input that arrives in chunks (CSV): the encoding is sniffed from the first bytes with the same
 * rules as `decodeText` (text-decoding.ts), then chunks are decoded and newline-normalised one by one.
 */
/** How a streamed input will be decoded, decided from its first bytes. */
export interface SniffedEncoding {
    encoding: string;
    /** Bytes of byte-order mark to skip at the start. */
    bomLength: number;
    /** Replace invalid UTF-8 instead of stopping (set after strict decoding failed). */
    lossy?: boolean;
    warnings: string[];
}
/** Thrown by `decodeChunks` when strict UTF-8 decoding fails part-way: restart with `encodingForBrokenUtf8`. */
export declare class EncodingChangedError extends Error {
    readonly sample: Buffer;
    constructor(sample: Buffer);
}
/** The same detection as `decodeText`, from the first bytes only (for inputs read as a stream). */
export declare function sniffEncoding(head: Buffer, fail: (reason: string) => ExtractionError): SniffedEncoding;
/** After strict UTF-8 failed on `sample`: UTF-8 with replacements, or a legacy encoding that fits. */
export declare function encodingForBrokenUtf8(sample: Buffer, fail: (reason: string) => ExtractionError): SniffedEncoding;
/**
 * Decodes a stream of byte chunks into text chunks with newlines normalised, refusing NUL bytes on the way.
 * Strict UTF-8 that fails part-way throws `EncodingChangedError` (the caller restarts with a better guess);
 * other encodings replace invalid bytes.
 */
export declare function decodeChunks(chunks: AsyncIterable<Buffer>, sniffed: SniffedEncoding, fail: (reason: string) => ExtractionError): AsyncGenerator<string>;
