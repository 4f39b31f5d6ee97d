// Token counting benchmark: gpt-tokenizer vs js-tiktoken (the brief's named library, our baseline) vs llama3-tokenizer-js.
// Plain Node ESM, run from the project root: `node bench/tokenizers.bench.mjs [--mb 5] [--runs 3]`.
// Corpus: the English text fixtures in ../shared/fixtures/documents (md, txt, rst), re-shuffled by sentence with a
// seeded PRNG until ~5 MB, then cut into ~4 KB pieces (sample-sized, as the pipeline counts them).
// Load time is measured in fresh child processes (import + first encode), throughput in-process; median of N runs.
// Exits 1 when gpt-tokenizer and js-tiktoken disagree on any piece (o200k_base and cl100k_base).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? Number(args[index + 1]) : fallback;
};
const TARGET_BYTES = option('mb', 5) * 1024 * 1024;
const RUNS = option('runs', 3);
const PIECE_CHARS = 4096;

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const fixtures = resolve(root, '../shared/fixtures/documents');

function englishFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...englishFiles(path));
    else if (/\.(md|txt|rst)$/i.test(name)) out.push(path);
  }
  return out;
}

function mulberry32(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function buildCorpus() {
  const base = englishFiles(fixtures).map((path) => readFileSync(path, 'utf8')).join('\n\n');
  const sentences = base.split(/(?<=[.!?])\s+/);
  const random = mulberry32(42);
  const parts = [base];
  let size = Buffer.byteLength(base);
  while (size < TARGET_BYTES) {
    const shuffled = [...sentences];
    for (let i = shuffled.length - 1; i > 0; i -= 1) {
      const j = Math.floor(random() * (i + 1));
      [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
    }
    const text = shuffled.join(' ');
    parts.push(text);
    size += Buffer.byteLength(text);
  }
  const corpus = parts.join('\n\n').slice(0, TARGET_BYTES);
  const pieces = [];
  for (let start = 0; start < corpus.length; start += PIECE_CHARS) pieces.push(corpus.slice(start, start + PIECE_CHARS));
  return { corpus, pieces, files: englishFiles(fixtures).length };
}

const LOADERS = {
  'gpt-tokenizer o200k_base': `const m = await import('gpt-tokenizer/encoding/o200k_base'); m.countTokens('hello world');`,
  'gpt-tokenizer cl100k_base': `const m = await import('gpt-tokenizer/encoding/cl100k_base'); m.countTokens('hello world');`,
  'js-tiktoken o200k_base': `const { getEncoding } = await import('js-tiktoken'); getEncoding('o200k_base').encode('hello world');`,
  'js-tiktoken cl100k_base': `const { getEncoding } = await import('js-tiktoken'); getEncoding('cl100k_base').encode('hello world');`,
  'llama3-tokenizer-js': `const m = await import('llama3-tokenizer-js'); m.default.encode('hello world');`,
  'ftdb o200k_base': `const m = await import('./dist/targets/tokenizers.js'); (await m.loadTokenizer('o200k_base')).countText('hello world');`,
  'ftdb cl100k_base': `const m = await import('./dist/targets/tokenizers.js'); (await m.loadTokenizer('cl100k_base')).countText('hello world');`,
  'ftdb llama3': `const m = await import('./dist/targets/tokenizers.js'); (await m.loadTokenizer('llama3')).countText('hello world');`,
};

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function loadTimeMs(name) {
  const script = `const t = performance.now(); ${LOADERS[name]} process.stdout.write(String(performance.now() - t));`;
  const times = [];
  for (let run = 0; run < RUNS; run += 1) {
    times.push(Number(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' })));
  }
  return median(times);
}

function throughput(countPiece, pieces) {
  const times = [];
  let counts;
  for (let run = 0; run < RUNS; run += 1) {
    const start = performance.now();
    const current = pieces.map(countPiece);
    times.push(performance.now() - start);
    counts = current;
  }
  const total = counts.reduce((sum, value) => sum + value, 0);
  const ms = median(times);
  return { counts, total, ms, tokensPerSecond: total / (ms / 1000) };
}

const { corpus, pieces, files } = buildCorpus();
console.log(`corpus: ${(Buffer.byteLength(corpus) / 1024 / 1024).toFixed(2)} MB from ${files} fixture files, ${pieces.length} pieces of ≤${PIECE_CHARS} chars; median of ${RUNS} runs; node ${process.version}\n`);

const gptO200k = await import('gpt-tokenizer/encoding/o200k_base');
const gptCl100k = await import('gpt-tokenizer/encoding/cl100k_base');
const { getEncoding } = await import('js-tiktoken');
const tiktokenO200k = getEncoding('o200k_base');
const tiktokenCl100k = getEncoding('cl100k_base');
const llama3 = (await import('llama3-tokenizer-js')).default;
const plain = { disallowedSpecial: new Set() };
// The project's counters (src/targets/bpe-counter.ts over gpt-tokenizer's tables; needs `npm run build`).
const { loadTokenizer } = await import('../dist/targets/tokenizers.js');
const ftdbO200k = await loadTokenizer('o200k_base');
const ftdbCl100k = await loadTokenizer('cl100k_base');
const ftdbLlama3 = await loadTokenizer('llama3');

const results = {
  'js-tiktoken o200k_base': throughput((text) => tiktokenO200k.encode(text, [], []).length, pieces),
  'gpt-tokenizer o200k_base': throughput((text) => gptO200k.countTokens(text, plain), pieces),
  'js-tiktoken cl100k_base': throughput((text) => tiktokenCl100k.encode(text, [], []).length, pieces),
  'gpt-tokenizer cl100k_base': throughput((text) => gptCl100k.countTokens(text, plain), pieces),
  'llama3-tokenizer-js': throughput((text) => llama3.encode(text, { bos: false, eos: false }).length, pieces),
  'ftdb o200k_base': throughput((text) => ftdbO200k.countText(text), pieces),
  'ftdb cl100k_base': throughput((text) => ftdbCl100k.countText(text), pieces),
  'ftdb llama3': throughput((text) => ftdbLlama3.countText(text), pieces),
};

const loads = Object.fromEntries(Object.keys(results).map((name) => [name, loadTimeMs(name)]));
const rows = [];
for (const [name, result] of Object.entries(results)) {
  const encoding = name.includes('cl100k') ? 'cl100k_base' : 'o200k_base';
  const baseline = results[`js-tiktoken ${encoding}`];
  const load = loads[name];
  const baselineLoad = name.includes('llama3') ? undefined : loads[`js-tiktoken ${encoding}`];
  rows.push({
    tokenizer: name,
    'load ms': load.toFixed(0),
    tokens: result.total,
    'count ms': result.ms.toFixed(0),
    'tokens/s': Math.round(result.tokensPerSecond).toLocaleString('en-US'),
    'speed vs js-tiktoken': `${(result.tokensPerSecond / baseline.tokensPerSecond).toFixed(2)}×${name.includes('llama3') ? ' (o200k baseline)' : ''}`,
    'load vs js-tiktoken': baselineLoad === undefined ? '' : `${(load / baselineLoad).toFixed(2)}×`,
  });
}
console.table(rows);

let mismatches = 0;
for (const encoding of ['o200k_base', 'cl100k_base']) {
  const b = results[`js-tiktoken ${encoding}`].counts;
  for (const name of ['gpt-tokenizer', 'ftdb']) {
    const a = results[`${name} ${encoding}`].counts;
    const differing = a.filter((count, index) => count !== b[index]).length;
    console.log(`${encoding}: ${name} ${results[`${name} ${encoding}`].total} vs js-tiktoken ${results[`js-tiktoken ${encoding}`].total} tokens; ${differing} of ${a.length} pieces differ`);
    mismatches += differing;
  }
}
const speedup = results['gpt-tokenizer o200k_base'].tokensPerSecond / results['js-tiktoken o200k_base'].tokensPerSecond;
if (mismatches > 0) {
  console.log(`FAIL token counting: gpt-tokenizer or ftdb and js-tiktoken counts differ in ${mismatches} pieces`);
  process.exit(1);
}
// run-all.mjs convention: one PASS/FAIL line with a ratio against the baseline measured in this run (js-tiktoken).
const fast = speedup >= 1;
console.log(`${fast ? 'PASS' : 'FAIL'} token counting (gpt-tokenizer / js-tiktoken speed, o200k_base): ${speedup.toFixed(2)} (target >= 1, same counts) — ` +
  `${Math.round(results['gpt-tokenizer o200k_base'].tokensPerSecond).toLocaleString('en-US')} vs ${Math.round(results['js-tiktoken o200k_base'].tokensPerSecond).toLocaleString('en-US')} tokens/s; counts identical`);
if (!fast) process.exitCode = 1;
// The project counts with its own count-only pass over gpt-tokenizer's tables: it must beat gpt-tokenizer's countTokens.
const own = results['ftdb o200k_base'].tokensPerSecond / results['gpt-tokenizer o200k_base'].tokensPerSecond;
console.log(`${own >= 1 ? 'PASS' : 'FAIL'} token counting (ftdb counter / gpt-tokenizer countTokens speed, o200k_base): ${own.toFixed(2)} (target >= 1, same counts) — ` +
  `${Math.round(results['ftdb o200k_base'].tokensPerSecond).toLocaleString('en-US')} vs ${Math.round(results['gpt-tokenizer o200k_base'].tokensPerSecond).toLocaleString('en-US')} tokens/s`);
if (own < 1) process.exitCode = 1;
// Llama 3: the project's counter against llama3-tokenizer-js's own encode, same counts asserted.
const llamaDiffering = results['ftdb llama3'].counts.filter((count, index) => count !== results['llama3-tokenizer-js'].counts[index]).length;
const llamaSpeed = results['ftdb llama3'].tokensPerSecond / results['llama3-tokenizer-js'].tokensPerSecond;
const llamaOk = llamaDiffering === 0 && llamaSpeed >= 1;
console.log(`${llamaOk ? 'PASS' : 'FAIL'} token counting (ftdb llama3 counter / llama3-tokenizer-js encode speed): ${llamaSpeed.toFixed(2)} (target >= 1, same counts) — ` +
  `${Math.round(results['ftdb llama3'].tokensPerSecond).toLocaleString('en-US')} vs ${Math.round(results['llama3-tokenizer-js'].tokensPerSecond).toLocaleString('en-US')} tokens/s; ${llamaDiffering} of ${pieces.length} pieces differ`);
if (!llamaOk) process.exitCode = 1;
