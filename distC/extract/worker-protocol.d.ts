import type { ExtractedDocument, Extractor } from './types.js';
/**
 * What the main thread and the extraction worker (`extract-worker.ts`) send each other, and how errors cross
 * the thread boundary. Functions cannot be posted to a worker, so an extractor that runs there names the ES module
 * it lives in and its export (`ExtractorWorkerSpec`); the worker imports it itself. Errors are posted as plain
 * data (name, code, message, stack, file path, cause chain) and rebuilt here as the same `ExtractionError`
 * subclasses with the same codes and messages: structured clone alone would turn them into plain `Error`s and
 * drop `code` (HTML spec, "StructuredSerializeInternal": only the error name, message and stack are kept).
 */
/** Where the worker thread loads an extractor from. */
export interface ExtractorWorkerSpec {
    /** URL of the ES module that exports the extractor: its own `import.meta.url`. */
    moduleUrl: string;
    /** Name of the export: an `Extractor`, or a factory function that returns one when called with `factoryArgument`. */
    exportName: string;
    /** Argument for a factory export (must survive structured clone). */
    factoryArgument?: unknown;
}
/**
 * An extractor that runs third-party parsers and so runs in the extraction worker (when one is available),
 * where a hard per-file time limit can stop it even if it blocks its thread.
 */
export interface IsolatedExtractor extends Extractor {
    worker: ExtractorWorkerSpec;
}
export declare function isIsolatedExtractor(extractor: Extractor): extractor is IsolatedExtractor;
export interface WorkerRequest {
    id: number;
    path: string;
    extractor: ExtractorWorkerSpec;
}
export type WorkerReply = {
    id: number;
    ok: true;
    document: ExtractedDocument;
} | {
    id: number;
    ok: false;
    error: SerializedError;
};
export interface SerializedError {
    name: string;
    message: string;
    stack?: string;
    code?: string;
    filePath?: string;
    extractorId?: string;
    supported?: string[];
    cause?: SerializedError;
}
export declare function serializeError(error: unknown, depth?: number): SerializedError;
/**
 * Rebuilds an error posted by the worker: an `ExtractionError` (or `EncryptedDocumentError` /
 * `UnsupportedFileTypeError`) keeps its class, code, file path, extractor id and exact message; anything else
 * becomes an `Error` with the original name and message (the registry then wraps it, as it does in-process).
 * The worker's stack is kept, so `--debug` shows where the failure happened.
 */
export declare function reviveError(serialized: SerializedError): Error;
