export { loadConfig, parseConfigText, deepMerge, type ConfigOverrides, type LoadConfigOptions } from './load-config.js';
export { configFileSchema, type ConfigFile, type ConfigFileInput } from './schema.js';
export type { Config, ModelLimitsOverride } from './config.js';
export { loadEnv, parseEnvFile } from './env-file.js';
