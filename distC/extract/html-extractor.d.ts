import type { Extractor } from './types.js';
export declare const htmlExtractor: Extractor;
