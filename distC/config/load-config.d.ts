import { type Config } from './config.js';
/** Deep-partial of the config file shape (snake_case, like config.yaml). */
export type ConfigOverrides = {
    [key: string]: unknown;
};
export interface LoadConfigOptions {
    /** Environment to read keys from; defaults to an empty env (the CLI passes process.env). */
    env?: Record<string, string | undefined>;
    /** Working directory for resolving a relative config path and the cwd `.env`. */
    cwd?: string;
}
/**
 * Load and validate a config file. Every problem is reported at once with its key path and line.
 * Without a path, `config.yaml` in the working directory is used if it exists, else the defaults.
 */
export declare function loadConfig(configPath?: string, overrides?: ConfigOverrides, options?: LoadConfigOptions): Config;
export declare function parseConfigText(text: string, options: {
    file?: string;
    overrides?: ConfigOverrides;
    env?: Record<string, string | undefined>;
    cwd?: string;
}): Config;
export declare function deepMerge(base: Record<string, unknown>, overrides: Record<string, unknown>): Record<string, unknown>;
