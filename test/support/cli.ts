import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
export const cliPath = path.join(projectRoot, 'dist', 'cli', 'bin.js');
export const fixturesDir = path.resolve(projectRoot, '..', 'shared', 'fixtures', 'documents');

/** A fresh project folder: the shipped config.yaml and sample input files, in a temp dir. */
export function makeProject(options: { withSamples?: boolean } = {}): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ftdb-project-'));
  cpSync(path.join(projectRoot, 'config.yaml'), path.join(dir, 'config.yaml'));
  cpSync(path.join(projectRoot, 'input_files'), path.join(dir, 'input_files'), { recursive: true });
  if (options.withSamples === false) {
    for (const name of readdirSync(path.join(dir, 'input_files'))) {
      if (name !== '.gitkeep') cpSync(path.join(dir, 'input_files', name), path.join(dir, 'removed-' + name));
    }
  }
  return dir;
}

/** Run the built CLI as a user would. Only env given here is passed (plus PATH/HOME), so no real key leaks in. */
export function runCli(args: string[], options: { cwd?: string; env?: Record<string, string>; input?: string; timeoutMs?: number } = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [cliPath, ...args], {
    cwd: options.cwd ?? projectRoot,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NO_COLOR: '1', ...options.env },
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: options.timeoutMs ?? 60_000,
  });
}
