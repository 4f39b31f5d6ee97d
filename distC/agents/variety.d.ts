import type { Variety } from './types.js';
/** Prompt placeholders for a variety level; question types are shuffled per call so batches differ in emphasis. */
export declare function varietyParams(variety: Variety, random: () => number): Record<string, string | number>;
