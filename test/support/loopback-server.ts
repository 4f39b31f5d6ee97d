import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * A scripted HTTP server on 127.0.0.1 for socket-level adapter tests (STYLE.md "Testing adapters").
 * Routes are keyed by `METHOD path` (path without the query string); each holds a queue of replies that
 * are used once, in order. A route may also have a fallback handler for when its queue is empty.
 * Every request is recorded; a request with no reply left is answered 500 and recorded in `failures`,
 * so `assertNoFailures()` (call it in `afterEach`) fails the test.
 */

export interface LoopbackRequest {
  method: string;
  /** Path plus query, as received. */
  url: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  bodyText: string;
  /** The body parsed as JSON, or undefined when it is not JSON. */
  body: unknown;
}

export type LoopbackReply =
  | { kind: 'json'; status?: number; headers?: Record<string, string>; body: unknown; delayMs?: number }
  | { kind: 'text'; status?: number; headers?: Record<string, string>; body: string; delayMs?: number }
  | { kind: 'sse'; status?: number; headers?: Record<string, string>; frames: string[]; frameDelayMs?: number }
  /** Sends nothing and keeps the socket open until the client gives up. */
  | { kind: 'hang' }
  /** Destroys the socket without a response. */
  | { kind: 'destroy' };

export type LoopbackHandler = (request: LoopbackRequest) => LoopbackReply | Promise<LoopbackReply>;

export interface LoopbackServer {
  /** `http://127.0.0.1:<port>` (no trailing slash). */
  readonly baseUrl: string;
  readonly port: number;
  readonly requests: LoopbackRequest[];
  readonly failures: string[];
  /** Queues replies for `method path`, used one per request in order. */
  enqueue(method: string, path: string, ...replies: LoopbackReply[]): void;
  /** Answers `method path` with `handler` whenever its queue is empty. */
  handle(method: string, path: string | RegExp, handler: LoopbackHandler): void;
  requestsTo(method: string, path: string): LoopbackRequest[];
  /** Clears queues, handlers, recorded requests and failures. */
  reset(): void;
  /** Throws when any request went unmatched (answered 500) or the server failed to reply. */
  assertNoFailures(): void;
  /** Queued replies not yet used, as `count METHOD path` strings (a test that expects no retry leaves some). */
  unusedReplies(): string[];
  close(): Promise<void>;
}

export const json = (body: unknown, status = 200, headers: Record<string, string> = {}): LoopbackReply => ({
  kind: 'json',
  status,
  headers,
  body,
});

function routeKey(method: string, path: string): string {
  return `${method.toUpperCase()} ${path}`;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function sendReply(reply: LoopbackReply, response: ServerResponse, socket: Socket): Promise<void> {
  switch (reply.kind) {
    case 'hang':
      return;
    case 'destroy':
      socket.destroy();
      return;
    case 'json':
    case 'text': {
      if (reply.delayMs !== undefined) await delay(reply.delayMs);
      const text = reply.kind === 'json' ? JSON.stringify(reply.body) : reply.body;
      const contentType = reply.kind === 'json' ? 'application/json' : 'text/plain';
      response.writeHead(reply.status ?? 200, { 'content-type': contentType, ...reply.headers });
      response.end(text);
      return;
    }
    case 'sse': {
      response.writeHead(reply.status ?? 200, {
        'content-type': 'text/event-stream',
        'cache-control': 'no-cache',
        ...reply.headers,
      });
      for (const frame of reply.frames) {
        response.write(frame.endsWith('\n\n') ? frame : `${frame}\n\n`);
        if (reply.frameDelayMs !== undefined) await delay(reply.frameDelayMs);
      }
      response.end();
      return;
    }
  }
}

export async function startLoopbackServer(): Promise<LoopbackServer> {
  const queues = new Map<string, LoopbackReply[]>();
  const handlers: { method: string; path: string | RegExp; handler: LoopbackHandler }[] = [];
  const requests: LoopbackRequest[] = [];
  const failures: string[] = [];

  const server = createServer((incoming, response) => {
    void (async () => {
      const bodyText = await readBody(incoming);
      const url = new URL(incoming.url ?? '/', 'http://127.0.0.1');
      let body: unknown;
      try {
        body = bodyText === '' ? undefined : (JSON.parse(bodyText) as unknown);
      } catch {
        body = undefined;
      }
      const method = (incoming.method ?? 'GET').toUpperCase();
      const recorded: LoopbackRequest = {
        method,
        url: incoming.url ?? '/',
        path: url.pathname,
        query: url.searchParams,
        headers: incoming.headers,
        bodyText,
        body,
      };
      requests.push(recorded);
      const queued = queues.get(routeKey(method, url.pathname))?.shift();
      let reply = queued;
      if (reply === undefined) {
        const match = handlers.find(
          (entry) =>
            entry.method === method &&
            (typeof entry.path === 'string' ? entry.path === url.pathname : entry.path.test(url.pathname)),
        );
        if (match !== undefined) reply = await match.handler(recorded);
      }
      if (reply === undefined) {
        failures.push(`unmatched request: ${method} ${recorded.url}`);
        response.writeHead(500, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ error: { message: `loopback server: no reply scripted for ${method} ${url.pathname}` } }));
        return;
      }
      await sendReply(reply, response, incoming.socket);
    })().catch((error: unknown) => {
      failures.push(`loopback server error: ${String(error)}`);
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}`,
    port,
    requests,
    failures,
    enqueue(method, path, ...replies) {
      const key = routeKey(method, path);
      queues.set(key, [...(queues.get(key) ?? []), ...replies]);
    },
    handle(method, path, handler) {
      handlers.push({ method: method.toUpperCase(), path, handler });
    },
    requestsTo(method, path) {
      return requests.filter((request) => request.method === method.toUpperCase() && request.path === path);
    },
    reset() {
      queues.clear();
      handlers.length = 0;
      requests.length = 0;
      failures.length = 0;
    },
    assertNoFailures() {
      if (failures.length > 0) throw new Error(`loopback server: ${failures.join('; ')}`);
    },
    unusedReplies() {
      return [...queues.entries()].filter(([, replies]) => replies.length > 0).map(([key, replies]) => `${replies.length} ${key}`);
    },
    close() {
      server.closeAllConnections();
      return new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}
