import { binaryError, chooseLegacyEncoding, controlByteRatio, decodeWindows1252, detectBom, guessUtf16, sampleAroundFirstHighByte, tryDecode, UNKNOWN_ENCODING, } from './text-decoding.js';
/** Thrown by `decodeChunks` when strict UTF-8 decoding fails part-way: restart with `encodingForBrokenUtf8`. */
export class EncodingChangedError extends Error {
    sample;
    constructor(sample) {
        super('the file is not valid UTF-8 after its first bytes');
        this.sample = sample;
        this.name = 'EncodingChangedError';
    }
}
/** The same detection as `decodeText`, from the first bytes only (for inputs read as a stream). */
export function sniffEncoding(head, fail) {
    const bom = detectBom(head);
    if (bom === 'utf-16le' || bom === 'utf-16be')
        return { encoding: bom, bomLength: 2, warnings: [] };
    if (bom === 'utf-8')
        return { encoding: 'utf-8', bomLength: 3, warnings: [] };
    if (head.indexOf(0) !== -1) {
        const utf16 = guessUtf16(head);
        if (utf16)
            return { encoding: utf16, bomLength: 0, warnings: [`decoded as ${utf16} (no byte-order mark)`] };
        throw binaryError(fail);
    }
    if (controlByteRatio(head) > 0.01)
        throw binaryError(fail);
    if (tryDecode('utf-8', head) !== undefined)
        return { encoding: 'utf-8', bomLength: 0, warnings: [] };
    return legacyEncoding(head, fail);
}
/** After strict UTF-8 failed on `sample`: UTF-8 with replacements, or a legacy encoding that fits. */
export function encodingForBrokenUtf8(sample, fail) {
    const sniffed = legacyEncoding(sample, fail);
    if (sniffed.encoding === 'utf-8') {
        sniffed.lossy = true;
        sniffed.warnings = ['some bytes are not valid utf-8 and were replaced with U+FFFD; saving the file as UTF-8 avoids this'];
    }
    return sniffed;
}
function legacyEncoding(sample, fail) {
    const encoding = chooseLegacyEncoding(sampleAroundFirstHighByte(sample));
    if (!encoding)
        throw fail(UNKNOWN_ENCODING);
    return { encoding, bomLength: 0, warnings: encoding === 'utf-8' ? [] : [`decoded as ${encoding} (the file is not UTF-8)`] };
}
/**
 * Decodes a stream of byte chunks into text chunks with newlines normalised, refusing NUL bytes on the way.
 * Strict UTF-8 that fails part-way throws `EncodingChangedError` (the caller restarts with a better guess);
 * other encodings replace invalid bytes.
 */
export async function* decodeChunks(chunks, sniffed, fail) {
    const { encoding } = sniffed;
    const strict = encoding === 'utf-8' && !sniffed.lossy;
    const decoder = encoding === 'windows-1252' ? undefined : new TextDecoder(encoding, { fatal: strict, ignoreBOM: true });
    const utf16 = encoding.startsWith('utf-16');
    // Node's `TextDecoder` returns two-byte strings in `{ stream: true }` mode (twice the memory for Latin-1
    // text), so UTF-8 and UTF-16 are cut at a character boundary here and decoded without it.
    const cutsItself = encoding === 'utf-8' || utf16;
    let pendingBytes;
    let skip = sniffed.bomLength;
    let carry = '';
    const normalize = (text) => {
        let value = carry + text;
        carry = '';
        if (value.endsWith('\r')) {
            carry = '\r';
            value = value.slice(0, -1);
        }
        return value.includes('\r') ? value.replace(/\r\n?/g, '\n') : value;
    };
    for await (const raw of chunks) {
        let chunk = raw;
        if (skip > 0) {
            chunk = chunk.subarray(Math.min(skip, chunk.length));
            skip -= raw.length - chunk.length;
        }
        if (!utf16 && chunk.indexOf(0) !== -1)
            throw binaryError(fail);
        let text;
        try {
            if (!decoder) {
                text = decodeWindows1252(chunk);
            }
            else if (cutsItself) {
                const bytes = pendingBytes ? Buffer.concat([pendingBytes, chunk]) : chunk;
                const end = utf16 ? utf16Boundary(bytes, encoding === 'utf-16le') : utf8Boundary(bytes);
                pendingBytes = end < bytes.length ? Buffer.from(bytes.subarray(end)) : undefined;
                text = decoder.decode(bytes.subarray(0, end));
            }
            else {
                text = decoder.decode(chunk, { stream: true });
            }
        }
        catch {
            throw new EncodingChangedError(chunk);
        }
        if (utf16 && text.includes('\0'))
            throw binaryError(fail);
        const normalized = normalize(text);
        if (normalized)
            yield normalized;
    }
    let tail = '';
    try {
        tail = !decoder ? '' : cutsItself ? (pendingBytes ? decoder.decode(pendingBytes) : '') : decoder.decode();
    }
    catch {
        throw new EncodingChangedError(pendingBytes ?? Buffer.alloc(0));
    }
    const rest = normalize(tail) + (carry ? '\n' : '');
    if (rest)
        yield rest;
}
/** Length of the longest prefix of `bytes` that ends on a UTF-8 character boundary. */
function utf8Boundary(bytes) {
    for (let back = 1; back <= Math.min(3, bytes.length); back++) {
        const byte = bytes[bytes.length - back];
        if ((byte & 0xc0) === 0x80)
            continue; // continuation byte: keep looking for the lead byte
        const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
        return needed > back ? bytes.length - back : bytes.length;
    }
    return bytes.length; // invalid (too many continuation bytes): let the decoder report it
}
/** Length of the longest prefix of whole UTF-16 code units that does not end inside a surrogate pair. */
function utf16Boundary(bytes, littleEndian) {
    let end = bytes.length & ~1;
    if (end >= 2) {
        const unit = littleEndian ? bytes.readUInt16LE(end - 2) : bytes.readUInt16BE(end - 2);
        if (unit >= 0xd800 && unit <= 0xdbff)
            end -= 2;
    }
    return end;
}
//# sourceMappingURL=text-stream-decoding.js.map