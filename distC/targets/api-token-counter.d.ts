import type { TrainingExample } from '../dataset/types.js';
import type { ModelSpec, TargetProvider, TokenCount } from './types.js';
/** Exact count of one example through a vendor API. */
export type ExampleTokenCounter = (example: TrainingExample) => Promise<TokenCount>;
export interface ApiTokenCounterOptions {
    target: 'anthropic' | 'google';
    apiKey: string;
    /** Model ID the count API knows (Bedrock IDs are mapped to the Anthropic API ID). */
    model: string;
    /** E.g. `ANTHROPIC_BASE_URL` / `GOOGLE_GEMINI_BASE_URL`; tests point it at 127.0.0.1. */
    baseUrl?: string;
    timeoutMs?: number;
}
/** `anthropic.claude-3-haiku-20240307-v1:0:200k` → `claude-3-haiku-20240307` (the Anthropic API's ID). */
export declare function anthropicApiModelId(model: string): string;
/**
 * A counter backed by the vendor's count-tokens endpoint (used when `system.exact_token_counts: true` and a key is
 * set). The SDK is imported on first use, with its retries off (STYLE.md).
 * - Anthropic: `client.messages.countTokens({ model, system, messages })` → `input_tokens` (POST /v1/messages/count_tokens).
 *   A conversation ending with the assistant turn is counted as a prefill, which is exactly the training record.
 * - Gemini: `ai.models.countTokens({ model, contents })` → `totalTokens`. The Developer API rejects
 *   `config.systemInstruction` in countTokens (@google/genai 2.32 `countTokensConfigToMldev`), so the system prompt
 *   is sent as a leading user turn: its text is counted, the turn markers may differ by a few tokens.
 */
export declare function createApiTokenCounter(options: ApiTokenCounterOptions): ExampleTokenCounter;
/**
 * The same target with `countTokens` backed by `counter` (e.g. from `createApiTokenCounter`). `countTokensSync`
 * stays the offline estimate, so `checkExample` (async) uses the exact counts and `checkExampleSync` does not.
 */
export declare function withTokenCounter<T extends TargetProvider>(target: T, counter: ExampleTokenCounter, appliesTo?: (model: ModelSpec) => boolean): T;
