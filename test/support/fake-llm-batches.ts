import {
  isJson,
  parseAnthropic,
  parseChatMessages,
  successBody,
  summarize,
  type FakeLlmReply,
  type FakeLlmRequest,
  type Json,
} from './fake-llm-wire.js';
import type { LoopbackReply, LoopbackRequest, LoopbackServer } from './loopback-server.js';

/**
 * Batch endpoints for the fake LLM server, in each vendor's wire format, answering every request with the
 * same `reply` function as the synchronous endpoints:
 * - OpenAI: `POST /v1/files` (multipart, purpose batch), `POST /v1/batches`, `GET /v1/batches/{id}`,
 *   `POST /v1/batches/{id}/cancel`, `GET /v1/files/{id}/content` (output and error JSONL).
 * - Anthropic: `POST /v1/messages/batches`, `GET /v1/messages/batches/{id}`, `POST …/{id}/cancel`,
 *   `GET …/{id}/results` (JSONL at the absolute `results_url`).
 * A batch reports "in progress" for `pollsUntilDone` polls, then done.
 */

export interface FakeBatchOptions {
  vendor: 'openai' | 'anthropic';
  /** `http://127.0.0.1:<port>`, for Anthropic's absolute `results_url`. */
  origin: string;
  pollsUntilDone: number;
  reply: (request: FakeLlmRequest) => Promise<FakeLlmReply>;
}

interface FakeBatch {
  id: string;
  polls: number;
  cancelled: boolean;
  total: number;
  succeeded: number;
  failed: number;
  outputLines: string[];
  errorLines: string[];
  createdAt: number;
  inputFileId?: string;
  outputFileId?: string;
  errorFileId?: string;
}

const json = (body: unknown, status = 200): LoopbackReply => ({ kind: 'json', status, body });
const jsonlText = (lines: string[]): string => (lines.length === 0 ? '' : `${lines.join('\n')}\n`);
const jsonl = (lines: string[]): LoopbackReply => ({ kind: 'text', headers: { 'content-type': 'application/octet-stream' }, body: jsonlText(lines) });

/** The `file` part of a multipart/form-data body (the JSONL the SDK uploaded). */
function multipartFile(request: LoopbackRequest): string {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(String(request.headers['content-type']));
  const marker = `--${boundary?.[1] ?? boundary?.[2] ?? ''}`;
  for (const part of request.bodyText.split(marker)) {
    const headerEnd = part.indexOf('\r\n\r\n');
    if (headerEnd !== -1 && /name="file"/.test(part.slice(0, headerEnd))) return part.slice(headerEnd + 4).replace(/\r\n$/, '');
  }
  return '';
}

export function registerFakeBatchRoutes(server: LoopbackServer, options: FakeBatchOptions): void {
  const batches = new Map<string, FakeBatch>();
  const files = new Map<string, string>();
  let sequence = 0;
  const nextId = (prefix: string): string => `${prefix}${(sequence += 1)}`;
  const isDone = (batch: FakeBatch): boolean => batch.cancelled || batch.polls > options.pollsUntilDone;

  if (options.vendor === 'openai') {
    const openAiBatch = (batch: FakeBatch, status?: string): Json => {
      const done = isDone(batch);
      return {
        id: batch.id,
        object: 'batch',
        endpoint: '/v1/chat/completions',
        input_file_id: batch.inputFileId,
        completion_window: '24h',
        status: status ?? (batch.cancelled ? 'cancelled' : done ? 'completed' : 'in_progress'),
        output_file_id: done && !batch.cancelled ? batch.outputFileId : undefined,
        error_file_id: done ? batch.errorFileId : undefined,
        created_at: batch.createdAt,
        request_counts: done
          ? { total: batch.total, completed: batch.cancelled ? 0 : batch.succeeded, failed: batch.cancelled ? batch.total : batch.failed }
          : { total: batch.total, completed: 0, failed: 0 },
      };
    };
    server.handle('POST', '/v1/files', (request) => {
      const id = nextId('file-fake');
      const content = multipartFile(request);
      files.set(id, content);
      return json({ id, object: 'file', bytes: Buffer.byteLength(content), created_at: 1_700_000_000, filename: 'batch.jsonl', purpose: 'batch', status: 'processed' });
    });
    server.handle('GET', /^\/v1\/files\/[^/]+\/content$/, (request) => {
      const content = files.get(request.path.split('/')[3] ?? '');
      return content === undefined ? json({ error: { message: 'No such File object', type: 'invalid_request_error' } }, 404) : { kind: 'text', headers: { 'content-type': 'application/octet-stream' }, body: content };
    });
    server.handle('POST', '/v1/batches', async (request) => {
      const body = isJson(request.body) ? request.body : {};
      const input = files.get(String(body.input_file_id));
      if (input === undefined) return json({ error: { message: `No such File object: ${String(body.input_file_id)}`, type: 'invalid_request_error' } }, 400);
      const batch: FakeBatch = { id: nextId('batch_fake'), polls: 0, cancelled: false, total: 0, succeeded: 0, failed: 0, outputLines: [], errorLines: [], createdAt: 1_700_000_000, inputFileId: String(body.input_file_id) };
      for (const line of input.split('\n').filter((text) => text.trim() !== '')) {
        const entry = JSON.parse(line) as Json;
        const chatBody = isJson(entry.body) ? entry.body : {};
        const parsed = summarize(parseChatMessages(chatBody), String(chatBody.model ?? ''), chatBody);
        const reply = await options.reply(parsed);
        const id = nextId('batch_req_');
        batch.total += 1;
        if (typeof reply === 'string') {
          batch.succeeded += 1;
          batch.outputLines.push(JSON.stringify({ id, custom_id: entry.custom_id, response: { status_code: 200, request_id: `req_${id}`, body: successBody('openai', parsed, reply, sequence) }, error: null }));
        } else {
          batch.failed += 1;
          batch.errorLines.push(JSON.stringify({ id, custom_id: entry.custom_id, response: { status_code: reply.status, request_id: `req_${id}`, body: reply.body }, error: null }));
        }
      }
      batch.outputFileId = nextId('file-out');
      files.set(batch.outputFileId, jsonlText(batch.outputLines));
      if (batch.errorLines.length > 0) {
        batch.errorFileId = nextId('file-err');
        files.set(batch.errorFileId, jsonlText(batch.errorLines));
      }
      batches.set(batch.id, batch);
      return json(openAiBatch(batch, 'validating'));
    });
    server.handle('GET', /^\/v1\/batches\/[^/]+$/, (request) => {
      const batch = batches.get(request.path.split('/')[3] ?? '');
      if (batch === undefined) return json({ error: { message: 'No batch found', type: 'invalid_request_error' } }, 404);
      batch.polls += 1;
      return json(openAiBatch(batch));
    });
    server.handle('POST', /^\/v1\/batches\/[^/]+\/cancel$/, (request) => {
      const batch = batches.get(request.path.split('/')[3] ?? '');
      if (batch === undefined) return json({ error: { message: 'No batch found', type: 'invalid_request_error' } }, 404);
      batch.cancelled = true;
      batch.errorFileId = nextId('file-err');
      const cancelledLines = [...batch.outputLines, ...batch.errorLines].map((line) => {
        const { custom_id: customId, id } = JSON.parse(line) as Json;
        return JSON.stringify({ id, custom_id: customId, response: null, error: { code: 'batch_cancelled', message: 'This request was cancelled.' } });
      });
      files.set(batch.errorFileId, jsonlText(cancelledLines));
      return json(openAiBatch(batch, 'cancelling'));
    });
    return;
  }

  const anthropicBatch = (batch: FakeBatch): Json => {
    const done = isDone(batch);
    return {
      id: batch.id,
      type: 'message_batch',
      processing_status: done ? 'ended' : batch.cancelled ? 'canceling' : 'in_progress',
      request_counts: done
        ? { processing: 0, succeeded: batch.cancelled ? 0 : batch.succeeded, errored: batch.cancelled ? 0 : batch.failed, canceled: batch.cancelled ? batch.total : 0, expired: 0 }
        : { processing: batch.total, succeeded: 0, errored: 0, canceled: 0, expired: 0 },
      ended_at: done ? '2024-09-24T18:37:24.100435Z' : null,
      created_at: '2024-09-24T18:37:24.100435Z',
      expires_at: '2024-09-25T18:37:24.100435Z',
      cancel_initiated_at: batch.cancelled ? '2024-09-24T18:39:03.114875Z' : null,
      archived_at: null,
      results_url: done ? `${options.origin}/v1/messages/batches/${batch.id}/results` : null,
    };
  };
  const batchFor = (request: LoopbackRequest): FakeBatch | undefined => batches.get(request.path.split('/')[4] ?? '');
  const notFound = json({ type: 'error', error: { type: 'not_found_error', message: 'batch not found' } }, 404);

  server.handle('POST', '/v1/messages/batches', async (request) => {
    const body = isJson(request.body) ? request.body : {};
    const requests = Array.isArray(body.requests) ? body.requests.filter(isJson) : [];
    const batch: FakeBatch = { id: nextId('msgbatch_fake'), polls: 0, cancelled: false, total: 0, succeeded: 0, failed: 0, outputLines: [], errorLines: [], createdAt: 0 };
    for (const entry of requests) {
      const params = isJson(entry.params) ? entry.params : {};
      const parsed = parseAnthropic(params);
      const reply = await options.reply(parsed);
      batch.total += 1;
      if (typeof reply === 'string') {
        batch.succeeded += 1;
        batch.outputLines.push(JSON.stringify({ custom_id: entry.custom_id, result: { type: 'succeeded', message: successBody('anthropic', parsed, reply, sequence) } }));
      } else {
        batch.failed += 1;
        batch.outputLines.push(JSON.stringify({ custom_id: entry.custom_id, result: { type: 'errored', error: reply.body } }));
      }
    }
    batches.set(batch.id, batch);
    return json(anthropicBatch(batch));
  });
  server.handle('GET', /^\/v1\/messages\/batches\/[^/]+$/, (request) => {
    const batch = batchFor(request);
    if (batch === undefined) return notFound;
    batch.polls += 1;
    return json(anthropicBatch(batch));
  });
  server.handle('POST', /^\/v1\/messages\/batches\/[^/]+\/cancel$/, (request) => {
    const batch = batchFor(request);
    if (batch === undefined) return notFound;
    batch.cancelled = true;
    batch.outputLines = batch.outputLines.map((line) => JSON.stringify({ custom_id: (JSON.parse(line) as Json).custom_id, result: { type: 'canceled' } }));
    return json(anthropicBatch(batch));
  });
  server.handle('GET', /^\/v1\/messages\/batches\/[^/]+\/results$/, (request) => {
    const batch = batchFor(request);
    return batch === undefined ? notFound : jsonl(batch.outputLines);
  });
}
