/** Builds a TF-IDF keyword extractor over a corpus (see `src/dataset/keywords.ts`). */
export type KeywordExtractorFactory = (corpus: Iterable<string>) => (text: string) => string[];

/**
 * Keywords computed without an LLM (identified samples, and generated ones whose reply had no `topic_keywords`).
 * The extractor is built once, on first use, over `corpus()` (the chunk texts, so IDF has many "documents").
 */
export function createKeywordSource(
  corpus: () => Iterable<string>,
  factory?: KeywordExtractorFactory,
): (text: string) => Promise<string[]> {
  let extractor: Promise<(text: string) => string[]> | undefined;
  return async (text: string) => {
    extractor ??= (async () => {
      const create = factory ?? (await import('../dataset/keywords.js')).createKeywordExtractor;
      return create(corpus());
    })();
    return (await extractor)(text);
  };
}
