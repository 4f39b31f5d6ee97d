import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashInputFiles, listInputFiles } from './input-files.js';

describe('listInputFiles', () => {
  it('walks sub-folders, skips OS litter and lock files, follows links once, and keeps broken links to report them', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'ftdb-input-files-'));
    const input = path.join(root, 'input_files');
    const elsewhere = path.join(root, 'elsewhere');
    mkdirSync(path.join(input, 'sub'), { recursive: true });
    mkdirSync(elsewhere);
    writeFileSync(path.join(input, 'b.md'), 'b');
    writeFileSync(path.join(input, 'sub', 'a.txt'), 'aa');
    for (const litter of ['.DS_Store', 'Thumbs.db', '~$report.docx', '.hidden.md']) writeFileSync(path.join(input, litter), 'x');
    writeFileSync(path.join(elsewhere, 'linked.md'), 'linked');
    symlinkSync(elsewhere, path.join(input, 'shared'));
    symlinkSync(elsewhere, path.join(input, 'shared-again'));
    symlinkSync(input, path.join(input, 'sub', 'loop'));
    symlinkSync(path.join(elsewhere, 'linked.md'), path.join(input, 'c-link.md'));
    symlinkSync(path.join(root, 'missing.md'), path.join(input, 'd-broken.md'));

    const files = await listInputFiles(input);
    expect(files.map((file) => [file.name, file.bytes])).toEqual([
      ['b.md', 1],
      ['c-link.md', 6],
      ['d-broken.md', 0],
      ['shared/linked.md', 6],
      ['sub/a.txt', 2],
    ]);
    // A file it cannot read does not stop the run before it starts: its extraction names it.
    expect(await hashInputFiles(files)).toMatch(/^[0-9a-f]{40}$/);
    const { extractFile } = await import('../extract/registry.js');
    await expect(extractFile(files[2]!.path)).rejects.toThrow(/d-broken\.md: a link to a file that does not exist \(.*missing\.md\); fix or remove the link/);
  });
});
