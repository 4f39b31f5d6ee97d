// A loopback OpenAI-compatible server with a fixed reply latency, and a create run against it (buildDataset
// in-process, its agentic LLM pointed at the server through OPENAI_BASE_URL). Used by llm-concurrency.bench.mjs and
// scaling.mjs.
import { createServer } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildDataset, loadConfig } from '../dist/index.js';
import { createRandom, writeCorpus } from './corpus.mjs';

const WORDS = 'backup restore schedule folder archive network printer driver account password token session browser cache cookie profile mailbox calendar invoice payment refund shipping order parcel warranty battery charger screen keyboard update install upgrade license storage quota bucket region cluster node container image volume snapshot replica database index query table column report export import template document page section chart widget dashboard alert metric trace webhook endpoint request response header timeout retry'.split(' ');

/** A loopback OpenAI-compatible server: `POST /v1/chat/completions` → `chat.completion` after `latencyMs`. */
export async function startServer(latencyMs) {
  const random = createRandom(11);
  const words = (count) => Array.from({ length: count }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ');
  let sequence = 0;
  const stats = { calls: 0, inFlight: 0, maxInFlight: 0, firstAt: 0, lastAt: 0 };
  const server = createServer((request, response) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => {
      if (request.method !== 'POST' || !request.url.endsWith('/chat/completions')) {
        response.writeHead(404).end();
        return;
      }
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      const prompt = body.messages.map((message) => (typeof message.content === 'string' ? message.content : '')).join('\n');
      const count = Math.max(1, Math.min(10, Number(/Write (\d+)/.exec(prompt)?.[1] ?? 1)));
      stats.calls += 1;
      stats.inFlight += 1;
      stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
      stats.firstAt ||= performance.now();
      // ARCHITECTURE.md "What the LLM is asked to return": {"conversations": [{"messages": [...], "topic_keywords": [...]}]}.
      const conversations = Array.from({ length: count }, () => {
        sequence += 1;
        return {
          messages: [
            { role: 'user', content: `Case ${sequence}: how do I ${words(8)} when the ${words(4)} fails?` },
            { role: 'assistant', content: `For case ${sequence}, ${words(12)}. Then ${words(10)}.` },
          ],
          topic_keywords: words(2).split(' '),
        };
      });
      const content = JSON.stringify({ conversations });
      const reply = JSON.stringify({
        id: `chatcmpl-bench${sequence}`,
        object: 'chat.completion',
        created: 1_700_000_000 + sequence,
        model: body.model,
        choices: [{ index: 0, message: { role: 'assistant', content, refusal: null }, logprobs: null, finish_reason: 'stop' }],
        usage: { prompt_tokens: Math.ceil(prompt.length / 4), completion_tokens: Math.ceil(content.length / 4), total_tokens: Math.ceil((prompt.length + content.length) / 4) },
      });
      setTimeout(() => {
        stats.inFlight -= 1;
        stats.lastAt = performance.now();
        response.writeHead(200, { 'content-type': 'application/json', 'x-request-id': `req_${sequence}` }).end(reply);
      }, latencyMs);
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { baseUrl: `http://127.0.0.1:${port}/v1`, stats, close: () => new Promise((resolve) => server.close(resolve)) };
}

export async function createRun({ samples, concurrency, rpm, name, latencyMs = 200, conversationsPerCall = 1 }) {
  const server = await startServer(latencyMs);
  const dir = mkdtempSync(path.join(os.tmpdir(), `ftdb-bench-llm-${name}-`));
  try {
    writeCorpus(path.join(dir, 'input_files'), { files: 4, bytesPerFile: 60_000, seed: 5 });
    const config = loadConfig(undefined, {
      mode: 'create',
      dataset_size: samples,
      output_name: name,
      agent: { create: { conversations_per_call: conversationsPerCall, min_turns: 1, max_turns: 1 } },
      system: { agentic_llm: 'openai', agentic_model: 'gpt-4o-mini', concurrency, max_retries: 0, ...(rpm === undefined ? {} : { rpm }) },
    }, { cwd: dir, env: { OPENAI_BASE_URL: server.baseUrl, OPENAI_API_KEY: 'bench-key' } });
    const started = performance.now();
    const result = await buildDataset(config, {});
    const wallMs = performance.now() - started;
    return { wallMs, summary: result.summary, server: server.stats, llmMs: server.stats.lastAt - server.stats.firstAt };
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

