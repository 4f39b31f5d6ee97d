import type { Message } from './types.js';
/** Text used for exact-duplicate detection: every message, whitespace collapsed, case folded. */
export declare function normalizeForHash(messages: Message[]): string;
export declare function normalizeText(text: string): string;
export declare function contentHash(messages: Message[]): string;
/** Word 3-shingles (word unigrams for texts under 3 words) of the normalised text. */
export declare function shingles(text: string): Set<number>;
export declare function minHashSignature(shingleSet: Iterable<number>): Uint32Array;
export interface DedupVerdict {
    duplicate: boolean;
    kind?: 'exact' | 'near';
    hash: string;
}
/** What a duplicate check needs of one sample: its content hash and, for near duplicates, its MinHash signature. */
export interface DedupPrepared {
    hash: string;
    /** Undefined when near-duplicate detection is off (threshold ≥ 1) or the sample has no user text. */
    signature: Uint32Array | undefined;
}
/**
 * Content hash (as `contentHash`) and MinHash signature of the user turns (as `minHashSignature(shingles(...))`),
 * computed with one normalisation per message. Pure: worker threads compute it ahead of `DuplicateDetector`.
 */
export declare function prepareDedup(messages: Message[], threshold: number, precomputedHash?: string): DedupPrepared;
/**
 * Exact (hash of all messages) + near-duplicate (MinHash/LSH over word shingles of the user turns) detector.
 * `check` records a sample as seen when it is new.
 *
 * Memory is about 130 bytes per sample, in typed arrays: sha1 digests as 5 words, signatures as 32 rows of their
 * low 16 bits (b-bit minwise hashing, Li & König 2010: rows that differ still agree on 16 bits with probability
 * 2^-16, so a pair's count of equal rows is overstated by one with probability (32 − same) × 2^-16 at most: about
 * 1 in 16,000 for a pair just under the threshold; 64 bytes less per sample than whole rows), LSH buckets as
 * open-addressing tables keyed by a 32-bit hash of each band with chained entry indices.
 * Candidates: two signatures at or above the threshold differ in at most `m = 32 - ceil(32 × threshold)` rows,
 * so when `m < 8`, splitting the 32 rows into `m + 1` bands guarantees they agree on a whole band (pigeonhole).
 * Those bands are longer than the classic 8 bands of 4 rows, so unrelated texts that share a phrase (FAQ openers
 * such as "How do I") rarely collide, and the verdicts are the same as with 8 × 4 bands, which then also find every
 * such pair. Below that (threshold ≤ 0.75) the classic 8 × 4 banding is kept.
 */
export declare class DuplicateDetector {
    private readonly threshold;
    private readonly digests;
    /** Hashes that are not sha1 hex strings (callers may pass their own). */
    private readonly otherHashes;
    /** The low 16 bits of the 32 rows of each recorded signature, in pages (no copy, no doubling as the run grows). */
    private readonly signatures;
    private signatureCount;
    private readonly bandStarts;
    private readonly tables;
    /** Entry `signature × bands + band` → previous entry in the same bucket (-1 ends the chain). */
    private readonly chains;
    private readonly minSame;
    private prepared;
    constructor(threshold?: number);
    get size(): number;
    /** True when the messages duplicate (exactly or nearly) something already recorded; records nothing. */
    has(messages: Message[]): boolean;
    check(messages: Message[], precomputedHash?: string, record?: boolean): DedupVerdict;
    /** `check` with the hash and signature already computed (`prepareDedup` with this detector's threshold). */
    checkPrepared(prepared: DedupPrepared, record?: boolean): DedupVerdict;
    /** Record an already-accepted sample (e.g. from the store on resume) without checking. */
    remember(messages: Message[], hash?: string): void;
    /** Hash and signature of the messages; reused when the previous call (usually `has`) saw the same messages. */
    private prepare;
    private hasHash;
    private findNear;
    private add;
}
