// Issue 9 target 1: a create run against a loopback OpenAI-compatible server with a fixed 200 ms reply latency.
// - system.concurrency 8, 600 calls: wall ≤ 1.10 × ideal (calls × latency / concurrency = 15 s). Storing, validating
//   and counting tokens must overlap with waiting (they run in this same process, on the same event loop as the server).
// - system.rpm 600, 100 calls: wall within 10 % of what the limit allows. The limiter (src/llm/rate-limiter.ts) paces
//   calls evenly and allows a burst of one second's worth (rpm / 60 calls), so the limit allows
//   (calls − burst) / rate + latency; (calls / rate) is printed too.
// buildDataset runs in-process (dist/index.js), its agentic LLM pointed at the server through OPENAI_BASE_URL.
// Env: BENCH_LLM_CALLS (600), BENCH_LLM_LATENCY_MS (200), BENCH_LLM_CONCURRENCY (8), BENCH_RPM (600), BENCH_RPM_CALLS (100).
import { createServer } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildDataset, loadConfig } from '../dist/index.js';
import { createRandom, writeCorpus } from './corpus.mjs';
import { report } from './lib.mjs';

const CALLS = Number(process.env.BENCH_LLM_CALLS ?? 600);
const LATENCY_MS = Number(process.env.BENCH_LLM_LATENCY_MS ?? 200);
const CONCURRENCY = Number(process.env.BENCH_LLM_CONCURRENCY ?? 8);
const RPM = Number(process.env.BENCH_RPM ?? 600);
const RPM_CALLS = Number(process.env.BENCH_RPM_CALLS ?? 100);

const WORDS = 'backup restore schedule folder archive network printer driver account password token session browser cache cookie profile mailbox calendar invoice payment refund shipping order parcel warranty battery charger screen keyboard update install upgrade license storage quota bucket region cluster node container image volume snapshot replica database index query table column report export import template document page section chart widget dashboard alert metric trace webhook endpoint request response header timeout retry'.split(' ');

/** A loopback OpenAI-compatible server: `POST /v1/chat/completions` → `chat.completion` after `latencyMs`. */
async function startServer(latencyMs) {
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

async function createRun({ samples, concurrency, rpm, name }) {
  const server = await startServer(LATENCY_MS);
  const dir = mkdtempSync(path.join(os.tmpdir(), `ftdb-bench-llm-${name}-`));
  try {
    writeCorpus(path.join(dir, 'input_files'), { files: 4, bytesPerFile: 60_000, seed: 5 });
    const config = loadConfig(undefined, {
      mode: 'create',
      dataset_size: samples,
      output_name: name,
      agent: { create: { conversations_per_call: 1, min_turns: 1, max_turns: 1 } },
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

let ok = true;

const concurrencyRun = await createRun({ samples: CALLS, concurrency: CONCURRENCY, name: 'concurrency' });
const ideal = (CALLS * LATENCY_MS) / CONCURRENCY;
ok = report(`LLM concurrency (wall / ideal ${CALLS} × ${LATENCY_MS} ms / ${CONCURRENCY})`, {
  ratio: concurrencyRun.wallMs / ideal,
  limit: 1.1,
  details: `wall ${(concurrencyRun.wallMs / 1000).toFixed(2)} s vs ideal ${(ideal / 1000).toFixed(2)} s; first→last reply ${(concurrencyRun.llmMs / 1000).toFixed(2)} s; ` +
    `${concurrencyRun.server.calls} calls, at most ${concurrencyRun.server.maxInFlight} in flight; ${concurrencyRun.summary.samples.accepted} samples stored`,
}) && ok;
if (concurrencyRun.summary.samples.accepted !== CALLS) {
  console.log(`FAIL LLM concurrency: ${concurrencyRun.summary.samples.accepted} samples stored, ${CALLS} wanted`);
  ok = false;
}

const rateRun = await createRun({ samples: RPM_CALLS, concurrency: CONCURRENCY, rpm: RPM, name: 'rpm' });
const rate = RPM / 60_000; // calls per ms
const burst = Math.max(1, RPM / 60);
const allowed = Math.max((rateRun.server.calls - burst) / rate, 0) + LATENCY_MS;
const ratio = rateRun.wallMs / allowed;
const rateOk = ratio >= 0.9 && ratio <= 1.1;
console.log(`${rateOk ? 'PASS' : 'FAIL'} LLM rate limit (wall / allowed by rpm ${RPM}): ${ratio.toFixed(3)} (target 0.9–1.1) — ` +
  `${rateRun.server.calls} calls in ${(rateRun.wallMs / 1000).toFixed(2)} s; allowed ${(allowed / 1000).toFixed(2)} s ` +
  `(burst ${burst}, then ${RPM}/min, + ${LATENCY_MS} ms latency); calls / rate alone ${(rateRun.server.calls / rate / 1000).toFixed(2)} s; ` +
  `at most ${rateRun.server.maxInFlight} in flight`);
ok = rateOk && ok;
process.exitCode = ok ? 0 : 1;
