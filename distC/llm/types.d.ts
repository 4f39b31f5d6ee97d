export type LlmProviderId = 'openai' | 'anthropic' | 'google' | 'mistral' | 'llama';
export declare const LLM_PROVIDER_IDS: readonly LlmProviderId[];
export interface LlmMessage {
    role: 'system' | 'user' | 'assistant';
    content: string;
}
export type LlmResponseFormat = 'text' | 'json' | {
    type: 'json';
    schema?: Record<string, unknown>;
};
export interface LlmRequest {
    messages: LlmMessage[];
    temperature?: number;
    maxOutputTokens?: number;
    stop?: string[];
    responseFormat?: LlmResponseFormat;
    providerOptions?: Record<string, Record<string, unknown>>;
}
export type LlmFinishReason = 'stop' | 'length' | 'content-filter' | 'error' | 'other';
export interface LlmUsage {
    /** `undefined` when unknown, never a fake 0. */
    inputTokens?: number;
    outputTokens?: number;
}
export interface LlmResult {
    text: string;
    finishReason: LlmFinishReason;
    usage: LlmUsage;
    warnings: string[];
    requestId?: string;
    raw?: unknown;
}
export interface LlmCallOptions {
    signal?: AbortSignal;
}
export interface LlmClient {
    readonly provider: string;
    readonly modelId: string;
    /** Same as modelId (ARCHITECTURE.md names it `model`). */
    readonly model: string;
    generate(request: LlmRequest, options?: LlmCallOptions): Promise<LlmResult>;
}
