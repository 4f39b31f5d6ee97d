import { LLM_API_KEY_VARIABLES, LLM_BASE_URL_VARIABLES } from '../../src/llm/llm-providers.js';
import type { LlmProviderId } from '../../src/llm/types.js';
import { startLoopbackServer, type LoopbackReply, type LoopbackRequest } from './loopback-server.js';

/**
 * A fake LLM provider for pipeline tests and benchmarks. It speaks the vendor's real wire protocol
 * (paths, auth headers accepted as sent, request and response JSON), so the real SDKs behind
 * `createLlmClient` work against it when only the vendor's `*_BASE_URL` env variable points here:
 * - openai / llama: `POST /v1/chat/completions` → `chat.completion` (baseUrl ends in `/v1`)
 * - anthropic: `POST /v1/messages` → `message`; `POST /v1/messages/count_tokens` → `{input_tokens}`
 * - google: `POST /v1beta/models/{model}:generateContent` → `GenerateContentResponse`; `:countTokens` → `{totalTokens}`
 * - mistral: `POST /v1/chat/completions` → Mistral chat completion
 * Usage figures are ceil(characters / 4). Unknown routes answer 500 and are listed in `failures`.
 */

export interface FakeLlmRequest {
  /** All system text joined with blank lines ('' when none). */
  system: string;
  /** The last user message ('' when none). */
  user: string;
  messages: { role: string; content: string }[];
  /** The raw JSON body the SDK sent. */
  body: unknown;
  /** The model named in the request. */
  model: string;
}

export type FakeLlmReply = string | { status: number; headers?: Record<string, string>; body: unknown };

export interface FakeLlmServerOptions {
  vendor: LlmProviderId;
  reply: (request: FakeLlmRequest) => FakeLlmReply | Promise<FakeLlmReply>;
  /** Delay before each reply, to model provider latency. */
  latencyMs?: number;
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

type Json = Record<string, unknown>;

function isJson(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Text of an OpenAI/Anthropic/Mistral content field: a string or an array of `{type:'text', text}` parts. */
function textOf(content: unknown): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) return content.map((part) => (isJson(part) && typeof part.text === 'string' ? part.text : '')).join('');
  return '';
}

function countTokens(text: string): number {
  return Math.max(1, Math.ceil(text.length / 4));
}

function summarize(messages: { role: string; content: string }[], model: string, body: unknown): FakeLlmRequest {
  const system = messages.filter((message) => message.role === 'system' || message.role === 'developer').map((message) => message.content).join('\n\n');
  const user = messages.filter((message) => message.role === 'user').at(-1)?.content ?? '';
  return { system, user, messages, body, model };
}

function parseChatMessages(body: Json): { role: string; content: string }[] {
  const messages = Array.isArray(body.messages) ? body.messages.filter(isJson) : [];
  return messages.map((message) => ({ role: String(message.role), content: textOf(message.content) }));
}

function parseAnthropic(body: Json): FakeLlmRequest {
  const system = typeof body.system === 'string' ? body.system : textOf(body.system);
  const messages = [...(system === '' ? [] : [{ role: 'system', content: system }]), ...parseChatMessages(body)];
  return summarize(messages, String(body.model ?? ''), body);
}

function parseGoogle(body: Json, model: string): FakeLlmRequest {
  const partsText = (value: unknown): string =>
    isJson(value) && Array.isArray(value.parts) ? value.parts.map((part) => (isJson(part) && typeof part.text === 'string' ? part.text : '')).join('') : '';
  const system = partsText(body.systemInstruction);
  const contents = Array.isArray(body.contents) ? body.contents.filter(isJson) : [];
  const messages = [
    ...(system === '' ? [] : [{ role: 'system', content: system }]),
    ...contents.map((content) => ({ role: content.role === 'model' ? 'assistant' : 'user', content: partsText(content) })),
  ];
  return summarize(messages, model, body);
}

function promptText(request: FakeLlmRequest): string {
  return request.messages.map((message) => message.content).join('\n');
}

function successBody(vendor: LlmProviderId, request: FakeLlmRequest, text: string, sequence: number): Json {
  const inputTokens = countTokens(promptText(request));
  const outputTokens = countTokens(text);
  switch (vendor) {
    case 'openai':
    case 'llama':
      return {
        id: `chatcmpl-fake${sequence}`,
        object: 'chat.completion',
        created: 1_700_000_000 + sequence,
        model: request.model,
        choices: [{ index: 0, message: { role: 'assistant', content: text, refusal: null }, logprobs: null, finish_reason: 'stop' }],
        usage: { prompt_tokens: inputTokens, completion_tokens: outputTokens, total_tokens: inputTokens + outputTokens },
      };
    case 'mistral':
      return {
        id: `cmpl-fake${sequence}`,
        object: 'chat.completion',
        model: request.model,
        created: 1_700_000_000 + sequence,
        usage: { prompt_tokens: inputTokens, completion_tokens: outputTokens, total_tokens: inputTokens + outputTokens },
        choices: [{ index: 0, message: { role: 'assistant', content: text, tool_calls: null, prefix: false }, finish_reason: 'stop' }],
      };
    case 'anthropic':
      return {
        id: `msg_fake${sequence}`,
        type: 'message',
        role: 'assistant',
        model: request.model,
        content: [{ type: 'text', text }],
        stop_reason: 'end_turn',
        stop_sequence: null,
        usage: { input_tokens: inputTokens, output_tokens: outputTokens, cache_creation_input_tokens: 0, cache_read_input_tokens: 0 },
      };
    case 'google':
      return {
        candidates: [{ content: { role: 'model', parts: [{ text }] }, finishReason: 'STOP', index: 0 }],
        usageMetadata: { promptTokenCount: inputTokens, candidatesTokenCount: outputTokens, totalTokenCount: inputTokens + outputTokens },
        modelVersion: request.model,
        responseId: `fake-response-${sequence}`,
      };
  }
}

function requestIdHeaders(vendor: LlmProviderId, sequence: number): Record<string, string> {
  if (vendor === 'anthropic') return { 'request-id': `req_fake_${sequence}` };
  if (vendor === 'openai' || vendor === 'llama') return { 'x-request-id': `req_fake_${sequence}` };
  return {};
}

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
