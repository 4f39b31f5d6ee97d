// How run time and cost grow with dataset size and input size (measured points for README.md; not a pass/fail bench).
// - create runs of 100 / 300 / 600 samples against the loopback server (200 ms per call, concurrency 8),
//   one conversation per call, and 600 samples at 5 per call;
// - identify runs (`ftdb run --mode identify`, child process) over 10 / 50 / 100 MB in 20 files, with the
//   read-and-count baseline of identify-throughput.bench.mjs.
// Run: npm run build && node bench/scaling.mjs [create|identify]
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createIdentifyProject, runBaseline, runIdentify } from './identify-project.mjs';
import { createRun } from './llm-server.mjs';

const only = process.argv[2];
const rows = [];
const usd = (value) => (value === undefined ? 'n/a' : `$${value.toFixed(4)}`);

if (only === undefined || only === 'create') {
  for (const [samples, perCall] of [[100, 1], [300, 1], [600, 1], [600, 5]]) {
    const run = await createRun({ samples, concurrency: 8, name: `scale-${samples}-${perCall}`, conversationsPerCall: perCall });
    const { llm, training, samples: kept } = run.summary;
    rows.push(`| create | ${samples} samples, ${perCall}/call | ${(run.wallMs / 1000).toFixed(1)} s | ${llm.calls} calls, ${llm.inputTokens} in + ${llm.outputTokens} out tokens, LLM ${usd(llm.costUsd)} | ${kept.accepted} kept; training ${training.tokensPerEpoch} tokens/epoch, ${usd(training.estimatedCostUsd)} |`);
    console.log(rows[rows.length - 1]);
  }
}

if (only === undefined || only === 'identify') {
  for (const megabytes of [10, 50, 100]) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ftdb-bench-scaling-'));
    try {
      const project = createIdentifyProject(dir, { files: 20, bytesPerFile: (megabytes * 1_000_000) / 20 });
      const baseline = runBaseline(dir);
      const run = runIdentify(dir);
      const { samples, tokens, training } = run.summary;
      rows.push(`| identify | ${megabytes} MB, 20 files | ${(run.ms / 1000).toFixed(1)} s (${(megabytes / (run.ms / 1000)).toFixed(2)} MB/s; baseline ${(baseline.ms / 1000).toFixed(1)} s, × ${(run.ms / baseline.ms).toFixed(2)}) | no LLM; peak RSS ${run.peakMb.toFixed(0)} MB | ${samples.accepted} kept of ${project.conversations}; ${tokens.total} tokens; training ${usd(training.estimatedCostUsd)} |`);
      console.log(rows[rows.length - 1]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

console.log(`\n| mode | size | wall time | LLM / memory | output |\n|---|---|---|---|---|\n${rows.join('\n')}`);
console.log(`\nload average ${os.loadavg().map((value) => value.toFixed(1)).join(' ')}, ${os.availableParallelism()} cores, node ${process.version}`);
