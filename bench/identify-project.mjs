// Shared set-up for the identify benchmarks: a project folder (config.yaml + input_files/ of generated FAQ/chat
// text, plus spans/ for the baseline) and a runner for `ftdb run --mode identify` in a child process.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCorpus } from './corpus.mjs';
import { cleanEnv, runMeasured } from './lib.mjs';

export const CLI = fileURLToPath(new URL('../dist/cli/bin.js', import.meta.url));
export const BASELINE = fileURLToPath(new URL('./count-baseline.mjs', import.meta.url));

/** Generate the corpus into `dir/input_files` (and message spans into `dir/spans`), and write `dir/config.yaml`. */
export function createIdentifyProject(dir, { files, bytesPerFile, seed = 42, extension = 'md' }) {
  rmSync(dir, { recursive: true, force: true });
  const corpus = writeCorpus(path.join(dir, 'input_files'), { files, bytesPerFile, seed, spans: true, extension });
  mkdirSync(path.join(dir, 'spans'), { recursive: true });
  corpus.paths.forEach((file, index) => {
    const spans = corpus.spans[index];
    writeFileSync(path.join(dir, 'spans', `${path.basename(file)}.bin`), Buffer.from(spans.buffer, spans.byteOffset, spans.byteLength));
  });
  writeFileSync(path.join(dir, 'config.yaml'), [
    'provider: openai',
    'model: gpt-4o-mini-2024-07-18',
    'mode: identify',
    'dataset_size: 10000000             # the largest allowed: take everything',
    'output_name: bench',
    'system:',
    '  max_file_mb: 1024',
    '',
  ].join('\n'));
  return { dir, totalBytes: corpus.totalBytes, conversations: corpus.conversations, messages: corpus.messages };
}

/** `ftdb run --mode identify --yes --json` on the project, from a clean memory/ and output_datasets/. */
export function runIdentify(dir, { nodeArgs = [] } = {}) {
  rmSync(path.join(dir, 'memory'), { recursive: true, force: true });
  rmSync(path.join(dir, 'output_datasets'), { recursive: true, force: true });
  const run = runMeasured([CLI, 'run', '--config', path.join(dir, 'config.yaml'), '--mode', 'identify', '--yes', '--json'], { nodeArgs, env: cleanEnv(), cwd: dir });
  if (run.status !== 0) throw new Error(`ftdb run failed (status ${run.status}, signal ${run.signal}): ${run.stderr.slice(-2000)}`);
  const summary = JSON.parse(run.stdout);
  return { ...run, summary };
}

/** The baseline child: read the files, count the conversations' tokens (`readOnly`: only read them, one at a time). */
export function runBaseline(dir, { readOnly = false, library = false } = {}) {
  const run = runMeasured([BASELINE, dir, ...(readOnly ? ['--read-only'] : []), ...(library ? ['--library-counter'] : [])], { env: cleanEnv() });
  if (run.status !== 0) throw new Error(`baseline failed: ${run.stderr.slice(-2000)}`);
  return { ...run, result: JSON.parse(run.stdout) };
}
