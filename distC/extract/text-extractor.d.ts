import type { Extractor } from './types.js';
export declare const textExtractor: Extractor;
export declare const markdownExtractor: Extractor;
