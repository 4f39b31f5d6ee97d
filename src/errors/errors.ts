/**
 * Error hierarchy (STYLE.md "Error hierarchy"). Every error has a stable `code`
 * so callers can branch without `instanceof` across installs, and a message
 * that says what went wrong, where, and how to fix it. Secrets never go in messages.
 */

export interface DatasetGenErrorOptions {
  cause?: unknown;
}

export class DatasetGenError extends Error {
  readonly code: string;
  constructor(code: string, message: string, options: DatasetGenErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
  }
}

export interface ConfigIssue {
  /** Dotted key path in the YAML file, e.g. `split.ratio`. */
  path: string;
  /** 1-based line in the config file, when known. */
  line?: number;
  column?: number;
  message: string;
}

export class ConfigError extends DatasetGenError {
  readonly file?: string;
  readonly yamlPath?: string;
  readonly issues: ConfigIssue[];
  constructor(message: string, options: { file?: string; issues?: ConfigIssue[]; cause?: unknown } = {}) {
    super('config_invalid', message, options);
    this.file = options.file;
    this.issues = options.issues ?? [];
    this.yamlPath = this.issues[0]?.path;
  }
}

export class UsageError extends DatasetGenError {
  constructor(message: string) {
    super('usage', message);
  }
}

export class ExtractionError extends DatasetGenError {
  readonly filePath: string;
  readonly extractorId?: string;
  constructor(
    filePath: string,
    reason: string,
    options: { extractorId?: string; cause?: unknown; code?: string } = {},
  ) {
    super(options.code ?? 'extraction_failed', `${filePath}: ${reason}`, options);
    this.filePath = filePath;
    this.extractorId = options.extractorId;
  }
}

/** What to do with formats people often have that are not read: the format to save them in. */
const CONVERT_HINTS: Record<string, string> = {
  '.doc': 'an old Word document: save it as .docx with File > Save As',
  '.pages': 'export it from Pages with File > Export To > Word',
  '.ppt': 'an old PowerPoint file: save it as .pptx',
  '.key': 'export it from Keynote with File > Export To > PowerPoint',
  '.numbers': 'export it from Numbers with File > Export To > Excel',
};

export class UnsupportedFileTypeError extends ExtractionError {
  readonly supported: string[];
  constructor(filePath: string, supported: string[]) {
    const hint = CONVERT_HINTS[/\.[^./\\]+$/.exec(filePath.toLowerCase())?.[0] ?? ''];
    super(filePath, `unsupported file type${hint === undefined ? '' : ` (${hint})`}; supported extensions: ${supported.join(', ')}`, {
      code: 'unsupported_file_type',
    });
    this.supported = supported;
  }
}

export class EncryptedDocumentError extends ExtractionError {
  constructor(filePath: string, options: { extractorId?: string; cause?: unknown } = {}) {
    super(filePath, 'the document is encrypted or password-protected; remove the password and try again', {
      ...options,
      code: 'encrypted_document',
    });
  }
}

export class LlmError extends DatasetGenError {}

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

export class LlmCallError extends LlmError {
  readonly provider: string;
  readonly modelId: string;
  readonly status?: number;
  readonly requestId?: string;
  readonly isRetryable: boolean;
  readonly retryAfterMs?: number;
  readonly responseBody?: string;
  constructor(message: string, details: LlmCallErrorDetails, code = 'llm_call_failed') {
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
  constructor(message: string, details: Omit<LlmCallErrorDetails, 'isRetryable'>) {
    super(message, { ...details, isRetryable: false }, 'llm_auth');
  }
}

export class LlmRateLimitError extends LlmCallError {
  readonly kind: 'rate-limit' | 'quota';
  constructor(message: string, details: LlmCallErrorDetails & { kind: 'rate-limit' | 'quota' }) {
    super(message, { ...details, isRetryable: details.kind === 'rate-limit' }, details.kind === 'quota' ? 'llm_quota' : 'llm_rate_limit');
    this.kind = details.kind;
  }
}

export class LlmTimeoutError extends LlmCallError {
  constructor(message: string, details: Omit<LlmCallErrorDetails, 'isRetryable'>) {
    super(message, { ...details, isRetryable: true }, 'llm_timeout');
  }
}

export class LlmConnectionError extends LlmCallError {
  constructor(message: string, details: Omit<LlmCallErrorDetails, 'isRetryable'>) {
    super(message, { ...details, isRetryable: true }, 'llm_connection');
  }
}

export class LlmConfigError extends LlmError {
  constructor(message: string) {
    super('llm_config', message);
  }
}

export class LlmOutputParseError extends LlmError {
  readonly rawText: string;
  readonly issues: string[];
  constructor(message: string, rawText: string, issues: string[] = [], options: DatasetGenErrorOptions = {}) {
    super('llm_output_invalid', message, options);
    this.rawText = rawText;
    this.issues = issues;
  }
}

export class RetryExhaustedError extends LlmError {
  readonly attempts: number;
  readonly errors: unknown[];
  readonly lastError: unknown;
  readonly reason: string;
  constructor(message: string, details: { attempts: number; errors: unknown[]; lastError: unknown; reason: string }) {
    super('llm_retry_exhausted', message, { cause: details.lastError });
    this.attempts = details.attempts;
    this.errors = details.errors;
    this.lastError = details.lastError;
    this.reason = details.reason;
  }
}

/** Whole-file failures only; per-record problems are `ValidationIssue` values. */
export class TargetFormatError extends DatasetGenError {
  constructor(message: string, options: DatasetGenErrorOptions & { code?: string } = {}) {
    super(options.code ?? 'target_invalid', message, options);
  }
}

export class StoreError extends DatasetGenError {
  constructor(message: string, options: DatasetGenErrorOptions & { code?: string } = {}) {
    super(options.code ?? 'store_failed', message, options);
  }
}

export class RunError extends DatasetGenError {
  constructor(message: string, options: DatasetGenErrorOptions & { code?: string } = {}) {
    super(options.code ?? 'run_failed', message, options);
  }
}

export function isAbortError(error: unknown): boolean {
  return (
    error instanceof Error &&
    (error.name === 'AbortError' || (error as { code?: string }).code === 'ABORT_ERR')
  );
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
