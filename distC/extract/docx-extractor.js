import { isAbortError } from '../errors/errors.js';
import { htmlToMarkdown } from './html-to-markdown.js';
import { assertOfficeZipPackage, zipError } from './office-package.js';
import { hasVisibleText, loadInput, throwIfAborted } from './read-input.js';
import { appendSectionUnits, minUnitChars } from './text-units.js';
/**
 * Word (.docx) through mammoth (≥ 1.11: external images are not read, CVE-2025-11849) to HTML, then our
 * HTML → Markdown converter: headings `#`, lists `- `/`1. `, one table row per line with ` | `.
 * mammoth's HTML also carries text boxes (as paragraphs after their anchor), footnotes and endnotes (a list at
 * the end) and, with the `comment-reference` style mapping, comments (a `<dl>` at the end): see the mammoth
 * README, "Comments" and "Footnotes and endnotes" (https://github.com/mwilliamson/mammoth.js#readme).
 * Page headers and footers are not part of mammoth's output and are not extracted.
 */
const ID = 'docx';
const FORMAT_NAME = 'Word (.docx)';
// Lists come from Word's numbering definitions, which mammoth maps itself; only named styles are added here.
const STYLE_MAP = [
    'comment-reference => sup',
    "p[style-name='Title'] => h1:fresh",
    "p[style-name='Subtitle'] => h2:fresh",
    "p[style-name='Quote'] => blockquote > p:fresh",
    "p[style-name='Intense Quote'] => blockquote > p:fresh",
];
/** The "↑" links mammoth adds after each footnote, endnote and comment, pointing back to the reference. */
const BACK_LINK = /<a href="#(?:footnote|endnote|comment)-ref-[^"]*">\u2191<\/a>/g;
export const docxExtractor = {
    id: ID,
    extensions: ['.docx'],
    mediaTypes: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    extract: extractDocx,
    worker: { moduleUrl: import.meta.url, exportName: 'docxExtractor' },
};
async function extractDocx(input, options = {}) {
    const { bytes, sourceName, displayPath } = await loadInput(input, ID, options.signal);
    const check = { displayPath, extractorId: ID, formatName: FORMAT_NAME, legacyName: '.doc' };
    assertOfficeZipPackage(bytes, check);
    const mammoth = (await import('mammoth')).default;
    throwIfAborted(options.signal);
    let result;
    try {
        result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) }, {
            styleMap: STYLE_MAP,
            externalFileAccess: false,
            // Images become their alt text only; the image bytes are never read or embedded.
            convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
        });
    }
    catch (error) {
        if (isAbortError(error))
            throw error;
        throw zipError(error, check);
    }
    throwIfAborted(options.signal);
    const text = htmlToMarkdown(result.value.replace(BACK_LINK, ''));
    const warnings = result.messages
        .filter((message) => message.type === 'error' || !/^Unrecognised (paragraph|run|table) style/.test(message.message))
        .map((message) => `mammoth: ${message.message}`);
    const units = [];
    if (hasVisibleText(text))
        appendSectionUnits(text, units, { minChars: minUnitChars(text.length) });
    else
        warnings.push('no extractable text in this document (only images or empty pages?)');
    return { sourceFile: sourceName, format: ID, text, units, warnings };
}
//# sourceMappingURL=docx-extractor.js.map