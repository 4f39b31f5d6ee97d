/** Builds a TF-IDF keyword extractor over a corpus (see `src/dataset/keywords.ts`). */
export type KeywordExtractorFactory = (corpus: Iterable<string>) => (text: string) => string[];
/**
 * At most this much corpus text goes into the document frequencies. Past it, chunks evenly spread over the corpus
 * are taken up to this size: the frequencies are an estimate from a sample (terms never sampled count as rare),
 * and the tables stay small (the whole of a 200 MB file took ~290 MB, bench/README.md). 4 M would save ~20 MB on a
 * 200 MB file but changed the keyword set of a third to a half of the samples of files over 4 M characters
 * (measured, bench/README.md), so the estimate keeps 16 M.
 */
export declare const MAX_IDF_CORPUS_CHARS = 16000000;
/** `texts`, or evenly spaced ones totalling about `maxChars` when they hold more. */
export declare function sampleCorpus(texts: readonly string[], maxChars?: number): string[];
/**
 * Keywords computed without an LLM (identified samples, and generated ones whose reply had no `topic_keywords`).
 * The extractor is built once, on first use, over `corpus()` (the chunk texts, so IDF has many "documents"),
 * or an even sample of it past `MAX_IDF_CORPUS_CHARS`.
 */
export declare function createKeywordSource(corpus: () => Iterable<string>, factory?: KeywordExtractorFactory): (text: string) => Promise<string[]>;
