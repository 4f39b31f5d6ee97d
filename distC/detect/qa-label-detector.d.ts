import { type LineIndex } from './line-index.js';
import type { DetectedConversation } from './types.js';
export declare function detectQaLabels(index: LineIndex): DetectedConversation[];
