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
import { PairTable, Vocabulary } from './keyword-vocabulary.js';
export interface KeywordExtractorOptions {
    /** Keywords returned per text (default 5). */
    maxKeywords?: number;
    /** Consider two-word phrases (default true). */
    bigrams?: boolean;
}
/** Common English function words and filler, plus words frequent in FAQs and chats that say nothing of a topic. */
export declare const ENGLISH_STOP_WORDS: ReadonlySet<string>;
/** Keywords of a text. */
export type KeywordExtractor = (text: string) => string[];
export declare function createKeywordExtractor(corpus: Iterable<string>, options?: KeywordExtractorOptions): KeywordExtractor;
/**
 * The document frequencies of a corpus, one document at a time (so a corpus can arrive in parts, and each part be
 * dropped once scanned), then `extractor()`: the same extractor as `createKeywordExtractor` over all those documents.
 */
export declare class KeywordCorpus {
    readonly options: KeywordExtractorOptions;
    readonly useBigrams: boolean;
    readonly vocabulary: Vocabulary;
    readonly pairs: PairTable;
    termDocuments: Int32Array<ArrayBuffer>;
    pairDocuments: Int32Array<ArrayBuffer>;
    private termLastDocument;
    private pairLastDocument;
    documentCount: number;
    private built;
    constructor(options?: KeywordExtractorOptions);
    /** Counts one document (no more once `extractor` was called). */
    add(document: string): void;
    /** The extractor over the documents added so far. */
    extractor(): KeywordExtractor;
}
