import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';

export interface InputFile {
  /** Absolute path. */
  path: string;
  /** Path relative to the input folder, with `/` separators: the sample's `source_file`. */
  name: string;
  bytes: number;
}

const IGNORED = new Set(['.gitkeep', '.DS_Store', 'Thumbs.db', 'desktop.ini']);

/**
 * Every file under `dir` (recursively), sorted by name; dot-files and OS litter (Word's `~$` lock files) skipped.
 * Symbolic links are followed (a linked folder is read once, however often it is linked); a broken link is listed
 * as it is, so its extraction fails with a message naming it instead of it vanishing.
 */
export async function listInputFiles(dir: string): Promise<InputFile[]> {
  const files: InputFile[] = [];
  const visited = new Set<string>();
  const walk = async (current: string): Promise<void> => {
    const real = await realpath(current);
    if (visited.has(real)) return;
    visited.add(real);
    // In name order, so the first of two links to one folder is the one kept, on every file system.
    const entries = (await readdir(current, { withFileTypes: true })).sort((left, right) => (left.name < right.name ? -1 : left.name > right.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.') || IGNORED.has(entry.name) || entry.name.startsWith('~$')) continue;
      const full = path.join(current, entry.name);
      const name = path.relative(dir, full).split(path.sep).join('/');
      if (entry.isSymbolicLink()) {
        const target = await stat(full).catch(() => undefined);
        if (target === undefined) files.push({ path: full, name, bytes: 0 });
        else if (target.isDirectory()) await walk(full);
        else if (target.isFile()) files.push({ path: full, name, bytes: target.size });
      } else if (entry.isDirectory()) await walk(full);
      else if (entry.isFile()) {
        const info = await stat(full);
        files.push({ path: full, name, bytes: info.size });
      }
    }
  };
  await walk(dir);
  return files.sort((a, b) => a.name.localeCompare(b.name));
}

/** SHA-1 over every file's name and bytes: resume refuses to continue when this changes. */
export async function hashInputFiles(files: InputFile[]): Promise<string> {
  const hash = createHash('sha1');
  for (const file of files) {
    hash.update(`${file.name}\u0000${file.bytes}\u0000`);
    await new Promise<void>((resolve) => {
      const stream = createReadStream(file.path, { highWaterMark: 1 << 20 });
      stream.on('data', (chunk) => hash.update(chunk));
      stream.on('end', () => resolve());
      // Unreadable (a broken link, no permission): its extraction reports it by name; the run goes on.
      stream.on('error', (error: NodeJS.ErrnoException) => {
        hash.update(`\u0000unreadable:${error.code ?? ''}`);
        resolve();
      });
    });
  }
  return hash.digest('hex');
}
