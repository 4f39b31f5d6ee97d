/**
 * Minimal `.env` parser: `KEY=value`, optional `export `, single/double quotes,
 * `#` comments, `\n` escapes inside double quotes. No variable expansion.
 */
export declare function parseEnvFile(text: string): Record<string, string>;
/**
 * Environment for a run: the real environment wins; `.env` files fill in what is missing,
 * earlier files first (config folder, then working directory).
 */
export declare function loadEnv(realEnv: Record<string, string | undefined>, envFiles: string[], readFile?: (path: string) => string | undefined): Record<string, string | undefined>;
