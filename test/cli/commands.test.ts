import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir, makeProject, runCli } from '../support/cli.js';

const TARGETS: { provider: string; model: string; llamaFormat?: string }[] = [
  { provider: 'openai', model: 'gpt-4o-mini' },
  { provider: 'anthropic', model: 'anthropic.claude-3-haiku-20240307-v1:0:200k' },
  { provider: 'google', model: 'gemini-2.5-flash' },
  { provider: 'mistral', model: 'open-mistral-7b' },
  { provider: 'llama', model: 'meta-llama/Meta-Llama-3.1-8B-Instruct-Reference' },
  { provider: 'llama', model: 'meta-llama/Meta-Llama-3.1-8B-Instruct', llamaFormat: 'prompt_completion' },
  { provider: 'llama', model: 'meta-llama/Meta-Llama-3.1-70B-Instruct-Reference', llamaFormat: 'text' },
];

describe('round trip: every line the pipeline writes passes ftdb validate for its target', () => {
  for (const target of TARGETS) {
    it(`${target.provider} ${target.model}${target.llamaFormat ? ` (${target.llamaFormat})` : ''}`, () => {
      const project = makeProject();
      const config = path.join(project, 'config.yaml');
      if (target.llamaFormat !== undefined) {
        const text = readFileSync(config, 'utf8').replace('llama_format: messages', `llama_format: ${target.llamaFormat}`);
        writeFileSync(config, text);
      }
      const run = runCli(['run', '--config', config, '--yes', '--provider', target.provider, '--model', target.model, '--size', '41', '--json']);
      expect(run.stderr).not.toMatch(/error:/);
      expect(run.status).toBe(0);
      const out = path.join(project, 'output_datasets', 'my_dataset');
      const format = target.llamaFormat === undefined ? [] : ['--llama-format', target.llamaFormat];
      const train = runCli(['validate', path.join(out, 'train.jsonl'), '--provider', target.provider, '--model', target.model, ...format]);
      expect(train.stdout + train.stderr).not.toMatch(/\berror\b.*line \d+/i);
      expect(train.status).toBe(0);
      const validation = runCli(['validate', path.join(out, 'validation.jsonl'), '--provider', target.provider, '--model', target.model, '--validation', ...format]);
      expect(validation.status).toBe(0);
      const first = JSON.parse(readFileSync(path.join(out, 'train.jsonl'), 'utf8').split('\n')[0]!) as Record<string, unknown>;
      if (target.provider === 'google') expect(first).toHaveProperty('contents');
      if (target.llamaFormat === 'prompt_completion') expect(Object.keys(first).sort()).toEqual(['completion', 'prompt']);
      if (target.llamaFormat === 'text') expect(Object.keys(first)).toEqual(['text']);
    });
  }
});

describe('ftdb validate', () => {
  it('reports the cookbook toy file per line and exits 1', () => {
    const result = runCli(['validate', path.join(fixturesDir, 'qa', 'openai-cookbook-toy_chat_fine_tuning.jsonl'), '--provider', 'openai', '--model', 'gpt-3.5-turbo-0125']);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/line 3/i);
    expect(result.stdout).toMatch(/at least 10/);
  });

  it('is a usage error without provider and model', () => {
    expect(runCli(['validate', 'x.jsonl']).status).toBe(2);
  });

  it('names the known models for an unknown one', () => {
    const result = runCli(['validate', path.join(fixturesDir, 'qa', 'openai-cookbook-toy_chat_fine_tuning.jsonl'), '--provider', 'openai', '--model', 'gpt-9']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('gpt-4o-mini-2024-07-18');
    expect(result.stderr).toContain('model_limits');
  });
});

describe('plan, stats, export, models, init', () => {
  it('plan shows files, size cap and cost without any LLM call or database', () => {
    const project = makeProject();
    const result = runCli(['plan', '--config', path.join(project, 'config.yaml'), '--mode', 'create', '--size', '50'], { env: { OPENAI_API_KEY: 'sk-test-not-used' } });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('faq.md');
    expect(result.stdout).toMatch(/~\d+ calls/);
    expect(result.stdout).toMatch(/est\. cost \$/);
    expect(existsSync(path.join(project, 'memory', 'dataset_builder.db'))).toBe(false);
  });

  it('plan counts the exchanges stage 1 finds and the LLM calls identify and hybrid runs would make', () => {
    const project = makeProject();
    const plan = (args: string[]) => {
      const result = runCli(['plan', '--config', path.join(project, 'config.yaml'), ...args, '--json'], { env: { OPENAI_API_KEY: 'sk-test-not-used' } });
      expect(result.status, result.stderr).toBe(0);
      return JSON.parse(result.stdout) as { identifiable?: number; llm?: { calls: number }; training: { tokensPerExample: number } };
    };
    // The sample project: faq.md (14 heading Q/As), support_chats.txt (7 chats), product_qa.csv (20 rows): 41, as `run` finds.
    const identify = plan(['--mode', 'identify', '--size', '100']);
    expect(identify.identifiable).toBe(41);
    // Every chunk is covered by what the patterns found, so the LLM stage would read nothing.
    expect(identify.llm).toBeUndefined();
    expect(identify.training.tokensPerExample).toBeLessThan(120);
    // Hybrid, 40 at the default ratio 0.5: 20 identified (found without the LLM), 20 generated at 5 per call.
    expect(plan(['--mode', 'hybrid', '--size', '40']).llm?.calls).toBe(4);
  });

  it('plan shows the capped size for a target with a maximum', () => {
    const project = makeProject();
    const result = runCli(['plan', '--config', path.join(project, 'config.yaml'), '--provider', 'anthropic', '--model', 'claude-3-haiku-20240307', '--size', '50000', '--json']);
    expect(result.status).toBe(0);
    const plan = JSON.parse(result.stdout) as { desiredSize: number; cappedSize: number; capReasons: string[] };
    expect(plan.desiredSize).toBe(50000);
    expect(plan.cappedSize).toBeLessThanOrEqual(10000);
    expect(plan.capReasons.join(' ')).toMatch(/10,?000/);
  });

  it('stats and export read back a finished dataset', () => {
    const project = makeProject();
    const config = path.join(project, 'config.yaml');
    expect(runCli(['run', '--config', config, '--yes']).status).toBe(0);
    const stats = runCli(['stats', '--config', config]);
    expect(stats.status).toBe(0);
    expect(stats.stdout).toContain('by source:');
    expect(stats.stdout).toContain('support_chats.txt');
    const out = path.join(project, 'output_datasets', 'my_dataset');
    rmSync(out, { recursive: true });
    const exported = runCli(['export', 'my_dataset', '--config', config, '--csv']);
    expect(exported.status).toBe(0);
    for (const file of ['train.jsonl', 'validation.jsonl', 'metadata.csv', 'stats.json']) expect(existsSync(path.join(out, file))).toBe(true);
    const other = runCli(['export', 'my_dataset', '--config', config, '--out', 'elsewhere']);
    expect(other.status).toBe(0);
    expect(existsSync(path.join(project, 'elsewhere', 'train.jsonl'))).toBe(true);
    expect(runCli(['stats', 'nope', '--config', config]).status).toBe(1);
  });

  it('models lists every target with limits', () => {
    const result = runCli(['models']);
    expect(result.status).toBe(0);
    for (const id of ['openai', 'anthropic', 'google', 'mistral', 'llama']) expect(result.stdout).toContain(id);
    expect(result.stdout).toContain('131,072 tokens/example');
    expect(runCli(['models', 'nope']).status).toBe(2);
  });

  it('run refuses an empty input folder with a clear error (exit 2) and starts no dataset', () => {
    const project = makeProject();
    const input = path.join(project, 'input_files');
    rmSync(input, { recursive: true });
    mkdirSync(input);
    writeFileSync(path.join(input, '.gitkeep'), '');
    const result = runCli(['run', '--config', path.join(project, 'config.yaml'), '--mode', 'identify', '--yes']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`No input files in ${input}`);
    expect(result.stderr).toContain('.pdf');
    expect(result.stderr).not.toMatch(/at .*\.js:\d+/);
    expect(existsSync(path.join(project, 'memory', 'dataset_builder.db'))).toBe(false);
  });

  it('init writes a starter project and keeps existing files', () => {
    const project = makeProject();
    const dir = path.join(project, 'fresh');
    const result = runCli(['init', dir]);
    expect(result.status).toBe(0);
    for (const file of ['config.yaml', '.env.example', 'config.schema.json', 'prompts/system/create_mode.txt', 'input_files', 'memory', 'output_datasets']) {
      expect(existsSync(path.join(dir, file))).toBe(true);
    }
    expect(runCli(['init', dir]).stdout).toContain('kept existing');
  });
});
