/**
 * Typed-array structures behind `DuplicateDetector` (dedup.ts): paged word arrays, a set of sha1 digests and
 * LSH band buckets. A few dozen bytes per sample, no per-sample objects, and growing never copies the big arrays.
 */
export declare const PAGE_MASK: number;
/** A growable array of words in fixed pages of 65,536 (256 KB of 32-bit words): growing never copies. */
export declare class PagedWords<T extends Uint32Array | Int32Array | Uint16Array> {
    private readonly Page;
    private readonly pages;
    constructor(Page: new (length: number) => T);
    /** The page holding word `index` (created when needed); the word is at `index & PAGE_MASK`. */
    page(index: number): T;
    get(index: number): number;
    set(index: number, value: number): void;
}
/**
 * The 5 words of a sha1 hex digest (lower-case, 40 digits) in a shared scratch array, or undefined for any other
 * string. Parsed digit by digit (a regular expression test and five `parseInt` of slices cost 20 times more).
 */
export declare function digestWords(hash: string): Uint32Array | undefined;
/** Open-addressing set of sha1 digests (5 words each, stored in pages). */
export declare class DigestSet {
    private readonly words;
    private slots;
    size: number;
    has(digest: Uint32Array): boolean;
    add(digest: Uint32Array): void;
    /** The slot holding `digest`, or the empty slot where it would go. */
    private find;
    private rehash;
}
/**
 * Hash buckets of a band: slot `key & mask` → newest entry whose band hashed there (chained through `chains`).
 * No keys are kept: entries of other keys sharing the slot are told apart by comparing the band's rows.
 * One to two slots per entry (4 bytes each).
 */
export declare class BucketTable {
    private heads;
    private size;
    /** Newest entry in the key's slot, or -1. */
    head(key: number): number;
    /** Make `entry` the newest of its slot; returns the previous newest (-1 when none). */
    push(key: number, entry: number): number;
    needsResize(): boolean;
    /**
     * Empties the table into one twice as large; the caller pushes every entry again. (Four times as large re-threaded
     * half as often but left up to 3 empty slots per entry: 16 MB instead of 8 MB for 464,000 samples in 4 bands.)
     */
    resize(): void;
}
