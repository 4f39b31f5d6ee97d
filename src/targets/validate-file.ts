import type { ModelLimitsOverride } from '../config/config.js';
import { TargetFormatError } from '../errors/errors.js';
import { estimateTrainingCost, type TrainingCostEstimate } from './capacity.js';
import { detectLlamaFormat } from './llama-target.js';
import { getTarget, resolveModel } from './registry.js';
import { isRecord } from './target-module.js';
import { preloadTokenizer } from './tokenizers.js';
import type { FormatOptions, ModelSpec, TargetId, ValidationIssue } from './types.js';

export { formatValidationReport } from './validation-report.js';

export interface JsonlValidationOptions {
  target: string;
  model: string;
  overrides?: Record<string, ModelLimitsOverride>;
  formatOptions?: FormatOptions;
  /** Which file this is: decides the example-count and size limits that apply. Default `train`. */
  fileRole?: 'train' | 'validation';
  /** Line issues kept in the report (all are counted). Default 500. */
  maxIssues?: number;
  /** Training price override (USD / 1M tokens), e.g. from config `pricing.training`. */
  pricePerMillionTokens?: number;
}

/** An issue on one line (`line` is 1-based; 0 for file-level issues). */
export interface JsonlIssue extends ValidationIssue {
  line: number;
}

export interface Distribution {
  min: number;
  max: number;
  mean: number;
  median: number;
  p5: number;
  p95: number;
}

export interface JsonlValidationReport {
  file: string;
  target: TargetId;
  model: ModelSpec;
  fileRole: 'train' | 'validation';
  fileBytes?: number;
  maxFileBytes?: number;
  /** Non-blank lines (examples). */
  examples: number;
  blankLines: number;
  /** Lines without any error. */
  validExamples: number;
  invalidExamples: number;
  errorCount: number;
  warningCount: number;
  /** Per code, every occurrence (line and file level). */
  issueCounts: Record<string, number>;
  /** Line issues, first `maxIssues` only, of them at most `WARNINGS_KEPT_PER_CODE` warnings of one code. */
  issues: JsonlIssue[];
  issuesTruncated: boolean;
  fileIssues: JsonlIssue[];
  messagesPerExample?: Distribution;
  tokensPerExample?: Distribution;
  assistantTokensPerExample?: Distribution;
  tokenMethod?: 'exact' | 'estimate';
  overLimitCount: number;
  missingSystemCount: number;
  missingUserCount: number;
  formats?: Record<string, number>;
  /** Σ min(limit, tokens) over examples, as the cookbook bills. */
  tokensPerEpoch: number;
  cost: TrainingCostEstimate;
  ok: boolean;
}

/** numpy-style linear-interpolated quantile of sorted values. */
function quantile(sorted: readonly number[], q: number): number {
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  const a = sorted[low] ?? 0;
  const b = sorted[high] ?? a;
  return a + (b - a) * (position - low);
}

export function distributionOf(values: readonly number[]): Distribution | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const sum = sorted.reduce((total, value) => total + value, 0);
  return {
    min: sorted[0] ?? 0,
    max: sorted[sorted.length - 1] ?? 0,
    mean: sum / sorted.length,
    median: quantile(sorted, 0.5),
    p5: quantile(sorted, 0.05),
    p95: quantile(sorted, 0.95),
  };
}

/** Validate JSONL lines (any iterable of strings without newlines) against a target and model. */
/** Warnings of one code kept in the line list (all are counted in `issueCounts`). */
export const WARNINGS_KEPT_PER_CODE = 20;

export async function validateJsonlLines(lines: AsyncIterable<string> | Iterable<string>, file: string, options: JsonlValidationOptions): Promise<JsonlValidationReport> {
  // Take the iterator before the first await: a readline interface drops lines emitted before iteration starts.
  const iterator: AsyncIterator<string> | Iterator<string> = Symbol.asyncIterator in lines ? lines[Symbol.asyncIterator]() : lines[Symbol.iterator]();
  const target = getTarget(options.target);
  const model = resolveModel(options.target, options.model, options.overrides);
  await preloadTokenizer(model);
  const fileRole = options.fileRole ?? 'train';
  const maxIssues = options.maxIssues ?? 500;
  const issues: JsonlIssue[] = [];
  const issueCounts: Record<string, number> = {};
  const formats: Record<string, number> = {};
  const messageCounts: number[] = [];
  const tokenCounts: number[] = [];
  const assistantCounts: number[] = [];
  let lineNumber = 0;
  let examples = 0;
  let blankLines = 0;
  let validExamples = 0;
  let errorCount = 0;
  let warningCount = 0;
  let overLimitCount = 0;
  let missingSystemCount = 0;
  let missingUserCount = 0;
  let tokensPerEpoch = 0;
  let tokenMethod: 'exact' | 'estimate' | undefined;
  let lineIssueTotal = 0;

  const record = (line: number, issue: ValidationIssue) => {
    issueCounts[issue.code] = (issueCounts[issue.code] ?? 0) + 1;
    if (issue.severity === 'error') errorCount += 1;
    else warningCount += 1;
    lineIssueTotal += 1;
    // A warning repeated on every line (no system message) must not crowd the errors out of the list.
    if (issues.length < maxIssues && (issue.severity === 'error' || issueCounts[issue.code]! <= WARNINGS_KEPT_PER_CODE)) issues.push({ ...issue, line });
  };

  for (;;) {
    const next = await iterator.next();
    if (next.done) break;
    const raw = next.value;
    lineNumber += 1;
    let text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (lineNumber === 1 && text.startsWith('\uFEFF')) {
      text = text.slice(1);
      record(1, { path: '', code: 'utf8_bom', message: 'the file starts with a UTF-8 byte-order mark; some uploaders reject it, save without BOM.', severity: 'warning' });
    }
    if (text.trim() === '') {
      blankLines += 1;
      record(lineNumber, { path: '', code: 'blank_line', message: 'blank line; JSONL has one example per line, remove it.', severity: 'warning' });
      continue;
    }
    examples += 1;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      record(lineNumber, { path: '', code: 'invalid_json', message: `not valid JSON (${error instanceof Error ? error.message : String(error)}).`, severity: 'error' });
      continue;
    }
    if (text.includes('\uFFFD')) {
      record(lineNumber, { path: '', code: 'replacement_character', message: 'the line contains U+FFFD: the file may not be valid UTF-8.', severity: 'warning' });
    }
    const lineIssues = target.validate(parsed, model, options.formatOptions);
    let lineErrors = lineIssues.filter((issue) => issue.severity === 'error').length;
    for (const issue of lineIssues) record(lineNumber, issue);
    if (target.id === 'llama') {
      const format = detectLlamaFormat(parsed) ?? 'unknown';
      formats[format] = (formats[format] ?? 0) + 1;
    }
    if (isRecord(parsed)) {
      const summary = target.summarizeRecord(parsed);
      if (summary?.messageCount !== undefined) messageCounts.push(summary.messageCount);
      if (summary?.hasSystem === false) missingSystemCount += 1;
      if (summary?.hasUser === false) missingUserCount += 1;
    }
    // Tokens are counted for structurally valid lines only (a malformed line's count means nothing).
    if (lineErrors === 0) {
      const tokens = target.countRecordTokensSync(parsed, model, options.formatOptions);
      tokenCounts.push(tokens.count);
      if (tokens.assistantTokens !== undefined) assistantCounts.push(tokens.assistantTokens);
      tokenMethod = tokenMethod === 'estimate' ? 'estimate' : tokens.method;
      tokensPerEpoch += Math.min(model.maxTokensPerExample, tokens.count);
      if (tokens.count > model.maxTokensPerExample) {
        overLimitCount += 1;
        lineErrors += 1;
        record(lineNumber, {
          path: '',
          code: 'over_token_limit',
          message: `${tokens.count} tokens (${tokens.method}) > ${model.maxTokensPerExample} allowed per example for ${model.id}.`,
          severity: 'error',
        });
      }
    }
    if (lineErrors === 0) validExamples += 1;
  }

  const fileIssues: JsonlIssue[] = [];
  const fileIssue = (code: string, message: string, severity: 'error' | 'warning' = 'error') => {
    fileIssues.push({ line: 0, path: '', code, message, severity });
    issueCounts[code] = (issueCounts[code] ?? 0) + 1;
    if (severity === 'error') errorCount += 1;
    else warningCount += 1;
  };
  if (examples === 0) fileIssue('empty_file', 'the file has no examples.');
  if (fileRole === 'train' && examples > 0 && examples < model.minTrainExamples) {
    fileIssue('too_few_examples', `${examples} example(s); ${model.id} needs at least ${model.minTrainExamples} training examples.`);
  }
  const maxExamples = fileRole === 'train' ? model.maxTrainExamples ?? model.maxTotalExamples : model.maxValidationExamples ?? model.maxTotalExamples;
  if (maxExamples !== undefined && examples > maxExamples) {
    fileIssue('too_many_examples', `${examples} examples; ${model.id} accepts at most ${maxExamples} in a ${fileRole} file.`);
  }
  const usedFormats = Object.keys(formats).filter((format) => format !== 'unknown' && format !== 'ambiguous');
  if (usedFormats.length > 1) fileIssue('mixed_formats', `lines use more than one format (${usedFormats.join(', ')}); every line of a file must use the same one.`);

  return {
    file,
    target: target.id,
    model,
    fileRole,
    maxFileBytes: fileRole === 'train' ? model.maxTrainFileBytes : model.maxValidationFileBytes,
    examples,
    blankLines,
    validExamples,
    invalidExamples: examples - validExamples,
    errorCount,
    warningCount,
    issueCounts,
    issues,
    issuesTruncated: lineIssueTotal > issues.length,
    fileIssues,
    messagesPerExample: distributionOf(messageCounts),
    tokensPerExample: distributionOf(tokenCounts),
    assistantTokensPerExample: distributionOf(assistantCounts),
    tokenMethod,
    overLimitCount,
    missingSystemCount,
    missingUserCount,
    formats: target.id === 'llama' ? formats : undefined,
    tokensPerEpoch,
    cost: estimateTrainingCost(model, tokensPerEpoch, undefined, { exampleCount: examples, pricePerMillionTokens: options.pricePerMillionTokens }),
    ok: errorCount === 0,
  };
}

/** Stream a JSONL file line by line (large files are fine) and validate it; see `validateJsonlLines`. */
export async function validateJsonlFile(path: string, options: JsonlValidationOptions): Promise<JsonlValidationReport> {
  const { createReadStream } = await import('node:fs');
  const { stat } = await import('node:fs/promises');
  const { createInterface } = await import('node:readline');
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (error) {
    throw new TargetFormatError(`Cannot read ${path}: ${error instanceof Error ? error.message : String(error)}. Check the path.`, { code: 'file_unreadable', cause: error });
  }
  const stream = createReadStream(path, { encoding: 'utf8' });
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  try {
    const report = await validateJsonlLines(lines, path, options);
    report.fileBytes = size;
    if (report.maxFileBytes !== undefined && size > report.maxFileBytes) {
      report.fileIssues.push({
        line: 0,
        path: '',
        code: 'file_too_large',
        message: `${size} bytes > ${report.maxFileBytes} bytes allowed for a ${report.fileRole} file for ${report.model.id}; split it.`,
        severity: 'error',
      });
      report.issueCounts.file_too_large = 1;
      report.errorCount += 1;
      report.ok = false;
    }
    return report;
  } finally {
    lines.close();
    stream.destroy();
  }
}
