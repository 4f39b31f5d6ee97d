import { posix } from 'node:path';
import { EncryptedDocumentError, ExtractionError, isAbortError } from '../errors/errors.js';
import { htmlToMarkdown } from './html-to-markdown.js';
import { zipError } from './office-package.js';
import { errorText, hasVisibleText, loadInput, noTextError, throwIfAborted } from './read-input.js';
import { DocumentTextBuilder } from './text-units.js';
import type { ExtractedDocument, ExtractInput, ExtractOptions } from './types.js';
import type { IsolatedExtractor } from './worker-protocol.js';
import { attribute, children, createXmlParser, descendants, textContent } from './xml-tree.js';
import { checkZipDeclaredSize, DEFAULT_MAX_DECLARED_BYTES, DEFAULT_MAX_INFLATED_BYTES, isZip, ZipArchive } from './zip-archive.js';

/**
 * E-books (.epub 2 and 3): `META-INF/container.xml` names the package document (OPF), whose `spine` lists the
 * content documents in reading order, each found through the `manifest` (EPUB 3.3, §3.5 "Container", §5.6
 * "Spine"). Each XHTML chapter is converted as HTML files are (html-to-markdown.ts) and is one unit (a `section`,
 * titled by its first heading). Items marked `linear="no"` (pop-up notes) and navigation documents are left out.
 * DRM-protected books (`META-INF/encryption.xml` naming content files) are reported as encrypted.
 */

const ID = 'epub';
const FORMAT_NAME = 'EPUB e-book (.epub)';

export interface EpubExtractorOptions {
  /** Most bytes inflated per file (default 512 MiB). */
  maxInflatedBytes?: number;
}

export function createEpubExtractor(settings: EpubExtractorOptions = {}): IsolatedExtractor {
  return {
    id: ID,
    extensions: ['.epub'],
    mediaTypes: ['application/epub+zip'],
    extract: (input, options) => extractEpub(input, options, settings.maxInflatedBytes ?? DEFAULT_MAX_INFLATED_BYTES),
    worker: { moduleUrl: import.meta.url, exportName: 'createEpubExtractor', factoryArgument: { ...settings } },
  };
}

export const epubExtractor: IsolatedExtractor = createEpubExtractor();

async function extractEpub(input: ExtractInput, options: ExtractOptions = {}, maxInflatedBytes: number): Promise<ExtractedDocument> {
  const { bytes, sourceName, displayPath } = await loadInput(input, ID, options.signal);
  const check = { displayPath, extractorId: ID, formatName: FORMAT_NAME };
  const fail = (reason: string, cause?: unknown): ExtractionError => new ExtractionError(displayPath, reason, { extractorId: ID, cause });
  if (!isZip(bytes)) throw fail(`this is not a valid ${FORMAT_NAME} file (it is not a ZIP package); the file is damaged or has the wrong extension`);
  const builder = new DocumentTextBuilder();
  const warnings: string[] = [];
  let chapters = 0;
  try {
    checkZipDeclaredSize(bytes, DEFAULT_MAX_DECLARED_BYTES);
    const archive = await ZipArchive.open(bytes, { maxInflatedBytes });
    const parse = await createXmlParser();
    const container = archive.readText('META-INF/container.xml');
    const packagePath = container === undefined ? undefined : attribute(descendants(parse(container), 'rootfile')[0], 'full-path');
    const opfText = packagePath === undefined ? undefined : archive.readText(packagePath);
    if (packagePath === undefined || opfText === undefined) throw fail(`this is not an ${FORMAT_NAME} (META-INF/container.xml or the package document is missing); the file is damaged`);
    const encryption = archive.readText('META-INF/encryption.xml');
    const opf = parse(opfText);
    const manifest = new Map(descendants(opf, 'item').map((item) => [attribute(item, 'id') ?? '', item]));
    const spine = descendants(opf, 'spine')[0];
    const base = posix.dirname(packagePath);
    for (const itemref of children(spine, 'itemref')) {
      throwIfAborted(options.signal);
      if (attribute(itemref, 'linear') === 'no') continue;
      const item = manifest.get(attribute(itemref, 'idref') ?? '');
      const href = attribute(item, 'href');
      if (!item || !href || (attribute(item, 'properties') ?? '').split(/\s+/).includes('nav')) continue;
      const path = posix.normalize(posix.join(base, decodeURIComponent(href)));
      if (encryption?.includes(`URI="${href}"`) || encryption?.includes(`URI="${path}"`)) throw new EncryptedDocumentError(displayPath, { extractorId: ID });
      let html: string | undefined;
      try {
        html = archive.readText(path);
      } catch (error) {
        if (isAbortError(error)) throw error;
        warnings.push(`chapter ${path} could not be read and was skipped (${errorText(error)})`);
        continue;
      }
      if (html === undefined) {
        warnings.push(`chapter ${path} is listed but missing from the book`);
        continue;
      }
      const text = htmlToMarkdown(html, { imageAltText: false }).trim();
      if (!hasVisibleText(text)) continue;
      chapters += 1;
      const title = /^#{1,6} (.+)$/m.exec(text)?.[1]?.trim();
      builder.addUnit('section', text, { index: chapters, ...(title ? { title } : {}) });
    }
    const bookTitle = textContent(descendants(opf, 'title')[0]).trim();
    const { text, units } = builder.build();
    if (units.length === 0) throw noTextError(displayPath, ID);
    return { sourceFile: sourceName, format: ID, text, units, warnings, metadata: { chapters, ...(bookTitle ? { title: bookTitle } : {}) } };
  } catch (error) {
    if (isAbortError(error)) throw error;
    throw zipError(error, check);
  }
}

