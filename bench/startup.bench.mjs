// Issue 9 target 5: `ftdb --help` ≤ 3 × `node -e 0` (median of 15 runs each, same machine, same run).
import { fileURLToPath } from 'node:url';
import { median, report, spawnTimed } from './lib.mjs';

const cli = fileURLToPath(new URL('../dist/cli/bin.js', import.meta.url));
const RUNS = 15;
const baseline = [];
const help = [];
for (let index = 0; index < RUNS; index += 1) {
  baseline.push(spawnTimed(['-e', '0']).ms);
  const run = spawnTimed([cli, '--help']);
  if (run.result.status !== 0) throw new Error(`ftdb --help failed: ${run.result.stderr}`);
  help.push(run.ms);
}
const ratio = median(help) / median(baseline);
process.exitCode = report('start-up (ftdb --help / node -e 0)', { ratio, limit: 3, details: `median ${median(help).toFixed(1)} ms vs ${median(baseline).toFixed(1)} ms over ${RUNS} runs` }) ? 0 : 1;
