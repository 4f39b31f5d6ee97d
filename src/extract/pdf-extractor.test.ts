import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EncryptedDocumentError, ExtractionError } from '../errors/errors.js';
import { pdfExtractor } from './pdf-extractor.js';

const FIXTURES = fileURLToPath(new URL('../../../shared/fixtures/documents/pdf/', import.meta.url));

function fixture(name: string) {
  return pdfExtractor.extract({ path: `${FIXTURES}${name}` });
}

/** A classic PDF file (header, numbered objects, xref table, trailer) from object bodies. */
function buildPdf(objects: string[], trailerExtra = ''): Buffer {
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((body, position) => {
    offsets.push(out.length);
    out += `${position + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra} >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

function onePagePdf(content: string, trailerExtra = '', extraObjects: string[] = []): Buffer {
  return buildPdf(
    [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R /Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> >>',
      `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
      ...extraObjects,
    ],
    trailerExtra,
  );
}

function rc4(key: Buffer, data: Buffer): Buffer {
  const state = Array.from({ length: 256 }, (_, index) => index);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + state[i]! + key[i % key.length]!) & 255;
    [state[i], state[j]] = [state[j]!, state[i]!];
  }
  const out = Buffer.alloc(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n++) {
    i = (i + 1) & 255;
    j = (j + state[i]!) & 255;
    [state[i], state[j]] = [state[j]!, state[i]!];
    out[n] = data[n]! ^ state[(state[i]! + state[j]!) & 255]!;
  }
  return out;
}

/**
 * A PDF protected with the standard security handler, revision 2 (40-bit RC4), user password "secret":
 * O, the file key and U follow ISO 32000-1 §7.6.3.3, algorithms 2, 3 and 4.
 */
function encryptedPdf(): Buffer {
  const pad = Buffer.from('28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A', 'hex');
  const padded = (password: string) => Buffer.concat([Buffer.from(password, 'latin1'), pad]).subarray(0, 32);
  const md5 = (...parts: Buffer[]) => createHash('md5').update(Buffer.concat(parts)).digest();
  const id = Buffer.from('0123456789abcdef0123456789abcdef', 'hex');
  const permissions = -44;
  const owner = rc4(md5(padded('owner')).subarray(0, 5), padded('secret'));
  const p = Buffer.alloc(4);
  p.writeInt32LE(permissions);
  const key = md5(padded('secret'), owner, p, id).subarray(0, 5);
  const user = rc4(key, pad);
  return onePagePdf(
    'BT /F1 12 Tf 20 100 Td (Top secret) Tj ET',
    `/Encrypt 5 0 R /ID [<${id.toString('hex')}> <${id.toString('hex')}>]`,
    [`<< /Filter /Standard /V 1 /R 2 /Length 40 /P ${permissions} /O <${owner.toString('hex')}> /U <${user.toString('hex')}> >>`],
  );
}

describe('pdfExtractor on real PDFs', () => {
  it('gives one unit per page with the right page count (tracemonkey, 14 pages)', async () => {
    const document = await fixture('pdfjs-tracemonkey.pdf');
    expect(document.format).toBe('pdf');
    expect(document.metadata).toMatchObject({ pageCount: 14 });
    expect(document.units.map((unit) => unit.index)).toEqual(Array.from({ length: 14 }, (_, index) => index + 1));
    expect(document.units.every((unit) => unit.kind === 'page')).toBe(true);
    expect(document.units[0]!.text).toContain('Trace-based Just-in-Time Type Specialization for Dynamic');
    for (const unit of document.units) expect(document.text.slice(unit.offset, unit.offset! + unit.text.length)).toBe(unit.text);
  });

  it('keeps the FAQ readable: customer question and answer on consecutive lines, in order', async () => {
    const document = await fixture('scottll-ai-chatbot-FAQ.pdf');
    expect(document.units).toHaveLength(11);
    expect(document.text).toMatch(
      /\nCustomer: "Why should I choose AdGone as my ad blocker\? What sets it apart from other options\?"\nAlli: "Looking for the best ad blocker on the market\?/,
    );
    expect(document.text).toMatch(/\n2\. \*\*What is an Ad Blocker, and why do you need one\?\*\*\nDid you know/);
    // A page break does not insert a blank line into running text.
    expect(document.text).toContain('with regular updates\nand enhancements');
    expect(document.warnings).toEqual([]);
  });

  it('reads multi-page and damaged-but-readable PDFs and drops control characters', async () => {
    const multi = await fixture('docling-multi_page.pdf');
    expect(multi.units).toHaveLength(5);
    expect(multi.text).toContain('The Evolution of the Word Processor');
    expect((await fixture('pdfjs-helloworld-bad.pdf')).text).toBe('Hello, world!');
    const paper = await fixture('unstructured-layout-parser-paper-fast.pdf');
    expect(paper.text).toContain('LayoutParser: A Unified Toolkit for Deep');
    expect(paper.text).not.toMatch(/[\u0000-\u0008]/);
  });
});

describe('pdfExtractor on problem PDFs', () => {
  it('warns "no extractable text (scanned PDF?)" for a PDF without a text layer', async () => {
    const real = await fixture('pdf2json-i243_err_file_anon.pdf');
    expect(real.units).toEqual([]);
    expect(real.warnings).toEqual(['no extractable text (scanned PDF?); run OCR on it first to use its content']);
    const drawingOnly = await pdfExtractor.extract({ bytes: onePagePdf('0 0 m 150 150 l S'), name: 'drawing.pdf' });
    expect(drawingOnly.warnings[0]).toMatch(/^no extractable text \(scanned PDF\?\)/);
    const withText = await pdfExtractor.extract({ bytes: onePagePdf('BT /F1 12 Tf 20 100 Td (Plain text) Tj ET'), name: 'ok.pdf' });
    expect(withText.text).toBe('Plain text');
  });

  it('raises EncryptedDocumentError for a password-protected PDF', async () => {
    const error = await pdfExtractor.extract({ bytes: encryptedPdf(), name: 'locked.pdf' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(EncryptedDocumentError);
    expect(error).toMatchObject({ code: 'encrypted_document', extractorId: 'pdf', filePath: 'locked.pdf' });
    expect((error as Error).message).toBe('locked.pdf: the document is encrypted or password-protected; remove the password and try again');
    expect((error as Error).cause).toMatchObject({ name: 'PasswordException' });
  });

  it('fails clearly on corrupted and truncated PDFs, keeping the library error as cause', async () => {
    const corrupted = await fixture('pdf2json-i306_err_invalid.pdf').catch((caught: unknown) => caught);
    expect(corrupted).toBeInstanceOf(ExtractionError);
    expect((corrupted as Error).message).toMatch(/pdf2json-i306_err_invalid\.pdf: this PDF is damaged or truncated and cannot be read/);
    expect((corrupted as Error).cause).toMatchObject({ name: 'InvalidPDFException' });
    const whole = readFileSync(`${FIXTURES}pdfjs-tracemonkey.pdf`);
    await expect(pdfExtractor.extract({ bytes: whole.subarray(0, 300_000), name: 'cut.pdf' })).rejects.toThrowError(
      /^cut\.pdf: this PDF is damaged or truncated .* re-export or re-download it$/,
    );
  });

  it('refuses a file that is not a PDF at all', async () => {
    await expect(pdfExtractor.extract({ bytes: Buffer.from('just some text'), name: 'fake.pdf' })).rejects.toThrowError(
      /^fake\.pdf: this is not a PDF file \(no %PDF- header at the start\)/,
    );
  });
});
