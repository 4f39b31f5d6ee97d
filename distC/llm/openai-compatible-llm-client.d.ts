import type OpenAI from 'openai';
import { type LlmAdapterOptions, type SdkClientOptions } from './adapter-request.js';
import { type LlmErrorContext, type SdkErrorMappingContext } from './llm-http-error.js';
import type { LlmClient, LlmRequest, LlmResult } from './types.js';
/**
 * Chat Completions through the official `openai` SDK, shared by the `openai` adapter and the `llama`
 * adapter (any OpenAI-compatible host: Together, Fireworks, OpenRouter, Ollama, vLLM, llama.cpp).
 */
type OpenAiSdk = typeof import('openai');
export declare const loadOpenAiSdk: () => Promise<OpenAiSdk>;
export interface OpenAiCompatibleSettings {
    provider: 'openai' | 'llama';
    /** OpenAI renamed `max_tokens` to `max_completion_tokens` (required by o-series models); hosts still take `max_tokens`. */
    maxTokensField: 'max_completion_tokens' | 'max_tokens';
    /** Whether the host accepts `response_format: {type: 'json_schema'}`; else schemas fall back to `json_object`. */
    supportsJsonSchema: boolean;
}
export declare function buildOpenAiChatBody(request: LlmRequest, modelId: string, settings: OpenAiCompatibleSettings, warnings: string[]): Record<string, unknown>;
export type OpenAiErrorMappingContext = SdkErrorMappingContext;
/** Maps an `openai` SDK error (or anything thrown while calling it) to our error classes. */
export declare function mapOpenAiSdkError(sdk: OpenAiSdk, error: unknown, mapping: OpenAiErrorMappingContext): Error;
/** Turns a `chat.completion` body into an `LlmResult` (also used for Batch API output lines). */
export declare function mapOpenAiChatCompletion(data: unknown, context: LlmErrorContext, meta: {
    requestId?: string;
    status?: number;
    warnings: string[];
    raw: unknown;
}): LlmResult;
export declare function createOpenAiCompatibleLlmClient(options: LlmAdapterOptions<OpenAI>, settings: OpenAiCompatibleSettings): LlmClient;
/** An `openai` SDK client with its retries off, our timeout, and the error-body recorder. */
export declare function createOpenAiSdkClient(sdk: OpenAiSdk, options: SdkClientOptions): OpenAI;
export {};
