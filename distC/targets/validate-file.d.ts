import type { ModelLimitsOverride } from '../config/config.js';
import { type TrainingCostEstimate } from './capacity.js';
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
    /** Line issues, first `maxIssues` only. */
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
export declare function distributionOf(values: readonly number[]): Distribution | undefined;
/** Validate JSONL lines (any iterable of strings without newlines) against a target and model. */
export declare function validateJsonlLines(lines: AsyncIterable<string> | Iterable<string>, file: string, options: JsonlValidationOptions): Promise<JsonlValidationReport>;
/** Stream a JSONL file line by line (large files are fine) and validate it; see `validateJsonlLines`. */
export declare function validateJsonlFile(path: string, options: JsonlValidationOptions): Promise<JsonlValidationReport>;
