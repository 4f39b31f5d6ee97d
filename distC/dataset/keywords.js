/**
 * Topic keywords without an LLM: TF-IDF over a corpus (one document per corpus entry), used to give identified
 * samples their `topicKeywords`.
 *
 * - Tokens: lower-case runs of letters/digits (apostrophes and inner hyphens kept, possessive `'s` dropped),
 *   at least 3 characters, not pure numbers, not English stop words.
 * - Bigrams: two adjacent kept tokens with no dropped word or punctuation between them; a bigram is a candidate only when it
 *   occurs at least twice in the text, and when chosen it replaces its two words in the result.
 * - Score: tf(term, text) × idf(term), with smoothed idf = ln((1 + N) / (1 + df)) + 1 (the scikit-learn default
 *   formula), so terms rare in the corpus but frequent in the text rank first. Ties are broken alphabetically,
 *   so the output is deterministic.
 * The extractor keeps only the document-frequency table (a `Map` of the corpus vocabulary), so it can be called
 * on every sample; each call is linear in the text length.
 */
const DEFAULT_MAX_KEYWORDS = 5;
const MIN_TOKEN_LENGTH = 3;
/** Common English function words and filler, plus words frequent in FAQs and chats that say nothing of a topic. */
export const ENGLISH_STOP_WORDS = new Set(('a about above after again against all almost also although always am among an and another any anybody anyone ' +
    'anything anyway anywhere are aren\'t around as at be became because become becomes been before being below ' +
    'between both but by can can\'t cannot could couldn\'t did didn\'t do does doesn\'t doing don\'t done down during ' +
    'each either else enough etc even ever every everyone everything few for from further get gets getting give ' +
    'given gives go goes going gone got had hadn\'t has hasn\'t have haven\'t having he he\'d he\'ll he\'s her here ' +
    'here\'s hers herself him himself his how how\'s however i i\'d i\'ll i\'m i\'ve if in into is isn\'t it it\'s its ' +
    'itself just keep know last least less let let\'s like likely made make makes many may maybe me might mine more ' +
    'most mostly much must mustn\'t my myself need needs neither never next no nobody none nor not nothing now of ' +
    'off often on once one only onto or other others otherwise ought our ours ourselves out over own per perhaps ' +
    'please put quite rather really said same say says see seem seems several shall shan\'t she she\'d she\'ll ' +
    'she\'s should shouldn\'t since so some somebody someone something sometimes somewhat soon still such sure take ' +
    'than that that\'s the their theirs them themselves then there there\'s therefore these they they\'d they\'ll ' +
    'they\'re they\'ve thing things this those though through thus to together too toward towards under until up ' +
    'upon us use used uses using usually very via want wants was wasn\'t way we we\'d we\'ll we\'re we\'ve well were ' +
    'weren\'t what what\'s whatever when when\'s where where\'s whether which while who who\'s whom whose why why\'s ' +
    'will with within without won\'t would wouldn\'t yes yet you you\'d you\'ll you\'re you\'ve your yours yourself ' +
    'yourselves ' +
    // Conversation filler.
    'answer answers question questions ask asked asking hello hi hey thanks thank ok okay sorry help helps ' +
    'lot lots able example examples want wanted tell told new good best better great way ways work works working ' +
    'time times first second also two three yeah sure right').split(' '));
/** Lower-case tokens of `text` that are neither stop words, too short, nor numbers; `null` marks a dropped token. */
/** 1 for letters and digits of the Basic Multilingual Plane (built once, on first use). */
let wordCharacters;
function wordTable() {
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
const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019;
const HYPHEN = 45;
/**
 * Lower-case tokens of `text` that are neither stop words, too short, nor numbers. With `keepGaps`, `null` marks a
 * dropped word or punctuation between two words (a phrase never spans it). One pass over the characters.
 */
export function tokenize(text, keepGaps) {
    const table = wordTable();
    const lower = text.toLowerCase();
    const tokens = [];
    const length = lower.length;
    let position = 0;
    let gap = false;
    while (position < length) {
        let code = lower.charCodeAt(position);
        if (table[code] !== 1) {
            if (code !== 32 && code !== 10 && code !== 9 && code !== 13)
                gap = true;
            position++;
            continue;
        }
        const start = position;
        let digitsOnly = true;
        let hasQuote = false;
        while (position < length) {
            code = lower.charCodeAt(position);
            if (table[code] === 1) {
                if (code < 48 || code > 57)
                    digitsOnly = false;
                position++;
                continue;
            }
            // Inner apostrophe or hyphen between two word characters: `don't`, `thread-safe`.
            if ((code === APOSTROPHE || code === RIGHT_QUOTE || code === HYPHEN) && table[lower.charCodeAt(position + 1)] === 1) {
                if (code === RIGHT_QUOTE)
                    hasQuote = true;
                position++;
                continue;
            }
            break;
        }
        let token = lower.slice(start, position);
        if (hasQuote)
            token = token.replace(/\u2019/g, "'");
        if (token.endsWith("'s"))
            token = token.slice(0, -2);
        const kept = token.length >= MIN_TOKEN_LENGTH && !digitsOnly && !ENGLISH_STOP_WORDS.has(token);
        if (keepGaps && gap && tokens.length > 0 && tokens[tokens.length - 1] !== null)
            tokens.push(null);
        gap = false;
        if (kept)
            tokens.push(token);
        else if (keepGaps && tokens.length > 0 && tokens[tokens.length - 1] !== null)
            tokens.push(null);
    }
    return tokens;
}
/**
 * Open-addressing table of (left id, right id) pairs → dense pair index, for bigram document frequencies. Each slot
 * holds its left id, right id and index side by side, so a probe touches one cache line.
 */
class PairTable {
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
function grow(array) {
    const grown = new array.constructor(array.length * 2);
    grown.set(array);
    return grown;
}
/**
 * The vocabulary of an extractor: every kept token of the corpus (and the stop words, flagged) as a dense id, in an
 * open-addressing table keyed by a hash of the token's characters. `scan` finds the tokens of a text exactly as
 * `tokenize` does, but looks each one up in place, so a known token costs no string, no set and no map lookup
 * (three quarters of the extractor's time went there). Ids past the corpus are interned for one call and then
 * rolled back (`truncate`), which restores the table exactly (entries are removed in reverse order of insertion).
 */
class Vocabulary {
    terms = [];
    hashes = new Int32Array(1024);
    stop = new Uint8Array(1024);
    slotOf = new Int32Array(1024);
    slots = new Int32Array(2048).fill(-1);
    /** Token ids found since `begin`, -1 where a phrase may not continue (punctuation or a dropped word). */
    ids = new Int32Array(1024);
    count = 0;
    gap = false;
    constructor() {
        for (const word of ENGLISH_STOP_WORDS) {
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
export function createKeywordExtractor(corpus, options = {}) {
    const core = new ExtractorCore(options, (scanDocument) => {
        for (const document of corpus)
            scanDocument((vocabulary, keepGaps) => vocabulary.scan(document.toLowerCase(), keepGaps));
    });
    return (text) => core.keywords((vocabulary, keepGaps) => vocabulary.scan(text.toLowerCase(), keepGaps));
}
/** Document frequencies of a corpus, and TF-IDF keywords of texts against them. */
class ExtractorCore {
    maxKeywords;
    useBigrams;
    vocabulary = new Vocabulary();
    pairs = new PairTable();
    terms;
    corpusSize;
    termIdf;
    pairIdf;
    unseenIdf;
    // Per-call scratch: counts by term id (ids past the corpus vocabulary are the call's unseen terms), the terms seen,
    // adjacent pairs, and the candidates (terms, then phrases as pair indexes) with their scores.
    counts;
    order = new Int32Array(256);
    pairKeys = new Float64Array(1024);
    candidates = new Int32Array(256);
    scores = new Float64Array(256);
    phrases = [];
    constructor(options, corpus) {
        this.maxKeywords = options.maxKeywords ?? DEFAULT_MAX_KEYWORDS;
        this.useBigrams = options.bigrams ?? true;
        // Terms are numbered once (ids) so document frequencies live in typed arrays, and a bigram is a pair of ids
        // rather than a new "left right" string per occurrence. Same counts, scores and output as string-keyed maps.
        const vocabulary = this.vocabulary;
        const useBigrams = this.useBigrams;
        let termDocuments = new Int32Array(1024);
        let termLastDocument = new Int32Array(1024);
        let pairDocuments = new Int32Array(1024);
        let pairLastDocument = new Int32Array(1024);
        let documentCount = 0;
        corpus((scan) => {
            documentCount++;
            let previous = -1;
            vocabulary.begin();
            scan(vocabulary, useBigrams);
            const count = vocabulary.found;
            const ids = vocabulary.ids;
            if (vocabulary.size > termDocuments.length) {
                termDocuments = growTo(termDocuments, vocabulary.size);
                termLastDocument = growTo(termLastDocument, vocabulary.size);
            }
            for (let index = 0; index < count; index++) {
                const id = ids[index];
                if (id < 0) {
                    previous = -1;
                    continue;
                }
                if (termLastDocument[id] !== documentCount) {
                    termLastDocument[id] = documentCount;
                    termDocuments[id]++;
                }
                if (useBigrams && previous >= 0) {
                    const pair = this.pairs.intern(previous, id);
                    if (pair === pairDocuments.length) {
                        pairDocuments = grow(pairDocuments);
                        pairLastDocument = grow(pairLastDocument);
                    }
                    if (pairLastDocument[pair] !== documentCount) {
                        pairLastDocument[pair] = documentCount;
                        pairDocuments[pair]++;
                    }
                }
                previous = id;
            }
        });
        this.terms = vocabulary.terms;
        this.corpusSize = vocabulary.size;
        // Smoothed idf, computed once per term and pair.
        const idf = (frequency) => Math.log((1 + documentCount) / (1 + frequency)) + 1;
        this.termIdf = idfTable(termDocuments, this.corpusSize, idf);
        this.pairIdf = idfTable(pairDocuments, this.pairs.size, idf);
        this.unseenIdf = idf(0);
        this.counts = new Int32Array(Math.max(1024, this.corpusSize + 1));
    }
    keywords(scan) {
        const { maxKeywords, useBigrams, vocabulary, terms, corpusSize } = this;
        if (maxKeywords <= 0)
            return [];
        vocabulary.begin();
        scan(vocabulary, useBigrams);
        const count = vocabulary.found;
        const ids = vocabulary.ids;
        if (vocabulary.size > this.counts.length)
            this.counts = growTo(this.counts, vocabulary.size);
        const counts = this.counts;
        let order = this.order;
        let orderCount = 0;
        let pairCount = 0;
        let previous = -1;
        for (let index = 0; index < count; index++) {
            const id = ids[index];
            if (id < 0) {
                previous = -1;
                continue;
            }
            if (counts[id] === 0) {
                if (orderCount === order.length)
                    order = this.order = grow(order);
                order[orderCount++] = id;
            }
            counts[id]++;
            if (useBigrams && previous >= 0) {
                if (pairCount === this.pairKeys.length)
                    this.pairKeys = grow(this.pairKeys);
                this.pairKeys[pairCount++] = previous * 67108864 + id; // 2^26 ids per side keeps the key exact
            }
            previous = id;
        }
        // Candidates: the terms (their ids), then the repeated phrases (-1 - index into `phrases`).
        if (orderCount + pairCount > this.candidates.length) {
            this.candidates = new Int32Array(2 * (orderCount + pairCount));
            this.scores = new Float64Array(this.candidates.length);
        }
        const candidates = this.candidates;
        const scores = this.scores;
        let candidateCount = 0;
        for (let index = 0; index < orderCount; index++) {
            const id = order[index];
            candidates[candidateCount] = id;
            scores[candidateCount++] = counts[id] * (id < corpusSize ? this.termIdf[id] : this.unseenIdf);
            counts[id] = 0;
        }
        const phrases = this.phrases;
        phrases.length = 0;
        if (pairCount > 1) {
            const keys = this.pairKeys.subarray(0, pairCount).sort();
            for (let start = 0; start < pairCount;) {
                let end = start + 1;
                while (end < pairCount && keys[end] === keys[start])
                    end++;
                if (end - start >= 2) {
                    const left = Math.floor(keys[start] / 67108864);
                    const right = keys[start] - left * 67108864;
                    const pair = left < corpusSize && right < corpusSize ? this.pairs.find(left, right) : -1;
                    const leftTerm = terms[left];
                    const rightTerm = terms[right];
                    phrases.push([`${leftTerm} ${rightTerm}`, leftTerm, rightTerm]);
                    candidates[candidateCount] = -phrases.length;
                    scores[candidateCount++] = (end - start) * (pair >= 0 ? this.pairIdf[pair] : this.unseenIdf);
                }
                start = end;
            }
        }
        sortCandidates(candidates, scores, candidateCount, (candidate) => (candidate >= 0 ? terms[candidate] : phrases[-candidate - 1][0]));
        const chosen = choose(candidates, candidateCount, maxKeywords, terms, phrases);
        // The call's unseen terms are forgotten again (the chosen strings are kept by the result).
        vocabulary.truncate(corpusSize);
        return chosen;
    }
}
/**
 * Sorts `candidates[0, count)` (with their `scores`) highest score first; on a tie a phrase (negative) before a word,
 * then alphabetically: a deterministic output. Insertion sort: a text has a few dozen candidates, and it allocates
 * nothing (Array.prototype.sort with a comparator was most of what keywording allocated).
 */
function sortCandidates(candidates, scores, count, termOf) {
    for (let index = 1; index < count; index++) {
        const candidate = candidates[index];
        const score = scores[index];
        let position = index - 1;
        while (position >= 0 && before(candidate, score, candidates[position], scores[position], termOf)) {
            candidates[position + 1] = candidates[position];
            scores[position + 1] = scores[position];
            position--;
        }
        candidates[position + 1] = candidate;
        scores[position + 1] = score;
    }
}
/** Whether candidate `a` sorts strictly before `b` (see `sortCandidates`). */
function before(a, aScore, b, bScore, termOf) {
    if (aScore !== bScore)
        return aScore > bScore;
    const aPhrase = a < 0;
    const bPhrase = b < 0;
    if (aPhrase !== bPhrase)
        return aPhrase;
    return termOf(a) < termOf(b);
}
/** `idf(frequencies[i])` for the first `size` entries (small frequencies, most of them, computed once). */
function idfTable(frequencies, size, idf) {
    const small = new Float64Array(64);
    for (let frequency = 0; frequency < small.length; frequency++)
        small[frequency] = idf(frequency);
    const table = new Float64Array(size);
    for (let index = 0; index < size; index++) {
        const frequency = frequencies[index];
        table[index] = frequency < 64 ? small[frequency] : idf(frequency);
    }
    return table;
}
function growTo(array, size) {
    let grown = array;
    while (grown.length < size)
        grown = grow(grown);
    return grown;
}
/** The top `maxKeywords` terms of the sorted candidates, a chosen phrase taking the place of its two words. */
function choose(candidates, count, maxKeywords, terms, phrases) {
    const chosen = [];
    const phraseWords = [];
    for (let index = 0; index < count; index++) {
        const candidate = candidates[index];
        if (candidate >= 0) {
            const term = terms[candidate];
            if (chosen.length < maxKeywords && !phraseWords.includes(term))
                chosen.push(term);
            continue;
        }
        const [phrase, left, right] = phrases[-candidate - 1];
        if (phraseWords.includes(left) && phraseWords.includes(right))
            continue;
        let replaced = 0;
        for (const term of chosen)
            if (term === left || term === right)
                replaced++;
        // A phrase takes the place of the single words it contains; when the list is full it may only merge them.
        if (chosen.length - replaced + 1 > maxKeywords || (chosen.length >= maxKeywords && replaced === 0))
            continue;
        let slot = chosen.length;
        for (let position = chosen.length - 1; position >= 0; position--) {
            if (chosen[position] === left || chosen[position] === right) {
                chosen.splice(position, 1);
                slot = position;
            }
        }
        chosen.splice(slot, 0, phrase);
        phraseWords.push(left, right);
    }
    return chosen;
}
//# sourceMappingURL=keywords.js.map