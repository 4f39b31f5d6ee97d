import { readFileSync } from 'node:fs';
/**
 * Minimal `.env` parser: `KEY=value`, optional `export `, single/double quotes,
 * `#` comments, `\n` escapes inside double quotes. No variable expansion.
 */
export function parseEnvFile(text) {
    const result = {};
    for (const rawLine of text.split(/\r?\n/)) {
        const line = rawLine.trim();
        if (line === '' || line.startsWith('#'))
            continue;
        const match = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*)$/.exec(line);
        if (!match)
            continue;
        const key = match[1];
        let value = match[2] ?? '';
        if (value.startsWith('"')) {
            const end = value.indexOf('"', 1);
            value = (end === -1 ? value.slice(1) : value.slice(1, end)).replace(/\\n/g, '\n');
        }
        else if (value.startsWith("'")) {
            const end = value.indexOf("'", 1);
            value = end === -1 ? value.slice(1) : value.slice(1, end);
        }
        else {
            const hash = value.search(/\s#/);
            if (hash !== -1)
                value = value.slice(0, hash);
            value = value.trim();
        }
        result[key] = value;
    }
    return result;
}
/**
 * Environment for a run: the real environment wins; `.env` files fill in what is missing,
 * earlier files first (config folder, then working directory).
 */
export function loadEnv(realEnv, envFiles, readFile = readIfExists) {
    const merged = {};
    for (const file of [...envFiles].reverse()) {
        const text = readFile(file);
        if (text === undefined)
            continue;
        Object.assign(merged, parseEnvFile(text));
    }
    for (const [key, value] of Object.entries(realEnv)) {
        if (value !== undefined)
            merged[key] = value;
    }
    return merged;
}
function readIfExists(path) {
    try {
        return readFileSync(path, 'utf8');
    }
    catch {
        return undefined;
    }
}
//# sourceMappingURL=env-file.js.map