import { EncryptedDocumentError, ExtractionError, UnsupportedFileTypeError } from '../errors/errors.js';
export function isIsolatedExtractor(extractor) {
    const spec = extractor.worker;
    return typeof spec === 'object' && spec !== null && typeof spec.moduleUrl === 'string' && typeof spec.exportName === 'string';
}
const MAX_CAUSE_DEPTH = 5;
export function serializeError(error, depth = 0) {
    if (!(error instanceof Error))
        return { name: 'Error', message: String(error) };
    const fields = error;
    const serialized = { name: error.name, message: error.message };
    if (typeof error.stack === 'string')
        serialized.stack = error.stack;
    if (typeof fields.code === 'string')
        serialized.code = fields.code;
    if (typeof fields.filePath === 'string')
        serialized.filePath = fields.filePath;
    if (typeof fields.extractorId === 'string')
        serialized.extractorId = fields.extractorId;
    if (Array.isArray(fields.supported))
        serialized.supported = fields.supported.map(String);
    if (error.cause !== undefined && depth < MAX_CAUSE_DEPTH)
        serialized.cause = serializeError(error.cause, depth + 1);
    return serialized;
}
/**
 * Rebuilds an error posted by the worker: an `ExtractionError` (or `EncryptedDocumentError` /
 * `UnsupportedFileTypeError`) keeps its class, code, file path, extractor id and exact message; anything else
 * becomes an `Error` with the original name and message (the registry then wraps it, as it does in-process).
 * The worker's stack is kept, so `--debug` shows where the failure happened.
 */
export function reviveError(serialized) {
    const cause = serialized.cause === undefined ? undefined : reviveError(serialized.cause);
    let error;
    if (serialized.filePath !== undefined && serialized.code !== undefined) {
        const { filePath, extractorId, code } = serialized;
        if (serialized.name === 'EncryptedDocumentError')
            error = new EncryptedDocumentError(filePath, { extractorId, cause });
        else if (serialized.name === 'UnsupportedFileTypeError')
            error = new UnsupportedFileTypeError(filePath, serialized.supported ?? []);
        else {
            const prefix = `${filePath}: `;
            const reason = serialized.message.startsWith(prefix) ? serialized.message.slice(prefix.length) : serialized.message;
            error = new ExtractionError(filePath, reason, { extractorId, code, cause });
        }
    }
    else {
        error = new Error(serialized.message, cause === undefined ? undefined : { cause });
        error.name = serialized.name;
        if (serialized.code !== undefined)
            error.code = serialized.code;
    }
    if (error.message !== serialized.message) {
        Object.defineProperty(error, 'message', { value: serialized.message, writable: true, configurable: true, enumerable: false });
    }
    if (serialized.stack !== undefined)
        error.stack = serialized.stack;
    return error;
}
//# sourceMappingURL=worker-protocol.js.map