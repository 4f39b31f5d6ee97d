import { ExtractionError } from '../errors/errors.js';
import type { ExtractInput } from './types.js';
/**
 * Encoding detection for plain-text inputs (TXT, MD, CSV, HTML, JSON, YAML).
 *
 * Order: BOM (UTF-8, UTF-16 LE/BE) → UTF-16 without BOM (NUL-byte pattern) → binary check (NUL or many
 * control bytes) → strict UTF-8 → legacy candidates scored on a sample: Windows-1252, Shift-JIS, EUC-JP.
 * Legacy decoders come from `TextDecoder`, which in Node 20 (full ICU) knows the WHATWG encodings
 * (https://encoding.spec.whatwg.org/#names-and-labels). Anything else is a clear error asking for UTF-8.
 * Newlines are normalised to `\n` (CRLF and lone CR); nothing else in the text is changed.
 */
export interface DecodedText {
    text: string;
    /** WHATWG name of the encoding used: `utf-8`, `utf-16le`, `shift_jis`, `windows-1252` ... */
    encoding: string;
    bom: boolean;
    warnings: string[];
}
export interface DecodeTextOptions {
    displayPath: string;
    extractorId: string;
    /** When true the bytes may be changed in place (newline normalisation); otherwise they are copied first. */
    mayMutate?: boolean;
}
export declare function decodeText(input: Uint8Array, options: DecodeTextOptions): DecodedText;
export declare const UNKNOWN_ENCODING = "could not detect the text encoding (tried UTF-8, UTF-16, Windows-1252, Shift-JIS and EUC-JP); save the file as UTF-8 and try again";
export declare function binaryError(fail: (reason: string) => ExtractionError): ExtractionError;
export declare function detectBom(bytes: Buffer): 'utf-8' | 'utf-16le' | 'utf-16be' | undefined;
/** UTF-16 text without a BOM: mostly-ASCII text has a NUL in every other byte. */
export declare function guessUtf16(bytes: Buffer): 'utf-16le' | 'utf-16be' | undefined;
/** Share of C0 control bytes other than tab, newline, form feed, carriage return and escape. */
export declare function controlByteRatio(sample: Buffer): number;
/** CRLF and lone CR → LF, in place, with native copies between carriage returns. */
export declare function normalizeNewlinesInPlace(bytes: Buffer): Buffer;
export declare function sampleAroundFirstHighByte(bytes: Buffer): Buffer;
export declare function chooseLegacyEncoding(sample: Buffer): string | undefined;
export declare function tryDecode(encoding: string, sample: Buffer): string | undefined;
export declare function decodeWindows1252(bytes: Uint8Array): string;
/** Reads and decodes in a scope of its own, so the raw bytes can be freed as soon as the text exists. */
export declare function loadAndDecode(input: ExtractInput, extractorId: string, signal: AbortSignal | undefined): Promise<{
    decoded: DecodedText;
    sourceName: string;
    displayPath: string;
}>;
