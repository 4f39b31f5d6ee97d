import { ExtractionError } from '../errors/errors.js';
import { loadInput } from './read-input.js';
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

const SAMPLE_BYTES = 64 * 1024;

export function decodeText(input: Uint8Array, options: DecodeTextOptions): DecodedText {
  let bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  const fail = (reason: string, cause?: unknown): ExtractionError =>
    new ExtractionError(options.displayPath, reason, { extractorId: options.extractorId, cause, code: 'extraction_failed' });

  const bom = detectBom(bytes);
  if (bom === 'utf-16le' || bom === 'utf-16be') return decodeUtf16(bytes.subarray(2), bom, true, fail);

  if (bytes.indexOf(0) !== -1) {
    const utf16 = bom === undefined ? guessUtf16(bytes) : undefined;
    if (utf16) return decodeUtf16(bytes, utf16, false, fail);
    throw binaryError(fail);
  }
  if (controlByteRatio(bytes.subarray(0, SAMPLE_BYTES)) > 0.01) throw binaryError(fail);

  if (bytes.indexOf(13) !== -1) {
    if (!options.mayMutate) bytes = Buffer.from(bytes);
    bytes = normalizeNewlinesInPlace(bytes);
  }
  const warnings: string[] = [];
  try {
    // `TextDecoder` strips a UTF-8 BOM by default (ignoreBOM: false).
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text, encoding: 'utf-8', bom: bom === 'utf-8', warnings };
  } catch {
    // Not valid UTF-8 everywhere: decide on a sample around the first non-ASCII byte.
  }
  const sample = sampleAroundFirstHighByte(bytes);
  const encoding = chooseLegacyEncoding(sample);
  if (!encoding) throw fail(UNKNOWN_ENCODING);
  let text: string;
  try {
    text = decodeAs(encoding, bytes, true);
  } catch {
    text = decodeAs(encoding, bytes, false);
    warnings.push(`some bytes are not valid ${encoding} and were replaced with U+FFFD; saving the file as UTF-8 avoids this`);
  }
  if (encoding !== 'utf-8') warnings.push(`decoded as ${encoding} (the file is not UTF-8)`);
  return { text, encoding, bom: false, warnings };
}

export const UNKNOWN_ENCODING =
  'could not detect the text encoding (tried UTF-8, UTF-16, Windows-1252, Shift-JIS and EUC-JP); save the file as UTF-8 and try again';

export function binaryError(fail: (reason: string) => ExtractionError): ExtractionError {
  return fail(
    'this looks like a binary file, not text (it contains NUL or control bytes); check that the file extension matches its content',
  );
}

export function detectBom(bytes: Buffer): 'utf-8' | 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** UTF-16 text without a BOM: mostly-ASCII text has a NUL in every other byte. */
export function guessUtf16(bytes: Buffer): 'utf-16le' | 'utf-16be' | undefined {
  const length = Math.min(bytes.length, 4096) & ~1;
  if (length < 2) return undefined;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let index = 0; index < length; index += 2) {
    if (bytes[index] === 0) zeroEven++;
    if (bytes[index + 1] === 0) zeroOdd++;
  }
  const pairs = length / 2;
  if (zeroOdd / pairs > 0.3 && zeroEven / pairs < 0.02) return 'utf-16le';
  if (zeroEven / pairs > 0.3 && zeroOdd / pairs < 0.02) return 'utf-16be';
  return undefined;
}

function decodeUtf16(
  bytes: Buffer,
  encoding: 'utf-16le' | 'utf-16be',
  bom: boolean,
  fail: (reason: string, cause?: unknown) => ExtractionError,
): DecodedText {
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch (error) {
    throw fail(`the file looks like ${encoding.toUpperCase()} text but is not valid ${encoding.toUpperCase()}; save it as UTF-8`, error);
  }
  if (text.includes('\0')) throw binaryError(fail);
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  return { text, encoding, bom, warnings: bom ? [] : [`decoded as ${encoding} (no byte-order mark)`] };
}

/** Share of C0 control bytes other than tab, newline, form feed, carriage return and escape. */
export function controlByteRatio(sample: Buffer): number {
  if (sample.length === 0) return 0;
  let count = 0;
  for (let index = 0; index < sample.length; index++) {
    const byte = sample[index]!;
    if (byte < 0x20 && byte !== 9 && byte !== 10 && byte !== 12 && byte !== 13 && byte !== 27) count++;
    else if (byte === 0x7f) count++;
  }
  return count / sample.length;
}

/** CRLF and lone CR → LF, in place, with native copies between carriage returns. */
export function normalizeNewlinesInPlace(bytes: Buffer): Buffer {
  let read = bytes.indexOf(13);
  if (read === -1) return bytes;
  let write = read;
  while (read < bytes.length) {
    bytes[write++] = 10;
    read++;
    if (read < bytes.length && bytes[read] === 10) read++;
    const next = bytes.indexOf(13, read);
    const end = next === -1 ? bytes.length : next;
    if (end > read) {
      bytes.copyWithin(write, read, end);
      write += end - read;
    }
    read = end;
  }
  return bytes.subarray(0, write);
}

export function sampleAroundFirstHighByte(bytes: Buffer): Buffer {
  let first = 0;
  while (first < bytes.length && bytes[first]! < 0x80) first++;
  const lineStart = bytes.lastIndexOf(10, first);
  const start = lineStart === -1 ? 0 : lineStart + 1;
  return bytes.subarray(start, start + SAMPLE_BYTES);
}

type LegacyEncoding = 'windows-1252' | 'shift_jis' | 'euc-jp';
/** Ties go to the earlier entry: a Latin text that also happens to be valid Shift-JIS stays Windows-1252. */
const LEGACY_CANDIDATES: LegacyEncoding[] = ['windows-1252', 'shift_jis', 'euc-jp'];
const MIN_SCORE = 0.7;

export function chooseLegacyEncoding(sample: Buffer): string | undefined {
  // The sample may be valid UTF-8 when the bad bytes are further on: then UTF-8 (lossy) is right.
  const utf8 = tryDecode('utf-8', sample);
  if (utf8 !== undefined && /[^\x00-\x7f]/.test(utf8)) return 'utf-8';
  let best: { encoding: string; score: number } | undefined;
  for (const encoding of LEGACY_CANDIDATES) {
    const text = tryDecode(encoding, sample);
    if (text === undefined) continue;
    const score = plausibility(text, encoding);
    if (score >= MIN_SCORE && (!best || score > best.score)) best = { encoding, score };
  }
  return best?.encoding;
}

export function tryDecode(encoding: string, sample: Buffer): string | undefined {
  try {
    if (encoding === 'windows-1252') return decodeWindows1252(sample);
    // `stream: true` keeps a character cut at the sample's end from counting as an error.
    return new TextDecoder(encoding, { fatal: true }).decode(sample, { stream: true });
  } catch {
    return undefined; // invalid for this encoding, or the encoding is unknown to this Node build
  }
}

function decodeAs(encoding: string, bytes: Buffer, fatal: boolean): string {
  if (encoding === 'windows-1252') return decodeWindows1252(bytes);
  return new TextDecoder(encoding, { fatal }).decode(bytes);
}

/**
 * Windows-1252 is Latin-1 plus 27 characters at 0x80–0x9F (WHATWG index-windows-1252; the five unassigned
 * bytes stay C1 controls, as the spec says). Decoded here because Node 20.18.3+ `TextDecoder('windows-1252')`
 * takes a Latin-1 fast path and gets that block wrong (nodejs/node#56542, #60888).
 */
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return latin1.replace(/[\u0080-\u009f]/g, (char) => String.fromCharCode(WINDOWS_1252_HIGH[char.charCodeAt(0) - 0x80]!));
}

const LATIN_PUNCTUATION = new Set([0xa0, 0xa9, 0xab, 0xae, 0xb0, 0xbb, 0x2013, 0x2014, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2026, 0x20ac, 0x2122]);

/** Share of non-ASCII characters that look like real text in the candidate's script (−2 per impossible one). */
function plausibility(text: string, encoding: LegacyEncoding): number {
  let nonAscii = 0;
  let good = 0;
  let kana = 0;
  let previous = 0;
  const chars = Array.from(text);
  for (let index = 0; index < chars.length; index++) {
    const code = chars[index]!.codePointAt(0)!;
    if (code < 0x80) {
      previous = code;
      continue;
    }
    nonAscii++;
    if (code === 0xfffd || (code >= 0x80 && code <= 0x9f) || (code >= 0xe000 && code <= 0xf8ff)) {
      good -= 2;
    } else if (encoding === 'windows-1252') {
      const next = chars[index + 1]?.codePointAt(0) ?? 0;
      const isLetter = (code >= 0xc0 && code <= 0xff && code !== 0xd7 && code !== 0xf7) || [0x152, 0x153, 0x160, 0x161, 0x17d, 0x17e, 0x178].includes(code);
      // A Latin letter inside a word (next to an ASCII letter), or common typographic punctuation.
      if ((isLetter && (isAsciiLetter(previous) || isAsciiLetter(next))) || LATIN_PUNCTUATION.has(code)) good++;
    } else {
      const isKana = (code >= 0x3040 && code <= 0x30ff) || (code >= 0x31f0 && code <= 0x31ff);
      if (isKana) kana++;
      if (isKana || (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3000 && code <= 0x303f) || (code >= 0xff01 && code <= 0xff60)) good++;
    }
    previous = code;
  }
  if (nonAscii === 0) return 1;
  // EUC-JP's byte ranges also fit Chinese GB2312 and Korean text: only accept it when kana appear.
  if (encoding === 'euc-jp' && kana === 0) return 0;
  return good / nonAscii;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/**
 * V8 caps strings at about 512M characters: "Invalid string length" (a RangeError), or from a decoder "Cannot create
 * a string longer than 0x1fffffe8 characters" (an Error with code ERR_STRING_TOO_LONG, as a 560 MB JSONL file gave).
 */
export function isStringTooLong(error: unknown): boolean {
  if (error instanceof RangeError) return true;
  return (error as { code?: unknown } | null)?.code === 'ERR_STRING_TOO_LONG' || /Cannot create a string longer/.test(String(error));
}

/** Reads and decodes in a scope of its own, so the raw bytes can be freed as soon as the text exists. */
export async function loadAndDecode(
  input: ExtractInput,
  extractorId: string,
  signal: AbortSignal | undefined,
): Promise<{ decoded: DecodedText; sourceName: string; displayPath: string }> {
  const loaded = await loadInput(input, extractorId, signal);
  try {
    const decoded = decodeText(loaded.bytes, { displayPath: loaded.displayPath, extractorId, mayMutate: loaded.owned });
    return { decoded, sourceName: loaded.sourceName, displayPath: loaded.displayPath };
  } catch (error) {
    if (error instanceof ExtractionError) throw error;
    if (isStringTooLong(error)) {
      throw new ExtractionError(
        loaded.displayPath,
        'the file is too large to hold as one text (over about 500 million characters); split it into smaller files',
        { extractorId, cause: error, code: 'file_too_large' },
      );
    }
    throw new ExtractionError(loaded.displayPath, `could not decode the file (${String(error)})`, { extractorId, cause: error });
  }
}
