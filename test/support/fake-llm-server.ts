import { LLM_API_KEY_VARIABLES, LLM_BASE_URL_VARIABLES } from '../../src/llm/llm-providers.js';
import type { LlmProviderId } from '../../src/llm/types.js';
import { registerFakeBatchRoutes } from './fake-llm-batches.js';
import {
  countTokens,
  isJson,
  parseAnthropic,
  parseChatMessages,
  parseGoogle,
  promptText,
  requestIdHeaders,
  successBody,
  summarize,
  type FakeLlmReply,
  type FakeLlmRequest,
  type Json,
} from './fake-llm-wire.js';
import { startLoopbackServer, type LoopbackReply, type LoopbackRequest } from './loopback-server.js';

export type { FakeLlmReply, FakeLlmRequest } from './fake-llm-wire.js';

/**
 * A fake LLM provider for pipeline tests and benchmarks. It speaks the vendor's real wire protocol
 * (paths, auth headers accepted as sent, request and response JSON), so the real SDKs behind
 * `createLlmClient` work against it when only the vendor's `*_BASE_URL` env variable points here:
 * - openai / llama: `POST /v1/chat/completions` → `chat.completion` (baseUrl ends in `/v1`)
 * - anthropic: `POST /v1/messages` → `message`; `POST /v1/messages/count_tokens` → `{input_tokens}`
 * - google: `POST /v1beta/models/{model}:generateContent` → `GenerateContentResponse`; `:countTokens` → `{totalTokens}`
 * - mistral: `POST /v1/chat/completions` → Mistral chat completion
 * - batch APIs (openai, anthropic): OpenAI Files + Batch, Anthropic Message Batches (see fake-llm-batches.ts)
 * Usage figures are ceil(characters / 4). Unknown routes answer 500 and are listed in `failures`.
 */

export interface FakeLlmServerOptions {
  vendor: LlmProviderId;
  reply: (request: FakeLlmRequest) => FakeLlmReply | Promise<FakeLlmReply>;
  /** Delay before each reply, to model provider latency. */
  latencyMs?: number;
  /** Batch APIs: how many status polls report "in progress" before the batch is done (default 0). */
  batchPollsUntilDone?: number;
}

export interface FakeLlmServer {
  /** Exactly the value for the vendor's base-URL env variable (`envVar`). */
  baseUrl: string;
  envVar: string;
  /** The vendor's API-key variable. */
  keyVariable: string;
  /** `{ [envVar]: baseUrl, [keyVariable]: 'fake-key' }`, ready to merge into an env record. */
  env: Record<string, string>;
  /** Every request received, in order. */
  requests: LoopbackRequest[];
  failures: string[];
  close(): Promise<void>;
}

export const FAKE_LLM_API_KEY = 'fake-llm-key-for-tests';

export async function startFakeLlmServer(options: FakeLlmServerOptions): Promise<FakeLlmServer> {
  const { vendor } = options;
  const server = await startLoopbackServer();
  let sequence = 0;

  const answer = async (request: FakeLlmRequest): Promise<LoopbackReply> => {
    sequence += 1;
    const id = sequence;
    const reply = await options.reply(request);
    const delayMs = options.latencyMs;
    if (typeof reply !== 'string') return { kind: 'json', status: reply.status, headers: reply.headers, body: reply.body, delayMs };
    return { kind: 'json', status: 200, headers: requestIdHeaders(vendor, id), body: successBody(vendor, request, reply, id), delayMs };
  };
  const bodyOf = (request: LoopbackRequest): Json => (isJson(request.body) ? request.body : {});

  switch (vendor) {
    case 'openai':
    case 'llama':
    case 'mistral':
      server.handle('POST', '/v1/chat/completions', (request) => {
        const body = bodyOf(request);
        return answer(summarize(parseChatMessages(body), String(body.model ?? ''), body));
      });
      break;
    case 'anthropic':
      server.handle('POST', '/v1/messages', (request) => answer(parseAnthropic(bodyOf(request))));
      server.handle('POST', '/v1/messages/count_tokens', (request) => ({
        kind: 'json',
        body: { input_tokens: countTokens(promptText(parseAnthropic(bodyOf(request)))) },
      }));
      break;
    case 'google': {
      const route = /^\/v1(?:beta|alpha)?\/models\/([^/:]+):(generateContent|countTokens)$/;
      server.handle('POST', route, (request) => {
        const [, model = '', method] = route.exec(request.path) ?? [];
        const parsed = parseGoogle(bodyOf(request), model);
        if (method === 'countTokens') return { kind: 'json', body: { totalTokens: countTokens(promptText(parsed)) } };
        return answer(parsed);
      });
      break;
    }
  }

  const baseUrl = vendor === 'openai' || vendor === 'llama' ? `${server.baseUrl}/v1` : server.baseUrl;
  if (vendor === 'openai' || vendor === 'anthropic') {
    registerFakeBatchRoutes(server, {
      vendor,
      origin: server.baseUrl,
      pollsUntilDone: options.batchPollsUntilDone ?? 0,
      reply: async (request) => options.reply(request),
    });
  }
  const envVar = LLM_BASE_URL_VARIABLES[vendor];
  const keyVariable = LLM_API_KEY_VARIABLES[vendor][0] ?? '';
  return {
    baseUrl,
    envVar,
    keyVariable,
    env: { [envVar]: baseUrl, [keyVariable]: FAKE_LLM_API_KEY },
    requests: server.requests,
    failures: server.failures,
    close: () => server.close(),
  };
}
