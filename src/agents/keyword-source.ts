import type { TextRange } from '../dataset/keywords.js';
import type { Chunk } from './types.js';

/** Builds a TF-IDF keyword extractor over a corpus (see `src/dataset/keywords.ts`). */
export type KeywordExtractorFactory = (corpus: Iterable<string>) => (text: string) => string[];

/**
 * At most this much corpus text goes into the document frequencies. Past it, chunks evenly spread over the corpus
 * are taken up to this size: the frequencies are an estimate from a sample (terms never sampled count as rare),
 * and the tables stay a few tens of MB (the whole of a 200 MB file took ~290 MB, bench/README.md).
 */
export const MAX_IDF_CORPUS_CHARS = 16_000_000;

/** `texts`, or evenly spaced ones totalling about `maxChars` when they hold more. */
export function sampleCorpus(texts: readonly string[], maxChars = MAX_IDF_CORPUS_CHARS): string[] {
  return sampleEvenly(texts, (text) => text.length, maxChars);
}

/** `items`, or evenly spaced ones whose sizes total about `maxChars` when they hold more. */
function sampleEvenly<T>(items: readonly T[], sizeOf: (item: T) => number, maxChars: number): T[] {
  let total = 0;
  for (const item of items) total += sizeOf(item);
  if (total <= maxChars) return [...items];
  const step = total / maxChars;
  const sample: T[] = [];
  // Take an item each time the running size crosses the next multiple of `step` (deterministic, spread evenly).
  let running = 0;
  let next = 0;
  for (const item of items) {
    const size = sizeOf(item);
    if (running >= next) {
      sample.push(item);
      next += size * step;
    }
    running += size;
  }
  return sample;
}

/**
 * Keywords computed without an LLM (identified samples, and generated ones whose reply had no `topic_keywords`).
 * The extractor is built once, on first use, over `corpus()` (the chunk texts, so IDF has many "documents"),
 * or an even sample of it past `MAX_IDF_CORPUS_CHARS`.
 */
export function createKeywordSource(
  corpus: () => Iterable<string>,
  factory?: KeywordExtractorFactory,
): (text: string) => Promise<string[]> {
  let extractor: Promise<(text: string) => string[]> | undefined;
  return async (text: string) => {
    extractor ??= (async () => {
      const create = factory ?? (await import('../dataset/keywords.js')).createKeywordExtractor;
      return create(sampleCorpus([...corpus()]));
    })();
    return (await extractor)(text);
  };
}

/** Keywords of one document's texts: of any texts (joined by line breaks), or of exact slices of the document. */
export interface DocumentKeywordSource {
  /** Keywords of `texts` joined by line breaks. */
  forTexts(texts: readonly string[]): Promise<string[]>;
  /**
   * Keywords of `texts` joined by line breaks, where `texts[i]` is the document's text at `spans[i]` (a detected
   * conversation's message contents): read in place, without building the joined or lower-cased text.
   */
  forSpans(texts: readonly string[], spans: readonly TextRange[]): Promise<string[]>;
}

/** Past this size a document is keyworded through strings (no lower-cased copy of it is kept). */
export const MAX_IN_PLACE_DOCUMENT_CHARS = 32_000_000;

/**
 * `createKeywordSource` for one document whose corpus is its chunks: the same keywords, computed in place over a
 * lower-cased copy of the document when that copy keeps every character where it was (no İ, whose lower case is
 * two characters; no Σ, whose lower case depends on its neighbours) and the document is not huge.
 */
export function createDocumentKeywordSource(text: string, chunks: readonly Chunk[], factory?: KeywordExtractorFactory): DocumentKeywordSource {
  const strings = createKeywordSource(() => (chunks.length > 0 ? chunks.map((chunk) => chunk.text) : [text]), factory);
  const viaStrings: DocumentKeywordSource = {
    forTexts: (texts) => strings(texts.join('\n')),
    forSpans: (texts) => strings(texts.join('\n')),
  };
  if (factory !== undefined || text.length > MAX_IN_PLACE_DOCUMENT_CHARS || text.includes('\u03a3')) return viaStrings;
  let extractor: Promise<((ranges: readonly TextRange[]) => string[]) | undefined> | undefined;
  const inPlace = (): Promise<((ranges: readonly TextRange[]) => string[]) | undefined> => {
    extractor ??= (async () => {
      const lower = text.toLowerCase();
      if (lower.length !== text.length) return undefined;
      const ranges: TextRange[] = chunks.length > 0 ? chunks.map((chunk) => ({ start: chunk.startOffset, end: chunk.startOffset + chunk.text.length })) : [{ start: 0, end: text.length }];
      const corpus = sampleEvenly(ranges, (range) => range.end - range.start, MAX_IDF_CORPUS_CHARS);
      // Chunks are slices of the document text; checked, since the in-place keywords rely on it.
      if (!chunks.every((chunk) => text.startsWith(chunk.text, chunk.startOffset))) return undefined;
      return (await import('../dataset/keywords.js')).createRangeKeywordExtractor(lower, corpus);
    })();
    return extractor;
  };
  return {
    forTexts: viaStrings.forTexts,
    async forSpans(texts, spans) {
      const extract = await inPlace();
      if (extract === undefined || texts.length !== spans.length || !texts.every((part, index) => spans[index]!.end - spans[index]!.start === part.length && text.startsWith(part, spans[index]!.start))) {
        return viaStrings.forSpans(texts, spans);
      }
      return extract(spans);
    },
  };
}
