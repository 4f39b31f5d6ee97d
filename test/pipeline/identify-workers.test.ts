import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

// The check workers exist only in the compiled build, so this runs `buildDataset` from dist/ (as the CLI does).
type Library = typeof import('../../src/index.js');
const library = (): Promise<Library> => import(pathToFileURL(path.resolve('dist/index.js')).href) as Promise<Library>;

/** FAQ text in four layouts, with exact, case/space-only and near duplicates, long chats and a Q/A CSV. */
function writeInputs(dir: string): void {
  const input = path.join(dir, 'input_files');
  mkdirSync(input, { recursive: true });
  const words = 'backup restore laptop server schedule folder archive network printer driver account password token session browser cache'.split(' ');
  let seed = 7;
  const random = (): number => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed / 4294967296;
  };
  const phrase = (count: number): string => Array.from({ length: count }, () => words[Math.floor(random() * words.length)]).join(' ');
  const blocks: string[] = [];
  for (let block = 0; block < 140; block += 1) {
    blocks.push(`# About the ${phrase(2)}`, '', `The ${phrase(12)}.`, '');
    const layout = block % 4;
    for (let item = 0; item < 4; item += 1) {
      const question = `How do I ${phrase(5 + (item % 4))} number ${block}-${item}?`;
      const answer = `Open the ${phrase(6)}. Then ${phrase(20 + ((block * 7 + item) % 60))}.`;
      if (layout === 0) blocks.push(`Q: ${question}`, `A: ${answer}`, '');
      else if (layout === 1) blocks.push(`**Question**: ${question}`, `**Answer**: ${answer}`, '');
      else if (layout === 2) blocks.push(`Chat ${item} (ticket ${block})`, '', `User: ${question}`, `Assistant: ${answer}`, `User: And ${phrase(4)}?`, `Assistant: ${phrase(15)}.`, '');
      else blocks.push(`## ${question}`, '', answer, '');
    }
  }
  const text = blocks.join('\n');
  writeFileSync(path.join(input, 'a-faq.md'), text);
  // Exact copies, copies differing only in case and spacing, and near copies (one extra word in the question).
  writeFileSync(path.join(input, 'b-copies.md'), `${text.slice(0, 20_000)}\n\n${text.slice(0, 20_000).replace(/Q: How do I/g, 'Q: how  do I').replace(/User: How do I/g, 'User: How do I really')}`);
  let csv = 'question,answer\n';
  for (let row = 0; row < 120; row += 1) csv += `"How do I configure option ${row % 100} on the ${phrase(2)}?","Open the settings page, choose option ${row}, then save."\n`;
  writeFileSync(path.join(input, 'c-qa.csv'), csv);
}

async function run(dir: string, workers: number, overrides: Record<string, unknown>) {
  const { buildDataset, exportDataset, loadConfig } = await library();
  const project = path.join(dir, `run-${workers}`);
  mkdirSync(project, { recursive: true });
  const config = loadConfig(undefined, { mode: 'identify', output_name: 'out', paths: { input: path.join(dir, 'input_files') }, split: { seed: 3 }, ...overrides }, { cwd: project, env: {} });
  const events: unknown[] = [];
  const result = await buildDataset(config, { identifyWorkers: workers, onEvent: (event) => {
    if (event.type !== 'progress' && event.type !== 'files-written' && event.type !== 'run-finished' && event.type !== 'run-started') events.push(event);
  } });
  const out = result.outputDir;
  const read = (file: string): string | undefined => {
    try {
      return readFileSync(path.join(out, file), 'utf8');
    } catch {
      return undefined;
    }
  };
  const { datasetId: _id, durationMs: _duration, outputDir: _dir, outputFiles: _files, resumeCommand: _resume, ...stats } = result.summary;
  // The files a run writes (from its output spool) are the ones `ftdb export` writes from the store: what the
  // workers sent as bytes was stored as the same text.
  const exported = path.join(project, 'exported');
  exportDataset(config, result.datasetId, { outDir: exported });
  for (const file of ['train.jsonl', 'validation.jsonl', 'metadata.csv']) {
    expect(readFileSync(path.join(exported, file), 'utf8'), `export of ${file}`).toBe(read(file));
  }
  return { train: read('train.jsonl'), validation: read('validation.jsonl'), metadata: read('metadata.csv'), stats, events };
}

describe('identify with check worker threads', () => {
  const cases: [string, Record<string, unknown>][] = [
    ['defaults', { dataset_size: 100_000 }],
    ['small token limit: rejections, truncation, context, lower near-duplicate threshold', {
      dataset_size: 100_000,
      model: 'tiny',
      model_limits: { tiny: { max_tokens_per_example: 120, tokenizer: 'o200k_base' } },
      output: { truncate: true, dedup_threshold: 0.8 },
      agent: { identify: { include_context: true } },
    }],
    ['stops at the dataset size', { dataset_size: 150 }],
  ];
  for (const [name, overrides] of cases) {
    it(`gives the same files, counters and events as checking in this thread: ${name}`, async () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'ftdb-identify-workers-'));
      writeInputs(dir);
      const inThread = await run(dir, 0, overrides);
      const pooled = await run(dir, 2, overrides);
      expect(inThread.stats.samples.accepted).toBeGreaterThan(100);
      expect(pooled.train).toBe(inThread.train);
      expect(pooled.validation).toBe(inThread.validation);
      expect(pooled.metadata).toBe(inThread.metadata);
      expect(pooled.stats).toEqual(inThread.stats);
      expect(pooled.events).toEqual(inThread.events);
    });
  }

  it('the fixture exercises duplicates of both kinds', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ftdb-identify-workers-'));
    writeInputs(dir);
    const result = await run(dir, 2, { dataset_size: 100_000, output: { dedup_threshold: 0.8 } });
    expect(result.stats.agentRejected.duplicate ?? 0).toBeGreaterThan(10);
    expect(result.stats.samples.byOrigin).toEqual({ identified: result.stats.samples.accepted });
  });
});

describe('identify with worker threads, interrupted', () => {
  it('keeps every sample decided before the stop, and a resumed run ends with the files of an uninterrupted one', async () => {
    const { buildDataset, loadConfig } = await library();
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ftdb-identify-workers-stop-'));
    writeInputs(dir);
    // More of the same text, so the run is still going when it is stopped.
    const input = path.join(dir, 'input_files');
    const text = readFileSync(path.join(input, 'a-faq.md'), 'utf8');
    for (let copy = 0; copy < 6; copy += 1) writeFileSync(path.join(input, `d-more-${copy}.md`), text.replace(/number (\d+)-(\d+)/g, `number $1-$2-${copy}`));
    const configFor = (project: string) => loadConfig(undefined, { mode: 'identify', dataset_size: 100_000, output_name: 'out', paths: { input }, split: { seed: 9 } }, { cwd: project, env: {} });
    const files = (outputDir: string) => ['train.jsonl', 'validation.jsonl', 'metadata.csv'].map((file) => readFileSync(path.join(outputDir, file), 'utf8'));

    const whole = await buildDataset(configFor(path.join(dir, 'whole')), { identifyWorkers: 1 });

    const project = path.join(dir, 'stopped');
    mkdirSync(project, { recursive: true });
    const controller = new AbortController();
    let rejected = 0;
    const stopped = await buildDataset(configFor(project), {
      identifyWorkers: 1,
      signal: controller.signal,
      // Stopped in the middle of the copies (every sample event is reported, unlike the throttled progress).
      onEvent: (event) => {
        if (event.type === 'sample-rejected' && ++rejected === 50) controller.abort();
      },
    });
    expect(stopped.status).toBe('interrupted');
    const kept = stopped.summary.samples.accepted;
    expect(kept).toBeGreaterThan(100);
    expect(kept).toBeLessThan(whole.summary.samples.accepted);
    // What was decided before the stop is stored, and the files hold exactly that.
    expect(files(stopped.outputDir).slice(0, 2).join('').trim().split('\n')).toHaveLength(kept);

    const resumed = await buildDataset(configFor(project), { identifyWorkers: 1, resume: stopped.datasetId });
    expect(resumed.status).toBe('completed');
    expect(resumed.summary.samples.accepted).toBe(whole.summary.samples.accepted);
    expect(files(resumed.outputDir)).toEqual(files(whole.outputDir));
    // The samples stored before the stop are passed over, not counted as duplicates: the resumed run counts what
    // the whole run counted (the dataset's counters add the stopped run's, which it decides again).
    const duplicates = (summary: typeof whole.summary): number => summary.agentRejected.duplicate ?? 0;
    expect(duplicates(resumed.summary)).toBe(duplicates(whole.summary) + duplicates(stopped.summary));
  });
});
