import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { detectConversations } from '../detect/detect-conversations.js';
import { EncryptedDocumentError } from '../errors/errors.js';
import { epubExtractor } from './epub-extractor.js';

const chapter = (title: string, body: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?><html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"><head><title>${title}</title></head><body><section><h1>${title}</h1>${body}</section></body></html>`;

/** An EPUB 3 book as e-book tools write it: mimetype first, container, package document in OEBPS/, chapters. */
function book(files: Record<string, string> = {}, spine = '<itemref idref="nav" linear="no"/><itemref idref="c2"/><itemref idref="c1"/><itemref idref="notes" linear="no"/>'): Uint8Array {
  const opf = `<?xml version="1.0" encoding="UTF-8"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="id">
    <metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:identifier id="id">urn:uuid:1</dc:identifier><dc:title>Router Handbook</dc:title><dc:language>en</dc:language></metadata>
    <manifest>
      <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
      <item id="c1" href="text/ch%201.xhtml" media-type="application/xhtml+xml"/>
      <item id="c2" href="text/intro.xhtml" media-type="application/xhtml+xml"/>
      <item id="notes" href="text/notes.xhtml" media-type="application/xhtml+xml"/>
      <item id="cover" href="images/cover.jpg" media-type="image/jpeg"/>
    </manifest>
    <spine>${spine}</spine></package>`;
  return zipSync({
    mimetype: [strToU8('application/epub+zip'), { level: 0 }],
    'META-INF/container.xml': strToU8('<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>'),
    'OEBPS/content.opf': strToU8(opf),
    'OEBPS/nav.xhtml': strToU8(chapter('Contents', '<nav epub:type="toc"><ol><li><a href="text/intro.xhtml">Intro</a></li></ol></nav>')),
    'OEBPS/text/intro.xhtml': strToU8(chapter('Introduction', '<p>This handbook covers the <em>X200</em> router.</p><p><img src="../images/cover.jpg" alt="cover"/></p>')),
    'OEBPS/text/ch 1.xhtml': strToU8(chapter('Troubleshooting FAQ', '<h2>Why is the light red?</h2><p>The router has no internet connection. Check the cable.</p><h2>How do I reset it?</h2><p>Hold the reset button for 10 seconds.</p>')),
    'OEBPS/text/notes.xhtml': strToU8(chapter('Notes', '<p>Pop-up note.</p>')),
    ...Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])),
  });
}

describe('epubExtractor', () => {
  it('reads the chapters in spine order, one unit each, without the navigation document or non-linear items', async () => {
    const document = await epubExtractor.extract({ bytes: book(), name: 'handbook.epub' });
    expect(document.metadata).toMatchObject({ chapters: 2, title: 'Router Handbook' });
    expect(document.units.map((unit) => [unit.kind, unit.index, unit.title])).toEqual([['section', 1, 'Introduction'], ['section', 2, 'Troubleshooting FAQ']]);
    expect(document.text).toBe([
      '# Introduction\n\nThis handbook covers the X200 router.',
      '# Troubleshooting FAQ\n\n## Why is the light red?\n\nThe router has no internet connection. Check the cable.\n\n## How do I reset it?\n\nHold the reset button for 10 seconds.',
    ].join('\n\n'));
    const found = detectConversations(document.text, { minTurns: 2, includeContext: false });
    expect(found.map((conversation) => conversation.messages[0]!.content)).toEqual(['Why is the light red?', 'How do I reset it?']);
  });

  it('reports a DRM-protected book as encrypted, and names a damaged one', async () => {
    const drm = book({ 'META-INF/encryption.xml': '<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><EncryptedData><CipherData><CipherReference URI="OEBPS/text/intro.xhtml"/></CipherData></EncryptedData></encryption>' });
    await expect(epubExtractor.extract({ bytes: drm, name: 'drm.epub' })).rejects.toBeInstanceOf(EncryptedDocumentError);
    const noPackage = zipSync({ mimetype: strToU8('application/epub+zip') });
    await expect(epubExtractor.extract({ bytes: noPackage, name: 'broken.epub' })).rejects.toThrow(/container\.xml or the package document is missing/);
    await expect(epubExtractor.extract({ bytes: Buffer.from('not a zip'), name: 'fake.epub' })).rejects.toThrow(/not a valid EPUB/);
  });
});
