import { stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { ExtractionError, isAbortError, UnsupportedFileTypeError } from '../errors/errors.js';
import { jsonExtractor, jsonlExtractor, yamlExtractor } from './chat-dataset-extractor.js';
import { csvExtractor } from './csv-extractor.js';
import { docxExtractor } from './docx-extractor.js';
import { emailExtractor } from './email-extractor.js';
import { epubExtractor } from './epub-extractor.js';
import { htmlExtractor } from './html-extractor.js';
import { pdfExtractor } from './pdf-extractor.js';
import { pptxExtractor } from './pptx-extractor.js';
import {
  extractionWorkerAvailable,
  MAX_TIMER_MS,
  sharedExtractionWorkerPool,
  TimeLimitExceededError,
  type ExtractionWorkerPool,
} from './extraction-worker-pool.js';
import { errorText, unreadableFileReason } from './read-input.js';
import { spreadsheetExtractor } from './spreadsheet-extractor.js';
import { notebookExtractor } from './notebook-extractor.js';
import { openDocumentExtractor } from './opendocument-extractor.js';
import { outlookExtractor } from './outlook-extractor.js';
import { rtfExtractor } from './rtf-extractor.js';
import { markdownExtractor, textExtractor } from './text-extractor.js';
import { transcriptExtractor } from './transcript-extractor.js';
import type { ExtractedDocument, Extractor } from './types.js';
import { isIsolatedExtractor } from './worker-protocol.js';

export { disposeExtractionWorkers } from './extraction-worker-pool.js';

/**
 * The extractor registry: a typed map from extension to extractor, plus `extractFile`, which adds the
 * checks every format shares: unsupported type, size limit (`system.max_file_mb`), per-file time limit
 * (`system.extract_timeout`), and one `ExtractionError` naming the file and the reason for anything that fails.
 * Extractor modules load their parsers (pdf-parse, mammoth, xlsx, fflate ...) only inside `extract`.
 *
 * Extractors that run third-party parsers (PDF, DOCX, spreadsheets, PPTX: the `IsolatedExtractor`s, which name
 * their module in `worker`) run in the extraction worker thread, so the time limit is hard: a parser that blocks
 * its thread is stopped by terminating the worker (see extraction-worker-pool.ts). Our own streaming text
 * extractors (TXT, MD, CSV, TSV, HTML, JSON, JSONL, YAML) run in-process, so large text is never copied across
 * threads; their limit is the abort signal they check as they go. When this module runs from the `.ts` sources
 * (vitest), there is no compiled worker script, and every extractor runs in-process.
 */

export interface ExtractFileOptions {
  signal?: AbortSignal;
  /** Files larger than this are refused before reading (config `system.max_file_mb` × 1024²). */
  maxBytes?: number;
  /**
   * Per-file time limit (config `system.extract_timeout` × 1000). Hard for extractors run in the worker (counted
   * from when the worker gets the file); in-process it aborts the extractor's signal and stops waiting.
   */
  timeoutMs?: number;
  /** Name for `ExtractedDocument.sourceFile` (default: the file's base name). */
  displayName?: string;
}

export interface ExtractorRegistryOptions {
  /** Run `IsolatedExtractor`s in the extraction worker (default true; ignored when running from `.ts` sources). */
  useWorker?: boolean;
  /** The worker pool (default: the process-wide one that `disposeExtractionWorkers()` stops). */
  workerPool?: ExtractionWorkerPool;
}

export interface ExtractorRegistry {
  readonly extractors: readonly Extractor[];
  extractFile(path: string, options?: ExtractFileOptions): Promise<ExtractedDocument>;
  getExtractor(fileName: string): Extractor;
  supportedExtensions(): string[];
  isSupportedFile(fileName: string): boolean;
}

export const DEFAULT_MAX_FILE_BYTES = 100 * 1024 * 1024;
export const DEFAULT_EXTRACT_TIMEOUT_MS = 300_000;

export const defaultExtractors: readonly Extractor[] = [
  pdfExtractor,
  docxExtractor,
  spreadsheetExtractor,
  pptxExtractor,
  openDocumentExtractor,
  epubExtractor,
  outlookExtractor,
  csvExtractor,
  textExtractor,
  markdownExtractor,
  htmlExtractor,
  jsonExtractor,
  jsonlExtractor,
  yamlExtractor,
  emailExtractor,
  transcriptExtractor,
  rtfExtractor,
  notebookExtractor,
];

export function createExtractorRegistry(extractors: readonly Extractor[], settings: ExtractorRegistryOptions = {}): ExtractorRegistry {
  const byExtension: Record<string, Extractor> = {};
  for (const extractor of extractors) {
    for (const extension of extractor.extensions) {
      const key = extension.toLowerCase();
      if (byExtension[key]) throw new Error(`extension ${key} is registered twice (${byExtension[key].id}, ${extractor.id})`);
      byExtension[key] = extractor;
    }
  }
  const supported = Object.keys(byExtension).sort();

  const find = (fileName: string): Extractor | undefined => byExtension[extname(fileName).toLowerCase()];

  const getExtractor = (fileName: string): Extractor => {
    const extractor = find(fileName);
    if (!extractor) throw new UnsupportedFileTypeError(fileName, supported);
    return extractor;
  };

  const useWorker = (settings.useWorker ?? true) && extractionWorkerAvailable;

  const extractFile = async (path: string, options: ExtractFileOptions = {}): Promise<ExtractedDocument> => {
    const extractor = getExtractor(path);
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_FILE_BYTES;
    const timeoutMs = options.timeoutMs ?? DEFAULT_EXTRACT_TIMEOUT_MS;
    options.signal?.throwIfAborted();
    await checkFileSize(path, maxBytes, extractor.id);
    try {
      const document =
        useWorker && isIsolatedExtractor(extractor) && !extractor.worker.moduleUrl.endsWith('.ts')
          ? await (settings.workerPool ?? sharedExtractionWorkerPool()).run(
              { path, extractorId: extractor.id, extractor: extractor.worker },
              { timeoutMs, signal: options.signal },
            )
          : await extractInProcess(extractor, path, timeoutMs, options.signal);
      document.sourceFile = options.displayName ?? basename(path);
      return document;
    } catch (error) {
      if (options.signal?.aborted) throw options.signal.reason ?? error;
      if (error instanceof TimeLimitExceededError) {
        throw new ExtractionError(
          path,
          `extraction took longer than ${formatSeconds(timeoutMs)}, the per-file time limit (system.extract_timeout); the file may be very large or malformed — split it or raise the limit`,
          { extractorId: extractor.id, code: 'extraction_timeout', cause: error.cause ?? error },
        );
      }
      if (error instanceof ExtractionError || isAbortError(error)) throw error;
      throw new ExtractionError(path, `could not extract text (${errorText(error)})`, { extractorId: extractor.id, cause: error });
    }
  };

  return {
    extractors,
    extractFile,
    getExtractor,
    supportedExtensions: () => [...supported],
    isSupportedFile: (fileName: string) => find(fileName) !== undefined,
  };
}

/**
 * Runs an extractor on this thread. The time limit is soft: it aborts the extractor's signal and stops waiting,
 * but code that never yields keeps the thread until it returns. Rejects with `TimeLimitExceededError` on time-out.
 */
async function extractInProcess(extractor: Extractor, path: string, timeoutMs: number, callerSignal?: AbortSignal): Promise<ExtractedDocument> {
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), Math.min(timeoutMs, MAX_TIMER_MS));
  const signal = callerSignal ? AbortSignal.any([callerSignal, timeout.signal]) : timeout.signal;
  let onAbort: (() => void) | undefined;
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(new Error('aborted'));
    signal.addEventListener('abort', onAbort, { once: true });
  });
  const work = extractor.extract({ path }, { signal });
  work.catch(() => undefined); // it may settle after a time-out; its outcome is then ignored
  try {
    return await Promise.race([work, aborted]);
  } catch (error) {
    if (timeout.signal.aborted && !callerSignal?.aborted) {
      const exceeded = new TimeLimitExceededError(timeoutMs);
      exceeded.cause = error;
      throw exceeded;
    }
    throw error;
  } finally {
    clearTimeout(timer);
    if (onAbort) signal.removeEventListener('abort', onAbort);
    aborted.catch(() => undefined);
  }
}

async function checkFileSize(path: string, maxBytes: number, extractorId: string): Promise<void> {
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new ExtractionError(path, 'this is a folder, not a file', { extractorId });
    size = info.size;
  } catch (error) {
    if (error instanceof ExtractionError) throw error;
    throw new ExtractionError(path, await unreadableFileReason(path, error), { extractorId, cause: error });
  }
  if (size > maxBytes) {
    throw new ExtractionError(
      path,
      `the file is ${formatMegabytes(size)}, over the limit of ${formatMegabytes(maxBytes)} (system.max_file_mb); raise the limit or split the file`,
      { extractorId, code: 'file_too_large' },
    );
  }
}

function formatMegabytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.ceil(bytes / 1024)} KB`;
  const megabytes = bytes / (1024 * 1024);
  return `${megabytes >= 10 ? Math.round(megabytes) : megabytes.toFixed(1)} MB`;
}

function formatSeconds(milliseconds: number): string {
  return milliseconds >= 1000 ? `${Math.round(milliseconds / 100) / 10} s` : `${milliseconds} ms`;
}

const defaultRegistry = createExtractorRegistry(defaultExtractors);

/** Extracts one file with the default extractors (see `ExtractFileOptions`). */
export function extractFile(path: string, options?: ExtractFileOptions): Promise<ExtractedDocument> {
  return defaultRegistry.extractFile(path, options);
}

/** The extractor for a file name, by extension; throws `UnsupportedFileTypeError` listing the supported ones. */
export function getExtractor(fileName: string): Extractor {
  return defaultRegistry.getExtractor(fileName);
}

/** Supported extensions, lower-case with the dot, sorted. */
export function supportedExtensions(): string[] {
  return defaultRegistry.supportedExtensions();
}

export function isSupportedFile(fileName: string): boolean {
  return defaultRegistry.isSupportedFile(fileName);
}
