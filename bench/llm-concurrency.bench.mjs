// Issue 9 target 1: a create run against a loopback OpenAI-compatible server with a fixed 200 ms reply latency.
// - system.concurrency 8, 600 calls: wall ≤ 1.10 × ideal (calls × latency / concurrency = 15 s). Storing, validating
//   and counting tokens must overlap with waiting (they run in this same process, on the same event loop as the server).
// - system.rpm 600, 100 calls: wall within 10 % of what the limit allows. The limiter (src/llm/rate-limiter.ts) paces
//   calls evenly and allows a burst of one second's worth (rpm / 60 calls), so the limit allows
//   (calls − burst) / rate + latency; (calls / rate) is printed too.
// buildDataset runs in-process (dist/index.js), its agentic LLM pointed at the server through OPENAI_BASE_URL.
// Env: BENCH_LLM_CALLS (600), BENCH_LLM_LATENCY_MS (200), BENCH_LLM_CONCURRENCY (8), BENCH_RPM (600), BENCH_RPM_CALLS (100).
import { report } from './lib.mjs';
import { createRun } from './llm-server.mjs';

const CALLS = Number(process.env.BENCH_LLM_CALLS ?? 600);
const LATENCY_MS = Number(process.env.BENCH_LLM_LATENCY_MS ?? 200);
const CONCURRENCY = Number(process.env.BENCH_LLM_CONCURRENCY ?? 8);
const RPM = Number(process.env.BENCH_RPM ?? 600);
const RPM_CALLS = Number(process.env.BENCH_RPM_CALLS ?? 100);

let ok = true;

const concurrencyRun = await createRun({ samples: CALLS, concurrency: CONCURRENCY, name: 'concurrency', latencyMs: LATENCY_MS });
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

const rateRun = await createRun({ samples: RPM_CALLS, concurrency: CONCURRENCY, rpm: RPM, name: 'rpm', latencyMs: LATENCY_MS });
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
