import { ExtractionError } from '../errors/errors.js';
import type { ExtractInput } from './types.js';
/** The bytes of one input plus the names used in results and error messages. */
export interface LoadedInput {
    bytes: Uint8Array;
    /** Name for `ExtractedDocument.sourceFile` (basename of a path, or the given name). */
    sourceName: string;
    /** Name for error messages (the full path when there is one). */
    displayPath: string;
    /** True when the bytes were read here (so they may be changed in place); false for caller-owned bytes. */
    owned: boolean;
}
/** Where an input came from, for error messages, without reading it. */
export declare function describeInput(input: ExtractInput): {
    sourceName: string;
    displayPath: string;
};
/**
 * Reads an input's bytes. Zero-byte inputs are refused here, once for every format,
 * so each extractor does not need its own check.
 */
export declare function loadInput(input: ExtractInput, extractorId: string, signal?: AbortSignal): Promise<LoadedInput>;
/** Short text of a library error for a parenthesised hint in our own message. */
export declare function errorText(error: unknown): string;
/** Throws the caller's AbortError (unchanged) when the signal has fired. */
export declare function throwIfAborted(signal: AbortSignal | undefined): void;
/** An error for input that decodes to nothing but whitespace. */
export declare function noTextError(displayPath: string, extractorId: string): ExtractionError;
/** True when the string has at least one non-whitespace character (without copying it). */
export declare function hasVisibleText(text: string): boolean;
