import { stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { ExtractionError, isAbortError, UnsupportedFileTypeError } from '../errors/errors.js';
import { jsonExtractor, jsonlExtractor, yamlExtractor } from './chat-dataset-extractor.js';
import { csvExtractor } from './csv-extractor.js';
import { docxExtractor } from './docx-extractor.js';
import { htmlExtractor } from './html-extractor.js';
import { pdfExtractor } from './pdf-extractor.js';
import { pptxExtractor } from './pptx-extractor.js';
import { extractionWorkerAvailable, MAX_TIMER_MS, sharedExtractionWorkerPool, TimeLimitExceededError, } from './extraction-worker-pool.js';
import { errorText } from './read-input.js';
import { spreadsheetExtractor } from './spreadsheet-extractor.js';
import { markdownExtractor, textExtractor } from './text-extractor.js';
import { isIsolatedExtractor } from './worker-protocol.js';
export { disposeExtractionWorkers } from './extraction-worker-pool.js';
export const DEFAULT_MAX_FILE_BYTES = 100 * 1024 * 1024;
export const DEFAULT_EXTRACT_TIMEOUT_MS = 300_000;
export const defaultExtractors = [
    pdfExtractor,
    docxExtractor,
    spreadsheetExtractor,
    pptxExtractor,
    csvExtractor,
    textExtractor,
    markdownExtractor,
    htmlExtractor,
    jsonExtractor,
    jsonlExtractor,
    yamlExtractor,
];
export function createExtractorRegistry(extractors, settings = {}) {
    const byExtension = {};
    for (const extractor of extractors) {
        for (const extension of extractor.extensions) {
            const key = extension.toLowerCase();
            if (byExtension[key])
                throw new Error(`extension ${key} is registered twice (${byExtension[key].id}, ${extractor.id})`);
            byExtension[key] = extractor;
        }
    }
    const supported = Object.keys(byExtension).sort();
    const find = (fileName) => byExtension[extname(fileName).toLowerCase()];
    const getExtractor = (fileName) => {
        const extractor = find(fileName);
        if (!extractor)
            throw new UnsupportedFileTypeError(fileName, supported);
        return extractor;
    };
    const useWorker = (settings.useWorker ?? true) && extractionWorkerAvailable;
    const extractFile = async (path, options = {}) => {
        const extractor = getExtractor(path);
        const maxBytes = options.maxBytes ?? DEFAULT_MAX_FILE_BYTES;
        const timeoutMs = options.timeoutMs ?? DEFAULT_EXTRACT_TIMEOUT_MS;
        options.signal?.throwIfAborted();
        await checkFileSize(path, maxBytes, extractor.id);
        try {
            const document = useWorker && isIsolatedExtractor(extractor) && !extractor.worker.moduleUrl.endsWith('.ts')
                ? await (settings.workerPool ?? sharedExtractionWorkerPool()).run({ path, extractorId: extractor.id, extractor: extractor.worker }, { timeoutMs, signal: options.signal })
                : await extractInProcess(extractor, path, timeoutMs, options.signal);
            document.sourceFile = options.displayName ?? basename(path);
            return document;
        }
        catch (error) {
            if (options.signal?.aborted)
                throw options.signal.reason ?? error;
            if (error instanceof TimeLimitExceededError) {
                throw new ExtractionError(path, `extraction took longer than ${formatSeconds(timeoutMs)}, the per-file time limit (system.extract_timeout); the file may be very large or malformed — split it or raise the limit`, { extractorId: extractor.id, code: 'extraction_timeout', cause: error.cause ?? error });
            }
            if (error instanceof ExtractionError || isAbortError(error))
                throw error;
            throw new ExtractionError(path, `could not extract text (${errorText(error)})`, { extractorId: extractor.id, cause: error });
        }
    };
    return {
        extractors,
        extractFile,
        getExtractor,
        supportedExtensions: () => [...supported],
        isSupportedFile: (fileName) => find(fileName) !== undefined,
    };
}
/**
 * Runs an extractor on this thread. The time limit is soft: it aborts the extractor's signal and stops waiting,
 * but code that never yields keeps the thread until it returns. Rejects with `TimeLimitExceededError` on time-out.
 */
async function extractInProcess(extractor, path, timeoutMs, callerSignal) {
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), Math.min(timeoutMs, MAX_TIMER_MS));
    const signal = callerSignal ? AbortSignal.any([callerSignal, timeout.signal]) : timeout.signal;
    let onAbort;
    const aborted = new Promise((_, reject) => {
        onAbort = () => reject(new Error('aborted'));
        signal.addEventListener('abort', onAbort, { once: true });
    });
    const work = extractor.extract({ path }, { signal });
    work.catch(() => undefined); // it may settle after a time-out; its outcome is then ignored
    try {
        return await Promise.race([work, aborted]);
    }
    catch (error) {
        if (timeout.signal.aborted && !callerSignal?.aborted) {
            const exceeded = new TimeLimitExceededError(timeoutMs);
            exceeded.cause = error;
            throw exceeded;
        }
        throw error;
    }
    finally {
        clearTimeout(timer);
        if (onAbort)
            signal.removeEventListener('abort', onAbort);
        aborted.catch(() => undefined);
    }
}
async function checkFileSize(path, maxBytes, extractorId) {
    let size;
    try {
        const info = await stat(path);
        if (info.isDirectory())
            throw new ExtractionError(path, 'this is a folder, not a file', { extractorId });
        size = info.size;
    }
    catch (error) {
        if (error instanceof ExtractionError)
            throw error;
        const code = error.code;
        const reason = code === 'ENOENT' ? 'file not found; check the path' : `could not read the file (${errorText(error)})`;
        throw new ExtractionError(path, reason, { extractorId, cause: error });
    }
    if (size > maxBytes) {
        throw new ExtractionError(path, `the file is ${formatMegabytes(size)}, over the limit of ${formatMegabytes(maxBytes)} (system.max_file_mb); raise the limit or split the file`, { extractorId, code: 'file_too_large' });
    }
}
function formatMegabytes(bytes) {
    if (bytes < 1024 * 1024)
        return `${Math.ceil(bytes / 1024)} KB`;
    const megabytes = bytes / (1024 * 1024);
    return `${megabytes >= 10 ? Math.round(megabytes) : megabytes.toFixed(1)} MB`;
}
function formatSeconds(milliseconds) {
    return milliseconds >= 1000 ? `${Math.round(milliseconds / 100) / 10} s` : `${milliseconds} ms`;
}
const defaultRegistry = createExtractorRegistry(defaultExtractors);
/** Extracts one file with the default extractors (see `ExtractFileOptions`). */
export function extractFile(path, options) {
    return defaultRegistry.extractFile(path, options);
}
/** The extractor for a file name, by extension; throws `UnsupportedFileTypeError` listing the supported ones. */
export function getExtractor(fileName) {
    return defaultRegistry.getExtractor(fileName);
}
/** Supported extensions, lower-case with the dot, sorted. */
export function supportedExtensions() {
    return defaultRegistry.supportedExtensions();
}
export function isSupportedFile(fileName) {
    return defaultRegistry.isSupportedFile(fileName);
}
//# sourceMappingURL=registry.js.map