import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTypedValue, updateConfigFile } from './edit-config.js';

describe('updateConfigFile', () => {
  it('changes values and keeps comments', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ftdb-edit-'));
    const file = path.join(dir, 'config.yaml');
    writeFileSync(file, '# my settings\nmode: identify # the mode\nsplit:\n  ratio: 0.9 # keep\n');
    updateConfigFile(file, { mode: 'create', 'split.ratio': 0.8, dataset_size: 30 });
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('# my settings');
    expect(text).toContain('mode: create # the mode');
    expect(text).toContain('ratio: 0.8 # keep');
    expect(text).toContain('dataset_size: 30');
  });

  it('refuses a change that would not load, leaving the file alone', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ftdb-edit-'));
    const file = path.join(dir, 'config.yaml');
    writeFileSync(file, 'mode: identify\n');
    expect(() => updateConfigFile(file, { 'split.ratio': 2 })).toThrow(/split\.ratio/);
    expect(readFileSync(file, 'utf8')).toBe('mode: identify\n');
  });

  it('reads typed values like YAML', () => {
    expect(parseTypedValue('12')).toBe(12);
    expect(parseTypedValue('true')).toBe(true);
    expect(parseTypedValue('gpt-4o')).toBe('gpt-4o');
  });
});
