/**
 * Count-only byte-pair encoding over gpt-tokenizer's own tables (o200k_base, cl100k_base): the same count as its
 * `countTokens(text, { disallowedSpecial: new Set() })`, about twice as fast (bench/tokenizers.bench.mjs).
 *
 * What gpt-tokenizer 4.0.0 does (esm/BytePairEncodingCore.js, `countNative`, read 2026-12-06): with no special
 * token allowed, a text is cut by the encoding's `tokenSplitRegex`, and each piece counts 1 when it is a vocabulary
 * entry (`bytePairStringRankEncoder`), else the length of `bytePairMerge(utf8 bytes of the piece)`. Its per-piece
 * cache is an LRU `Map` of token arrays touched four times on every piece outside the vocabulary (has, get, delete,
 * set), and the pieces come from a `matchAll` iterator; that is where the time went. Here the pieces come from
 * `exec` on a copy of the same regex and the pieces outside the vocabulary are cached as a count, in one `Map`
 * emptied when full. The merge itself is gpt-tokenizer's, so the counts cannot drift apart; `createPieceCounter`
 * also compares both on a probe text and declines (the caller keeps `countTokens`) if a future version differs.
 */

/** The parts of gpt-tokenizer's `BytePairEncodingCore` used here (private in its typings, public at run time). */
interface BpeCore {
  tokenSplitRegex: RegExp;
  bytePairStringRankEncoder: Map<string, number>;
  bytePairMerge(piece: Uint8Array): number[];
}

/** Pieces outside the vocabulary whose count is kept; the cache is emptied when it holds this many. */
export const MAX_CACHED_PIECES = 65_536;

/**
 * A text that exercises the regex's branches (contractions, case runs, digit groups, punctuation runs, line breaks,
 * trailing spaces), scripts outside Latin, emoji, byte-level pieces and special-token strings as plain text.
 */
export const PROBE_TEXT = [
  "Don't panic: it's 42 o'clock — THEY'LL re-run v2.10.3-rc1 (ERR_0x7F) at 12:30pm...",
  '  indented\tcode = {"a": [1, 2, 3]};\r\n\r\n\n   trailing   ',
  'Ünïcödé café naïve façade — Ελληνικά, русский текст, 日本語のテキスト, 中文文本, 한국어 텍스트, عربى, हिन्दी',
  'emoji 👩‍💻🚀🎉 flags 🇫🇷 and math ∑∫√∞ ≠ ≤; zero\u200bwidth; replacement \uFFFD; lone \uD83D surrogate \uDC00 end',
  'hi <|endoftext|> <|im_start|>user<|im_sep|>x<|im_end|> <|fim_prefix|>',
  'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa 1234567890123',
  'https://example.com/path?q=1&r=2#frag user@example.org C:\\Users\\x\\file.txt',
].join('\n');

function coreOf(encoding: unknown): BpeCore | undefined {
  const core = (encoding as { bytePairEncodingCoreProcessor?: Partial<BpeCore> } | undefined)?.bytePairEncodingCoreProcessor;
  if (core === undefined || core === null) return undefined;
  if (!(core.tokenSplitRegex instanceof RegExp) || !core.tokenSplitRegex.global) return undefined;
  if (!(core.bytePairStringRankEncoder instanceof Map) || typeof core.bytePairMerge !== 'function') return undefined;
  return core as BpeCore;
}

/**
 * The fast counter for a gpt-tokenizer encoding API object (the module's default export), or `undefined` when its
 * internals are not the expected ones or it counts `PROBE_TEXT` (whole, and line by line) differently from
 * `reference`.
 */
export function createPieceCounter(
  encoding: unknown,
  reference: (text: string) => number,
  maxCachedPieces = MAX_CACHED_PIECES,
): ((text: string) => number) | undefined {
  const core = coreOf(encoding);
  if (core === undefined) return undefined;
  const regex = new RegExp(core.tokenSplitRegex.source, core.tokenSplitRegex.flags);
  const ranks = core.bytePairStringRankEncoder;
  const encoder = new TextEncoder();
  let cache = new Map<string, number>();
  const merged = (piece: string): number => {
    let count = cache.get(piece);
    if (count === undefined) {
      count = core.bytePairMerge(encoder.encode(piece)).length;
      if (cache.size >= maxCachedPieces) cache = new Map();
      cache.set(piece, count);
    }
    return count;
  };
  const count = (text: string): number => {
    let tokens = 0;
    regex.lastIndex = 0;
    for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
      const piece = match[0];
      // No branch of these regexes matches an empty string; if one ever did, step over it as `matchAll` would.
      if (piece.length === 0) {
        regex.lastIndex += 1;
        continue;
      }
      tokens += ranks.get(piece) !== undefined ? 1 : merged(piece);
    }
    return tokens;
  };
  const probes = [PROBE_TEXT, ...PROBE_TEXT.split('\n')];
  try {
    if (probes.some((probe) => count(probe) !== reference(probe))) return undefined;
  } catch {
    return undefined;
  }
  return count;
}
