import Database from 'better-sqlite3';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeProject, runCli } from '../support/cli.js';

interface Line {
  messages: { role: string; content: string }[];
}

function readJsonl(file: string): Line[] {
  return readFileSync(file, 'utf8').trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as Line);
}

describe('ftdb run (default job: identify, no API key)', () => {
  it('writes every output file from the sample inputs', () => {
    const project = makeProject();
    const result = runCli(['run', '--config', path.join(project, 'config.yaml'), '--yes'], { cwd: '/' });
    expect(result.stderr).not.toMatch(/error:/);
    expect(result.status).toBe(0);
    const out = path.join(project, 'output_datasets', 'my_dataset');
    const train = readJsonl(path.join(out, 'train.jsonl'));
    const validation = readJsonl(path.join(out, 'validation.jsonl'));
    expect(train.length + validation.length).toBeGreaterThanOrEqual(35);
    expect(validation.length).toBeGreaterThan(0);
    const sources = readdirSync(path.join(project, 'input_files')).map((name) => readFileSync(path.join(project, 'input_files', name), 'utf8')).join('\n');
    for (const line of [...train, ...validation]) {
      expect(line.messages.at(-1)?.role).toBe('assistant');
      for (const message of line.messages) expect(sources).toContain(message.content.split('\n')[0]!.trim());
    }
    const csv = readFileSync(path.join(out, 'metadata.csv'), 'utf8');
    expect(csv.split('\r\n')[0]).toBe('sample_id,content_preview,token_length,topic_keywords,source_file,split');
    expect(csv.trim().split('\r\n')).toHaveLength(train.length + validation.length + 1);
    const stats = JSON.parse(readFileSync(path.join(out, 'stats.json'), 'utf8')) as { samples: { accepted: number; train: number; validation: number }; split: { seed: number }; distribution: { bySource: Record<string, number> } };
    expect(stats.samples.accepted).toBe(train.length + validation.length);
    expect(stats.samples.validation).toBe(validation.length);
    expect(typeof stats.split.seed).toBe('number');
    expect(Object.keys(stats.distribution.bySource).sort()).toEqual(['faq.md', 'product_qa.csv', 'support_chats.txt']);
    const db = new Database(path.join(project, 'memory', 'dataset_builder.db'), { readonly: true });
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((row) => row.name);
    expect(tables).toEqual(expect.arrayContaining(['datasets', 'samples']));
    expect((db.prepare('SELECT COUNT(*) AS n FROM samples').get() as { n: number }).n).toBe(stats.samples.accepted);
    // Each sample's split is in the samples table, as in the files.
    const splits = Object.fromEntries((db.prepare('SELECT split, COUNT(*) AS n FROM samples GROUP BY split').all() as { split: string | null; n: number }[]).map((row) => [String(row.split), row.n]));
    expect(splits).toEqual({ train: train.length, validation: validation.length });
    db.close();
    expect(existsSync(path.join(project, 'memory', 'backups'))).toBe(true);
    expect(result.stdout).toMatch(/samples: \d+ of/);
  });

  it('reports a bad config with key, line and exit status 2', () => {
    const project = makeProject();
    writeFileSync(path.join(project, 'config.yaml'), 'mode: identfy\nsplit:\n  ratio: 3\n');
    const result = runCli(['run', '--config', path.join(project, 'config.yaml'), '--yes']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('mode (line 1)');
    expect(result.stderr).toContain('split.ratio (line 3)');
  });

  it('goes on past an unsupported or broken file and names it', () => {
    const project = makeProject();
    writeFileSync(path.join(project, 'input_files', 'notes.xyz'), 'whatever');
    writeFileSync(path.join(project, 'input_files', 'empty.txt'), '');
    const result = runCli(['run', '--config', path.join(project, 'config.yaml'), '--yes', '--json']);
    expect(result.status).toBe(0);
    const summary = JSON.parse(result.stdout) as { files: { failed: { file: string; reason: string }[] }; samples: { accepted: number } };
    expect(summary.files.failed.map((failure) => failure.file).sort()).toEqual(['empty.txt', 'notes.xyz']);
    expect(summary.samples.accepted).toBeGreaterThan(30);
  });

  it('refuses an output_name that escapes output_datasets/', () => {
    const project = makeProject();
    const result = runCli(['run', '--config', path.join(project, 'config.yaml'), '--yes', '--output-name', '../../etc']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/output_name/);
  });

  it('prints help and version', () => {
    expect(runCli(['--help']).stdout).toContain('ftdb run');
    expect(runCli(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    expect(runCli(['frobnicate']).status).toBe(2);
  });
});
