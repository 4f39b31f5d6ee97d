import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { json, startLoopbackServer, type LoopbackServer } from './loopback-server.js';

let server: LoopbackServer;
beforeAll(async () => {
  server = await startLoopbackServer();
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => server.reset());

describe('loopback server', () => {
  it('listens on 127.0.0.1 with an ephemeral port', () => {
    expect(server.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.port).toBeGreaterThan(0);
  });

  it('serves queued replies in order and records url, headers and JSON body', async () => {
    server.enqueue('POST', '/v1/x', json({ n: 1 }, 201, { 'x-request-id': 'r1' }), json({ n: 2 }));
    const first = await fetch(`${server.baseUrl}/v1/x?alt=1`, { method: 'POST', headers: { authorization: 'Bearer k' }, body: JSON.stringify({ a: 1 }) });
    expect(first.status).toBe(201);
    expect(first.headers.get('x-request-id')).toBe('r1');
    expect(await first.json()).toEqual({ n: 1 });
    expect(await (await fetch(`${server.baseUrl}/v1/x`, { method: 'POST', body: 'not json' })).json()).toEqual({ n: 2 });
    expect(server.requests.map((request) => [request.url, request.path, request.query.get('alt'), request.body, request.bodyText])).toEqual([
      ['/v1/x?alt=1', '/v1/x', '1', { a: 1 }, '{"a":1}'],
      ['/v1/x', '/v1/x', null, undefined, 'not json'],
    ]);
    expect(server.requests[0]?.headers.authorization).toBe('Bearer k');
    server.assertNoFailures();
  });

  it('answers an unmatched request 500 and fails the test through assertNoFailures', async () => {
    const response = await fetch(`${server.baseUrl}/nowhere`);
    expect(response.status).toBe(500);
    expect(() => server.assertNoFailures()).toThrow(/unmatched request: GET \/nowhere/);
  });

  it('lists unused replies', () => {
    server.enqueue('GET', '/a', json({}), json({}));
    expect(server.unusedReplies()).toEqual(['2 GET /a']);
  });

  it('flushes SSE frames one at a time', async () => {
    server.enqueue('GET', '/stream', { kind: 'sse', frames: ['data: {"i":1}', 'data: {"i":2}', 'data: [DONE]'], frameDelayMs: 40 });
    const response = await fetch(`${server.baseUrl}/stream`);
    expect(response.headers.get('content-type')).toBe('text/event-stream');
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    const chunks: { text: string; at: number }[] = [];
    const started = Date.now();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push({ text: decoder.decode(value), at: Date.now() - started });
    }
    expect(chunks.map((chunk) => chunk.text).join('')).toBe('data: {"i":1}\n\ndata: {"i":2}\n\ndata: [DONE]\n\n');
    expect(chunks.length).toBeGreaterThanOrEqual(3);
    expect((chunks.at(-1)?.at ?? 0) - (chunks[0]?.at ?? 0)).toBeGreaterThanOrEqual(60);
  });

  it('hangs until the client aborts, and destroys sockets on request', async () => {
    server.enqueue('GET', '/hang', { kind: 'hang' });
    await expect(fetch(`${server.baseUrl}/hang`, { signal: AbortSignal.timeout(100) })).rejects.toMatchObject({ name: 'TimeoutError' });
    server.enqueue('GET', '/drop', { kind: 'destroy' });
    await expect(fetch(`${server.baseUrl}/drop`)).rejects.toThrow(/fetch failed/);
  });

  it('falls back to a handler (string or RegExp path) when the queue is empty', async () => {
    server.handle('POST', /^\/v1beta\/models\/[^:]+:generateContent$/, (request) => json({ path: request.path }));
    const response = await fetch(`${server.baseUrl}/v1beta/models/gemini:generateContent`, { method: 'POST', body: '{}' });
    expect(await response.json()).toEqual({ path: '/v1beta/models/gemini:generateContent' });
  });
});
