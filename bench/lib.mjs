// Shared helpers for the benchmarks: timing, medians, and a uniform result line.
import { spawnSync } from 'node:child_process';

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export function timeSync(fn) {
  const start = process.hrtime.bigint();
  const value = fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

export async function timeAsync(fn) {
  const start = process.hrtime.bigint();
  const value = await fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

export function spawnTimed(args, options = {}) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { encoding: 'utf8', ...options });
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, result };
}

/** Print one benchmark verdict; returns true when the target is met. */
export function report(name, { ratio, limit, comparison = '<=', details }) {
  const ok = comparison === '<=' ? ratio <= limit : ratio >= limit;
  console.log(`${ok ? 'PASS' : 'FAIL'} ${name}: ${ratio.toFixed(3)} (target ${comparison} ${limit}) — ${details}`);
  return ok;
}
