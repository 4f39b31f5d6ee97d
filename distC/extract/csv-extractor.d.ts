import type { Extractor } from './types.js';
export declare const csvExtractor: Extractor;
