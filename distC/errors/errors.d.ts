/**
 * Error hierarchy (STYLE.md "Error hierarchy"). Every error has a stable `code`
 * so callers can branch without `instanceof` across installs, and a message
 * that says what went wrong, where, and how to fix it. Secrets never go in messages.
 */
export interface DatasetGenErrorOptions {
    cause?: unknown;
}
export declare class DatasetGenError extends Error {
    readonly code: string;
    constructor(code: string, message: string, options?: DatasetGenErrorOptions);
}
export interface ConfigIssue {
    /** Dotted key path in the YAML file, e.g. `split.ratio`. */
    path: string;
    /** 1-based line in the config file, when known. */
    line?: number;
    column?: number;
    message: string;
}
export declare class ConfigError extends DatasetGenError {
    readonly file?: string;
    readonly yamlPath?: string;
    readonly issues: ConfigIssue[];
    constructor(message: string, options?: {
        file?: string;
        issues?: ConfigIssue[];
        cause?: unknown;
    });
}
export declare class UsageError extends DatasetGenError {
    constructor(message: string);
}
export declare class ExtractionError extends DatasetGenError {
    readonly filePath: string;
    readonly extractorId?: string;
    constructor(filePath: string, reason: string, options?: {
        extractorId?: string;
        cause?: unknown;
        code?: string;
    });
}
export declare class UnsupportedFileTypeError extends ExtractionError {
    readonly supported: string[];
    constructor(filePath: string, supported: string[]);
}
export declare class EncryptedDocumentError extends ExtractionError {
    constructor(filePath: string, options?: {
        extractorId?: string;
        cause?: unknown;
    });
}
export declare class LlmError extends DatasetGenError {
}
export interface LlmCallErrorDetails {
    provider: string;
    modelId: string;
    status?: number;
    requestId?: string;
    isRetryable: boolean;
    retryAfterMs?: number;
    responseBody?: string;
    cause?: unknown;
}
export declare class LlmCallError extends LlmError {
    readonly provider: string;
    readonly modelId: string;
    readonly status?: number;
    readonly requestId?: string;
    readonly isRetryable: boolean;
    readonly retryAfterMs?: number;
    readonly responseBody?: string;
    constructor(message: string, details: LlmCallErrorDetails, code?: string);
}
export declare class LlmAuthError extends LlmCallError {
    constructor(message: string, details: Omit<LlmCallErrorDetails, 'isRetryable'>);
}
export declare class LlmRateLimitError extends LlmCallError {
    readonly kind: 'rate-limit' | 'quota';
    constructor(message: string, details: LlmCallErrorDetails & {
        kind: 'rate-limit' | 'quota';
    });
}
export declare class LlmTimeoutError extends LlmCallError {
    constructor(message: string, details: Omit<LlmCallErrorDetails, 'isRetryable'>);
}
export declare class LlmConnectionError extends LlmCallError {
    constructor(message: string, details: Omit<LlmCallErrorDetails, 'isRetryable'>);
}
export declare class LlmConfigError extends LlmError {
    constructor(message: string);
}
export declare class LlmOutputParseError extends LlmError {
    readonly rawText: string;
    readonly issues: string[];
    constructor(message: string, rawText: string, issues?: string[], options?: DatasetGenErrorOptions);
}
export declare class RetryExhaustedError extends LlmError {
    readonly attempts: number;
    readonly errors: unknown[];
    readonly lastError: unknown;
    readonly reason: string;
    constructor(message: string, details: {
        attempts: number;
        errors: unknown[];
        lastError: unknown;
        reason: string;
    });
}
/** Whole-file failures only; per-record problems are `ValidationIssue` values. */
export declare class TargetFormatError extends DatasetGenError {
    constructor(message: string, options?: DatasetGenErrorOptions & {
        code?: string;
    });
}
export declare class StoreError extends DatasetGenError {
    constructor(message: string, options?: DatasetGenErrorOptions & {
        code?: string;
    });
}
export declare class RunError extends DatasetGenError {
    constructor(message: string, options?: DatasetGenErrorOptions & {
        code?: string;
    });
}
export declare function isAbortError(error: unknown): boolean;
export declare function errorMessage(error: unknown): string;
