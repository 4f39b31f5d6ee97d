import { htmlToMarkdown } from './html-to-markdown.js';
import { hasVisibleText, noTextError } from './read-input.js';
import { loadAndDecode } from './text-decoding.js';
import { appendSectionUnits, minUnitChars } from './text-units.js';
/**
 * HTML pages: markup stripped by our tokenizer-based converter (html-to-markdown.ts), headings kept as `#`,
 * lists as `- `, definition lists (FAQ pages) as question line + answer line. Units: one per heading section.
 * A `<meta charset>` is not consulted: files are decoded by content (UTF-8, UTF-16, or a detected legacy encoding).
 */
const ID = 'html';
export const htmlExtractor = {
    id: ID,
    extensions: ['.html', '.htm', '.xhtml'],
    mediaTypes: ['text/html', 'application/xhtml+xml'],
    extract: extractHtml,
};
async function extractHtml(input, options = {}) {
    const { decoded, sourceName, displayPath } = await loadAndDecode(input, ID, options.signal);
    if (!hasVisibleText(decoded.text))
        throw noTextError(displayPath, ID);
    const title = /<title[^>]*>([^<]*)<\/title>/i.exec(decoded.text.slice(0, 65_536))?.[1]?.trim();
    const text = htmlToMarkdown(decoded.text);
    const warnings = [...decoded.warnings];
    const units = [];
    if (hasVisibleText(text))
        appendSectionUnits(text, units, { minChars: minUnitChars(text.length) });
    else
        warnings.push('no visible text in this HTML page (only markup or scripts?)');
    return {
        sourceFile: sourceName,
        format: ID,
        text,
        units,
        warnings,
        metadata: { encoding: decoded.encoding, ...(title ? { title } : {}) },
    };
}
//# sourceMappingURL=html-extractor.js.map