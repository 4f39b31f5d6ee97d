import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { detectConversations } from '../detect/detect-conversations.js';
import { EncryptedDocumentError, ExtractionError } from '../errors/errors.js';
import { openDocumentExtractor } from './opendocument-extractor.js';

const NS = [
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
  'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"',
  'xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0"',
].join(' ');

/** An OpenDocument package as LibreOffice writes it: `mimetype` first and stored, then the manifest and content.xml. */
function odf(mimetype: string, body: string, manifestExtra = ''): Uint8Array {
  const manifest = `<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type="${mimetype}"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">${manifestExtra}</manifest:file-entry></manifest:manifest>`;
  const content = `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${NS} office:version="1.3"><office:body>${body}</office:body></office:document-content>`;
  return zipSync({
    mimetype: [strToU8(mimetype), { level: 0 }],
    'META-INF/manifest.xml': strToU8(manifest),
    'content.xml': strToU8(content),
  });
}

const WRITER_FAQ = `<office:text>
  <text:sequence-decls><text:sequence-decl text:display-outline-level="0" text:name="Figure"/></text:sequence-decls>
  <text:h text:style-name="Heading_20_1" text:outline-level="1">Billing FAQ</text:h>
  <text:p text:style-name="Standard">Answers to what customers ask<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>Updated weekly.</text:p></text:note-body></text:note> most.</text:p>
  <text:h text:outline-level="2">How do I change my card?</text:h>
  <text:p>Open <text:span text:style-name="T1">Billing</text:span>,<text:s/>then<text:s text:c="2"/>click <text:a xlink:href="https://example.com" xmlns:xlink="http://www.w3.org/1999/xlink">Update card</text:a>.</text:p>
  <text:h text:outline-level="2">Can I get an invoice?</text:h>
  <text:p>Yes:<text:line-break/>invoices are under Billing &gt; History.</text:p>
  <text:list><text:list-item><text:p>PDF</text:p></text:list-item><text:list-item><text:p>CSV</text:p><text:list><text:list-item><text:p>per month</text:p></text:list-item></text:list></text:list-item></text:list>
  <table:table table:name="Plans"><table:table-column table:number-columns-repeated="2"/>
    <table:table-row><table:table-cell><text:p>Question</text:p></table:table-cell><table:table-cell><text:p>Answer</text:p></table:table-cell></table:table-row>
    <table:table-row><table:table-cell><text:p>Is there a free plan?</text:p></table:table-cell><table:table-cell><text:p>Yes, up to 3 users.</text:p></table:table-cell></table:table-row>
  </table:table>
  <office:annotation><text:p>Check with Sam</text:p></office:annotation>
</office:text>`;

describe('openDocumentExtractor', () => {
  it('reads a Writer document as Markdown: headings, paragraphs with spaces and breaks, lists, tables; no footnotes or comments', async () => {
    const document = await openDocumentExtractor.extract({ bytes: odf('application/vnd.oasis.opendocument.text', WRITER_FAQ), name: 'faq.odt' });
    expect(document.text).toBe([
      '# Billing FAQ',
      'Answers to what customers ask most.',
      '## How do I change my card?',
      'Open Billing, then  click Update card.',
      '## Can I get an invoice?',
      'Yes:\ninvoices are under Billing > History.',
      '- PDF\n- CSV\n  - per month',
      '| Question | Answer |\n| --- | --- |\n| Is there a free plan? | Yes, up to 3 users. |',
    ].join('\n\n'));
    const found = detectConversations(document.text, { minTurns: 2, includeContext: false });
    expect(found.map((conversation) => conversation.messages[0]!.content)).toEqual(expect.arrayContaining(['How do I change my card?', 'Is there a free plan?']));
  });

  it('reads an Impress presentation one slide per unit, with titles and notes', async () => {
    const slides = `<office:presentation>
      <draw:page draw:name="page1">
        <draw:frame presentation:class="title"><draw:text-box><text:p>Welcome</text:p></draw:text-box></draw:frame>
        <draw:frame presentation:class="outline"><draw:text-box><text:list><text:list-item><text:p>Setup</text:p></text:list-item><text:list-item><text:p>Backups</text:p></text:list-item></text:list></draw:text-box></draw:frame>
        <presentation:notes><draw:page-thumbnail/><draw:frame presentation:class="notes"><draw:text-box><text:p>Say hello.</text:p></draw:text-box></draw:frame></presentation:notes>
      </draw:page>
      <draw:page draw:name="page2"><draw:frame><draw:text-box><text:p>Q: How often do backups run?</text:p><text:p>A: Every night at 2am.</text:p></draw:text-box></draw:frame></draw:page>
    </office:presentation>`;
    const document = await openDocumentExtractor.extract({ bytes: odf('application/vnd.oasis.opendocument.presentation', slides), name: 'deck.odp' });
    expect(document.units.map((unit) => [unit.kind, unit.index, unit.title])).toEqual([['slide', 1, 'Welcome'], ['slide', 2, undefined]]);
    expect(document.text).toBe('## Slide 1: Welcome\n\n- Setup\n- Backups\n\n### Notes\nSay hello.\n\n## Slide 2\n\nQ: How often do backups run?\n\nA: Every night at 2am.');
  });

  it('names an encrypted, a damaged and a wrong file', async () => {
    const encrypted = odf('application/vnd.oasis.opendocument.text', '<office:text/>', '<manifest:encryption-data manifest:checksum-type="SHA1/1K"/>');
    await expect(openDocumentExtractor.extract({ bytes: encrypted, name: 'secret.odt' })).rejects.toBeInstanceOf(EncryptedDocumentError);
    const broken = zipSync({ 'content.xml': strToU8('<office:document-content><office:body><office:text><text:p>unclosed') });
    await expect(openDocumentExtractor.extract({ bytes: broken, name: 'broken.odt' })).rejects.toThrow(/content\.xml is damaged/);
    await expect(openDocumentExtractor.extract({ bytes: Buffer.from('plain text'), name: 'fake.odt' })).rejects.toThrow(/not a valid OpenDocument text \(\.odt\) file/);
    const empty = odf('application/vnd.oasis.opendocument.text', '<office:text><text:p/></office:text>');
    await expect(openDocumentExtractor.extract({ bytes: empty, name: 'empty.odt' })).rejects.toBeInstanceOf(ExtractionError);
  });
});
