import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/pipeline/build-dataset.js';
import { loadConfig } from '../../src/config/load-config.js';
import { openStore } from '../../src/store/store.js';

/** Three FAQ files: a.md with 50 Q/A pairs, b.md with 5, c.md with 50 (and some prose, as real files have). */
function writeFolder(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ftdb-shares-'));
  const input = path.join(dir, 'input_files');
  mkdirSync(input);
  const faq = (name: string, count: number): string => {
    const lines = [`# ${name.toUpperCase()} product FAQ`, '', 'This page answers the questions our support team hears most often about the product and its setup.', ''];
    const words = 'backup restore printer driver account password token session browser cache invoice refund parcel warranty battery charger screen keyboard license storage quota bucket region cluster'.split(' ');
    let seed = name.charCodeAt(0);
    const random = (): number => {
      seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
      return seed / 4294967296;
    };
    const pick = (count_: number): string => Array.from({ length: count_ }, () => words[Math.floor(random() * words.length)]).join(' ');
    for (let item = 0; item < count; item += 1) lines.push(`Q: How do I ${pick(4)} in ${name}-${item}?`, `A: Open ${pick(5)}, then ${pick(8)}.`, '');
    return lines.join('\n');
  };
  writeFileSync(path.join(input, 'a.md'), faq('a', 50));
  writeFileSync(path.join(input, 'b.md'), faq('b', 5));
  writeFileSync(path.join(input, 'c.md'), faq('c', 50));
  return dir;
}

let lastQuestions: Record<string, string[]> = {};

async function bySource(dir: string, size: number, name: string): Promise<Record<string, number>> {
  const config = loadConfig(undefined, { mode: 'identify', dataset_size: size, output_name: name, paths: { input: path.join(dir, 'input_files') } }, { cwd: dir, env: {} });
  const targets = new Set<number>();
  const result = await buildDataset(config, { onEvent: (event) => {
    if (event.type === 'progress') targets.add(event.target);
  } });
  expect(result.summary.samples.accepted).toBe(Math.min(size, 105));
  // Progress counts towards the run's target, not a file's share.
  expect([...targets]).toEqual([size]);
  expect(result.summary.agentRejected).toEqual({});
  const store = openStore(path.join(dir, 'memory', 'dataset_builder.db'));
  try {
    const counts: Record<string, number> = {};
    for (const sample of store.iterateSampleMeta(result.datasetId)) counts[sample.sourceFile!] = (counts[sample.sourceFile!] ?? 0) + 1;
    lastQuestions = {};
    for (const sample of store.iterateSamples(result.datasetId)) (lastQuestions[sample.sourceFile!] ??= []).push(sample.messages[0]!.content);
    return counts;
  } finally {
    store.close();
  }
}

describe('identify: a dataset smaller than what the files hold', () => {
  it('takes a share of every file, not everything from the first ones', async () => {
    const dir = writeFolder();
    // Shares of what is still wanted: a ceil(60/3) = 20, b all of its 5, c ceil(35/1) = 35.
    expect(await bySource(dir, 60, 'sixty')).toEqual({ 'a.md': 20, 'b.md': 5, 'c.md': 35 });
    // Each share is spread over its file: a's 20 of 50 are every second or third entry, its first and its 48th.
    const entries = (file: string): number[] => lastQuestions[file]!.map((question) => Number(/-(\d+)\?$/.exec(question)![1])).sort((left, right) => left - right);
    expect(entries('a.md')).toEqual([0, 2, 5, 7, 10, 12, 15, 17, 20, 22, 25, 27, 30, 32, 35, 37, 40, 42, 45, 47]);
    expect(entries('c.md').at(-1)).toBeGreaterThanOrEqual(47);
    // a 34 and b 5, c all 50: 89; a second pass over a (stopped at its share) gives the missing 11.
    expect(await bySource(dir, 100, 'hundred')).toEqual({ 'a.md': 45, 'b.md': 5, 'c.md': 50 });
    // More wanted than there is: everything, once.
    expect(await bySource(dir, 1000, 'all')).toEqual({ 'a.md': 50, 'b.md': 5, 'c.md': 50 });
  });
});
