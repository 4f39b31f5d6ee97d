import type { LlmProviderId } from '../../src/llm/types.js';

/** Vendor wire formats for the fake LLM server: request parsing and response bodies, per vendor. */

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

export type Json = Record<string, unknown>;

export function isJson(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Text of an OpenAI/Anthropic/Mistral content field: a string or an array of `{type:'text', text}` parts. */
export function textOf(content: unknown): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) return content.map((part) => (isJson(part) && typeof part.text === 'string' ? part.text : '')).join('');
  return '';
}

export function countTokens(text: string): number {
  return Math.max(1, Math.ceil(text.length / 4));
}

export function summarize(messages: { role: string; content: string }[], model: string, body: unknown): FakeLlmRequest {
  const system = messages.filter((message) => message.role === 'system' || message.role === 'developer').map((message) => message.content).join('\n\n');
  const user = messages.filter((message) => message.role === 'user').at(-1)?.content ?? '';
  return { system, user, messages, body, model };
}

export function parseChatMessages(body: Json): { role: string; content: string }[] {
  const messages = Array.isArray(body.messages) ? body.messages.filter(isJson) : [];
  return messages.map((message) => ({ role: String(message.role), content: textOf(message.content) }));
}

export function parseAnthropic(body: Json): FakeLlmRequest {
  const system = typeof body.system === 'string' ? body.system : textOf(body.system);
  const messages = [...(system === '' ? [] : [{ role: 'system', content: system }]), ...parseChatMessages(body)];
  return summarize(messages, String(body.model ?? ''), body);
}

export function parseGoogle(body: Json, model: string): FakeLlmRequest {
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

export function promptText(request: FakeLlmRequest): string {
  return request.messages.map((message) => message.content).join('\n');
}

export function successBody(vendor: LlmProviderId, request: FakeLlmRequest, text: string, sequence: number): Json {
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

export function requestIdHeaders(vendor: LlmProviderId, sequence: number): Record<string, string> {
  if (vendor === 'anthropic') return { 'request-id': `req_fake_${sequence}` };
  if (vendor === 'openai' || vendor === 'llama') return { 'x-request-id': `req_fake_${sequence}` };
  return {};
}

