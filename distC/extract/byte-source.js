import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { ExtractionError, isAbortError } from '../errors/errors.js';
import { describeInput, errorText } from './read-input.js';
export const HEAD_BYTES = 64 * 1024;
const CHUNK_BYTES = 1024 * 1024;
export async function openByteSource(input, extractorId, signal) {
    const names = describeInput(input);
    const fail = (reason, cause, code) => new ExtractionError(names.displayPath, reason, { extractorId, cause, code });
    let head;
    let size;
    let chunks;
    if ('path' in input) {
        try {
            const handle = await open(input.path, 'r');
            try {
                const buffer = Buffer.alloc(HEAD_BYTES);
                const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
                head = buffer.subarray(0, bytesRead);
                size = (await handle.stat()).size;
            }
            finally {
                await handle.close();
            }
        }
        catch (error) {
            if (isAbortError(error))
                throw error;
            const code = error.code;
            throw fail(code === 'ENOENT' ? 'file not found; check the path' : `could not read the file (${errorText(error)})`, error);
        }
        const path = input.path;
        chunks = (chunkSignal) => createReadStream(path, { highWaterMark: CHUNK_BYTES, ...(chunkSignal ? { signal: chunkSignal } : {}) });
    }
    else {
        const bytes = Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength);
        head = bytes.subarray(0, HEAD_BYTES);
        size = bytes.length;
        chunks = () => sliceChunks(bytes);
    }
    signal?.throwIfAborted();
    if (head.length === 0)
        throw fail('the file is empty (0 bytes); nothing to extract', undefined, 'empty_file');
    return { ...names, head, size, chunks };
}
/** In-memory bytes in chunks, with a turn of the event loop between chunks (as file reads have), so timers and aborts run. */
async function* sliceChunks(bytes) {
    for (let offset = 0; offset < bytes.length; offset += CHUNK_BYTES) {
        if (offset > 0)
            await new Promise((resolve) => setImmediate(resolve));
        yield bytes.subarray(offset, offset + CHUNK_BYTES);
    }
}
//# sourceMappingURL=byte-source.js.map