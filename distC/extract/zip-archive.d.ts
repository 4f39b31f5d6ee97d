/**
 * A minimal ZIP reader for Office Open XML packages, with a zip-bomb guard.
 *
 * Reads the central directory (APPNOTE.TXT 6.3.10, sections 4.3.12 and 4.3.16; ZIP64 records 4.3.14/4.3.15
 * and the 0x0001 extra field 4.5.3: https://pkware.cachefly.net/webdocs/casestudies/APPNOTE.TXT) and inflates
 * only the entries asked for, with fflate's streaming `Inflate`, counting real output bytes: a
 * declared size that lies cannot get past the budget. Entries are stored (0) or deflated (8).
 */
export declare class ZipFormatError extends Error {
    readonly kind: 'not-zip' | 'corrupt' | 'unsupported' | 'too-large' | 'encrypted';
    constructor(message: string, kind: 'not-zip' | 'corrupt' | 'unsupported' | 'too-large' | 'encrypted');
}
export interface ZipEntry {
    name: string;
    method: number;
    flags: number;
    compressedSize: number;
    uncompressedSize: number;
    localHeaderOffset: number;
}
export interface ZipLimits {
    /** Total bytes this archive may inflate across all reads (real output, not declared sizes). */
    maxInflatedBytes: number;
    /** Refuse archives whose declared uncompressed total is above this. */
    maxDeclaredBytes?: number;
    maxEntries?: number;
}
/** Default budget for the XML parts we inflate ourselves (slides, notes, charts): 512 MiB. */
export declare const DEFAULT_MAX_INFLATED_BYTES: number;
/** Default cap on what an archive may declare in total (media included): 2 GiB. */
export declare const DEFAULT_MAX_DECLARED_BYTES: number;
export declare class ZipArchive {
    private readonly bytes;
    readonly entries: ReadonlyMap<string, ZipEntry>;
    private readonly limits;
    private readonly inflateClass;
    private inflatedTotal;
    private readonly byLowerName;
    private constructor();
    /** Parses the central directory. Loads fflate lazily. */
    static open(bytes: Uint8Array, limits: ZipLimits): Promise<ZipArchive>;
    /** Entry by exact name, then case-insensitively (OPC part names are case-insensitive). */
    entry(name: string): ZipEntry | undefined;
    has(name: string): boolean;
    read(name: string): Uint8Array | undefined;
    readText(name: string): string | undefined;
    private count;
    private entryData;
}
/** Declared total of all entries, without inflating anything (cheap pre-check for DOCX/XLSX/ODS). */
export declare function checkZipDeclaredSize(bytes: Uint8Array, maxDeclaredBytes: number): void;
export declare function isZip(bytes: Uint8Array): boolean;
export declare function formatMb(bytes: number): string;
