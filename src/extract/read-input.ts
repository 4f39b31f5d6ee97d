import { readFile, readlink } from 'node:fs/promises';
import { basename } from 'node:path';
import { ExtractionError, isAbortError } from '../errors/errors.js';
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
export function describeInput(input: ExtractInput): { sourceName: string; displayPath: string } {
  if ('path' in input) return { sourceName: basename(input.path), displayPath: input.path };
  return { sourceName: input.name, displayPath: input.name };
}

/**
 * Reads an input's bytes. Zero-byte inputs are refused here, once for every format,
 * so each extractor does not need its own check.
 */
export async function loadInput(
  input: ExtractInput,
  extractorId: string,
  signal?: AbortSignal,
): Promise<LoadedInput> {
  const names = describeInput(input);
  let bytes: Uint8Array;
  const owned = 'path' in input;
  if ('path' in input) {
    try {
      bytes = await readFile(input.path, signal ? { signal } : {});
    } catch (error) {
      if (isAbortError(error)) throw error;
      throw new ExtractionError(names.displayPath, await unreadableFileReason(input.path, error), { extractorId, cause: error });
    }
  } else {
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
/** Why a file on disk could not be opened, in words: missing, a broken link, no permission, a folder ... */
export async function unreadableFileReason(path: string, error: unknown): Promise<string> {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') {
    const link = await readlink(path).catch(() => undefined);
    return link === undefined ? 'file not found; check the path' : `a link to a file that does not exist (${link}); fix or remove the link`;
  }
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied while reading the file; check its permissions';
  if (code === 'EISDIR') return 'this is a folder, not a file';
  return `could not read the file (${errorText(error)})`;
}

export function errorText(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const firstLine = text.split('\n', 1)[0] ?? '';
  return firstLine.length > 200 ? `${firstLine.slice(0, 197)}...` : firstLine;
}

/** Throws the caller's AbortError (unchanged) when the signal has fired. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) signal.throwIfAborted();
}

/** An error for input that decodes to nothing but whitespace. */
export function noTextError(displayPath: string, extractorId: string): ExtractionError {
  return new ExtractionError(displayPath, 'the file contains no text (only whitespace); nothing to extract', {
    extractorId,
    code: 'empty_file',
  });
}

/** True when the string has at least one non-whitespace character (without copying it). */
export function hasVisibleText(text: string): boolean {
  return /\S/.test(text);
}
