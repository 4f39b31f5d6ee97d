import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { EncryptedDocumentError, ExtractionError } from '../errors/errors.js';
import { docxExtractor } from './docx-extractor.js';

const FIXTURES = fileURLToPath(new URL('../../../shared/fixtures/documents/docx/', import.meta.url));

function fixture(name: string) {
  return docxExtractor.extract({ path: `${FIXTURES}${name}` });
}

describe('docxExtractor on real Word files', () => {
  it('keeps headings, lists and tables readable, with one section unit per heading (docling sample)', async () => {
    const document = await fixture('docling-word_sample.docx');
    expect(document.text).toContain('# Let’s swim!\n\nTo get started with swimming');
    expect(document.text).toContain('- You can relax and look around\n- Paddle about\n- Enjoy summer warmth');
    expect(document.text).toContain('1. Wear sunglasses\n2. Don’t forget to drink water\n3. Use sun cream');
    expect(document.text).toContain('Leaves | Ash, Elm, Maple | 50\nBerries | Blueberry, Strawberry, Cranberry | 150');
    expect(document.units.map((unit) => unit.title)).toEqual(['Summer activities', 'Swimming in the lake', 'Let’s swim!', 'Let’s eat']);
    expect(document.units.every((unit) => unit.kind === 'section')).toBe(true);
    for (const unit of document.units) expect(document.text.slice(unit.offset, unit.offset! + unit.text.length)).toBe(unit.text);
    // mammoth's "unrecognised style" chatter is not passed on as warnings.
    expect(document.warnings).toEqual([]);
  });

  it('includes tables, comments, footnotes and text boxes (mammoth test files)', async () => {
    expect((await fixture('mammoth-tables.docx')).text).toBe('Above\n\nTop left | Top right\nBottom left | Bottom right\n\nBelow');
    expect((await fixture('mammoth-comments.docx')).text).toBe(
      'Ouch[MW1].[MW2]\n\nComment [MW1]\nA tachyon walks into a bar.\n\nComment [MW2]\nFin.',
    );
    expect((await fixture('mammoth-footnotes.docx')).text).toBe('Ouch[1].[2]\n\n1. A tachyon walks into a bar.\n\n2. Fin.');
    expect((await fixture('mammoth-text-box.docx')).text).toBe('Datum plane');
    expect((await fixture('mammoth-strict-format.docx')).text).toBe('Test');
  });

  it('reads the markitdown test document with its title heading and a chat transcript', async () => {
    const document = await fixture('markitdown-test.docx');
    expect(document.units[0]!.title).toBe('AutoGen: Enabling Next-Gen LLM Applications via Multi-Agent Conversation');
    expect(document.text).toContain('# Abstract');
    const chat = await fixture('unstructured-teams_chat.docx');
    expect(chat.text).toBe('0:0:0.0 --> 0:0:1.510\nSome Body\nOK. Yeah.\n\n0:0:3.270 --> 0:0:4.250\nJames Bond\nUmm.\n\nsaved-by | Dennis Forsythe');
  });
});

describe('docxExtractor on bad input', () => {
  it('fails clearly on a truncated file and on a ZIP that is not a Word document', async () => {
    const whole = readFileSync(`${FIXTURES}docling-word_sample.docx`);
    const truncated = await docxExtractor.extract({ bytes: whole.subarray(0, 40_000), name: 'cut.docx' }).catch((caught: unknown) => caught);
    expect(truncated).toBeInstanceOf(ExtractionError);
    expect((truncated as Error).message).toMatch(/^cut\.docx: the ZIP end-of-directory record is missing .* re-save it/);
    const notWord = zipSync({ 'hello.txt': strToU8('hi') });
    const error = await docxExtractor.extract({ bytes: notWord, name: 'zip.docx' }).catch((caught: unknown) => caught);
    expect((error as Error).message).toMatch(/^zip\.docx: could not read this Word \(\.docx\) file \(.+\); it may be damaged/);
    expect((error as Error).cause).toBeDefined();
  });

  it('recognises a password-protected file (an OLE container with an EncryptedPackage stream) and an old .doc', async () => {
    // The first bytes of an encrypted OOXML file: OLE signature, then directory names in UTF-16LE.
    const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const encrypted = Buffer.concat([header, Buffer.alloc(504), Buffer.from('EncryptionInfo\0EncryptedPackage', 'utf16le')]);
    await expect(docxExtractor.extract({ bytes: encrypted, name: 'locked.docx' })).rejects.toBeInstanceOf(EncryptedDocumentError);
    const legacy = Buffer.concat([header, Buffer.alloc(504), Buffer.from('WordDocument', 'utf16le')]);
    await expect(docxExtractor.extract({ bytes: legacy, name: 'old.docx' })).rejects.toThrowError(
      /^old\.docx: this is an old binary Office file \(\.doc\), not Word \(\.docx\); open it and save it as Word \(\.docx\)$/,
    );
  });
});
