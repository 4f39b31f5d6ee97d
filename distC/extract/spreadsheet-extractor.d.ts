import type { IsolatedExtractor } from './worker-protocol.js';
export declare const spreadsheetExtractor: IsolatedExtractor;
