import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { buildDataset } from '../../src/pipeline/build-dataset.js';
import { exportDataset } from '../../src/pipeline/export-dataset.js';
import { OutputSpool, writeOutputsFromSpool } from '../../src/pipeline/output-spool.js';
import { SampleSink } from '../../src/pipeline/sample-sink.js';
import { openStore } from '../../src/store/store.js';
import { getTarget, resolveModel } from '../../src/targets/registry.js';
import type { Sample } from '../../src/dataset/types.js';

// A run that starts its dataset writes the output files from the lines it spooled while storing; `ftdb export`
// writes them from the store. Both must give the same bytes, for every target and format.

function writeInputs(dir: string): string {
  const input = path.join(dir, 'input_files');
  mkdirSync(input, { recursive: true });
  const blocks: string[] = [];
  for (let index = 0; index < 60; index += 1) {
    // Commas, quotes, curly quotes, non-Latin text and a long answer, so CSV quoting and JSON escaping are exercised.
    const question = `How do I restore "backup ${index}", the ‘old’ one — or café ${index % 7}?`;
    const answer = `Open Settings, then Restore. Wait for "done". ${'Ünïcode 日本語 text, more words. '.repeat(1 + (index % 9))}`;
    if (index % 3 === 0) blocks.push(`Q: ${question}`, `A: ${answer}`, '');
    else if (index % 3 === 1) blocks.push(`User: ${question}`, `Assistant: ${answer}`, `User: And then ${index}?`, `Assistant: That is all, ${index}.`, '');
    else blocks.push(`## ${question}`, '', answer, '');
  }
  writeFileSync(path.join(input, 'faq, "quoted".md'), blocks.join('\n'));
  let csv = 'question,answer\n';
  for (let row = 0; row < 30; row += 1) csv += `"What is option ${row}?","It sets ""mode"" ${row}, then saves."\n`;
  writeFileSync(path.join(input, 'qa.csv'), csv);
  return input;
}

const read = (dir: string, file: string): string | undefined => (existsSync(path.join(dir, file)) ? readFileSync(path.join(dir, file), 'utf8') : undefined);

describe('output files from the spool equal the export from the store', () => {
  const cases: [string, Record<string, unknown>][] = [
    ['openai', { provider: 'openai', model: 'gpt-4o-mini' }],
    ['openai, split off', { provider: 'openai', model: 'gpt-4o-mini', split: { enabled: false } }],
    ['openai, truncation and context', {
      provider: 'openai', model: 'tiny', model_limits: { tiny: { max_tokens_per_example: 90, tokenizer: 'o200k_base' } },
      output: { truncate: true }, agent: { identify: { include_context: true } },
    }],
    ['anthropic', { provider: 'anthropic', model: 'claude-3-haiku-20240307' }],
    ['google', { provider: 'google', model: 'gemini-2.5-flash' }],
    ['mistral', { provider: 'mistral', model: 'open-mistral-7b' }],
    ['llama messages', { provider: 'llama', model: 'meta-llama/Meta-Llama-3.1-8B-Instruct-Reference' }],
    ['llama prompt_completion', { provider: 'llama', model: 'meta-llama/Meta-Llama-3.1-8B-Instruct-Reference', output: { llama_format: 'prompt_completion' } }],
    ['llama text, weighted split, no csv', {
      provider: 'llama', model: 'meta-llama/Meta-Llama-3.1-8B-Instruct-Reference', output: { llama_format: 'text', include_csv: false },
      split: { strategy: 'weighted', weight_by: 'source' },
    }],
  ];
  for (const [name, overrides] of cases) {
    it(name, async () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'ftdb-spool-'));
      const input = writeInputs(dir);
      const config = loadConfig(undefined, { mode: 'identify', dataset_size: 1000, output_name: 'out', paths: { input }, split: { seed: 5 }, ...overrides }, { cwd: dir, env: {} });
      const result = await buildDataset(config);
      expect(result.summary.samples.accepted).toBeGreaterThan(30);
      const exported = path.join(dir, 'exported');
      exportDataset(config, result.datasetId, { outDir: exported });
      for (const file of ['train.jsonl', 'validation.jsonl', 'metadata.csv']) expect(read(result.outputDir, file), file).toBe(read(exported, file));
      expect(read(result.outputDir, 'train.jsonl')).toBeDefined();
      // The spool is gone once the files are written.
      expect(readdirSync(result.outputDir).filter((entry) => entry.startsWith('.ftdb-spool'))).toEqual([]);
    });
  }
});

describe('OutputSpool', () => {
  const meta = { origin: 'identified' as const, sourceFile: 'f', topicKeywords: ['k'], tokenLength: 3, tokenMethod: 'exact' as const };

  it('knows what the split and the stats need of the stored samples, as the store does', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ftdb-spool-meta-'));
    const store = openStore(path.join(dir, 'db.sqlite'));
    store.createDataset({ id: 'ds_m', name: 'm', provider: 'openai', model: 'gpt-4o-mini', mode: 'identify', datasetSize: 10, cappedSize: 10, status: 'running', configJson: '{}', inputHash: '' });
    const spool = new OutputSpool(dir, 'ds_m', true);
    const model = resolveModel('openai', 'gpt-4o-mini');
    const sink = new SampleSink({ store, datasetId: 'ds_m', target: getTarget('openai'), model, truncate: false, formatOptions: {}, dedupThreshold: 0.9, spool });
    const samples: Sample[] = [
      { id: 'a', messages: [{ role: 'user', content: 'How do I reset it?' }, { role: 'assistant', content: 'Hold the button.' }], origin: 'identified', sourceFile: 'one.md', topicKeywords: ['reset', 'button'] },
      { id: 'b', messages: [{ role: 'user', content: 'Write a poem?' }, { role: 'assistant', content: 'Roses.' }], origin: 'generated', source: { file: 'two.md' }, topicKeywords: [] },
      { id: 'c', messages: [{ role: 'user', content: 'Why is it slow today?' }, { role: 'assistant', content: 'The cache is cold.' }], origin: 'free', topicKeywords: ['cache'] },
    ];
    for (const sample of samples) expect(await sink.offer(sample)).toEqual({ accepted: true });
    sink.flush();
    const fromStore = [...store.iterateSampleMeta('ds_m')].map((entry) => ({ ...entry, topicKeywords: entry.topicKeywords.slice(0, 1) }));
    expect([...spool.meta()]).toEqual(fromStore);
    expect(fromStore.map((entry) => entry.sourceFile)).toEqual(['one.md', 'two.md', undefined]);
    spool.remove();
    store.close();
  });

  it('routes lines by split and rebuilds the CSV rows', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ftdb-spool-unit-'));
    const spool = new OutputSpool(dir, 'ds_1', true);
    spool.append([
      // A row holding a line break, and one with multi-byte characters: rows are read back by their byte lengths.
      { jsonl: '{"a":1}\n', csv: 's1,"multi\r\nline",3,k,f,', meta },
      // From a worker: UTF-8 bytes.
      { jsonl: Buffer.from('{"a":2}\n'), csv: 's2,p,4,k,f,', meta },
      { jsonl: '{"a":3}\n', csv: 's3,日本語 “q”,5,k,f,', meta },
    ]);
    spool.close();
    const written = writeOutputsFromSpool(spool, { outputDir: dir, splitEnabled: true, includeCsv: true, splits: ['train', 'validation', undefined] });
    expect(read(dir, 'train.jsonl')).toBe('{"a":1}\n{"a":3}\n');
    expect(read(dir, 'validation.jsonl')).toBe('{"a":2}\n');
    expect(read(dir, 'metadata.csv')).toBe('sample_id,content_preview,token_length,topic_keywords,source_file,split\r\ns1,"multi\r\nline",3,k,f,train\r\ns2,p,4,k,f,validation\r\ns3,日本語 “q”,5,k,f,train\r\n');
    expect(written).toMatchObject({ trainLines: 2, validationLines: 1, trainBytes: 16, validationBytes: 8 });
  });

  it('refuses to write when it does not hold every sample, or after a problem', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ftdb-spool-unit-'));
    const spool = new OutputSpool(dir, 'ds_2', false);
    spool.append([{ jsonl: '{}\n', meta }]);
    spool.close();
    expect(() => writeOutputsFromSpool(spool, { outputDir: dir, splitEnabled: false, includeCsv: false, splits: ['train', 'train'] })).toThrow(/1 lines for 2 samples/);
    spool.invalidate('a sample was not stored');
    expect(() => writeOutputsFromSpool(spool, { outputDir: dir, splitEnabled: false, includeCsv: false, splits: ['train'] })).toThrow(/a sample was not stored/);
    // A new spool in the same folder removes what an interrupted run left.
    const next = new OutputSpool(dir, 'ds_3', false);
    expect(readdirSync(dir).filter((entry) => entry.startsWith('.ftdb-spool'))).toEqual(['.ftdb-spool-ds_3.jsonl']);
    next.remove();
  });
});
