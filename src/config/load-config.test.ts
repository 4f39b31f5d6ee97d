import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../errors/errors.js';
import { loadConfig, parseConfigText } from './load-config.js';

function tempDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'ftdb-config-'));
}

describe('loadConfig', () => {
  it('applies defaults and resolves folders against the config file folder', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'config.yaml'), 'mode: identify\ndataset_size: 50\n');
    const config = loadConfig(path.join(dir, 'config.yaml'), {}, { cwd: '/' });
    expect(config.mode).toBe('identify');
    expect(config.datasetSize).toBe(50);
    expect(config.split.ratio).toBe(0.9);
    expect(config.paths.input).toBe(path.join(dir, 'input_files'));
    expect(config.paths.memory).toBe(path.join(dir, 'memory'));
    expect(config.system.timeoutMs).toBe(120_000);
  });

  it('lists every problem at once with key path, line and what is allowed', () => {
    const text = [
      'provider: opneai',
      'dataset_size: -5',
      'split:',
      '  ratio: 1.5',
      '  strategey: random',
      'agent:',
      '  create:',
      '    temperature: "hot"',
    ].join('\n');
    let error: unknown;
    try {
      parseConfigText(text, { file: '/x/config.yaml' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const issues = (error as ConfigError).issues;
    const byPath = Object.fromEntries(issues.map((issue) => [issue.path, issue]));
    expect(byPath['provider']?.line).toBe(1);
    expect(byPath['provider']?.message).toContain('"openai"');
    expect(byPath['dataset_size']?.line).toBe(2);
    expect(byPath['dataset_size']?.message).toBe('must be >= 1, got -5 (number)');
    expect(byPath['split.ratio']?.line).toBe(4);
    expect(byPath['split.strategey']?.line).toBe(5);
    expect(byPath['split.strategey']?.message).toContain('Did you mean "strategy"');
    expect(byPath['agent.create.temperature']?.line).toBe(8);
    expect(issues).toHaveLength(5);
    expect((error as Error).message).toContain('/x/config.yaml is invalid: 5 problems');
  });

  it('reports YAML syntax errors with a line', () => {
    expect(() => parseConfigText('mode: [identify\nprovider: openai', { file: 'c.yaml' })).toThrow(/not valid YAML/);
  });

  it('lets overrides win over the file and marks their errors', () => {
    const config = parseConfigText('mode: identify\n', { overrides: { mode: 'create', dataset_size: 7 } });
    expect(config.mode).toBe('create');
    expect(config.datasetSize).toBe(7);
    expect(() => parseConfigText('', { overrides: { dataset_size: 0 } })).toThrow(/command-line/);
  });

  it('loads .env from the config folder without overriding real env vars', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'config.yaml'), '');
    writeFileSync(path.join(dir, '.env'), 'OPENAI_API_KEY=from-file\nMISTRAL_API_KEY="quoted value" # c\n');
    const config = loadConfig(path.join(dir, 'config.yaml'), {}, { cwd: '/', env: { OPENAI_API_KEY: 'real' } });
    expect(config.env.OPENAI_API_KEY).toBe('real');
    expect(config.env.MISTRAL_API_KEY).toBe('quoted value');
  });

  it('fails clearly on a missing config file', () => {
    expect(() => loadConfig('/nonexistent/config.yaml')).toThrow(/Config file not found/);
  });
});
