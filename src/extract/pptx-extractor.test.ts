import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ExtractionError } from '../errors/errors.js';
import { createPptxExtractor, pptxExtractor } from './pptx-extractor.js';

const FIXTURES = fileURLToPath(new URL('../../../shared/fixtures/documents/pptx/', import.meta.url));
const NS = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function fixture(name: string) {
  return pptxExtractor.extract({ path: `${FIXTURES}${name}` });
}

function slideXml(title: string, body: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><p:sld ${NS}><p:cSld><p:spTree>
    <p:sp><p:nvSpPr><p:cNvPr id="2" name="Title"/><p:cNvSpPr/><p:nvPr><p:ph type="title"/></p:nvPr></p:nvSpPr>
      <p:txBody><a:p><a:r><a:t>${title}</a:t></a:r></a:p></p:txBody></p:sp>
    <p:sp><p:nvSpPr><p:cNvPr id="3" name="Box"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr>
      <p:txBody><a:p><a:r><a:t>${body}</a:t></a:r><a:br/><a:r><a:t xml:space="preserve">second  line</a:t></a:r></a:p></p:txBody></p:sp>
  </p:spTree></p:cSld></p:sld>`;
}

/** A minimal package: presentation part, its relationships, and slides listed in `order`. */
function buildPptx(slides: Record<string, string>, order: string[], extra: Record<string, Uint8Array> = {}): Uint8Array {
  const ids = order.map((name, position) => `<p:sldId id="${256 + position}" r:id="rId${position + 1}"/>`).join('');
  const rels = order
    .map((name, position) => `<Relationship Id="rId${position + 1}" Type="${REL}/slide" Target="slides/${name}"/>`)
    .join('');
  const files: Record<string, Uint8Array> = {
    '_rels/.rels': strToU8(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="ppt/presentation.xml"/></Relationships>`),
    'ppt/presentation.xml': strToU8(`<p:presentation ${NS}><p:sldIdLst>${ids}</p:sldIdLst></p:presentation>`),
    'ppt/_rels/presentation.xml.rels': strToU8(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`),
    ...extra,
  };
  for (const [name, xml] of Object.entries(slides)) files[`ppt/slides/${name}`] = strToU8(xml);
  return zipSync(files);
}

describe('pptxExtractor on real presentations', () => {
  it('reads slides in order with titles, bullets, tables and speaker notes (docling sample)', async () => {
    const document = await fixture('docling-powerpoint_sample.pptx');
    expect(document.units.map((unit) => [unit.kind, unit.index, unit.title])).toEqual([
      ['slide', 1, 'Test Table Slide'],
      ['slide', 2, 'Second slide title'],
      ['slide', 3, undefined],
    ]);
    expect(document.metadata).toMatchObject({ slideCount: 3 });
    expect(document.units[0]!.text).toContain('R1 | True | False |  | False | True | True');
    expect(document.units[1]!.text).toContain('- With foo\n- Bar\n- And baz things');
    expect(document.units[1]!.text).toContain('### Notes\nSome notes on the second slide.');
    expect(document.units[2]!.text).toContain('1. List item4\n2. List item5\n3. List item6');
    for (const unit of document.units) expect(document.text.slice(unit.offset, unit.offset! + unit.text.length)).toBe(unit.text);
  });

  it('includes reviewer comments (docling comments deck)', async () => {
    const document = await fixture('docling-powerpoint_comments.pptx');
    expect(document.units).toHaveLength(3);
    expect(document.units[0]!.text).toContain('### Comments\n- This is a sample reviewer comment\n- This is a sample response');
  });

  it('reads tables, chart data, nested shapes and image alt text (markitdown deck)', async () => {
    const document = await fixture('markitdown-test.pptx');
    expect(document.units).toHaveLength(6);
    expect(document.units[0]!.title).toBe('AutoGen: Enabling Next-Gen LLM Applications via Multi-Agent Conversation');
    expect(document.text).toContain('7 | 8 | 9 | 1b92870d-e3b5-4e65-8153-919f4ff45592 | 11 | 12');
    expect(document.text).toContain('Chart: a3f6004b-6f4f-4ea8-bee3-3741f4dc385f\nCategory | Series 1\n2000 | 2000');
    expect(document.text).toContain('[Image: The first page of the AutoGen ArXiv paper. 44bf7d06-5e7a-4a40-a2e1-a2e42ef28c8a]');
    expect(document.text).toContain('This is a nested shape with content in 2 shapes');
  });

  it('reads the deck python-pptx calls malformed (a placeholder missing from its layout)', async () => {
    const document = await fixture('unstructured-fake-power-point-malformed.pptx');
    expect(document.text).toBe('## Slide 1: Test Slide\n\nProblem Date Placeholder');
    const bullets = await fixture('unstructured-fake-power-point.pptx');
    expect(bullets.text).toContain('- Find the bullet slide layout\n  - Use _TextFrame.text for first bullet');
  });
});

describe('pptxExtractor on damaged or hostile files', () => {
  it('follows presentation order, not file names, and keeps line breaks', async () => {
    const bytes = buildPptx({ 'slide1.xml': slideXml('One', 'first'), 'slide2.xml': slideXml('Two', 'second') }, ['slide2.xml', 'slide1.xml']);
    const document = await pptxExtractor.extract({ bytes, name: 'order.pptx' });
    expect(document.units.map((unit) => unit.title)).toEqual(['Two', 'One']);
    expect(document.units[0]!.text).toBe('## Slide 1: Two\n\nsecond\nsecond line');
    expect(document.sourceFile).toBe('order.pptx');
  });

  it('skips a slide with broken XML with a warning, and fails when no slide can be read', async () => {
    const partly = buildPptx({ 'slide1.xml': slideXml('Good', 'ok'), 'slide2.xml': '<p:sld><p:cSld>' }, ['slide1.xml', 'slide2.xml']);
    const document = await pptxExtractor.extract({ bytes: partly, name: 'partly.pptx' });
    expect(document.units).toHaveLength(1);
    expect(document.warnings[0]).toMatch(/^slide 2 could not be read and was skipped \(invalid XML/);
    const broken = buildPptx({ 'slide1.xml': '<p:sld><oops></p:sld>' }, ['slide1.xml']);
    await expect(pptxExtractor.extract({ bytes: broken, name: 'broken.pptx' })).rejects.toThrowError(
      /^broken\.pptx: none of the 1 slides could be read .* re-save it in PowerPoint/,
    );
  });

  it('rejects a ZIP that is not a presentation, a truncated file, and non-ZIP bytes', async () => {
    const notDeck = zipSync({ 'word/document.xml': strToU8('<w:document/>') });
    await expect(pptxExtractor.extract({ bytes: notDeck, name: 'x.pptx' })).rejects.toThrowError(/not a PowerPoint presentation \(ppt\/presentation\.xml is missing\)/);
    const real = readFileSync(`${FIXTURES}docling-powerpoint_sample.pptx`);
    const truncated = real.subarray(0, Math.floor(real.length / 2));
    const error = await pptxExtractor.extract({ bytes: truncated, name: 'cut.pptx' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ExtractionError);
    expect((error as Error).message).toMatch(/^cut\.pptx: the ZIP end-of-directory record is missing .*damaged/);
    await expect(pptxExtractor.extract({ bytes: strToU8('hello'), name: 'text.pptx' })).rejects.toThrowError(/not a valid PowerPoint \(\.pptx\) file \(it is not a ZIP package\)/);
  });

  it('stops a zip bomb at the inflation budget with a clear error', async () => {
    const padding = `<!--${' '.repeat(2 * 1024 * 1024)}-->`;
    const bomb = buildPptx({ 'slide1.xml': slideXml('Big', 'x').replace('<p:cSld>', `${padding}<p:cSld>`) }, ['slide1.xml']);
    expect(bomb.length).toBeLessThan(64 * 1024);
    const guarded = createPptxExtractor({ maxInflatedBytes: 1024 * 1024 });
    const error = await guarded.extract({ bytes: bomb, name: 'bomb.pptx' }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'file_too_large', extractorId: 'pptx' });
    expect((error as Error).message).toMatch(/^bomb\.pptx: the archive expands to more than 1 MB when uncompressed \(possible zip bomb\); refusing to unpack it/);
  });
});
