/**
 * Typed-array structures behind `DuplicateDetector` (dedup.ts): paged word arrays, a set of sha1 digests and
 * LSH band buckets. A few dozen bytes per sample, no per-sample objects, and growing never copies the big arrays.
 */
const PAGE_BITS = 16;
const PAGE_SIZE = 1 << PAGE_BITS;
export const PAGE_MASK = PAGE_SIZE - 1;
/** A growable array of words in fixed pages of 65,536 (256 KB of 32-bit words): growing never copies. */
export class PagedWords {
    Page;
    pages = [];
    constructor(Page) {
        this.Page = Page;
    }
    /** The page holding word `index` (created when needed); the word is at `index & PAGE_MASK`. */
    page(index) {
        const number = index >>> PAGE_BITS;
        while (this.pages.length <= number)
            this.pages.push(new this.Page(PAGE_SIZE));
        return this.pages[number];
    }
    get(index) {
        return this.pages[index >>> PAGE_BITS][index & PAGE_MASK];
    }
    set(index, value) {
        this.page(index)[index & PAGE_MASK] = value;
    }
}
const scratch = new Uint32Array(5);
/**
 * The 5 words of a sha1 hex digest (lower-case, 40 digits) in a shared scratch array, or undefined for any other
 * string. Parsed digit by digit (a regular expression test and five `parseInt` of slices cost 20 times more).
 */
export function digestWords(hash) {
    if (hash.length !== 40)
        return undefined;
    for (let word = 0; word < 5; word += 1) {
        let value = 0;
        for (let digit = word * 8; digit < word * 8 + 8; digit += 1) {
            const code = hash.charCodeAt(digit);
            let nibble;
            if (code >= 48 && code <= 57)
                nibble = code - 48;
            else if (code >= 97 && code <= 102)
                nibble = code - 87;
            else
                return undefined;
            value = value * 16 + nibble;
        }
        scratch[word] = value;
    }
    return scratch;
}
/** Open-addressing set of sha1 digests (5 words each, stored in pages). */
export class DigestSet {
    words = Array.from({ length: 5 }, () => new PagedWords(Uint32Array));
    slots = new Int32Array(2048).fill(-1);
    size = 0;
    has(digest) {
        return this.slots[this.find(digest)] >= 0;
    }
    add(digest) {
        const slot = this.find(digest);
        if (this.slots[slot] >= 0)
            return;
        for (let word = 0; word < 5; word += 1)
            this.words[word].set(this.size, digest[word]);
        this.slots[slot] = this.size;
        this.size += 1;
        if (this.size * 2 > this.slots.length)
            this.rehash();
    }
    /** The slot holding `digest`, or the empty slot where it would go. */
    find(digest) {
        const mask = this.slots.length - 1;
        const words = this.words;
        let slot = digest[0] & mask;
        for (;;) {
            const entry = this.slots[slot];
            if (entry < 0)
                return slot;
            if (words[0].get(entry) === digest[0] && words[1].get(entry) === digest[1] && words[2].get(entry) === digest[2] && words[3].get(entry) === digest[3] && words[4].get(entry) === digest[4]) {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
    }
    rehash() {
        const slots = new Int32Array(this.slots.length * 2).fill(-1);
        const mask = slots.length - 1;
        for (let entry = 0; entry < this.size; entry += 1) {
            let slot = this.words[0].get(entry) & mask;
            while (slots[slot] >= 0)
                slot = (slot + 1) & mask;
            slots[slot] = entry;
        }
        this.slots = slots;
    }
}
/**
 * Hash buckets of a band: slot `key & mask` → newest entry whose band hashed there (chained through `chains`).
 * No keys are kept: entries of other keys sharing the slot are told apart by comparing the band's rows.
 * One to two slots per entry (4 bytes each).
 */
export class BucketTable {
    heads = new Int32Array(1024).fill(-1);
    size = 0;
    /** Newest entry in the key's slot, or -1. */
    head(key) {
        return this.heads[key & (this.heads.length - 1)];
    }
    /** Make `entry` the newest of its slot; returns the previous newest (-1 when none). */
    push(key, entry) {
        const slot = key & (this.heads.length - 1);
        const previous = this.heads[slot];
        this.heads[slot] = entry;
        this.size += 1;
        return previous;
    }
    needsResize() {
        return this.size > this.heads.length;
    }
    /**
     * Empties the table into one twice as large; the caller pushes every entry again. (Four times as large re-threaded
     * half as often but left up to 3 empty slots per entry: 16 MB instead of 8 MB for 464,000 samples in 4 bands.)
     */
    resize() {
        this.heads = new Int32Array(this.heads.length * 2).fill(-1);
        this.size = 0;
    }
}
//# sourceMappingURL=dedup-tables.js.map