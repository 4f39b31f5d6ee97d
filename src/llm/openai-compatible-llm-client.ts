import type OpenAI from 'openai';
import {
  createErrorBodyRecorder,
  ensureJsonInstruction,
  isRecord,
  numberField,
  parseJsonSafely,
  providerOptionsFor,
  resolveResponseFormat,
  stringField,
  type LlmAdapterOptions,
} from './adapter-request.js';
import {
  createLlmConnectionError,
  createLlmHttpError,
  createLlmResponseError,
  createLlmTimeoutError,
  headersToRecord,
  type LlmErrorContext,
} from './llm-http-error.js';
import { LLM_DEFAULT_BASE_URLS } from './llm-providers.js';
import { runLlmCall } from './run-llm-call.js';
import type { LlmClient, LlmFinishReason, LlmRequest, LlmResult } from './types.js';

/**
 * Chat Completions through the official `openai` SDK, shared by the `openai` adapter and the `llama`
 * adapter (any OpenAI-compatible host: Together, Fireworks, OpenRouter, Ollama, vLLM, llama.cpp).
 */

type OpenAiSdk = typeof import('openai');

let sdkPromise: Promise<OpenAiSdk> | undefined;
function loadOpenAiSdk(): Promise<OpenAiSdk> {
  sdkPromise ??= import('openai');
  return sdkPromise;
}

export interface OpenAiCompatibleSettings {
  provider: 'openai' | 'llama';
  /** OpenAI renamed `max_tokens` to `max_completion_tokens` (required by o-series models); hosts still take `max_tokens`. */
  maxTokensField: 'max_completion_tokens' | 'max_tokens';
  /** Whether the host accepts `response_format: {type: 'json_schema'}`; else schemas fall back to `json_object`. */
  supportsJsonSchema: boolean;
}

/**
 * OpenAI sends 429 for spent credit too; `error.code`/`type` tell it apart. `insufficient_quota` plus the
 * billing codes listed in Microsoft's Dev Proxy guide "OpenAI insufficient_quota" (learn.microsoft.com,
 * microsoft-cloud/dev/dev-proxy/concepts/openai-insufficient-quota, read 2026): retrying never helps.
 */
const QUOTA_CODES = new Set([
  'insufficient_quota',
  'credit_balance_exhausted',
  'organization_spend_limit_exceeded',
  'project_spend_limit_exceeded',
  'organization_usage_limit_exceeded',
  'billing_hard_limit_reached',
]);

const FINISH_REASONS: Record<string, LlmFinishReason> = {
  stop: 'stop',
  length: 'length',
  content_filter: 'content-filter',
  tool_calls: 'other',
  function_call: 'other',
  // llama.cpp / some hosts report `eos`; vLLM may report `abort`.
  eos: 'stop',
  abort: 'error',
};

export function createOpenAiCompatibleLlmClient(
  options: LlmAdapterOptions<OpenAI>,
  settings: OpenAiCompatibleSettings,
): LlmClient {
  const { provider } = settings;
  const baseURL = options.baseURL ?? LLM_DEFAULT_BASE_URLS[provider];
  const context: LlmErrorContext = { provider, modelId: options.modelId, secrets: [options.apiKey] };
  const recorder = createErrorBodyRecorder();
  let clientPromise: Promise<OpenAI> | undefined;

  const getClient = (): Promise<OpenAI> => {
    clientPromise ??= options.client
      ? Promise.resolve(options.client)
      : loadOpenAiSdk().then(
          (sdk) =>
            new sdk.default({
              apiKey: options.apiKey,
              baseURL,
              maxRetries: 0,
              timeout: options.timeoutMs,
              fetch: recorder.fetch,
              logLevel: 'off',
            }),
        );
    return clientPromise;
  };

  const buildBody = (request: LlmRequest, warnings: string[]): Record<string, unknown> => {
    const format = resolveResponseFormat(request);
    let messages = request.messages;
    const body: Record<string, unknown> = { model: options.modelId };
    if (format.kind === 'json') {
      if (format.schema !== undefined && settings.supportsJsonSchema) {
        // Structured outputs: https://platform.openai.com/docs/guides/structured-outputs (`json_schema`).
        body.response_format = { type: 'json_schema', json_schema: { name: 'response', schema: format.schema, strict: false } };
      } else {
        if (format.schema !== undefined) warnings.push(`${provider}: the JSON schema is not sent (host JSON mode is json_object only); output is parsed and validated afterwards`);
        messages = ensureJsonInstruction(messages, warnings);
        body.response_format = { type: 'json_object' };
      }
    }
    body.messages = messages.map((message) => ({ role: message.role, content: message.content }));
    if (request.temperature !== undefined) body.temperature = request.temperature;
    if (request.maxOutputTokens !== undefined) body[settings.maxTokensField] = request.maxOutputTokens;
    if (request.stop !== undefined && request.stop.length > 0) {
      // Chat Completions accepts "up to 4 sequences" (API reference, `stop`).
      if (request.stop.length > 4) warnings.push(`${provider}: only the first 4 of ${request.stop.length} stop sequences are sent`);
      body.stop = request.stop.slice(0, 4);
    }
    return { ...body, ...providerOptionsFor(request, provider) };
  };

  const mapError = (sdk: OpenAiSdk, error: unknown): Error => {
    if (error instanceof sdk.APIConnectionTimeoutError) return createLlmTimeoutError(context, options.timeoutMs, error);
    if (error instanceof sdk.APIConnectionError) return createLlmConnectionError(context, error.cause ?? error, baseURL);
    if (error instanceof sdk.APIError && typeof error.status === 'number') {
      const bodyText = recorder.bodyFor(error.headers) ?? (error.error === undefined ? undefined : JSON.stringify({ error: error.error }));
      const parsed = parseJsonSafely(bodyText);
      // OpenAI wraps details in `error`; vLLM/Ollama/Together may send them at the top level.
      const detail = isRecord(parsed) && isRecord(parsed.error) ? parsed.error : parsed;
      const code = stringField(detail, 'code') ?? (error.code ?? undefined);
      const type = stringField(detail, 'type') ?? error.type;
      const message = stringField(detail, 'message') ?? (typeof parsed === 'string' ? parsed : undefined);
      return createLlmHttpError(context, {
        status: error.status,
        headers: error.headers,
        bodyText: bodyText ?? error.message,
        requestId: error.requestID ?? undefined,
        vendorMessage: message ?? (bodyText === undefined ? error.message : bodyText.slice(0, 300)),
        vendorCode: code ?? type,
        isQuota: error.status === 402 || (code !== undefined && QUOTA_CODES.has(code)) || (type !== undefined && QUOTA_CODES.has(type)),
        cause: error,
      });
    }
    const problem = error instanceof SyntaxError ? `invalid JSON: ${error.message}` : error instanceof Error ? error.message : String(error);
    return createLlmResponseError(context, problem, error);
  };

  return {
    provider,
    modelId: options.modelId,
    model: options.modelId,
    async generate(request, callOptions = {}): Promise<LlmResult> {
      const warnings: string[] = [];
      const body = buildBody(request, warnings);
      const [sdk, client] = await Promise.all([loadOpenAiSdk(), getClient()]);
      const { data, response, request_id: requestIdHeader } = await runLlmCall(
        { context, signal: callOptions.signal, timeoutMs: options.timeoutMs, mapError: (error) => mapError(sdk, error) },
        (signal) =>
          client.chat.completions
            .create(body as unknown as OpenAI.ChatCompletionCreateParamsNonStreaming, { signal, maxRetries: 0, timeout: options.timeoutMs })
            .withResponse(),
      );
      const raw = { request: body, response: { status: response.status, headers: headersToRecord(response.headers), body: data } };
      const requestId = requestIdHeader ?? (typeof data?.id === 'string' ? data.id : undefined);
      const choice: unknown = Array.isArray(data?.choices) ? data.choices[0] : undefined;
      if (!isRecord(choice) || !isRecord(choice.message)) {
        throw createLlmResponseError(context, 'no choices[0].message in the chat completion', undefined, {
          bodyText: JSON.stringify(data),
          status: response.status,
          requestId,
        });
      }
      const content = choice.message.content;
      const refusal = stringField(choice.message, 'refusal');
      let finishReason = FINISH_REASONS[stringField(choice, 'finish_reason') ?? ''] ?? 'other';
      if (refusal !== undefined && refusal !== '') {
        warnings.push(`${provider}: the model refused: ${refusal.slice(0, 200)}`);
        finishReason = 'content-filter';
      }
      return {
        text: typeof content === 'string' ? content : '',
        finishReason,
        usage: {
          inputTokens: numberField(data?.usage, 'prompt_tokens'),
          outputTokens: numberField(data?.usage, 'completion_tokens'),
        },
        warnings,
        requestId,
        raw,
      };
    },
  };
}
