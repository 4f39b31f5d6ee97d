import { readFile as readFileFromDisk } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError } from '../errors/errors.js';
/** Placeholders without which a prompt cannot work: removing them from the file is an error, not a silent change. */
export const REQUIRED_PLACEHOLDERS = {
    'system/create_mode.txt': ['conversation_count'],
    'system/hybrid_mode.txt': ['conversation_count'],
    'system/free_mode.txt': ['instructions', 'conversation_count'],
    'system/identify_mode.txt': [],
};
/** The package's own `prompts/` folder: `src/agents/../../prompts` under vitest, `dist/agents/../../prompts` when built. */
export function packagePromptsDir() {
    return fileURLToPath(new URL('../../prompts/', import.meta.url));
}
const PLACEHOLDER = /\{\{([^{}\n]*)\}\}/g;
const PLACEHOLDER_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/**
 * Loads the editable prompt files and fills their `{{name}}` placeholders. Reads are cached per run.
 * Throws `ConfigError` (naming the file and the placeholder) when the file uses a placeholder this prompt does not
 * provide (unknown) or one whose value is missing, so nothing is ever sent with a literal `{{x}}` in it.
 */
export function createPromptRenderer(options) {
    if (options.dirs.length === 0)
        throw new RangeError('createPromptRenderer: at least one prompts folder is needed');
    const read = options.readFile ?? ((filePath) => readFileFromDisk(filePath, 'utf8'));
    const cache = new Map();
    function loadOptional(name) {
        checkName(name);
        let pending = cache.get(name);
        if (pending === undefined) {
            pending = findFile(name);
            cache.set(name, pending);
            pending.catch(() => cache.delete(name));
        }
        return pending;
    }
    async function findFile(name) {
        for (const dir of options.dirs) {
            const filePath = path.join(dir, name);
            try {
                return { path: filePath, text: stripByteOrderMark(await read(filePath)) };
            }
            catch (error) {
                if (isMissingFile(error))
                    continue;
                throw new ConfigError(`cannot read prompt file ${filePath}: ${error.message}`, { file: filePath, cause: error });
            }
        }
        return undefined;
    }
    async function load(name) {
        const file = await loadOptional(name);
        if (file === undefined) {
            throw new ConfigError(`prompt file ${name} not found in ${options.dirs.join(' or ')}; restore it from the package's prompts/ folder`, { issues: [{ path: name, message: 'prompt file not found' }] });
        }
        return file;
    }
    async function render(name, params) {
        const file = await load(name);
        const required = (options.required ?? REQUIRED_PLACEHOLDERS)[name] ?? [];
        const used = new Set(placeholderNames(file.text));
        const absent = required.filter((placeholder) => !used.has(placeholder));
        if (absent.length > 0) {
            throw new ConfigError(`prompt file ${file.path}: missing placeholder ${absent.map((placeholder) => `{{${placeholder}}}`).join(', ')}; the prompt cannot work without it. Put it back or restore the file from the package's prompts/ folder`, { file: file.path, issues: absent.map((placeholder) => ({ path: placeholder, message: 'required placeholder missing' })) });
        }
        return fillPlaceholders(file.text, params, file.path);
    }
    return { render, load, loadOptional };
}
/**
 * Replace every `{{name}}` (spaces inside the braces allowed) in one pass; values are inserted literally, so a
 * value containing `{{x}}` is never expanded again. Every problem in the template is listed in one error.
 */
export function fillPlaceholders(template, params, fileLabel) {
    const problems = [];
    const known = Object.keys(params).sort();
    const result = template.replace(PLACEHOLDER, (whole, inner) => {
        const name = inner.trim();
        if (!PLACEHOLDER_NAME.test(name)) {
            problems.push({ placeholder: whole, message: `${whole} is not a valid placeholder (use {{name}} with letters, digits, _)` });
            return whole;
        }
        if (!Object.prototype.hasOwnProperty.call(params, name)) {
            problems.push({ placeholder: name, message: `unknown placeholder {{${name}}}; this prompt provides: ${known.map((key) => `{{${key}}}`).join(', ') || 'none'}` });
            return whole;
        }
        const value = params[name];
        if (value === undefined || value === null || (typeof value === 'number' && !Number.isFinite(value))) {
            problems.push({ placeholder: name, message: `missing value for placeholder {{${name}}}` });
            return whole;
        }
        return String(value);
    });
    if (problems.length > 0) {
        throw new ConfigError(`prompt file ${fileLabel}: ${problems.map((problem) => problem.message).join('; ')}. Fix the placeholder in the file or restore it from the package's prompts/ folder`, { file: fileLabel, issues: problems.map((problem) => ({ path: problem.placeholder, message: problem.message })) });
    }
    return result;
}
/** Names of the `{{name}}` placeholders a template uses, in order of first use. */
export function placeholderNames(template) {
    const names = new Set();
    for (const match of template.matchAll(PLACEHOLDER))
        names.add(match[1].trim());
    return [...names];
}
/** Free-mode instructions file: drop `#` comment lines (like a git commit message) and surrounding blank lines. */
export function stripPromptComments(text) {
    return stripByteOrderMark(text)
        .split(/\r?\n/)
        .filter((line) => !line.trimStart().startsWith('#'))
        .join('\n')
        .trim();
}
function checkName(name) {
    if (name.length === 0 || path.isAbsolute(name) || name.split(/[\\/]/).includes('..')) {
        throw new RangeError(`prompt name must be a relative path inside the prompts folder, got "${name}"`);
    }
}
function isMissingFile(error) {
    const code = error?.code;
    return code === 'ENOENT' || code === 'ENOTDIR';
}
function stripByteOrderMark(text) {
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
//# sourceMappingURL=prompt-loader.js.map