import { DatasetGenError, isAbortError } from '../errors/errors.js';
import { extractFile } from '../extract/registry.js';
/** Extract one file; a failure is recorded (file + reason) and the run goes on. */
export async function extractOne(file, config, report, onEvent, signal) {
    try {
        const document = await extractFile(file.path, {
            signal,
            maxBytes: config.system.maxFileBytes,
            timeoutMs: config.system.extractTimeoutMs,
            displayName: file.name,
        });
        recordExtracted(file, describeDocument(document), report, onEvent);
        return document;
    }
    catch (error) {
        if (signal?.aborted === true || isAbortError(error))
            throw error;
        const { code, reason } = describeExtractionFailure(file, error);
        recordExtractionFailure(file, code, reason, report, onEvent);
        return undefined;
    }
}
export function describeDocument(document) {
    return {
        format: document.format,
        chars: document.text.length,
        units: document.units.length,
        warnings: document.warnings,
        structuredConversations: document.conversations?.length ?? 0,
    };
}
export function recordExtracted(file, info, report, onEvent) {
    report.read += 1;
    for (const warning of info.warnings)
        report.warnings.push({ file: file.name, warning });
    report.planFiles.push({ name: file.name, bytes: file.bytes, chars: info.chars, units: info.units, format: info.format });
    onEvent({ type: 'file-extracted', file: file.name, ...info });
}
/** Stable code and reason (without the file path our extractors put in front) of a failed extraction. */
export function describeExtractionFailure(file, error) {
    const code = error instanceof DatasetGenError ? error.code : 'extraction_failed';
    let reason = error instanceof Error ? error.message : String(error);
    // Messages from our extractors already start with the file path: keep only the reason.
    if (reason.startsWith(`${file.path}: `))
        reason = reason.slice(file.path.length + 2);
    return { code, reason };
}
export function recordExtractionFailure(file, code, reason, report, onEvent) {
    report.failed.push({ file: file.name, code, reason });
    report.planFiles.push({ name: file.name, bytes: file.bytes, error: reason });
    onEvent({ type: 'file-failed', file: file.name, code, reason });
}
export async function extractAll(files, config, report, onEvent, signal) {
    const documents = [];
    for (const file of files) {
        const document = await extractOne(file, config, report, onEvent, signal);
        if (document !== undefined)
            documents.push(document);
    }
    return documents;
}
//# sourceMappingURL=extraction.js.map