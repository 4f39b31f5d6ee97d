// Issue 9 target 2: `ftdb run --mode identify` end to end over 100 MB of generated FAQ/chat text in 20 files
// ≤ 1.5 × the baseline measured in the same run: a child process that only reads those files and counts the tokens
// of their conversations with the same tokenizer (bench/count-baseline.mjs). Both are whole child processes (start-up
// included); best of BENCH_RUNS runs each (default 2 identify runs, 3 baseline runs, interleaved).
// Env: BENCH_IDENTIFY_MB (default 100), BENCH_IDENTIFY_FILES (default 20), BENCH_RUNS, BENCH_KEEP=1 keeps the folder.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createIdentifyProject, runBaseline, runIdentify } from './identify-project.mjs';
import { report } from './lib.mjs';

const totalMb = Number(process.env.BENCH_IDENTIFY_MB ?? 100);
const files = Number(process.env.BENCH_IDENTIFY_FILES ?? 20);
const runs = Number(process.env.BENCH_RUNS ?? 2);
const dir = mkdtempSync(path.join(os.tmpdir(), 'ftdb-bench-identify-'));
try {
  const project = createIdentifyProject(dir, { files, bytesPerFile: Math.round((totalMb * 1_000_000) / files) });
  const megabytes = project.totalBytes / 1_000_000;
  console.log(`input: ${files} files, ${megabytes.toFixed(1)} MB, ${project.conversations} conversations (${project.messages} messages) in ${dir}`);
  const baselines = [];
  const identifies = [];
  baselines.push(runBaseline(dir));
  for (let run = 0; run < runs; run += 1) {
    identifies.push(runIdentify(dir));
    baselines.push(runBaseline(dir));
    const last = identifies[identifies.length - 1];
    console.log(`  run ${run + 1}: identify ${(last.ms / 1000).toFixed(2)} s (peak ${last.peakMb?.toFixed(0)} MB), baseline ${(baselines[baselines.length - 1].ms / 1000).toFixed(2)} s`);
  }
  // For comparison with the figures before the project had its own counter: the same baseline counting with
  // gpt-tokenizer's `countTokens` (same counts, slower), which was the baseline until 2026-12-06 (fourth session).
  const library = [runBaseline(dir, { library: true }), runBaseline(dir, { library: true })].reduce((left, right) => (right.ms < left.ms ? right : left));
  if (library.result.tokens !== baselines[0].result.tokens) {
    console.log(`FAIL the project's counter and gpt-tokenizer's countTokens disagree: ${baselines[0].result.tokens} vs ${library.result.tokens} tokens`);
    process.exitCode = 1;
  }
  const best = identifies.reduce((left, right) => (right.ms < left.ms ? right : left));
  const baseline = baselines.reduce((left, right) => (right.ms < left.ms ? right : left));
  const summary = best.summary;
  // Every generated conversation is either kept or, where the random text happened to repeat one, a duplicate.
  const count = (record) => Object.values(record ?? {}).reduce((total, value) => total + value, 0);
  const accounted = summary.samples.accepted + count(summary.duplicates) + (summary.agentRejected?.duplicate ?? 0);
  if (accounted !== project.conversations || count(summary.rejected) !== 0) {
    console.log(`FAIL identify kept ${summary.samples.accepted} conversations (+ ${accounted - summary.samples.accepted} duplicates, ${count(summary.rejected)} rejected); ${project.conversations} were generated`);
    process.exitCode = 1;
  }
  const ok = report('identify throughput (ftdb run --mode identify / read + count tokens)', {
    ratio: best.ms / baseline.ms,
    limit: 1.5,
    details: `${megabytes.toFixed(1)} MB: identify ${(best.ms / 1000).toFixed(2)} s = ${(megabytes / (best.ms / 1000)).toFixed(2)} MB/s ` +
      `(${summary.samples.accepted} samples, ${summary.tokens.total} tokens, peak RSS ${best.peakMb?.toFixed(0)} MB); ` +
      `baseline ${(baseline.ms / 1000).toFixed(2)} s = ${(megabytes / (baseline.ms / 1000)).toFixed(2)} MB/s (${baseline.result.tokens} content tokens); ` +
      `with gpt-tokenizer's countTokens instead of the project's counter ${(library.ms / 1000).toFixed(2)} s (identify = ${(best.ms / library.ms).toFixed(2)} × that); ` +
      `load average ${os.loadavg().map((value) => value.toFixed(1)).join(' ')}`,
  });
  if (!ok) process.exitCode = 1;
} finally {
  if (process.env.BENCH_KEEP !== '1') rmSync(dir, { recursive: true, force: true });
}
