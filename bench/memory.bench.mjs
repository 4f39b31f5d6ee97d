// Issue 9 target 3: peak RSS of `ftdb run --mode identify` (a child process; VmHWM, see peak-rss-hook.mjs)
// - over a single 200 MB text file ≤ 600 MB;
// - over 20 files of 10 MB ≤ 300 MB.
// Baseline, measured in the same run: a child that loads the same tokenizer and reads the same files (one at a time)
// into strings, the least any run must hold. The ratio to it is printed; the targets are the absolute limits.
// Env: BENCH_MEMORY_SCALE (default 1; 0.1 = 20 MB + 20 × 1 MB for a quick check), BENCH_KEEP=1 keeps the folders.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createIdentifyProject, runBaseline, runIdentify } from './identify-project.mjs';

const scale = Number(process.env.BENCH_MEMORY_SCALE ?? 1);
const cases = [
  { name: 'single 200 MB text file', files: 1, bytesPerFile: 200_000_000 * scale, limitMb: 600, extension: 'txt' },
  { name: '20 files of 10 MB', files: 20, bytesPerFile: 10_000_000 * scale, limitMb: 300, extension: 'md' },
];
let ok = true;
for (const testCase of cases) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ftdb-bench-memory-'));
  try {
    const project = createIdentifyProject(dir, testCase);
    const baseline = runBaseline(dir, { readOnly: true });
    const run = runIdentify(dir);
    const limit = testCase.limitMb; // not scaled: a quick run only shows the trend
    const passed = run.peakMb <= limit;
    console.log(`${passed ? 'PASS' : 'FAIL'} memory, ${testCase.name}: peak RSS ${run.peakMb.toFixed(0)} MB (target <= ${limit} MB) — ` +
      `${(run.peakMb / baseline.peakMb).toFixed(2)} × the read-only baseline (${baseline.peakMb.toFixed(0)} MB); ` +
      `${(project.totalBytes / 1e6).toFixed(0)} MB in ${testCase.files} file(s), ${run.summary.samples.accepted} samples, ${(run.ms / 1000).toFixed(1)} s; ` +
      `load average ${os.loadavg().map((value) => value.toFixed(1)).join(' ')}`);
    ok = passed && ok;
  } finally {
    if (process.env.BENCH_KEEP !== '1') rmSync(dir, { recursive: true, force: true });
  }
}
process.exitCode = ok ? 0 : 1;
