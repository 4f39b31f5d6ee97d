// Shared helpers for the benchmarks: timing, medians, and a uniform result line.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

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

/**
 * Run `node [nodeArgs] script [args]` to completion, timing it from spawn to exit, and read its peak RSS
 * (bench/peak-rss-hook.mjs). Returns { ms, status, stdout, stderr, peakMb }.
 */
export function runMeasured(scriptArgs, { nodeArgs = [], env = process.env, cwd, timeoutMs = 1_800_000 } = {}) {
  const rssFile = path.join(os.tmpdir(), `ftdb-bench-rss-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}.json`);
  const hook = fileURLToPath(new URL('./peak-rss-hook.mjs', import.meta.url));
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [...nodeArgs, '--import', pathToFileURL(hook).href, ...scriptArgs], {
    encoding: 'utf8', env: { ...env, BENCH_PEAK_RSS_FILE: rssFile }, cwd, timeout: timeoutMs, maxBuffer: 64 << 20,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  let peakMb;
  try {
    peakMb = JSON.parse(readFileSync(rssFile, 'utf8')).peakKb / 1024;
    rmSync(rssFile, { force: true });
  } catch {
    peakMb = undefined;
  }
  return { ms, status: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr, peakMb, error: result.error };
}

/** An environment without provider keys or base URLs, so runs never reach a real LLM. */
export function cleanEnv(extra = {}) {
  const env = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/_API_KEY$|_BASE_URL$|^AWS_|^GOOGLE_/.test(key)) continue;
    env[key] = value;
  }
  return { ...env, NO_COLOR: '1', ...extra };
}

export function min(values) {
  return Math.min(...values);
}

export function mb(bytes) {
  return bytes / 1_000_000;
}
