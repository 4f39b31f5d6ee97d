import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { ExtractionError, isAbortError } from '../errors/errors.js';
import { describeInput, unreadableFileReason } from './read-input.js';
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

export const HEAD_BYTES = 64 * 1024;
const CHUNK_BYTES = 1024 * 1024;

export async function openByteSource(input: ExtractInput, extractorId: string, signal?: AbortSignal): Promise<ByteSource> {
  const names = describeInput(input);
  const fail = (reason: string, cause?: unknown, code?: string): ExtractionError =>
    new ExtractionError(names.displayPath, reason, { extractorId, cause, code });
  let head: Buffer;
  let size: number;
  let chunks: (signal?: AbortSignal) => AsyncIterable<Buffer>;
  if ('path' in input) {
    try {
      const handle = await open(input.path, 'r');
      try {
        const buffer = Buffer.alloc(HEAD_BYTES);
        const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
        head = buffer.subarray(0, bytesRead);
        size = (await handle.stat()).size;
      } finally {
        await handle.close();
      }
    } catch (error) {
      if (isAbortError(error)) throw error;
      throw fail(await unreadableFileReason(input.path, error), error);
    }
    const path = input.path;
    chunks = (chunkSignal) => createReadStream(path, { highWaterMark: CHUNK_BYTES, ...(chunkSignal ? { signal: chunkSignal } : {}) });
  } else {
    const bytes = Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength);
    head = bytes.subarray(0, HEAD_BYTES);
    size = bytes.length;
    chunks = () => sliceChunks(bytes);
  }
  signal?.throwIfAborted();
  if (head.length === 0) throw fail('the file is empty (0 bytes); nothing to extract', undefined, 'empty_file');
  return { ...names, head, size, chunks };
}

/** In-memory bytes in chunks, with a turn of the event loop between chunks (as file reads have), so timers and aborts run. */
async function* sliceChunks(bytes: Buffer): AsyncGenerator<Buffer> {
  for (let offset = 0; offset < bytes.length; offset += CHUNK_BYTES) {
    if (offset > 0) await new Promise((resolve) => setImmediate(resolve));
    yield bytes.subarray(offset, offset + CHUNK_BYTES);
  }
}
