/**
 * The token tables behind the TF-IDF keyword extractor (keywords.ts): which characters make words, a vocabulary that
 * interns the tokens of a text as dense ids while scanning it, and a table of adjacent id pairs. Typed arrays and
 * open addressing, so an extractor over megabytes of text allocates almost nothing per token.
 */
/** Shorter tokens are not keywords. */
export declare const MIN_TOKEN_LENGTH = 3;
export declare function wordTable(): Uint8Array;
export declare const APOSTROPHE = 39;
export declare const RIGHT_QUOTE = 8217;
export declare const HYPHEN = 45;
/**
 * Open-addressing table of (left id, right id) pairs → dense pair index, for bigram document frequencies. Each slot
 * holds its left id, right id and index side by side, so a probe touches one cache line.
 */
export declare class PairTable {
    private cells;
    private bits;
    size: number;
    /** Index of the pair, or -1 when it was never added. */
    find(left: number, right: number): number;
    /** Index of the pair, adding it when new. */
    intern(left: number, right: number): number;
    /** The cell (offset into `cells`) holding the pair, or the empty one where it would go. */
    private cell;
    private rehash;
}
export declare function grow<T extends Int32Array | Float64Array>(array: T): T;
/**
 * The vocabulary of an extractor: every kept token of the corpus (and the stop words, flagged) as a dense id, in an
 * open-addressing table keyed by a hash of the token's characters. `scan` finds the tokens of a text exactly as the
 * reference `tokenize` of keywords.test.ts does, but looks each one up in place, so a known token costs no string,
 * no set and no map lookup (three quarters of the extractor's time went there). Ids past the corpus are interned for one call and then
 * rolled back (`truncate`), which restores the table exactly (entries are removed in reverse order of insertion).
 */
export declare class Vocabulary {
    terms: string[];
    private hashes;
    private stop;
    private slotOf;
    private slots;
    /** Token ids found since `begin`, -1 where a phrase may not continue (punctuation or a dropped word). */
    ids: Int32Array<ArrayBuffer>;
    private count;
    private gap;
    /** `stopWords` are recognised as tokens but never returned. */
    constructor(stopWords: Iterable<string>);
    get size(): number;
    /** Ids found since `begin`. */
    get found(): number;
    /** Remove the ids from `size` on (the last ones added), newest first. */
    truncate(size: number): void;
    /** Starts a scan: `ids` is emptied; `scan` calls then append to it, as if their texts were joined by line breaks. */
    begin(): void;
    /**
     * Scan `lower` (a lower-cased text) into `ids` after what the scans since `begin` found, returning how many ids
     * there are. Same tokens as `tokenize` over those texts joined by line breaks: maximal runs of word characters
     * with inner apostrophes/hyphens, right quotes read as apostrophes, a final `'s` dropped, kept when at least
     * 3 characters long, not all digits and not a stop word; with `keepGaps`, -1 where `tokenize` has a `null`
     * (consecutive gaps collapse, which the callers cannot tell apart).
     */
    scan(lower: string, keepGaps: boolean): number;
    /** The id of `text[start, end)` (right quotes read as apostrophes), added when new. */
    private lookup;
    private rehash;
}
export declare function growTo<T extends Int32Array | Float64Array>(array: T, size: number): T;
