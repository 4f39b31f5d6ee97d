import type Anthropic from '@anthropic-ai/sdk';
import { type LlmAdapterOptions, type SdkClientOptions } from './adapter-request.js';
import { type LlmErrorContext, type SdkErrorMappingContext } from './llm-http-error.js';
import type { LlmClient, LlmRequest, LlmResult } from './types.js';
/**
 * Anthropic Messages API via `@anthropic-ai/sdk` (retries off, errors mapped to our classes).
 * - System messages go to the top-level `system` string; `max_tokens` is required by the API, so
 *   `maxOutputTokens` defaults to 4096 (the output limit of the smallest current model, Claude 3 Haiku).
 * - Temperature is clamped to Anthropic's range 0–1 with a warning.
 * - The Messages API has no JSON mode: a JSON request adds a warning and relies on the prompt plus
 *   tolerant parsing. `providerOptions.anthropic.jsonPrefill: true` prefills the reply with `{` instead
 *   (the text returned then starts with that `{`).
 */
type AnthropicSdk = typeof import('@anthropic-ai/sdk');
export declare const loadAnthropicSdk: () => Promise<AnthropicSdk>;
export type AnthropicLlmClientOptions = LlmAdapterOptions<Anthropic>;
export declare const ANTHROPIC_DEFAULT_MAX_OUTPUT_TOKENS = 4096;
/** The Messages API body for `request`, and the prefill to put back in front of the reply text. */
export declare function buildAnthropicMessageBody(request: LlmRequest, modelId: string, warnings: string[]): {
    body: Record<string, unknown>;
    prefill: string;
};
export type AnthropicErrorMappingContext = SdkErrorMappingContext;
/** The `type`/`error_code`/message rule for an Anthropic error body (also used for batch `errored` results). */
export declare function isAnthropicQuotaError(status: number | undefined, type: string | undefined, errorCode: string | undefined, message: string): boolean;
/** Maps an `@anthropic-ai/sdk` error (or anything thrown while calling it) to our error classes. */
export declare function mapAnthropicSdkError(sdk: AnthropicSdk, error: unknown, mapping: AnthropicErrorMappingContext): Error;
/** Turns a Messages API `message` body into an `LlmResult` (also used for Message Batches results). */
export declare function mapAnthropicMessage(data: unknown, context: LlmErrorContext, meta: {
    requestId?: string;
    status?: number;
    prefill: string;
    warnings: string[];
    raw: unknown;
}): LlmResult;
/** An `@anthropic-ai/sdk` client with its retries off, our timeout, and the error-body recorder. */
export declare function createAnthropicSdkClient(sdk: AnthropicSdk, options: SdkClientOptions): Anthropic;
export declare function createAnthropicLlmClient(options: AnthropicLlmClientOptions): LlmClient;
export {};
