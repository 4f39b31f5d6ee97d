import { type ExtractionWorkerPool } from './extraction-worker-pool.js';
import type { ExtractedDocument, Extractor } from './types.js';
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
export declare const DEFAULT_MAX_FILE_BYTES: number;
export declare const DEFAULT_EXTRACT_TIMEOUT_MS = 300000;
export declare const defaultExtractors: readonly Extractor[];
export declare function createExtractorRegistry(extractors: readonly Extractor[], settings?: ExtractorRegistryOptions): ExtractorRegistry;
/** Extracts one file with the default extractors (see `ExtractFileOptions`). */
export declare function extractFile(path: string, options?: ExtractFileOptions): Promise<ExtractedDocument>;
/** The extractor for a file name, by extension; throws `UnsupportedFileTypeError` listing the supported ones. */
export declare function getExtractor(fileName: string): Extractor;
/** Supported extensions, lower-case with the dot, sorted. */
export declare function supportedExtensions(): string[];
export declare function isSupportedFile(fileName: string): boolean;
