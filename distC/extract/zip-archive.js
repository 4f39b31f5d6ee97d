/**
 * A minimal ZIP reader for Office Open XML packages, with a zip-bomb guard.
 *
 * Reads the central directory (APPNOTE.TXT 6.3.10, sections 4.3.12 and 4.3.16; ZIP64 records 4.3.14/4.3.15
 * and the 0x0001 extra field 4.5.3: https://pkware.cachefly.net/webdocs/casestudies/APPNOTE.TXT) and inflates
 * only the entries asked for, with fflate's streaming `Inflate`, counting real output bytes: a
 * declared size that lies cannot get past the budget. Entries are stored (0) or deflated (8).
 */
export class ZipFormatError extends Error {
    kind;
    constructor(message, kind) {
        super(message);
        this.kind = kind;
        this.name = 'ZipFormatError';
    }
}
/** Default budget for the XML parts we inflate ourselves (slides, notes, charts): 512 MiB. */
export const DEFAULT_MAX_INFLATED_BYTES = 512 * 1024 * 1024;
/** Default cap on what an archive may declare in total (media included): 2 GiB. */
export const DEFAULT_MAX_DECLARED_BYTES = 2 * 1024 * 1024 * 1024;
const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const CHUNK_BYTES = 16 * 1024;
export class ZipArchive {
    bytes;
    entries;
    limits;
    inflateClass;
    inflatedTotal = 0;
    byLowerName = new Map();
    constructor(bytes, entries, limits, inflateClass) {
        this.bytes = bytes;
        this.entries = entries;
        this.limits = limits;
        this.inflateClass = inflateClass;
        for (const [name, entry] of entries)
            this.byLowerName.set(name.toLowerCase(), entry);
    }
    /** Parses the central directory. Loads fflate lazily. */
    static async open(bytes, limits) {
        const entries = readCentralDirectory(bytes, limits);
        const { Inflate } = await import('fflate');
        return new ZipArchive(bytes, entries, limits, Inflate);
    }
    /** Entry by exact name, then case-insensitively (OPC part names are case-insensitive). */
    entry(name) {
        return this.entries.get(name) ?? this.byLowerName.get(name.toLowerCase());
    }
    has(name) {
        return this.entry(name) !== undefined;
    }
    read(name) {
        const entry = this.entry(name);
        if (!entry)
            return undefined;
        if (entry.flags & 1)
            throw new ZipFormatError(`entry ${entry.name} is encrypted`, 'encrypted');
        const data = this.entryData(entry);
        if (entry.method === 0) {
            this.count(data.length);
            return data;
        }
        if (entry.method !== 8) {
            throw new ZipFormatError(`entry ${entry.name} uses compression method ${entry.method}, which is not supported`, 'unsupported');
        }
        const chunks = [];
        let size = 0;
        const inflater = new this.inflateClass((chunk) => {
            size += chunk.length;
            this.count(chunk.length);
            chunks.push(chunk);
        });
        try {
            if (data.length === 0)
                inflater.push(new Uint8Array(0), true);
            for (let offset = 0; offset < data.length; offset += CHUNK_BYTES) {
                inflater.push(data.subarray(offset, offset + CHUNK_BYTES), offset + CHUNK_BYTES >= data.length);
            }
        }
        catch (error) {
            if (error instanceof ZipFormatError)
                throw error;
            throw new ZipFormatError(`entry ${entry.name} is corrupt (${error.message})`, 'corrupt');
        }
        return concat(chunks, size);
    }
    readText(name) {
        const data = this.read(name);
        return data === undefined ? undefined : new TextDecoder('utf-8').decode(data);
    }
    count(bytes) {
        this.inflatedTotal += bytes;
        if (this.inflatedTotal > this.limits.maxInflatedBytes) {
            throw new ZipFormatError(`the archive expands to more than ${formatMb(this.limits.maxInflatedBytes)} when uncompressed (possible zip bomb)`, 'too-large');
        }
    }
    entryData(entry) {
        const view = viewOf(this.bytes);
        const at = entry.localHeaderOffset;
        if (at + 30 > this.bytes.length || view.getUint32(at, true) !== LOCAL_HEADER) {
            throw new ZipFormatError(`entry ${entry.name} has no local header (the file is truncated or corrupt)`, 'corrupt');
        }
        const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
        const end = start + entry.compressedSize;
        if (end > this.bytes.length)
            throw new ZipFormatError(`entry ${entry.name} is cut off (the file is truncated)`, 'corrupt');
        return this.bytes.subarray(start, end);
    }
}
/** Declared total of all entries, without inflating anything (cheap pre-check for DOCX/XLSX/ODS). */
export function checkZipDeclaredSize(bytes, maxDeclaredBytes) {
    readCentralDirectory(bytes, { maxInflatedBytes: Infinity, maxDeclaredBytes });
}
export function isZip(bytes) {
    return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5 || bytes[2] === 7);
}
function readCentralDirectory(bytes, limits) {
    if (!isZip(bytes))
        throw new ZipFormatError('not a ZIP archive', 'not-zip');
    const view = viewOf(bytes);
    const eocd = findEndOfCentralDirectory(bytes, view);
    let count = view.getUint16(eocd + 10, true);
    let offset = view.getUint32(eocd + 16, true);
    if (count === 0xffff || offset === 0xffffffff) {
        const locator = eocd - 20;
        if (locator >= 0 && view.getUint32(locator, true) === ZIP64_LOCATOR) {
            const zip64 = Number(view.getBigUint64(locator + 8, true));
            if (zip64 + 56 > bytes.length || view.getUint32(zip64, true) !== ZIP64_EOCD) {
                throw new ZipFormatError('the ZIP64 directory is missing (the file is truncated or corrupt)', 'corrupt');
            }
            count = Number(view.getBigUint64(zip64 + 32, true));
            offset = Number(view.getBigUint64(zip64 + 48, true));
        }
    }
    if (limits.maxEntries !== undefined && count > limits.maxEntries) {
        throw new ZipFormatError(`the archive has ${count} entries, more than the limit of ${limits.maxEntries}`, 'too-large');
    }
    const entries = new Map();
    const names = new TextDecoder('utf-8');
    let declared = 0;
    let at = offset;
    for (let index = 0; index < count; index++) {
        if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL_HEADER) {
            throw new ZipFormatError('the ZIP central directory is damaged (the file is truncated or corrupt)', 'corrupt');
        }
        const nameLength = view.getUint16(at + 28, true);
        const extraLength = view.getUint16(at + 30, true);
        const commentLength = view.getUint16(at + 32, true);
        const entry = {
            name: names.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
            flags: view.getUint16(at + 8, true),
            method: view.getUint16(at + 10, true),
            compressedSize: view.getUint32(at + 20, true),
            uncompressedSize: view.getUint32(at + 24, true),
            localHeaderOffset: view.getUint32(at + 42, true),
        };
        applyZip64Extra(entry, view, at + 46 + nameLength, extraLength);
        declared += entry.uncompressedSize;
        if (limits.maxDeclaredBytes !== undefined && declared > limits.maxDeclaredBytes) {
            throw new ZipFormatError(`the archive declares more than ${formatMb(limits.maxDeclaredBytes)} of uncompressed content (possible zip bomb)`, 'too-large');
        }
        entries.set(entry.name, entry);
        at += 46 + nameLength + extraLength + commentLength;
    }
    return entries;
}
function findEndOfCentralDirectory(bytes, view) {
    const lowest = Math.max(0, bytes.length - 22 - 0xffff);
    for (let at = bytes.length - 22; at >= lowest; at--) {
        if (view.getUint32(at, true) === EOCD)
            return at;
    }
    throw new ZipFormatError('the ZIP end-of-directory record is missing (the file is truncated or not a valid package)', 'corrupt');
}
function applyZip64Extra(entry, view, start, length) {
    const needs = entry.uncompressedSize === 0xffffffff || entry.compressedSize === 0xffffffff || entry.localHeaderOffset === 0xffffffff;
    if (!needs)
        return;
    for (let at = start; at + 4 <= start + length;) {
        const id = view.getUint16(at, true);
        const size = view.getUint16(at + 2, true);
        if (id === 0x0001) {
            let field = at + 4;
            // Fields appear only when the 32-bit value is 0xFFFFFFFF, in this order (APPNOTE 4.5.3).
            if (entry.uncompressedSize === 0xffffffff) {
                entry.uncompressedSize = Number(view.getBigUint64(field, true));
                field += 8;
            }
            if (entry.compressedSize === 0xffffffff) {
                entry.compressedSize = Number(view.getBigUint64(field, true));
                field += 8;
            }
            if (entry.localHeaderOffset === 0xffffffff)
                entry.localHeaderOffset = Number(view.getBigUint64(field, true));
            return;
        }
        at += 4 + size;
    }
}
function viewOf(bytes) {
    return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
function concat(chunks, size) {
    if (chunks.length === 1)
        return chunks[0];
    const out = new Uint8Array(size);
    let offset = 0;
    for (const chunk of chunks) {
        out.set(chunk, offset);
        offset += chunk.length;
    }
    return out;
}
export function formatMb(bytes) {
    return `${Math.round(bytes / (1024 * 1024))} MB`;
}
//# sourceMappingURL=zip-archive.js.map