export * from './errors/index.js';
export type * from './dataset/types.js';
export type * from './extract/types.js';
export type * from './llm/types.js';
export type * from './targets/types.js';
export type * from './agents/types.js';
export type * from './detect/types.js';
