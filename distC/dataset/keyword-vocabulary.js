/**
 * The token tables behind the TF-IDF keyword extractor (keywords.ts): which characters make words, a vocabulary that
 * interns the tokens of a text as dense ids while scanning it, and a table of adjacent id pairs. Typed arrays and
 * open addressing, so an extractor over megabytes of text allocates almost nothing per token.
 */
/** Shorter tokens are not keywords. */
export const MIN_TOKEN_LENGTH = 3;
/** 1 for letters and digits of the Basic Multilingual Plane (built once, on first use). */
let wordCharacters;
export function wordTable() {
    if (wordCharacters)
        return wordCharacters;
    const table = new Uint8Array(65536);
    const letterOrDigit = /[\p{L}\p{N}\p{M}]/u;
    for (let code = 0; code < 65536; code++) {
        if (code >= 0xd800 && code <= 0xdfff)
            continue;
        if ((code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90))
            table[code] = 1;
        else if (code > 127 && letterOrDigit.test(String.fromCharCode(code)))
            table[code] = 1;
    }
    wordCharacters = table;
    return table;
}
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
export const APOSTROPHE = 39;
export const RIGHT_QUOTE = 0x2019;
export const HYPHEN = 45;
/**
 * Open-addressing table of (left id, right id) pairs → dense pair index, for bigram document frequencies. Each slot
 * holds its left id, right id and index side by side, so a probe touches one cache line.
 */
export class PairTable {
    cells = new Int32Array(3 << 14).fill(-1);
    bits = 14;
    size = 0;
    /** Index of the pair, or -1 when it was never added. */
    find(left, right) {
        return this.cells[this.cell(left, right) + 2];
    }
    /** Index of the pair, adding it when new. */
    intern(left, right) {
        const cell = this.cell(left, right);
        const found = this.cells[cell + 2];
        if (found >= 0)
            return found;
        const index = this.size++;
        this.cells[cell] = left;
        this.cells[cell + 1] = right;
        this.cells[cell + 2] = index;
        if (this.size * 2 > 1 << this.bits)
            this.rehash();
        return index;
    }
    /** The cell (offset into `cells`) holding the pair, or the empty one where it would go. */
    cell(left, right) {
        const mask = (1 << this.bits) - 1;
        // Multiplicative hashing: the high bits of the product are the well-mixed ones.
        let slot = Math.imul(Math.imul(left, 0x9e3779b1) ^ right, 0x85ebca77) >>> (32 - this.bits);
        const cells = this.cells;
        for (;;) {
            const cell = slot * 3;
            const stored = cells[cell];
            if (stored < 0 || (stored === left && cells[cell + 1] === right))
                return cell;
            slot = (slot + 1) & mask;
        }
    }
    rehash() {
        const old = this.cells;
        this.bits += 1;
        this.cells = new Int32Array(3 << this.bits).fill(-1);
        for (let cell = 0; cell < old.length; cell += 3) {
            if (old[cell] < 0)
                continue;
            const target = this.cell(old[cell], old[cell + 1]);
            this.cells[target] = old[cell];
            this.cells[target + 1] = old[cell + 1];
            this.cells[target + 2] = old[cell + 2];
        }
    }
}
export function grow(array) {
    const grown = new array.constructor(array.length * 2);
    grown.set(array);
    return grown;
}
/**
 * The vocabulary of an extractor: every kept token of the corpus (and the stop words, flagged) as a dense id, in an
 * open-addressing table keyed by a hash of the token's characters. `scan` finds the tokens of a text exactly as the
 * reference `tokenize` of keywords.test.ts does, but looks each one up in place, so a known token costs no string,
 * no set and no map lookup (three quarters of the extractor's time went there). Ids past the corpus are interned for one call and then
 * rolled back (`truncate`), which restores the table exactly (entries are removed in reverse order of insertion).
 */
export class Vocabulary {
    terms = [];
    hashes = new Int32Array(1024);
    stop = new Uint8Array(1024);
    slotOf = new Int32Array(1024);
    slots = new Int32Array(2048).fill(-1);
    /** Token ids found since `begin`, -1 where a phrase may not continue (punctuation or a dropped word). */
    ids = new Int32Array(1024);
    count = 0;
    gap = false;
    /** `stopWords` are recognised as tokens but never returned. */
    constructor(stopWords) {
        for (const word of stopWords) {
            const id = this.lookup(word, 0, word.length, false, true);
            this.stop[id] = 1;
        }
    }
    get size() {
        return this.terms.length;
    }
    /** Ids found since `begin`. */
    get found() {
        return this.count;
    }
    /** Remove the ids from `size` on (the last ones added), newest first. */
    truncate(size) {
        for (let id = this.terms.length - 1; id >= size; id--)
            this.slots[this.slotOf[id]] = -1;
        this.terms.length = size;
    }
    /** Starts a scan: `ids` is emptied; `scan` calls then append to it, as if their texts were joined by line breaks. */
    begin() {
        this.count = 0;
        this.gap = false;
    }
    /**
     * Scan `lower` (a lower-cased text) into `ids` after what the scans since `begin` found, returning how many ids
     * there are. Same tokens as `tokenize` over those texts joined by line breaks: maximal runs of word characters
     * with inner apostrophes/hyphens, right quotes read as apostrophes, a final `'s` dropped, kept when at least
     * 3 characters long, not all digits and not a stop word; with `keepGaps`, -1 where `tokenize` has a `null`
     * (consecutive gaps collapse, which the callers cannot tell apart).
     */
    scan(lower, keepGaps) {
        const end = lower.length;
        const table = wordTable();
        let ids = this.ids;
        let count = this.count;
        let gap = this.gap;
        let position = 0;
        while (position < end) {
            let code = lower.charCodeAt(position);
            if (table[code] !== 1) {
                if (code !== 32 && code !== 10 && code !== 9 && code !== 13)
                    gap = true;
                position++;
                continue;
            }
            const runStart = position;
            let digitsOnly = true;
            let hasQuote = false;
            // FNV-1a of the run as it is read (right quotes as apostrophes), and of the run without its last two
            // characters (for a dropped final 's): `lookup` then reads no character twice.
            let hash = FNV_OFFSET;
            let hashBefore = FNV_OFFSET;
            let hashBeforeLast = FNV_OFFSET;
            while (position < end) {
                code = lower.charCodeAt(position);
                if (table[code] === 1) {
                    if (code < 48 || code > 57)
                        digitsOnly = false;
                }
                else if ((code === APOSTROPHE || code === RIGHT_QUOTE || code === HYPHEN) && position + 1 < end && table[lower.charCodeAt(position + 1)] === 1) {
                    if (code === RIGHT_QUOTE) {
                        hasQuote = true;
                        code = APOSTROPHE;
                    }
                }
                else {
                    break;
                }
                hashBeforeLast = hashBefore;
                hashBefore = hash;
                hash = Math.imul(hash ^ code, FNV_PRIME);
                position++;
            }
            let runEnd = position;
            if (runEnd - runStart >= 2 && lower.charCodeAt(runEnd - 1) === 115) {
                const before = lower.charCodeAt(runEnd - 2);
                if (before === APOSTROPHE || before === RIGHT_QUOTE) {
                    runEnd -= 2;
                    hash = hashBeforeLast;
                }
            }
            if (count + 2 > ids.length)
                ids = this.ids = grow(ids);
            const kept = runEnd - runStart >= MIN_TOKEN_LENGTH && !digitsOnly;
            const id = kept ? this.lookup(lower, runStart, runEnd, hasQuote, false, hash) : -1;
            if (keepGaps && (gap || id < 0 || this.stop[id] === 1) && count > 0 && ids[count - 1] !== -1)
                ids[count++] = -1;
            gap = false;
            if (id >= 0 && this.stop[id] !== 1)
                ids[count++] = id;
        }
        this.count = count;
        this.gap = gap;
        return count;
    }
    /** The id of `text[start, end)` (right quotes read as apostrophes), added when new. */
    lookup(text, start, end, hasQuote, adding, known) {
        let hash = FNV_OFFSET;
        if (known !== undefined)
            hash = known;
        else {
            for (let index = start; index < end; index++) {
                let code = text.charCodeAt(index);
                if (code === RIGHT_QUOTE)
                    code = APOSTROPHE;
                hash = Math.imul(hash ^ code, FNV_PRIME);
            }
        }
        const mask = this.slots.length - 1;
        let slot = (hash ^ (hash >>> 15)) & mask;
        const length = end - start;
        for (;;) {
            const id = this.slots[slot];
            if (id < 0)
                break;
            if (!adding && this.hashes[id] === hash) {
                const term = this.terms[id];
                if (term.length === length && sameToken(text, start, term, hasQuote))
                    return id;
            }
            slot = (slot + 1) & mask;
        }
        let term = text.slice(start, end);
        if (hasQuote)
            term = term.replace(/\u2019/g, "'");
        const id = this.terms.length;
        this.terms.push(term);
        if (id === this.hashes.length) {
            this.hashes = grow(this.hashes);
            this.slotOf = grow(this.slotOf);
            this.stop = growBytes(this.stop);
        }
        this.hashes[id] = hash;
        this.stop[id] = 0;
        this.slots[slot] = id;
        this.slotOf[id] = slot;
        if (this.terms.length * 2 > this.slots.length)
            this.rehash();
        return id;
    }
    rehash() {
        this.slots = new Int32Array(this.slots.length * 2).fill(-1);
        const mask = this.slots.length - 1;
        for (let id = 0; id < this.terms.length; id++) {
            const hash = this.hashes[id];
            let slot = (hash ^ (hash >>> 15)) & mask;
            while (this.slots[slot] >= 0)
                slot = (slot + 1) & mask;
            this.slots[slot] = id;
            this.slotOf[id] = slot;
        }
    }
}
function sameToken(text, start, term, hasQuote) {
    for (let index = 0; index < term.length; index++) {
        let code = text.charCodeAt(start + index);
        if (hasQuote && code === RIGHT_QUOTE)
            code = APOSTROPHE;
        if (code !== term.charCodeAt(index))
            return false;
    }
    return true;
}
function growBytes(array) {
    const grown = new Uint8Array(array.length * 2);
    grown.set(array);
    return grown;
}
export function growTo(array, size) {
    let grown = array;
    while (grown.length < size)
        grown = grow(grown);
    return grown;
}
//# sourceMappingURL=keyword-vocabulary.js.map