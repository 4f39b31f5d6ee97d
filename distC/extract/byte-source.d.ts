import type { ExtractInput } from './types.js';
/**
 * An input read in pieces instead of all at once: the first bytes (for encoding detection) plus a way to
 * stream the whole content from the start. Used where the extractor can work as the bytes arrive (CSV),
 * so neither the raw file nor its decoded text has to be held in memory in one piece.
 */
export interface ByteSource {
    sourceName: string;
    displayPath: string;
    /** Up to `HEAD_BYTES` from the start. */
    head: Buffer;
    /** Total size in bytes. */
    size: number;
    /** All bytes, in order, in chunks of about 1 MiB. May be called more than once. */
    chunks(signal?: AbortSignal): AsyncIterable<Buffer>;
}
export declare const HEAD_BYTES: number;
export declare function openByteSource(input: ExtractInput, extractorId: string, signal?: AbortSignal): Promise<ByteSource>;
