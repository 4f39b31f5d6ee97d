import { EncryptedDocumentError, ExtractionError, UnsupportedFileTypeError } from '../errors/errors.js';
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

export function isIsolatedExtractor(extractor: Extractor): extractor is IsolatedExtractor {
  const spec = (extractor as Partial<IsolatedExtractor>).worker;
  return typeof spec === 'object' && spec !== null && typeof spec.moduleUrl === 'string' && typeof spec.exportName === 'string';
}

export interface WorkerRequest {
  id: number;
  path: string;
  extractor: ExtractorWorkerSpec;
}

export type WorkerReply =
  | { id: number; ok: true; document: ExtractedDocument }
  | { id: number; ok: false; error: SerializedError };

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

const MAX_CAUSE_DEPTH = 5;

export function serializeError(error: unknown, depth = 0): SerializedError {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  const fields = error as Error & { code?: unknown; filePath?: unknown; extractorId?: unknown; supported?: unknown };
  const serialized: SerializedError = { name: error.name, message: error.message };
  if (typeof error.stack === 'string') serialized.stack = error.stack;
  if (typeof fields.code === 'string') serialized.code = fields.code;
  if (typeof fields.filePath === 'string') serialized.filePath = fields.filePath;
  if (typeof fields.extractorId === 'string') serialized.extractorId = fields.extractorId;
  if (Array.isArray(fields.supported)) serialized.supported = fields.supported.map(String);
  if (error.cause !== undefined && depth < MAX_CAUSE_DEPTH) serialized.cause = serializeError(error.cause, depth + 1);
  return serialized;
}

/**
 * Rebuilds an error posted by the worker: an `ExtractionError` (or `EncryptedDocumentError` /
 * `UnsupportedFileTypeError`) keeps its class, code, file path, extractor id and exact message; anything else
 * becomes an `Error` with the original name and message (the registry then wraps it, as it does in-process).
 * The worker's stack is kept, so `--debug` shows where the failure happened.
 */
export function reviveError(serialized: SerializedError): Error {
  const cause = serialized.cause === undefined ? undefined : reviveError(serialized.cause);
  let error: Error;
  if (serialized.filePath !== undefined && serialized.code !== undefined) {
    const { filePath, extractorId, code } = serialized;
    if (serialized.name === 'EncryptedDocumentError') error = new EncryptedDocumentError(filePath, { extractorId, cause });
    else if (serialized.name === 'UnsupportedFileTypeError') error = new UnsupportedFileTypeError(filePath, serialized.supported ?? []);
    else {
      const prefix = `${filePath}: `;
      const reason = serialized.message.startsWith(prefix) ? serialized.message.slice(prefix.length) : serialized.message;
      error = new ExtractionError(filePath, reason, { extractorId, code, cause });
    }
  } else {
    error = new Error(serialized.message, cause === undefined ? undefined : { cause });
    error.name = serialized.name;
    if (serialized.code !== undefined) (error as Error & { code?: string }).code = serialized.code;
  }
  if (error.message !== serialized.message) {
    Object.defineProperty(error, 'message', { value: serialized.message, writable: true, configurable: true, enumerable: false });
  }
  if (serialized.stack !== undefined) error.stack = serialized.stack;
  return error;
}
