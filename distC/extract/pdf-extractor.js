import { EncryptedDocumentError, ExtractionError, isAbortError } from '../errors/errors.js';
import { errorText, loadInput, throwIfAborted } from './read-input.js';
import { DocumentTextBuilder } from './text-units.js';
/**
 * PDF through pdf-parse v2 (`new PDFParse({ data })`, `getText()`, `destroy()`; pdf.js inside:
 * https://github.com/mehmet-kozan/pdf-parse#readme). One unit per page. Pages are read one at a time so an
 * abort (per-file time limit) stops between pages, and one unreadable page becomes a warning, not a failure.
 * Password-protected files raise `EncryptedDocumentError`; a file without a text layer gives the warning
 * "no extractable text (scanned PDF?)".
 */
const ID = 'pdf';
/** pdf.js accepts a header anywhere in the first 1024 bytes (PDF 32000-1:2008 annex H.3, implementation note 13). */
const HEADER_SEARCH_BYTES = 1024;
export const pdfExtractor = {
    id: ID,
    extensions: ['.pdf'],
    mediaTypes: ['application/pdf'],
    extract: extractPdf,
    worker: { moduleUrl: import.meta.url, exportName: 'pdfExtractor' },
};
async function extractPdf(input, options = {}) {
    const { bytes, sourceName, displayPath } = await loadInput(input, ID, options.signal);
    const fail = (reason, cause) => new ExtractionError(displayPath, reason, { extractorId: ID, cause });
    if (!hasPdfHeader(bytes)) {
        throw fail('this is not a PDF file (no %PDF- header at the start); check the file extension or re-download the file');
    }
    const { PDFParse } = await import('pdf-parse');
    throwIfAborted(options.signal);
    // A copy: pdf.js may transfer (detach) the buffer it is given.
    const parser = new PDFParse({
        data: new Uint8Array(bytes),
        verbosity: 0,
        isEvalSupported: false,
        disableFontFace: true,
        stopAtErrors: false,
    });
    const onAbort = () => void parser.destroy().catch(() => undefined);
    options.signal?.addEventListener('abort', onAbort, { once: true });
    // Pages are joined by a single newline: pdf text has no blank lines between paragraphs, and a sentence or
    // a question/answer pair that runs over a page break stays contiguous for the detector.
    const builder = new DocumentTextBuilder('\n');
    const warnings = [];
    const emptyPages = [];
    let total;
    let metadata = {};
    try {
        const info = await parser.getInfo();
        total = info.total;
        const title = info.info?.['Title'];
        metadata = { pageCount: total, ...(typeof title === 'string' && title.trim() ? { title: title.trim() } : {}) };
        if (total === 0)
            throw fail('the PDF has no pages');
        let failedPages = 0;
        for (let page = 1; page <= total; page++) {
            throwIfAborted(options.signal);
            let text;
            try {
                const result = await parser.getText({ partial: [page] });
                text = cleanPageText(result.pages[0]?.text ?? '');
            }
            catch (error) {
                if (isAbortError(error) || options.signal?.aborted)
                    throw error;
                failedPages++;
                warnings.push(`page ${page} could not be read and was skipped (${errorText(error)})`);
                continue;
            }
            if (text.trim() === '')
                emptyPages.push(page);
            else
                builder.addUnit('page', text, { index: page });
        }
        if (failedPages === total)
            throw fail(`none of the ${total} pages could be read; the PDF is damaged — re-export it`);
    }
    catch (error) {
        throwIfAborted(options.signal);
        throw mapPdfError(error, displayPath, fail);
    }
    finally {
        options.signal?.removeEventListener('abort', onAbort);
        await parser.destroy().catch(() => undefined);
    }
    const { text, units } = builder.build();
    if (units.length === 0)
        warnings.push('no extractable text (scanned PDF?); run OCR on it first to use its content');
    else if (emptyPages.length > 0)
        warnings.push(`no text on ${describePages(emptyPages)} (scanned or image-only pages?)`);
    return { sourceFile: sourceName, format: ID, text, units, warnings, metadata };
}
function mapPdfError(error, displayPath, fail) {
    if (error instanceof ExtractionError || isAbortError(error))
        return error;
    const name = error instanceof Error ? error.name : '';
    if (name === 'PasswordException')
        return new EncryptedDocumentError(displayPath, { extractorId: ID, cause: error });
    if (name === 'InvalidPDFException' || name === 'FormatError') {
        return fail(`this PDF is damaged or truncated and cannot be read (pdf.js: ${errorText(error)}); re-export or re-download it`, error);
    }
    return fail(`could not read this PDF (${errorText(error)}); it may be damaged — re-export it`, error);
}
function hasPdfHeader(bytes) {
    const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, HEADER_SEARCH_BYTES));
    return head.indexOf('%PDF-', 0, 'latin1') !== -1;
}
/** pdf.js can return NUL and other control characters from broken font encodings; drop them. */
function cleanPageText(text) {
    return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').replace(/[ \t]+$/gm, '');
}
function describePages(pages) {
    if (pages.length === 1)
        return `page ${pages[0]}`;
    const shown = pages.slice(0, 10).join(', ');
    return `pages ${shown}${pages.length > 10 ? ` and ${pages.length - 10} more` : ''}`;
}
//# sourceMappingURL=pdf-extractor.js.map