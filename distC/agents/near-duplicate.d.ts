import type { Message } from '../dataset/types.js';
/** Jaccard similarity of character 3-grams at or above which two user turns count as near-duplicates. */
export declare const NEAR_DUPLICATE_THRESHOLD = 0.8;
/** Lower-case, punctuation dropped, whitespace collapsed: the form user turns are compared in. */
export declare function normalizeTurn(text: string): string;
export declare function jaccard(left: ReadonlySet<string>, right: ReadonlySet<string>): number;
export type DuplicateKind = 'exact' | 'near';
/**
 * Remembers the user turns of conversations (hybrid mode: the identified ones) and tells whether a new conversation
 * repeats them: exact when its normalised user turns equal a remembered conversation's, near when its first user
 * turn is at least `threshold` similar (character 3-gram Jaccard) to any remembered user turn.
 */
export declare class UserTurnIndex {
    private readonly threshold;
    private readonly exact;
    private readonly turns;
    constructor(threshold?: number);
    get size(): number;
    add(messages: readonly Message[]): void;
    find(messages: readonly Message[]): DuplicateKind | undefined;
}
