// Baseline child process for the identify benchmarks: the work a run cannot avoid. Reads every input file and
// counts the tokens of the conversations in it (message spans precomputed by bench/corpus.mjs, so no detection)
// with the project's o200k_base tokenizer. Usage: node bench/count-baseline.mjs <project-dir> [--read-only]
// (--read-only: load the tokenizer and read the files, one at a time, without counting: the memory baseline.
// --library-counter: count with gpt-tokenizer's own `countTokens` instead of the project's count-only counter over
// its tables, src/targets/bpe-counter.ts: same counts, about half the speed; the baseline before 2026-12-06, fourth
// session, printed for comparison.)
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadTokenizer } from '../dist/targets/tokenizers.js';

const dir = process.argv[2];
const readOnly = process.argv.includes('--read-only');
const encoder = process.argv.includes('--library-counter') ? await libraryEncoder() : await loadTokenizer('o200k_base');

async function libraryEncoder() {
  const { countTokens } = await import('gpt-tokenizer/encoding/o200k_base');
  const plain = { disallowedSpecial: new Set() };
  return { countText: (text) => (text === '' ? 0 : countTokens(text, plain)) };
}
let tokens = 0;
let messages = 0;
let bytes = 0;
for (const name of readdirSync(path.join(dir, 'input_files')).sort()) {
  const text = readFileSync(path.join(dir, 'input_files', name), 'utf8');
  bytes += text.length;
  if (readOnly) continue;
  const buffer = readFileSync(path.join(dir, 'spans', `${name}.bin`));
  const spans = new Int32Array(buffer.buffer, buffer.byteOffset, buffer.byteLength / 4);
  for (let index = 0; index < spans.length; index += 2) {
    tokens += encoder.countText(text.slice(spans[index], spans[index + 1]));
    messages += 1;
  }
}
process.stdout.write(JSON.stringify({ tokens, messages, bytes }));
