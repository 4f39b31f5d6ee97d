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
 * The extractor keeps only the document frequencies (typed arrays over the corpus vocabulary, keyword-vocabulary.ts), so it can be called
 * on every sample; each call is linear in the text length.
 */
import { grow, growTo, PairTable, Vocabulary } from './keyword-vocabulary.js';
const DEFAULT_MAX_KEYWORDS = 5;
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
export function createKeywordExtractor(corpus, options = {}) {
    const frequencies = new KeywordCorpus(options);
    for (const document of corpus)
        frequencies.add(document);
    return frequencies.extractor();
}
/**
 * The document frequencies of a corpus, one document at a time (so a corpus can arrive in parts, and each part be
 * dropped once scanned), then `extractor()`: the same extractor as `createKeywordExtractor` over all those documents.
 */
export class KeywordCorpus {
    options;
    useBigrams;
    // Terms are numbered once (ids) so document frequencies live in typed arrays, and a bigram is a pair of ids
    // rather than a new "left right" string per occurrence. Same counts, scores and output as string-keyed maps.
    vocabulary = new Vocabulary(ENGLISH_STOP_WORDS);
    pairs = new PairTable();
    termDocuments = new Int32Array(1024);
    pairDocuments = new Int32Array(1024);
    termLastDocument = new Int32Array(1024);
    pairLastDocument = new Int32Array(1024);
    documentCount = 0;
    built = false;
    constructor(options = {}) {
        this.options = options;
        this.useBigrams = options.bigrams ?? true;
    }
    /** Counts one document (no more once `extractor` was called). */
    add(document) {
        if (this.built)
            throw new Error('KeywordCorpus.add after extractor()');
        const { vocabulary, useBigrams } = this;
        const documentCount = ++this.documentCount;
        let previous = -1;
        vocabulary.begin();
        vocabulary.scan(document.toLowerCase(), useBigrams);
        const count = vocabulary.found;
        const ids = vocabulary.ids;
        if (vocabulary.size > this.termDocuments.length) {
            this.termDocuments = growTo(this.termDocuments, vocabulary.size);
            this.termLastDocument = growTo(this.termLastDocument, vocabulary.size);
        }
        const termDocuments = this.termDocuments;
        const termLastDocument = this.termLastDocument;
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
                if (pair === this.pairDocuments.length) {
                    this.pairDocuments = grow(this.pairDocuments);
                    this.pairLastDocument = grow(this.pairLastDocument);
                }
                if (this.pairLastDocument[pair] !== documentCount) {
                    this.pairLastDocument[pair] = documentCount;
                    this.pairDocuments[pair]++;
                }
            }
            previous = id;
        }
    }
    /** The extractor over the documents added so far. */
    extractor() {
        this.built = true;
        this.termLastDocument = this.pairLastDocument = new Int32Array(0);
        const core = new ExtractorCore(this);
        return (text) => core.keywords((vocabulary, keepGaps) => vocabulary.scan(text.toLowerCase(), keepGaps));
    }
}
/** TF-IDF keywords of texts against a corpus's document frequencies. */
class ExtractorCore {
    maxKeywords;
    useBigrams;
    vocabulary;
    pairs;
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
    constructor(corpus) {
        this.maxKeywords = corpus.options.maxKeywords ?? DEFAULT_MAX_KEYWORDS;
        this.useBigrams = corpus.useBigrams;
        this.vocabulary = corpus.vocabulary;
        this.pairs = corpus.pairs;
        this.terms = this.vocabulary.terms;
        this.corpusSize = this.vocabulary.size;
        // Smoothed idf, computed once per term and pair.
        const documentCount = corpus.documentCount;
        const idf = (frequency) => Math.log((1 + documentCount) / (1 + frequency)) + 1;
        this.termIdf = idfTable(corpus.termDocuments, this.corpusSize, idf);
        this.pairIdf = idfTable(corpus.pairDocuments, this.pairs.size, idf);
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