import * as cryptoModule from 'node:crypto';
import { createHash } from 'node:crypto';
import { BucketTable, DigestSet, digestWords, PAGE_MASK, PagedWords } from './dedup-tables.js';
/** Text used for exact-duplicate detection: every message, whitespace collapsed, case folded. */
export function normalizeForHash(messages) {
    return messages.map((message) => `${message.role}\u0000${normalizeText(message.content)}`).join('\u0001');
}
/** Whitespace other than a single space: what `normalizeText` has to collapse. */
const COLLAPSIBLE = /[^\S ]| {2}/;
export function normalizeText(text) {
    // Most texts hold only single spaces: then collapsing changes nothing and the (slow) replace is skipped.
    return (COLLAPSIBLE.test(text) ? text.replace(/\s+/g, ' ') : text).trim().toLowerCase();
}
/**
 * Hex sha1 of a text: the one-shot `crypto.hash` where Node has it (20.12+, about twice as fast for short texts),
 * else `createHash`. Same digest either way.
 */
const sha1Hex = typeof cryptoModule.hash === 'function'
    ? (text) => cryptoModule.hash('sha1', text)
    : (text) => createHash('sha1').update(text).digest('hex');
export function contentHash(messages) {
    return sha1Hex(normalizeForHash(messages));
}
const HASHES = 32;
const BANDS = 8;
const ROWS = HASHES / BANDS;
const PRIME = 4294967311; // > 2^32
/** Deterministic permutation coefficients (seeded LCG) so signatures are stable across runs. */
const COEFFICIENTS = (() => {
    let state = 0x9e3779b9;
    const next = () => {
        state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
        return state;
    };
    return Array.from({ length: HASHES }, () => ({ a: (next() % 0xfffff) + 1, b: next() % 0xfffff }));
})();
const COEFFICIENT_A = Float64Array.from(COEFFICIENTS, (coefficient) => coefficient.a);
const COEFFICIENT_B = Float64Array.from(COEFFICIENTS, (coefficient) => coefficient.b);
/** Word 3-shingles (word unigrams for texts under 3 words) of the normalised text. */
export function shingles(text) {
    return new Set(shingleHashes(normalizeText(text)));
}
/** 1 for BMP code points in \p{L} or \p{N} (built on first use). */
let wordCodes;
const WORD_CODE_POINT = /^[\p{L}\p{N}]$/u;
function isWordCode(code) {
    if (wordCodes === undefined) {
        wordCodes = new Uint8Array(65536);
        for (let unit = 0; unit < 65536; unit += 1) {
            if (unit >= 0xd800 && unit <= 0xdfff)
                continue;
            if (WORD_CODE_POINT.test(String.fromCharCode(unit)))
                wordCodes[unit] = 1;
        }
    }
    return wordCodes[code] === 1;
}
let wordStarts = new Int32Array(256);
let wordEnds = new Int32Array(256);
/**
 * Shingle hashes of an already normalised text (`normalizeText`), possibly repeated. Same values as splitting
 * `text.replace(/[^\p{L}\p{N}\s]/gu, ' ')` on whitespace and hashing `"w1 w2 w3"`: the words are the maximal runs of
 * letter and digit code points, hashed in place without building the strings.
 */
function shingleHashes(normalized) {
    let count = 0;
    let start = -1;
    const length = normalized.length;
    for (let index = 0; index < length; index += 1) {
        const code = normalized.charCodeAt(index);
        let word;
        let width = 1;
        if (code >= 0xd800 && code <= 0xdbff && index + 1 < length) {
            const low = normalized.charCodeAt(index + 1);
            if (low >= 0xdc00 && low <= 0xdfff) {
                width = 2;
                word = WORD_CODE_POINT.test(normalized.slice(index, index + 2));
            }
            else {
                word = false;
            }
        }
        else {
            word = code < 0xd800 || code > 0xdfff ? isWordCode(code) : false;
        }
        if (word) {
            if (start < 0)
                start = index;
        }
        else if (start >= 0) {
            count = pushWord(count, start, index);
            start = -1;
        }
        index += width - 1;
    }
    if (start >= 0)
        count = pushWord(count, start, length);
    const hashes = [];
    if (count < 3) {
        for (let word = 0; word < count; word += 1)
            hashes.push(fnv1aRange(normalized, 0x811c9dc5, wordStarts[word], wordEnds[word]) >>> 0);
        return hashes;
    }
    for (let word = 0; word + 2 < count; word += 1) {
        let hash = fnv1aRange(normalized, 0x811c9dc5, wordStarts[word], wordEnds[word]);
        hash = Math.imul(hash ^ 32, 0x01000193) >>> 0;
        hash = fnv1aRange(normalized, hash, wordStarts[word + 1], wordEnds[word + 1]);
        hash = Math.imul(hash ^ 32, 0x01000193) >>> 0;
        hashes.push(fnv1aRange(normalized, hash, wordStarts[word + 2], wordEnds[word + 2]) >>> 0);
    }
    return hashes;
}
function pushWord(count, start, end) {
    if (count === wordStarts.length) {
        const starts = new Int32Array(count * 2);
        starts.set(wordStarts);
        wordStarts = starts;
        const ends = new Int32Array(count * 2);
        ends.set(wordEnds);
        wordEnds = ends;
    }
    wordStarts[count] = start;
    wordEnds[count] = end;
    return count + 1;
}
/** FNV-1a over `text[from, to)` (UTF-16 code units), continuing from `hash`. */
function fnv1aRange(text, hash, from, to) {
    for (let index = from; index < to; index += 1) {
        hash ^= text.charCodeAt(index);
        hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    return hash >>> 0;
}
const INVERSE_PRIME = 1 / PRIME;
export function minHashSignature(shingleSet) {
    // A minimum ignores repeats, so a list with duplicates gives the same signature as its set.
    const signature = new Uint32Array(HASHES).fill(0xffffffff);
    for (const shingle of shingleSet) {
        for (let index = 0; index < HASHES; index += 1) {
            // (a * x + b) mod p: a < 2^20, x < 2^32 and b < 2^20, so a * x + b < 2^53 is exact in a double, and so is
            // the quotient times p; the estimated quotient may be one off, which the two corrections fix.
            const value = COEFFICIENT_A[index] * shingle + COEFFICIENT_B[index];
            let rest = value - Math.floor(value * INVERSE_PRIME) * PRIME;
            if (rest < 0)
                rest += PRIME;
            else if (rest >= PRIME)
                rest -= PRIME;
            if (rest < signature[index])
                signature[index] = rest;
        }
    }
    return signature;
}
/**
 * Content hash (as `contentHash`) and MinHash signature of the user turns (as `minHashSignature(shingles(...))`),
 * computed with one normalisation per message. Pure: worker threads compute it ahead of `DuplicateDetector`.
 */
export function prepareDedup(messages, threshold, precomputedHash) {
    // Normalizing the user turns joined by '\n' gives the non-empty normalised turns joined by ' '.
    const normalized = messages.map((message) => normalizeText(message.content));
    const hash = precomputedHash ?? sha1Hex(messages.map((message, index) => `${message.role}\u0000${normalized[index]}`).join('\u0001'));
    let userText = '';
    for (let index = 0; index < messages.length; index += 1) {
        if (messages[index].role !== 'user' || normalized[index] === '')
            continue;
        userText = userText === '' ? normalized[index] : `${userText} ${normalized[index]}`;
    }
    return { hash, signature: threshold < 1 && userText !== '' ? minHashSignature(shingleHashes(userText)) : undefined };
}
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
export class DuplicateDetector {
    threshold;
    digests = new DigestSet();
    /** Hashes that are not sha1 hex strings (callers may pass their own). */
    otherHashes = new Set();
    /** The low 16 bits of the 32 rows of each recorded signature, in pages (no copy, no doubling as the run grows). */
    signatures = new PagedWords(Uint16Array);
    signatureCount = 0;
    bandStarts;
    tables;
    /** Entry `signature × bands + band` → previous entry in the same bucket (-1 ends the chain). */
    chains = new PagedWords(Int32Array);
    minSame;
    prepared;
    constructor(threshold = 0.9) {
        this.threshold = threshold;
        let minSame = 0;
        while (minSame <= HASHES && minSame / HASHES < threshold)
            minSame += 1;
        this.minSame = minSame;
        const maxMismatch = HASHES - minSame;
        const bands = maxMismatch >= 0 && maxMismatch + 1 < BANDS ? maxMismatch + 1 : BANDS;
        this.bandStarts = Array.from({ length: bands + 1 }, (_, band) => (bands === BANDS ? band * ROWS : Math.round((band * HASHES) / bands)));
        this.tables = Array.from({ length: bands }, () => new BucketTable());
    }
    get size() {
        return this.digests.size + this.otherHashes.size;
    }
    /** True when the messages duplicate (exactly or nearly) something already recorded; records nothing. */
    has(messages) {
        return this.check(messages, undefined, false).duplicate;
    }
    check(messages, precomputedHash, record = true) {
        const verdict = this.checkPrepared(this.prepare(messages, precomputedHash), record);
        if (record && !verdict.duplicate)
            this.prepared = undefined;
        return verdict;
    }
    /** `check` with the hash and signature already computed (`prepareDedup` with this detector's threshold). */
    checkPrepared(prepared, record = true) {
        const { hash, signature } = prepared;
        if (this.hasHash(hash))
            return { duplicate: true, kind: 'exact', hash };
        if (signature !== undefined && this.findNear(signature))
            return { duplicate: true, kind: 'near', hash };
        if (record)
            this.add(hash, signature);
        return { duplicate: false, hash };
    }
    /** Record an already-accepted sample (e.g. from the store on resume) without checking. */
    remember(messages, hash = contentHash(messages)) {
        if (this.hasHash(hash))
            return;
        const userText = normalizeText(userTurns(messages));
        this.add(hash, this.threshold < 1 && userText !== '' ? minHashSignature(shingleHashes(userText)) : undefined);
    }
    /** Hash and signature of the messages; reused when the previous call (usually `has`) saw the same messages. */
    prepare(messages, precomputedHash) {
        const last = this.prepared;
        if (last !== undefined && last.messages === messages && (precomputedHash === undefined || precomputedHash === last.hash) && sameContent(last, messages)) {
            return last;
        }
        const prepared = {
            ...prepareDedup(messages, this.threshold, precomputedHash),
            messages,
            roles: messages.map((message) => message.role),
            contents: messages.map((message) => message.content),
        };
        this.prepared = prepared;
        return prepared;
    }
    hasHash(hash) {
        const words = digestWords(hash);
        return words === undefined ? this.otherHashes.has(hash) : this.digests.has(words);
    }
    findNear(full) {
        const signature = lowRows(full);
        const bands = this.tables.length;
        for (let band = 0; band < bands; band += 1) {
            const from = this.bandStarts[band];
            const to = this.bandStarts[band + 1];
            let entry = this.tables[band].head(bandKey(signature, from, to));
            while (entry >= 0) {
                const index = Math.floor(entry / bands);
                const page = this.signatures.page(index * HASHES);
                const offset = (index * HASHES) & PAGE_MASK;
                // A real bucket mate (not another band sharing the bucket) that is similar enough.
                if (sameRows(signature, page, offset, from, to) === to - from && sameRows(signature, page, offset, 0, HASHES) >= this.minSame)
                    return true;
                entry = this.chains.get(entry);
            }
        }
        return false;
    }
    add(hash, full) {
        const words = digestWords(hash);
        if (words === undefined)
            this.otherHashes.add(hash);
        else
            this.digests.add(words);
        if (full === undefined)
            return;
        const signature = lowRows(full);
        const index = this.signatureCount;
        const bands = this.tables.length;
        this.signatures.page(index * HASHES).set(signature, (index * HASHES) & PAGE_MASK);
        this.signatureCount += 1;
        for (let band = 0; band < bands; band += 1) {
            const table = this.tables[band];
            const entry = index * bands + band;
            this.chains.set(entry, table.push(bandKey(signature, this.bandStarts[band], this.bandStarts[band + 1]), entry));
            if (table.needsResize()) {
                // Re-thread this band's chains over the larger table, oldest first, so each chain stays newest first.
                table.resize();
                for (let previous = 0; previous <= index; previous += 1) {
                    const page = this.signatures.page(previous * HASHES);
                    const key = bandKeyAt(page, (previous * HASHES) & PAGE_MASK, this.bandStarts[band], this.bandStarts[band + 1]);
                    this.chains.set(previous * bands + band, table.push(key, previous * bands + band));
                }
            }
        }
    }
}
const low = new Uint16Array(HASHES);
/** The low 16 bits of each row of a signature, in a scratch array shared by every detector (used at once). */
function lowRows(signature) {
    for (let row = 0; row < HASHES; row += 1)
        low[row] = signature[row];
    return low;
}
function sameRows(signature, page, offset, from, to) {
    let same = 0;
    for (let row = from; row < to; row += 1)
        if (signature[row] === page[offset + row])
            same += 1;
    return same;
}
function userTurns(messages) {
    return messages.filter((message) => message.role === 'user').map((message) => message.content).join('\n');
}
function sameContent(prepared, messages) {
    if (prepared.roles.length !== messages.length)
        return false;
    for (let index = 0; index < messages.length; index += 1) {
        const message = messages[index];
        if (message.role !== prepared.roles[index] || message.content !== prepared.contents[index])
            return false;
    }
    return true;
}
/** 32-bit hash of `signature[from, to)` (collisions only add candidates, which are verified). */
function bandKey(signature, from, to) {
    return bandKeyAt(signature, 0, from, to);
}
function bandKeyAt(words, offset, from, to) {
    let hash = 0x9747b28c ^ (to - from);
    for (let row = from; row < to; row += 1) {
        hash = Math.imul(hash ^ words[offset + row], 0x5bd1e995);
        hash ^= hash >>> 15;
    }
    hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
    return (hash ^ (hash >>> 16)) >>> 0;
}
//# sourceMappingURL=dedup.js.map