import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ExtractionError } from '../errors/errors.js';
import { decodeText, isStringTooLong, normalizeNewlinesInPlace } from './text-decoding.js';
import { decodeChunks, EncodingChangedError, encodingForBrokenUtf8, sniffEncoding } from './text-stream-decoding.js';

const FIXTURES = fileURLToPath(new URL('../../../shared/fixtures/documents/', import.meta.url));
const options = { displayPath: 'sample.txt', extractorId: 'text' };

function decode(bytes: Uint8Array, mayMutate = false) {
  return decodeText(bytes, { ...options, mayMutate });
}

describe('decodeText', () => {
  it('reads UTF-8 with and without a BOM and reports which', () => {
    const plain = decode(Buffer.from('héllo wörld'));
    expect(plain).toMatchObject({ text: 'héllo wörld', encoding: 'utf-8', bom: false, warnings: [] });
    const withBom = decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('héllo')]));
    expect(withBom).toMatchObject({ text: 'héllo', encoding: 'utf-8', bom: true });
  });

  it('reads UTF-16 LE and BE by their byte-order marks', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Q: Hi?\r\nA: Hello', 'utf16le')]);
    expect(decode(le)).toMatchObject({ text: 'Q: Hi?\nA: Hello', encoding: 'utf-16le', bom: true });
    const beBody = Buffer.from('日本語 text', 'utf16le').swap16();
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), beBody]);
    expect(decode(be)).toMatchObject({ text: '日本語 text', encoding: 'utf-16be' });
  });

  it('recognises UTF-16 LE without a BOM from its NUL pattern', () => {
    const result = decode(Buffer.from('question,answer\nWhat is 2+2?,4\n', 'utf16le'));
    expect(result.encoding).toBe('utf-16le');
    expect(result.text).toBe('question,answer\nWhat is 2+2?,4\n');
    expect(result.warnings[0]).toMatch(/no byte-order mark/);
  });

  it('decodes the real Shift-JIS CSV from markitdown correctly', () => {
    const bytes = readFileSync(`${FIXTURES}csv/markitdown-test_mskanji.csv`);
    const result = decode(bytes);
    expect(result.encoding).toBe('shift_jis');
    expect(result.text).toBe('名前,年齢,住所\n佐藤太郎,30,東京\n三木英子,25,大阪\n髙橋淳,35,名古屋\n');
    expect(result.warnings).toContain('decoded as shift_jis (the file is not UTF-8)');
  });

  it('falls back to Windows-1252 for Latin text that is not UTF-8', () => {
    const bytes = Buffer.from('Caf\xe9 cr\xe8me br\xfbl\xe9e \x96 na\xefve \x93quote\x94\n', 'latin1');
    const result = decode(bytes);
    expect(result.encoding).toBe('windows-1252');
    expect(result.text).toBe('Café crème brûlée – naïve “quote”\n');
  });

  it('keeps UTF-8 (lossy, with a warning) when only a later part of the file is broken', () => {
    const bytes = Buffer.concat([Buffer.from('naïve '.repeat(20_000)), Buffer.from([0xff, 0x41])]);
    const result = decode(bytes);
    expect(result.encoding).toBe('utf-8');
    expect(result.text.endsWith('\ufffdA')).toBe(true);
    expect(result.warnings.join(' ')).toMatch(/not valid utf-8/);
  });

  it('refuses binary data: NUL bytes or many control bytes', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 1, 2, 3, 0]);
    expect(() => decode(png)).toThrowError(ExtractionError);
    expect(() => decode(png)).toThrowError(/sample\.txt: this looks like a binary file/);
    const controls = Buffer.from(Array.from({ length: 400 }, (_, index) => (index % 7 === 0 ? 0x01 : 0x61)));
    expect(() => decode(controls)).toThrowError(/binary file/);
  });

  it('gives a clear error when no encoding fits', () => {
    // C1-range bytes that are undefined in Windows-1252 and invalid in Shift-JIS / EUC-JP.
    const bytes = Buffer.from([0x81, 0x20, 0x8d, 0x20, 0x8f, 0x20, 0x90, 0x20, 0x9d, 0x20, 0x81, 0x20]);
    expect(() => decode(bytes)).toThrowError(/could not detect the text encoding .* save the file as UTF-8/);
  });

  it('normalises CRLF and lone CR without touching bytes the caller owns', () => {
    const source = Buffer.from('a\r\nb\rc\n\r\nd');
    const copy = Buffer.from(source);
    expect(decode(source).text).toBe('a\nb\nc\n\nd');
    expect(source.equals(copy)).toBe(true);
    expect(normalizeNewlinesInPlace(Buffer.from('x\r\n\r\ny\r')).toString()).toBe('x\n\ny\n');
    expect(normalizeNewlinesInPlace(Buffer.from('no carriage returns')).toString()).toBe('no carriage returns');
  });
});

describe('streamed decoding (sniffEncoding + decodeChunks)', () => {
  const fail = (reason: string) => new ExtractionError('stream.csv', reason);
  async function collect(chunks: Buffer[], sniffed = sniffEncoding(chunks[0]!, fail)): Promise<string> {
    async function* source() {
      yield* chunks;
    }
    let text = '';
    for await (const piece of decodeChunks(source(), sniffed, fail)) text += piece;
    return text;
  }

  it('joins characters and CRLF pairs split across chunk boundaries, and skips a BOM', async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('naïve\r\nnext\r')]);
    const cuts = [bytes.subarray(0, 2), bytes.subarray(2, 7), bytes.subarray(7, 10), bytes.subarray(10)];
    expect(await collect(cuts, sniffEncoding(bytes, fail))).toBe('naïve\nnext\n');
  });

  it('stops strict UTF-8 at the first bad chunk so the caller can restart with a better guess', async () => {
    const good = Buffer.from('plain ascii head\n');
    const latin = Buffer.from('caf\xe9 cr\xe8me\n', 'latin1');
    const error = await collect([good, latin]).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(EncodingChangedError);
    const retry = encodingForBrokenUtf8((error as EncodingChangedError).sample, fail);
    expect(retry.encoding).toBe('windows-1252');
    expect(await collect([good, latin], retry)).toBe('plain ascii head\ncafé crème\n');
  });

  it('refuses NUL bytes that appear after the first chunk', async () => {
    await expect(collect([Buffer.from('a,b\n'), Buffer.from([0x31, 0x00, 0x32])])).rejects.toThrowError(/binary file/);
  });
});

describe('isStringTooLong', () => {
  it('knows both ways V8 refuses a string over ~512 M characters, and nothing else', () => {
    expect(isStringTooLong(new RangeError('Invalid string length'))).toBe(true);
    expect(isStringTooLong(Object.assign(new Error('Cannot create a string longer than 0x1fffffe8 characters'), { code: 'ERR_STRING_TOO_LONG' }))).toBe(true);
    expect(isStringTooLong(new Error('EACCES: permission denied'))).toBe(false);
  });
});
