import { hasVisibleText, noTextError } from './read-input.js';
import { loadAndDecode } from './text-decoding.js';
import { appendParagraphUnits, appendSectionUnits, minUnitChars } from './text-units.js';
/**
 * Plain text and Markdown. The text is kept exactly as in the file apart from newline normalisation
 * (identify mode copies conversations verbatim from it). Units: paragraphs for plain text, sections
 * (one per heading) for Markdown; all unit texts are slices of the one document string.
 */
function createTextExtractor(id, extensions, mediaTypes) {
    return {
        id,
        extensions,
        mediaTypes,
        async extract(input, options = {}) {
            const { decoded, sourceName, displayPath } = await loadAndDecode(input, id, options.signal);
            const text = decoded.text;
            if (!hasVisibleText(text))
                throw noTextError(displayPath, id);
            const units = [];
            const minChars = minUnitChars(text.length);
            if (id === 'markdown')
                appendSectionUnits(text, units, { minChars });
            else
                appendParagraphUnits(text, units, { minChars });
            return {
                sourceFile: sourceName,
                format: id,
                text,
                units,
                warnings: decoded.warnings,
                metadata: { encoding: decoded.encoding },
            };
        },
    };
}
export const textExtractor = createTextExtractor('text', ['.txt', '.text', '.log', '.rst'], ['text/plain', 'text/x-rst']);
export const markdownExtractor = createTextExtractor('markdown', ['.md', '.markdown', '.mdown', '.mkd'], ['text/markdown']);
//# sourceMappingURL=text-extractor.js.map