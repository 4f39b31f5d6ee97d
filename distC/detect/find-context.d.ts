import { type LineIndex } from './line-index.js';
import type { DetectedConversation } from './types.js';
/** Line holding `offset` (binary search over line starts). */
export declare function lineOfOffset(index: LineIndex, offset: number): number;
/**
 * The nearest heading or paragraph before each conversation, verbatim, that is not part of another detected
 * conversation (so an FAQ entry gets its section heading, not the previous answer). Code blocks, comments,
 * rules and bare HTML tags are skipped. Conversations must be sorted and non-overlapping; `context` is set in place.
 */
export declare function attachContext(index: LineIndex, conversations: DetectedConversation[]): void;
