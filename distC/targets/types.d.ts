import type { TrainingExample } from '../dataset/types.js';
export type TargetId = 'openai' | 'anthropic' | 'google' | 'mistral' | 'llama';
export declare const TARGET_IDS: readonly TargetId[];
export type TokenizerId = 'o200k_base' | 'cl100k_base' | 'llama3' | 'estimate-claude' | 'estimate-gemini' | 'estimate-mistral';
export interface ModelSpec {
    /** Canonical model ID. */
    id: string;
    /** Other IDs users type for the same model (undated aliases, Bedrock IDs ...). */
    aliases: string[];
    target: TargetId;
    maxTokensPerExample: number;
    minTrainExamples: number;
    maxTrainExamples?: number;
    maxValidationExamples?: number;
    maxTotalExamples?: number;
    maxTrainFileBytes?: number;
    maxValidationFileBytes?: number;
    tokenizer: TokenizerId;
    /** USD per 1M training tokens, where published. */
    trainingPricePerMillionTokens?: number;
    /** Where the limits come from, with the date read. */
    source: string;
}
export type ValidationSeverity = 'error' | 'warning';
export interface ValidationIssue {
    /** JSON path inside the record, e.g. `messages[2].role`. */
    path: string;
    code: string;
    message: string;
    severity: ValidationSeverity;
}
export interface TokenCount {
    count: number;
    method: 'exact' | 'estimate';
}
export interface FormatOptions {
    /** Llama only: `messages` (default), `prompt_completion` or `text`. */
    llamaFormat?: 'messages' | 'prompt_completion' | 'text';
}
export interface TargetProvider {
    id: TargetId;
    displayName: string;
    models: ModelSpec[];
    /** JSONL record for one example. Pure. */
    format(example: TrainingExample, model: ModelSpec, options?: FormatOptions): Record<string, unknown>;
    /** Every issue in one record (already parsed JSON). Never throws for bad data. */
    validate(record: unknown, model: ModelSpec, options?: FormatOptions): ValidationIssue[];
    /** Token count of one example in this target's format, including chat overhead. */
    countTokens(example: TrainingExample, model: ModelSpec): Promise<TokenCount>;
    /** Synchronous offline count (exact where a tokenizer exists, else estimate). */
    countTokensSync(example: TrainingExample, model: ModelSpec): TokenCount;
}
