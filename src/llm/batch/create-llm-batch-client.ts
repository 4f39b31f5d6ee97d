import { LlmConfigError } from '../../errors/errors.js';
import { abortReason } from '../llm-http-error.js';
import { LLM_API_KEY_VARIABLES, LLM_DEFAULT_BASE_URLS, isLocalBaseUrl } from '../llm-providers.js';
import { defaultSleep, type RetryAttemptInfo, type Sleep } from '../retry.js';
import { ANTHROPIC_BATCH_LIMITS, createAnthropicBatchClient } from './anthropic-batch-client.js';
import { createBatchCall, type BatchVendorOptions } from './batch-call.js';
import type { LlmBatchClient, LlmBatchHandle, LlmBatchProviderId, LlmBatchRequest, LlmBatchStatus } from './llm-batch-types.js';
import { OPENAI_BATCH_LIMITS, createOpenAiBatchClient } from './openai-batch-client.js';

/**
 * `createLlmBatchClient(spec)` for `system.use_batch_api: true` (OpenAI and Anthropic), plus
 * `waitForLlmBatch` to poll until done. Custom ids are checked before anything is sent.
 */

export interface CreateLlmBatchClientSpec {
  provider: LlmBatchProviderId;
  model: string;
  apiKey?: string;
  baseUrl?: string;
  /** Per HTTP call (default 600 000 ms: uploads of large JSONL files take a while). */
  timeoutMs?: number;
  /** Retries per HTTP call (default 2). */
  maxRetries?: number;
  sleep?: Sleep;
  random?: () => number;
  now?: () => Date;
  onRetry?: (info: RetryAttemptInfo) => void;
}

export const LLM_BATCH_LIMITS: Record<LlmBatchProviderId, { maxRequests: number; maxBytes: number }> = {
  openai: OPENAI_BATCH_LIMITS,
  anthropic: ANTHROPIC_BATCH_LIMITS,
};

export const LLM_BATCH_PROVIDERS: readonly LlmBatchProviderId[] = ['openai', 'anthropic'];

/** Anthropic's custom_id rule (API reference, "Create a Message Batch"), applied to OpenAI too. */
const CUSTOM_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export function validateLlmBatchRequests(provider: LlmBatchProviderId, requests: readonly LlmBatchRequest[]): void {
  const { maxRequests } = LLM_BATCH_LIMITS[provider];
  if (requests.length === 0) throw new LlmConfigError('A batch needs at least one request.');
  if (requests.length > maxRequests) {
    throw new LlmConfigError(`A ${provider} batch holds at most ${maxRequests.toLocaleString('en-US')} requests; got ${requests.length}. Split the requests into several batches.`);
  }
  const seen = new Set<string>();
  for (const { customId } of requests) {
    if (!CUSTOM_ID_PATTERN.test(customId)) {
      throw new LlmConfigError(`Batch custom id "${customId.slice(0, 80)}" is invalid: use 1–64 letters, digits, "_" or "-".`);
    }
    if (seen.has(customId)) throw new LlmConfigError(`Batch custom id "${customId}" is used twice; each request needs its own id.`);
    seen.add(customId);
  }
}

export function createLlmBatchClient(spec: CreateLlmBatchClientSpec): LlmBatchClient {
  if (!LLM_BATCH_PROVIDERS.includes(spec.provider)) {
    throw new LlmConfigError(
      `system.use_batch_api is supported for ${LLM_BATCH_PROVIDERS.join(' and ')}, not "${String(spec.provider)}"; turn it off or switch system.agentic_llm.`,
    );
  }
  const baseUrl = spec.baseUrl?.trim().replace(/\/+$/, '') || undefined;
  if (spec.apiKey === undefined && !isLocalBaseUrl(baseUrl)) {
    throw new LlmConfigError(`No API key for the ${spec.provider} Batch API: set ${LLM_API_KEY_VARIABLES[spec.provider][0]} (see .env.example).`);
  }
  const errorContext = { provider: spec.provider, modelId: spec.model, secrets: [spec.apiKey] };
  const vendorOptions: BatchVendorOptions = {
    apiKey: spec.apiKey ?? 'local-server-no-key',
    baseURL: baseUrl ?? LLM_DEFAULT_BASE_URLS[spec.provider],
    modelId: spec.model,
    timeoutMs: spec.timeoutMs ?? 600_000,
    call: createBatchCall({ maxRetries: spec.maxRetries ?? 2, sleep: spec.sleep, random: spec.random, onRetry: spec.onRetry, errorContext }),
    now: spec.now ?? (() => new Date()),
    checkSize: (bytes, maxBytes) => {
      if (bytes > maxBytes) {
        throw new LlmConfigError(
          `The ${spec.provider} batch is ${(bytes / 1024 / 1024).toFixed(1)} MB, over the ${maxBytes / 1024 / 1024} MB limit; split the requests into several batches.`,
        );
      }
    },
  };
  const vendor = spec.provider === 'openai' ? createOpenAiBatchClient(vendorOptions) : createAnthropicBatchClient(vendorOptions);
  return {
    ...vendor,
    async submit(requests, options) {
      validateLlmBatchRequests(spec.provider, requests);
      return vendor.submit(requests, options);
    },
  };
}

export interface WaitForLlmBatchOptions {
  /** Between polls (default 30 000 ms; batches take minutes to hours). */
  pollIntervalMs?: number;
  sleep?: Sleep;
  signal?: AbortSignal;
  onStatus?: (status: LlmBatchStatus) => void;
}

/** Polls until the batch is done (completed, failed, expired or cancelled) and returns the last status. */
export async function waitForLlmBatch(client: LlmBatchClient, handle: LlmBatchHandle, options: WaitForLlmBatchOptions = {}): Promise<LlmBatchStatus> {
  const sleep = options.sleep ?? defaultSleep;
  for (;;) {
    if (options.signal?.aborted) throw abortReason(options.signal);
    const status = await client.poll(handle, { signal: options.signal });
    options.onStatus?.(status);
    if (status.done) return status;
    await sleep(options.pollIntervalMs ?? 30_000, options.signal);
  }
}
