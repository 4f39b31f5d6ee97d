import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { ConfigError } from '../errors/errors.js';
import { mapConfigFile } from './config.js';
import { loadEnv } from './env-file.js';
import { configFileSchema } from './schema.js';
/**
 * Load and validate a config file. Every problem is reported at once with its key path and line.
 * Without a path, `config.yaml` in the working directory is used if it exists, else the defaults.
 */
export function loadConfig(configPath, overrides = {}, options = {}) {
    const cwd = options.cwd ?? process.cwd();
    let file;
    if (configPath !== undefined) {
        file = path.resolve(cwd, configPath);
        if (!existsSync(file)) {
            throw new ConfigError(`Config file not found: ${file}. Create one with \`ftdb init\` or pass --config FILE.`, { file });
        }
    }
    else if (existsSync(path.join(cwd, 'config.yaml'))) {
        file = path.join(cwd, 'config.yaml');
    }
    const text = file === undefined ? '' : readFileSync(file, 'utf8');
    return parseConfigText(text, { file, overrides, env: options.env ?? {}, cwd });
}
export function parseConfigText(text, options) {
    const file = options.file;
    const lineCounter = new LineCounter();
    const document = parseDocument(text, { lineCounter, prettyErrors: false });
    if (document.errors.length > 0) {
        const issues = document.errors.map((error) => {
            const pos = lineCounter.linePos(error.pos[0]);
            return { path: '(yaml)', line: pos.line, column: pos.col, message: error.message.split('\n')[0] ?? error.message };
        });
        throw new ConfigError(formatIssues(file, issues, 'is not valid YAML'), { file, issues });
    }
    const raw = document.toJS() ?? {};
    if (typeof raw !== 'object' || Array.isArray(raw)) {
        const issues = [{ path: '(root)', line: 1, message: 'expected a mapping of keys (provider:, model:, mode: ...)' }];
        throw new ConfigError(formatIssues(file, issues, 'is invalid'), { file, issues });
    }
    const merged = deepMerge(raw, options.overrides ?? {});
    const result = configFileSchema.safeParse(merged, { reportInput: true });
    if (!result.success) {
        const issues = result.error.issues.flatMap((issue) => toConfigIssues(issue, document, lineCounter, options.overrides ?? {}));
        throw new ConfigError(formatIssues(file, issues, 'is invalid'), { file, issues });
    }
    const baseDir = file === undefined ? path.resolve(options.cwd ?? process.cwd()) : path.dirname(file);
    const parsed = result.data;
    const paths = {
        configFile: file,
        baseDir,
        input: path.resolve(baseDir, parsed.paths.input),
        output: path.resolve(baseDir, parsed.paths.output),
        memory: path.resolve(baseDir, parsed.paths.memory),
        prompts: path.resolve(baseDir, parsed.paths.prompts),
    };
    const envFiles = [path.join(baseDir, '.env')];
    const cwdEnv = path.join(path.resolve(options.cwd ?? process.cwd()), '.env');
    if (!envFiles.includes(cwdEnv))
        envFiles.push(cwdEnv);
    const env = loadEnv(options.env ?? {}, envFiles);
    return mapConfigFile(parsed, paths, env);
}
function formatIssues(file, issues, what) {
    const name = file ?? 'configuration';
    const lines = issues.map((issue) => {
        const where = issue.line === undefined ? '' : ` (line ${issue.line})`;
        return `  - ${issue.path}${where}: ${issue.message}`;
    });
    const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
    return `${name} ${what}: ${count}\n${lines.join('\n')}`;
}
function toConfigIssues(issue, document, lineCounter, overrides) {
    const issuePath = issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part));
    if (issue.code === 'unrecognized_keys') {
        return issue.keys.map((key) => {
            const keyPath = [...issuePath, key];
            const known = knownKeysAt(issuePath);
            const suggestion = closest(key, known);
            const hint = suggestion === undefined ? '' : ` Did you mean "${suggestion}"?`;
            const allowed = known.length > 0 ? ` Allowed keys here: ${known.join(', ')}.` : '';
            return {
                path: keyPath.join('.'),
                ...locate(document, lineCounter, keyPath, true),
                message: `unknown key.${hint}${allowed}`,
            };
        });
    }
    const fromOverride = hasPath(overrides, issuePath);
    const location = fromOverride ? {} : locate(document, lineCounter, issuePath, false);
    return [
        {
            path: issuePath.length === 0 ? '(root)' : issuePath.join('.'),
            ...location,
            message: describeIssue(issue) + (fromOverride ? ' (from a command-line flag or override)' : ''),
        },
    ];
}
function describeIssue(issue) {
    switch (issue.code) {
        case 'invalid_value':
            return `must be one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
        case 'invalid_type':
            return `expected ${issue.expected}${issue.input === undefined ? ' (missing)' : `, got ${describeValue(issue.input)}`}`;
        case 'too_small':
            return `must be ${issue.inclusive === false ? '>' : '>='} ${String(issue.minimum)}${issue.origin === 'string' ? ' characters' : ''}${gotValue(issue.input)}`;
        case 'too_big':
            return `must be ${issue.inclusive === false ? '<' : '<='} ${String(issue.maximum)}${issue.origin === 'string' ? ' characters' : ''}${gotValue(issue.input)}`;
        default:
            return issue.message;
    }
}
function gotValue(value) {
    return value === undefined ? '' : `, got ${describeValue(value)}`;
}
function describeValue(value) {
    if (value === null)
        return 'null';
    if (typeof value === 'string')
        return `"${value.length > 40 ? `${value.slice(0, 40)}...` : value}" (string)`;
    if (typeof value === 'object')
        return Array.isArray(value) ? 'a list' : 'a mapping';
    return `${String(value)} (${typeof value})`;
}
function locate(document, lineCounter, keyPath, keyItself) {
    for (let depth = keyPath.length; depth >= 0; depth -= 1) {
        const parentPath = keyPath.slice(0, Math.max(0, depth - 1));
        const last = keyPath[depth - 1];
        const parent = depth === 0 ? document.contents : parentPath.length === 0 ? document.contents : document.getIn(parentPath, true);
        if (depth > 0 && isMap(parent)) {
            const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === last);
            if (pair) {
                const node = (keyItself || !pair.value ? pair.key : pair.value);
                const offset = node?.range?.[0];
                if (offset !== undefined) {
                    const pos = lineCounter.linePos(offset);
                    return { line: pos.line, column: pos.col };
                }
            }
        }
        else if (depth === 0) {
            return {};
        }
    }
    return {};
}
function hasPath(object, keyPath) {
    let current = object;
    for (const key of keyPath) {
        if (current === null || typeof current !== 'object' || !(key in current))
            return false;
        current = current[key];
    }
    return keyPath.length > 0;
}
function knownKeysAt(keyPath) {
    let schema = configFileSchema;
    for (const key of [...keyPath, null]) {
        // Unwrap default / prefault / optional wrappers.
        for (let guard = 0; guard < 5; guard += 1) {
            const def = schema.def;
            if (def?.innerType !== undefined && (def.type === 'default' || def.type === 'prefault' || def.type === 'optional')) {
                schema = def.innerType;
            }
            else
                break;
        }
        const def = schema.def;
        if (key === null) {
            return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
        }
        if (def?.type === 'object' && def.shape)
            schema = def.shape[String(key)];
        else if (def?.type === 'record')
            schema = def.valueType;
        else
            return [];
    }
    return [];
}
function closest(word, candidates) {
    let best;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        const distance = levenshtein(word.toLowerCase(), candidate.toLowerCase());
        if (distance < bestDistance) {
            bestDistance = distance;
            best = candidate;
        }
    }
    return best !== undefined && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}
function levenshtein(a, b) {
    const previous = Array.from({ length: b.length + 1 }, (_, index) => index);
    for (let i = 1; i <= a.length; i += 1) {
        let diagonal = previous[0];
        previous[0] = i;
        for (let j = 1; j <= b.length; j += 1) {
            const above = previous[j];
            previous[j] = Math.min(above + 1, previous[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
            diagonal = above;
        }
    }
    return previous[b.length];
}
export function deepMerge(base, overrides) {
    const result = { ...base };
    for (const [key, value] of Object.entries(overrides)) {
        if (value === undefined)
            continue;
        const existing = result[key];
        if (isPlainObject(value) && isPlainObject(existing)) {
            result[key] = deepMerge(existing, value);
        }
        else {
            result[key] = value;
        }
    }
    return result;
}
function isPlainObject(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
//# sourceMappingURL=load-config.js.map