import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ExtractedDocument } from '../extract/types.js';
import { chunkDocuments } from './chunk-documents.js';

function sentence(index: number): string {
  return `Sentence number ${index} explains one more detail of the device and how to use it.`;
}

function pagedDocument(pages: number, sentencesPerPage: number): ExtractedDocument {
  const units: ExtractedDocument['units'] = [];
  let text = '';
  for (let page = 1; page <= pages; page += 1) {
    const pageText = Array.from({ length: sentencesPerPage }, (_, index) => sentence(page * 1000 + index)).join(' ');
    if (text.length > 0) text += '\n\n';
    units.push({ kind: 'page', index: page, text: pageText, offset: text.length });
    text += pageText;
  }
  return { sourceFile: 'docs/manual.pdf', format: 'pdf', text, units, warnings: [] };
}

describe('chunkDocuments', () => {
  it('keeps provenance: file, unit of the start offset, offsets that point into the document text', () => {
    const document = pagedDocument(6, 30);
    const chunks = chunkDocuments([document], { maxTokens: 400, overlapTokens: 40 });
    expect(chunks.length).toBeGreaterThan(6);
    const prefix = createHash('sha1').update('docs/manual.pdf').digest('hex').slice(0, 12);
    chunks.forEach((chunk, index) => {
      expect(chunk.id).toBe(`${prefix}:${index}`);
      expect(chunk.sourceFile).toBe('docs/manual.pdf');
      expect(document.text.slice(chunk.startOffset, chunk.startOffset + chunk.text.length)).toBe(chunk.text);
      expect(chunk.tokens).toBeLessThanOrEqual(400);
      const page = [...document.units].reverse().find((unit) => unit.offset! <= chunk.startOffset)!;
      expect(chunk.unitKind).toBe('page');
      expect(chunk.unitIndex).toBe(page.index);
    });
    expect(new Set(chunks.map((chunk) => chunk.unitIndex))).toEqual(new Set([1, 2, 3, 4, 5, 6]));
  });

  it('overlaps consecutive chunks inside a unit and breaks at sentence ends', () => {
    const document = pagedDocument(1, 200);
    const chunks = chunkDocuments([document], { maxTokens: 300, overlapTokens: 50 });
    expect(chunks.length).toBeGreaterThan(4);
    for (let index = 1; index < chunks.length; index += 1) {
      const previous = chunks[index - 1]!;
      const current = chunks[index]!;
      const previousEnd = previous.startOffset + previous.text.length;
      const overlap = previousEnd - current.startOffset;
      expect(overlap).toBeGreaterThan(0);
      expect(overlap).toBeLessThanOrEqual(50 * 4);
      expect(previous.text.endsWith('.')).toBe(true);
      expect(current.text.startsWith('Sentence number')).toBe(true);
    }
    // Every character of the document is in some chunk.
    const last = chunks[chunks.length - 1]!;
    expect(last.startOffset + last.text.length).toBe(document.text.length);
  });

  it('prefers unit boundaries and does not overlap across them', () => {
    const document = pagedDocument(3, 10);
    const chunks = chunkDocuments([document], { maxTokens: 250, overlapTokens: 30 });
    expect(chunks.map((chunk) => chunk.unitIndex)).toEqual([1, 2, 3]);
    expect(chunks.map((chunk) => chunk.startOffset)).toEqual(document.units.map((unit) => unit.offset));
  });

  it('merges many small units (CSV rows) into chunks and ids stay stable across runs', () => {
    const rows = Array.from({ length: 500 }, (_, index) => `row ${index}, value ${index * 7}`);
    let text = '';
    const units: ExtractedDocument['units'] = rows.map((row, index) => {
      const offset = text.length;
      text += `${row}\n`;
      return { kind: 'row', index: index + 1, text: row, offset };
    });
    const document: ExtractedDocument = { sourceFile: 'data.csv', format: 'csv', text, units, warnings: [] };
    const first = chunkDocuments([document], { maxTokens: 200, overlapTokens: 0 });
    const second = chunkDocuments([document], { maxTokens: 200, overlapTokens: 0 });
    expect(first).toEqual(second);
    expect(first.length).toBeLessThan(20);
    for (const chunk of first) expect(chunk.text.startsWith('row ')).toBe(true);
  });

  it('locates units without offsets, hard-cuts text without any break, and skips empty documents', () => {
    const document: ExtractedDocument = {
      sourceFile: 'slides.pptx',
      format: 'pptx',
      text: 'Title slide\n\nSecond slide text',
      units: [
        { kind: 'slide', index: 1, text: 'Title slide' },
        { kind: 'slide', index: 2, text: 'Second slide text' },
      ],
      warnings: [],
    };
    const blob: ExtractedDocument = { sourceFile: 'blob.txt', format: 'text', text: 'x'.repeat(1000), units: [], warnings: [] };
    const empty: ExtractedDocument = { sourceFile: 'empty.txt', format: 'text', text: '  \n ', units: [], warnings: [] };
    const chunks = chunkDocuments([document, blob, empty], { maxTokens: 100, overlapTokens: 10 });
    expect(chunks[0]).toMatchObject({ sourceFile: 'slides.pptx', unitKind: 'slide', unitIndex: 1, startOffset: 0 });
    const blobChunks = chunks.filter((chunk) => chunk.sourceFile === 'blob.txt');
    expect(blobChunks.map((chunk) => chunk.text.length)).toEqual([400, 400, 280]);
    expect(chunks.some((chunk) => chunk.sourceFile === 'empty.txt')).toBe(false);
  });

  it('rejects impossible options', () => {
    expect(() => chunkDocuments([], { maxTokens: 100, overlapTokens: 60 })).toThrow(/overlapTokens/);
    expect(() => chunkDocuments([], { maxTokens: 0, overlapTokens: 0 })).toThrow(/maxTokens/);
  });

  it('is fast and linear: 20 MB in well under a few seconds', () => {
    const paragraph = `${Array.from({ length: 8 }, (_, index) => sentence(index)).join(' ')}\n\n`;
    const text = paragraph.repeat(Math.ceil(20_000_000 / paragraph.length));
    const started = performance.now();
    const chunks = chunkDocuments([{ sourceFile: 'big.txt', format: 'text', text, units: [], warnings: [] }], { maxTokens: 1500, overlapTokens: 100 });
    const elapsed = performance.now() - started;
    expect(chunks.length).toBeGreaterThan(3000);
    expect(elapsed).toBeLessThan(3000);
  });
});
