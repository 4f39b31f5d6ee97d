import type { PromptRenderer } from './types.js';
export interface PromptLoaderOptions {
    /** Folders searched in order, e.g. the user's `prompts/` first, then `packagePromptsDir()`. */
    dirs: string[];
    /** Injected file reader (defaults to `fs.promises.readFile(path, 'utf8')`). Must reject with code ENOENT for a missing file. */
    readFile?: (filePath: string) => Promise<string>;
    /** Placeholders a prompt file must contain (defaults to `REQUIRED_PLACEHOLDERS`). */
    required?: Readonly<Record<string, readonly string[]>>;
}
/** Placeholders without which a prompt cannot work: removing them from the file is an error, not a silent change. */
export declare const REQUIRED_PLACEHOLDERS: Readonly<Record<string, readonly string[]>>;
export interface PromptFile {
    /** Absolute or dir-relative path the text was read from. */
    path: string;
    text: string;
}
export interface PromptLoader extends PromptRenderer {
    /** Raw text of `prompts/<name>` from the first folder that has it (no placeholder filling). */
    load(name: string): Promise<PromptFile>;
    /** Like `load`, but `undefined` when no folder has the file. */
    loadOptional(name: string): Promise<PromptFile | undefined>;
}
/** The package's own `prompts/` folder: `src/agents/../../prompts` under vitest, `dist/agents/../../prompts` when built. */
export declare function packagePromptsDir(): string;
/**
 * Loads the editable prompt files and fills their `{{name}}` placeholders. Reads are cached per run.
 * Throws `ConfigError` (naming the file and the placeholder) when the file uses a placeholder this prompt does not
 * provide (unknown) or one whose value is missing, so nothing is ever sent with a literal `{{x}}` in it.
 */
export declare function createPromptRenderer(options: PromptLoaderOptions): PromptLoader;
/**
 * Replace every `{{name}}` (spaces inside the braces allowed) in one pass; values are inserted literally, so a
 * value containing `{{x}}` is never expanded again. Every problem in the template is listed in one error.
 */
export declare function fillPlaceholders(template: string, params: Record<string, string | number | undefined>, fileLabel: string): string;
/** Names of the `{{name}}` placeholders a template uses, in order of first use. */
export declare function placeholderNames(template: string): string[];
/** Free-mode instructions file: drop `#` comment lines (like a git commit message) and surrounding blank lines. */
export declare function stripPromptComments(text: string): string;
