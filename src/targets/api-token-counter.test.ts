import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { TrainingExample } from '../dataset/types.js';
import { anthropicApiModelId, createApiTokenCounter, withTokenCounter } from './api-token-counter.js';
import { checkExample } from './check-example.js';
import { getTarget, resolveModel } from './registry.js';

/** A tiny loopback server: scripted JSON replies keyed by "METHOD path", every request recorded. */
interface Recorded {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: unknown;
}
let server: Server;
let baseUrl: string;
const requests: Recorded[] = [];
const replies = new Map<string, { status: number; body: unknown }[]>();

beforeAll(async () => {
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const url = request.url ?? '';
      requests.push({ method: request.method ?? '', url, headers: request.headers, body: text ? JSON.parse(text) : undefined });
      const reply = replies.get(`${request.method} ${url.split('?')[0]}`)?.shift();
      response.writeHead(reply?.status ?? 500, { 'content-type': 'application/json' });
      response.end(JSON.stringify(reply?.body ?? { error: { message: `unexpected ${request.method} ${url}` } }));
    });
  });
  server.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});
beforeEach(() => {
  requests.length = 0;
  replies.clear();
});

const example: TrainingExample = {
  messages: [
    { role: 'system', content: 'You are terse.' },
    { role: 'user', content: '2+2?' },
    { role: 'assistant', content: '4' },
  ],
};

describe('createApiTokenCounter', () => {
  it('maps Bedrock model IDs to the Anthropic API ID', () => {
    expect(anthropicApiModelId('anthropic.claude-3-haiku-20240307-v1:0:200k')).toBe('claude-3-haiku-20240307');
    expect(anthropicApiModelId('anthropic.claude-3-haiku-20240307-v1:0')).toBe('claude-3-haiku-20240307');
    expect(anthropicApiModelId('us.anthropic.claude-3-haiku-20240307-v1:0')).toBe('claude-3-haiku-20240307');
    expect(anthropicApiModelId('claude-3-haiku-20240307')).toBe('claude-3-haiku-20240307');
  });

  it('counts a Claude example through messages.countTokens (real @anthropic-ai/sdk)', async () => {
    replies.set('POST /v1/messages/count_tokens', [{ status: 200, body: { input_tokens: 21 } }]);
    const count = createApiTokenCounter({ target: 'anthropic', apiKey: 'test-key-anthropic', baseUrl, model: 'anthropic.claude-3-haiku-20240307-v1:0:200k' });
    expect(await count(example)).toEqual({ count: 21, method: 'exact' });
    expect(requests).toHaveLength(1);
    const [request] = requests;
    expect(request?.body).toEqual({ model: 'claude-3-haiku-20240307', system: 'You are terse.', messages: [{ role: 'user', content: '2+2?' }, { role: 'assistant', content: '4' }] });
    const auth = `${request?.headers['x-api-key'] ?? ''} ${request?.headers.authorization ?? ''}`;
    expect(auth).toContain('test-key-anthropic');
  });

  it('counts a Gemini example through models.countTokens (real @google/genai), system as a leading user turn', async () => {
    replies.set('POST /v1beta/models/gemini-2.5-flash:countTokens', [{ status: 200, body: { totalTokens: 17 } }]);
    const count = createApiTokenCounter({ target: 'google', apiKey: 'test-key-gemini', baseUrl, model: 'gemini-2.5-flash' });
    expect(await count(example)).toEqual({ count: 17, method: 'exact' });
    const [request] = requests;
    expect(request?.headers['x-goog-api-key']).toBe('test-key-gemini');
    expect(request?.body).toEqual({
      contents: [
        { role: 'user', parts: [{ text: 'You are terse.' }] },
        { role: 'user', parts: [{ text: '2+2?' }] },
        { role: 'model', parts: [{ text: '4' }] },
      ],
    });
  });

  it('wraps API failures in a clear error without the key and does not retry', async () => {
    replies.set('POST /v1/messages/count_tokens', [{ status: 401, body: { type: 'error', error: { type: 'authentication_error', message: 'invalid x-api-key' } } }]);
    const count = createApiTokenCounter({ target: 'anthropic', apiKey: 'secret-key-123', baseUrl, model: 'claude-3-haiku-20240307' });
    const error = (await count(example).then(
      () => new Error('expected a failure'),
      (caught: unknown) => caught,
    )) as Error & { code: string };
    expect(error).toMatchObject({ code: 'token_count_api_failed' });
    expect(error.message).toContain('HTTP 401');
    expect(error.message).toContain('exact_token_counts: false');
    expect(error.message).not.toContain('secret-key-123');
    expect(requests).toHaveLength(1);
  });

  it('plugs into checkExample via withTokenCounter', async () => {
    replies.set('POST /v1beta/models/gemini-2.5-flash:countTokens', [{ status: 200, body: { totalTokens: 131_073 } }, { status: 200, body: { totalTokens: 12 } }]);
    const counter = createApiTokenCounter({ target: 'google', apiKey: 'k', baseUrl, model: 'gemini-2.5-flash' });
    const target = withTokenCounter(getTarget('google'), counter);
    const model = resolveModel('google', 'gemini-2.5-flash');
    expect(await checkExample(target, model, example, { truncate: false })).toMatchObject({ ok: false, reason: 'over_token_limit', tokens: { count: 131_073, method: 'exact' } });
    expect(await checkExample(target, model, example, { truncate: false })).toMatchObject({ ok: true, tokens: { count: 12, method: 'exact' } });
  });
});
