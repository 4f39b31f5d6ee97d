import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/cli.js';

/** The built CLI (`npm test` builds first), with its standard output closed by the reader before it writes. */
function runWithClosedOutput(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(projectRoot, 'dist/cli/bin.js'), ...args], { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    // As `| head -0`: the reading end goes away at once.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('ftdb with a closed standard output', () => {
  it('exits quietly, without an unhandled EPIPE error and stack trace', { timeout: 30_000 }, async () => {
    for (const args of [['--help'], ['--version']]) {
      const { code, stderr } = await runWithClosedOutput(args);
      expect(stderr, args.join(' ')).not.toMatch(/EPIPE|Unhandled 'error' event|at .*\.js:\d+/);
      expect(code, args.join(' ')).toBe(0);
    }
  });
});
