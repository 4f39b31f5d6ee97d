import { EncryptedDocumentError, ExtractionError, isAbortError } from '../errors/errors.js';
import { assertOfficeZipPackage, zipError } from './office-package.js';
import { errorText, loadInput, noTextError, throwIfAborted } from './read-input.js';
import { appendSectionUnits, DocumentTextBuilder, minUnitChars } from './text-units.js';
import type { DocumentUnit, ExtractedDocument, ExtractInput, ExtractOptions } from './types.js';
import type { IsolatedExtractor } from './worker-protocol.js';
import { attribute, createXmlParser, type XmlElement } from './xml-tree.js';
import { DEFAULT_MAX_INFLATED_BYTES, ZipArchive } from './zip-archive.js';

/**
 * OpenDocument text (.odt: LibreOffice / OpenOffice Writer, Google Docs "OpenDocument" downloads) and presentations
 * (.odp: Impress), on fflate + fast-xml-parser like the PowerPoint extractor. The document is `content.xml` of the
 * package (OASIS OpenDocument 1.3, Part 3 "Schema": `office:text` with `text:h` headings (`text:outline-level`),
 * `text:p` paragraphs, `text:list` / `text:list-item`, `table:table` rows and cells, `text:s` (`text:c` spaces),
 * `text:tab`, `text:line-break`; `office:presentation` with one `draw:page` per slide, `presentation:class="title"`
 * frames and `presentation:notes`). Text is written as Markdown: headings `#`, list items `- `, tables as pipe
 * tables (which the Q/A table detector reads), so an FAQ in Writer reads like one in Word. Footnotes and comments
 * (`text:note`, `office:annotation`) are left out. A password-protected package (`manifest:encryption-data`) is
 * reported as encrypted.
 */

const ID = 'opendocument';

export interface OpenDocumentExtractorOptions {
  /** Most bytes of XML inflated per file (default 512 MiB). */
  maxInflatedBytes?: number;
}

export function createOpenDocumentExtractor(settings: OpenDocumentExtractorOptions = {}): IsolatedExtractor {
  return {
    id: ID,
    extensions: ['.odt', '.odp'],
    mediaTypes: ['application/vnd.oasis.opendocument.text', 'application/vnd.oasis.opendocument.presentation'],
    extract: (input, options) => extractOpenDocument(input, options, settings.maxInflatedBytes ?? DEFAULT_MAX_INFLATED_BYTES),
    worker: { moduleUrl: import.meta.url, exportName: 'createOpenDocumentExtractor', factoryArgument: { ...settings } },
  };
}

export const openDocumentExtractor: IsolatedExtractor = createOpenDocumentExtractor();

async function extractOpenDocument(input: ExtractInput, options: ExtractOptions = {}, maxInflatedBytes: number): Promise<ExtractedDocument> {
  const { bytes, sourceName, displayPath } = await loadInput(input, ID, options.signal);
  const presentation = /\.odp$/i.test(sourceName);
  const formatName = presentation ? 'OpenDocument presentation (.odp)' : 'OpenDocument text (.odt)';
  const check = { displayPath, extractorId: ID, formatName, legacyName: presentation ? '.ppt' : '.doc' };
  const fail = (reason: string, cause?: unknown): ExtractionError => new ExtractionError(displayPath, reason, { extractorId: ID, cause });
  assertOfficeZipPackage(bytes, check);
  let body: XmlElement | undefined;
  try {
    const archive = await ZipArchive.open(bytes, { maxInflatedBytes });
    if (archive.readText('META-INF/manifest.xml')?.includes('encryption-data')) throw new EncryptedDocumentError(displayPath, { extractorId: ID });
    const content = archive.readText('content.xml');
    if (content === undefined) throw fail(`this is not an ${formatName} file (content.xml is missing); the file is damaged or is another kind of ZIP`);
    const parse = await createXmlParser();
    let root: XmlElement;
    try {
      root = parse(content);
    } catch (error) {
      throw fail(`the document's content.xml is damaged (${errorText(error)}); re-save the file in LibreOffice`, error);
    }
    body = root.children.find((node) => node.local === 'body');
  } catch (error) {
    if (isAbortError(error)) throw error;
    throw zipError(error, check);
  }
  throwIfAborted(options.signal);
  const kind = body?.children.find((node) => node.local === 'text' || node.local === 'presentation');
  if (!kind) throw fail(`this ${formatName} file has no text or presentation body (a spreadsheet or drawing saved with the wrong extension?)`);
  if (kind.local === 'presentation') return slidesDocument(kind, sourceName, displayPath);
  const text = blocks(kind.children).join('\n\n').trim();
  if (text === '') throw noTextError(displayPath, ID);
  const units: DocumentUnit[] = [];
  appendSectionUnits(text, units, { minChars: minUnitChars(text.length) });
  return { sourceFile: sourceName, format: ID, text, units, warnings: [], metadata: { kind: 'text' } };
}

function slidesDocument(presentation: XmlElement, sourceName: string, displayPath: string): ExtractedDocument {
  const builder = new DocumentTextBuilder();
  const pages = presentation.children.filter((node) => node.local === 'page');
  for (const [position, page] of pages.entries()) {
    const index = position + 1;
    let title = '';
    const body: string[] = [];
    let notes: string[] = [];
    for (const node of page.children) {
      if (node.local === 'notes') {
        notes = node.children.flatMap((frame) => blocks(frame.children));
      } else if (node.local === 'frame' && attribute(node, 'presentation:class') === 'title' && title === '') {
        title = blocks(node.children).join(' ').replace(/\s+/g, ' ').trim();
      } else {
        body.push(...blocks([node]));
      }
    }
    const sections = [`## Slide ${index}${title ? `: ${title}` : ''}`];
    if (body.length > 0) sections.push(body.join('\n\n'));
    if (notes.length > 0) sections.push(`### Notes\n${notes.join('\n')}`);
    if (title !== '' || body.length > 0 || notes.length > 0) builder.addUnit('slide', sections.join('\n\n'), { index, ...(title ? { title } : {}) });
  }
  const { text, units } = builder.build();
  if (units.length === 0) throw noTextError(displayPath, ID);
  return { sourceFile: sourceName, format: ID, text, units, warnings: [], metadata: { kind: 'presentation', slideCount: pages.length } };
}

/** Left out: footnotes/endnotes, comments, tracked deletions, the sequence declarations of a document's preamble. */
const SKIPPED = new Set(['note', 'annotation', 'annotation-end', 'tracked-changes', 'sequence-decls', 'variable-decls', 'user-field-decls', 'forms']);

/** Block-level content as Markdown blocks, in document order; containers (sections, frames, text boxes) are entered. */
function blocks(nodes: readonly XmlElement[], out: string[] = []): string[] {
  for (const node of nodes) {
    if (node.text !== undefined || SKIPPED.has(node.local)) continue;
    switch (node.local) {
      case 'h': {
        const level = Math.min(6, Math.max(1, Number(attribute(node, 'text:outline-level') ?? 1) || 1));
        const text = inline(node).trim();
        if (text !== '') out.push(`${'#'.repeat(level)} ${text}`);
        break;
      }
      case 'p': {
        const text = inline(node).trim();
        if (text !== '') out.push(text);
        // A frame anchored in a paragraph (a text box, an image caption) is content of its own.
        for (const frame of node.children.filter((part) => part.local === 'frame')) blocks(frame.children, out);
        break;
      }
      case 'list': {
        const items = listItems(node, 0);
        if (items.length > 0) out.push(items.join('\n'));
        break;
      }
      case 'table': {
        const table = pipeTable(node);
        if (table !== '') out.push(table);
        break;
      }
      default:
        blocks(node.children, out);
    }
  }
  return out;
}

function listItems(list: XmlElement, depth: number): string[] {
  const lines: string[] = [];
  for (const item of list.children) {
    if (item.local !== 'list-item' && item.local !== 'list-header') continue;
    let first = true;
    for (const part of item.children) {
      if (part.local === 'list') {
        lines.push(...listItems(part, depth + 1));
        continue;
      }
      for (const block of blocks([part])) {
        lines.push(`${'  '.repeat(depth)}${first ? '- ' : '  '}${block.replace(/\n/g, ' ')}`);
        first = false;
      }
    }
  }
  return lines;
}

/** A table as a Markdown pipe table, its first row the header; repeated cells and rows (`number-*-repeated`) kept once. */
function pipeTable(table: XmlElement): string {
  const rows: string[][] = [];
  const collect = (node: XmlElement): void => {
    for (const part of node.children) {
      if (part.local === 'table-row') {
        const cells = part.children
          .filter((cell) => cell.local === 'table-cell' || cell.local === 'covered-table-cell')
          .map((cell) => blocks(cell.children).join(' / ').replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim());
        while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
        if (cells.length > 0) rows.push(cells);
      } else if (part.local === 'table-header-rows' || part.local === 'table-rows' || part.local === 'table-row-group') {
        collect(part);
      }
    }
  };
  collect(table);
  if (rows.length === 0) return '';
  const width = Math.max(...rows.map((row) => row.length));
  const line = (row: string[]): string => `| ${Array.from({ length: width }, (_, column) => row[column] ?? '').join(' | ')} |`;
  return [line(rows[0]!), `|${' --- |'.repeat(width)}`, ...rows.slice(1).map(line)].join('\n');
}

/** A paragraph's text: spans and links entered, `text:s` / `text:tab` / `text:line-break` as what they stand for. */
function inline(element: XmlElement): string {
  let result = '';
  for (const node of element.children) {
    if (node.text !== undefined) {
      result += node.text.replace(/[\r\n]+/g, ' ');
      continue;
    }
    switch (node.local) {
      case 's':
        result += ' '.repeat(Math.max(1, Number(attribute(node, 'text:c') ?? 1) || 1));
        break;
      case 'tab':
        result += '\t';
        break;
      case 'line-break':
        result += '\n';
        break;
      case 'frame':
        break; // content of its own (blocks)
      default:
        if (!SKIPPED.has(node.local)) result += inline(node);
    }
  }
  return result;
}
