import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { ExtractionError, isAbortError } from '../errors/errors.js';
/** Where an input came from, for error messages, without reading it. */
export function describeInput(input) {
    if ('path' in input)
        return { sourceName: basename(input.path), displayPath: input.path };
    return { sourceName: input.name, displayPath: input.name };
}
/**
 * Reads an input's bytes. Zero-byte inputs are refused here, once for every format,
 * so each extractor does not need its own check.
 */
export async function loadInput(input, extractorId, signal) {
    const names = describeInput(input);
    let bytes;
    const owned = 'path' in input;
    if ('path' in input) {
        try {
            bytes = await readFile(input.path, signal ? { signal } : {});
        }
        catch (error) {
            if (isAbortError(error))
                throw error;
            const code = error.code;
            const reason = code === 'ENOENT'
                ? 'file not found; check the path'
                : code === 'EACCES' || code === 'EPERM'
                    ? 'permission denied while reading the file; check its permissions'
                    : code === 'EISDIR'
                        ? 'this is a folder, not a file'
                        : `could not read the file (${errorText(error)})`;
            throw new ExtractionError(names.displayPath, reason, { extractorId, cause: error });
        }
    }
    else {
        bytes = input.bytes;
    }
    if (bytes.byteLength === 0) {
        throw new ExtractionError(names.displayPath, 'the file is empty (0 bytes); nothing to extract', {
            extractorId,
            code: 'empty_file',
        });
    }
    return { bytes, owned, ...names };
}
/** Short text of a library error for a parenthesised hint in our own message. */
export function errorText(error) {
    const text = error instanceof Error ? error.message : String(error);
    const firstLine = text.split('\n', 1)[0] ?? '';
    return firstLine.length > 200 ? `${firstLine.slice(0, 197)}...` : firstLine;
}
/** Throws the caller's AbortError (unchanged) when the signal has fired. */
export function throwIfAborted(signal) {
    if (signal?.aborted)
        signal.throwIfAborted();
}
/** An error for input that decodes to nothing but whitespace. */
export function noTextError(displayPath, extractorId) {
    return new ExtractionError(displayPath, 'the file contains no text (only whitespace); nothing to extract', {
        extractorId,
        code: 'empty_file',
    });
}
/** True when the string has at least one non-whitespace character (without copying it). */
export function hasVisibleText(text) {
    return /\S/.test(text);
}
//# sourceMappingURL=read-input.js.map