/**
 * At most this much corpus text goes into the document frequencies. Past it, chunks evenly spread over the corpus
 * are taken up to this size: the frequencies are an estimate from a sample (terms never sampled count as rare),
 * and the tables stay small (the whole of a 200 MB file took ~290 MB, bench/README.md). 4 M would save ~20 MB on a
 * 200 MB file but changed the keyword set of a third to a half of the samples of files over 4 M characters
 * (measured, bench/README.md), so the estimate keeps 16 M.
 */
export const MAX_IDF_CORPUS_CHARS = 16_000_000;
/** `texts`, or evenly spaced ones totalling about `maxChars` when they hold more. */
export function sampleCorpus(texts, maxChars = MAX_IDF_CORPUS_CHARS) {
    let total = 0;
    for (const text of texts)
        total += text.length;
    if (total <= maxChars)
        return [...texts];
    const step = total / maxChars;
    const sample = [];
    // Take a text each time the running size crosses the next multiple of `step` (deterministic, spread evenly).
    let running = 0;
    let next = 0;
    for (const text of texts) {
        if (running >= next) {
            sample.push(text);
            next += text.length * step;
        }
        running += text.length;
    }
    return sample;
}
/**
 * Keywords computed without an LLM (identified samples, and generated ones whose reply had no `topic_keywords`).
 * The extractor is built once, on first use, over `corpus()` (the chunk texts, so IDF has many "documents"),
 * or an even sample of it past `MAX_IDF_CORPUS_CHARS`.
 */
export function createKeywordSource(corpus, factory) {
    let extractor;
    return async (text) => {
        extractor ??= (async () => {
            const create = factory ?? (await import('../dataset/keywords.js')).createKeywordExtractor;
            return create(sampleCorpus([...corpus()]));
        })();
        return (await extractor)(text);
    };
}
//# sourceMappingURL=keyword-source.js.map