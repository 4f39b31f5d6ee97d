import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Vitest global setup: the whole test run gets one temporary folder, made the temp folder of every test worker and
 * of every process a test starts (TMPDIR, which `os.tmpdir()` reads), and removed when the run ends. The tests'
 * own `mkdtempSync(os.tmpdir())` folders (projects, stores, spools, the packed-package install) then never pile
 * up in /tmp. FTDB_KEEP_TEST_TMP=1 keeps the folder (its path is printed) to look at what a test left.
 */
export default function setup(): () => void {
  const root = mkdtempSync(path.join(os.tmpdir(), 'ftdb-tests-'));
  const previous = { TMPDIR: process.env.TMPDIR, TMP: process.env.TMP, TEMP: process.env.TEMP };
  process.env.TMPDIR = process.env.TMP = process.env.TEMP = root;
  return () => {
    for (const [key, value] of Object.entries(previous)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    if (process.env.FTDB_KEEP_TEST_TMP === '1') console.log(`test temp folder kept: ${root}`);
    else rmSync(root, { recursive: true, force: true });
  };
}
