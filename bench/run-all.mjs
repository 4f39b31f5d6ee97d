// Runs every benchmark in its own process, one after the other, and fails if any target is missed.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));
const only = process.argv.slice(2);
const benches = readdirSync(dir).filter((name) => name.endsWith('.bench.mjs')).filter((name) => only.length === 0 || only.some((part) => name.includes(part))).sort();
let failed = 0;
for (const bench of benches) {
  console.log(`\n== ${bench}`);
  const result = spawnSync(process.execPath, ['--expose-gc', `${dir}${bench}`], { stdio: 'inherit' });
  if (result.status !== 0) failed += 1;
}
console.log(`\n${benches.length - failed} benchmark file(s) met their targets, ${failed} missed`);
process.exitCode = failed === 0 ? 0 : 1;
