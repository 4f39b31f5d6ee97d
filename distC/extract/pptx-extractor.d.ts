import type { IsolatedExtractor } from './worker-protocol.js';
export interface PptxExtractorOptions {
    /** Most bytes of XML inflated per file (default 512 MiB). */
    maxInflatedBytes?: number;
}
export declare function createPptxExtractor(settings?: PptxExtractorOptions): IsolatedExtractor;
export declare const pptxExtractor: IsolatedExtractor;
