import type { Config } from '../config/config.js';
/** Strip credentials from a URL (user:password@, key-like query parameters). */
export declare function redactUrl(url: string | undefined): string | undefined;
/** The configuration as stored with a dataset: no environment, no secrets. */
export declare function serializeConfig(config: Config): string;
