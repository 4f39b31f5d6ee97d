export { loadConfig, parseConfigText, deepMerge } from './load-config.js';
export { configFileSchema } from './schema.js';
export { loadEnv, parseEnvFile } from './env-file.js';
//# sourceMappingURL=index.js.map