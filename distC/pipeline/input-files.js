import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
const IGNORED = new Set(['.gitkeep', '.DS_Store', 'Thumbs.db', 'desktop.ini']);
/** Every file under `dir` (recursively), sorted by name; dot-files and OS litter skipped. */
export async function listInputFiles(dir) {
    const files = [];
    const walk = async (current) => {
        const entries = await readdir(current, { withFileTypes: true });
        for (const entry of entries) {
            if (entry.name.startsWith('.') || IGNORED.has(entry.name) || entry.name.startsWith('~$'))
                continue;
            const full = path.join(current, entry.name);
            if (entry.isDirectory())
                await walk(full);
            else if (entry.isFile()) {
                const info = await stat(full);
                files.push({ path: full, name: path.relative(dir, full).split(path.sep).join('/'), bytes: info.size });
            }
        }
    };
    await walk(dir);
    return files.sort((a, b) => a.name.localeCompare(b.name));
}
/** SHA-1 over every file's name and bytes: resume refuses to continue when this changes. */
export async function hashInputFiles(files) {
    const hash = createHash('sha1');
    for (const file of files) {
        hash.update(`${file.name}\u0000${file.bytes}\u0000`);
        await new Promise((resolve, reject) => {
            const stream = createReadStream(file.path, { highWaterMark: 1 << 20 });
            stream.on('data', (chunk) => hash.update(chunk));
            stream.on('end', () => resolve());
            stream.on('error', reject);
        });
    }
    return hash.digest('hex');
}
//# sourceMappingURL=input-files.js.map