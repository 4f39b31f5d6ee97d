/**
 * Error hierarchy (STYLE.md "Error hierarchy"). Every error has a stable `code`
 * so callers can branch without `instanceof` across installs, and a message
 * that says what went wrong, where, and how to fix it. Secrets never go in messages.
 */
export class DatasetGenError extends Error {
    code;
    constructor(code, message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.name = new.target.name;
        this.code = code;
    }
}
export class ConfigError extends DatasetGenError {
    file;
    yamlPath;
    issues;
    constructor(message, options = {}) {
        super('config_invalid', message, options);
        this.file = options.file;
        this.issues = options.issues ?? [];
        this.yamlPath = this.issues[0]?.path;
    }
}
export class UsageError extends DatasetGenError {
    constructor(message) {
        super('usage', message);
    }
}
export class ExtractionError extends DatasetGenError {
    filePath;
    extractorId;
    constructor(filePath, reason, options = {}) {
        super(options.code ?? 'extraction_failed', `${filePath}: ${reason}`, options);
        this.filePath = filePath;
        this.extractorId = options.extractorId;
    }
}
export class UnsupportedFileTypeError extends ExtractionError {
    supported;
    constructor(filePath, supported) {
        super(filePath, `unsupported file type; supported extensions: ${supported.join(', ')}`, {
            code: 'unsupported_file_type',
        });
        this.supported = supported;
    }
}
export class EncryptedDocumentError extends ExtractionError {
    constructor(filePath, options = {}) {
        super(filePath, 'the document is encrypted or password-protected; remove the password and try again', {
            ...options,
            code: 'encrypted_document',
        });
    }
}
export class LlmError extends DatasetGenError {
}
export class LlmCallError extends LlmError {
    provider;
    modelId;
    status;
    requestId;
    isRetryable;
    retryAfterMs;
    responseBody;
    constructor(message, details, code = 'llm_call_failed') {
        super(code, message, { cause: details.cause });
        this.provider = details.provider;
        this.modelId = details.modelId;
        this.status = details.status;
        this.requestId = details.requestId;
        this.isRetryable = details.isRetryable;
        this.retryAfterMs = details.retryAfterMs;
        this.responseBody = details.responseBody?.slice(0, 2000);
    }
}
export class LlmAuthError extends LlmCallError {
    constructor(message, details) {
        super(message, { ...details, isRetryable: false }, 'llm_auth');
    }
}
export class LlmRateLimitError extends LlmCallError {
    kind;
    constructor(message, details) {
        super(message, { ...details, isRetryable: details.kind === 'rate-limit' }, details.kind === 'quota' ? 'llm_quota' : 'llm_rate_limit');
        this.kind = details.kind;
    }
}
export class LlmTimeoutError extends LlmCallError {
    constructor(message, details) {
        super(message, { ...details, isRetryable: true }, 'llm_timeout');
    }
}
export class LlmConnectionError extends LlmCallError {
    constructor(message, details) {
        super(message, { ...details, isRetryable: true }, 'llm_connection');
    }
}
export class LlmConfigError extends LlmError {
    constructor(message) {
        super('llm_config', message);
    }
}
export class LlmOutputParseError extends LlmError {
    rawText;
    issues;
    constructor(message, rawText, issues = [], options = {}) {
        super('llm_output_invalid', message, options);
        this.rawText = rawText;
        this.issues = issues;
    }
}
export class RetryExhaustedError extends LlmError {
    attempts;
    errors;
    lastError;
    reason;
    constructor(message, details) {
        super('llm_retry_exhausted', message, { cause: details.lastError });
        this.attempts = details.attempts;
        this.errors = details.errors;
        this.lastError = details.lastError;
        this.reason = details.reason;
    }
}
/** Whole-file failures only; per-record problems are `ValidationIssue` values. */
export class TargetFormatError extends DatasetGenError {
    constructor(message, options = {}) {
        super(options.code ?? 'target_invalid', message, options);
    }
}
export class StoreError extends DatasetGenError {
    constructor(message, options = {}) {
        super(options.code ?? 'store_failed', message, options);
    }
}
export class RunError extends DatasetGenError {
    constructor(message, options = {}) {
        super(options.code ?? 'run_failed', message, options);
    }
}
export function isAbortError(error) {
    return (error instanceof Error &&
        (error.name === 'AbortError' || error.code === 'ABORT_ERR'));
}
export function errorMessage(error) {
    if (error instanceof Error)
        return error.message;
    return String(error);
}
//# sourceMappingURL=errors.js.map