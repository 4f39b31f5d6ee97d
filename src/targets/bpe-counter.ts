/**
 * Count-only byte-pair encoding over gpt-tokenizer's own tables (o200k_base, cl100k_base): the same count as its
 * `countTokens(text, { disallowedSpecial: new Set() })`, about twice as fast (bench/tokenizers.bench.mjs).
 *
 * What gpt-tokenizer 4.0.0 does (esm/BytePairEncodingCore.js, `countNative`, read 2026-12-06): with no special
 * token allowed, a text is cut by the encoding's `tokenSplitRegex`, and each piece counts 1 when it is a vocabulary
 * entry (`bytePairStringRankEncoder`), else the length of `bytePairMerge(utf8 bytes of the piece)`. Its per-piece
 * cache is an LRU `Map` of token arrays touched four times on every piece outside the vocabulary (has, get, delete,
 * set), every piece is looked up in the 200,000-entry vocabulary map, and the pieces come from a `matchAll`
 * iterator; that is where the time went. Here the pieces come from `exec` on a copy of the same regex and every
 * piece's count (1 for a vocabulary entry, else its merge's length) is kept in one small `Map`, which stays in the
 * processor's cache (text follows Zipf's law: a few thousand pieces make most of it), emptied when full: 1.9× the
 * speed of `countTokens` on English documentation, 2.5–2.9× on the identify benchmark's text with its made-up
 * names and codes. The merge itself is gpt-tokenizer's, so the counts cannot drift apart; `createPieceCounter`
 * also compares both on a probe text and declines (the caller keeps `countTokens`) if a future version differs.
 */

/** The parts of gpt-tokenizer's `BytePairEncodingCore` used here (private in its typings, public at run time). */
interface BpeCore {
  tokenSplitRegex: RegExp;
  bytePairStringRankEncoder: Map<string, number>;
  bytePairMerge(piece: Uint8Array): number[];
}

/**
 * Pieces whose count is kept; the cache is emptied when it holds this many. On the identify benchmark's text, 16,384
 * was 1.5× slower than 65,536 and 262,144 no faster.
 */
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

/** `compute`, remembered per piece in one `Map` that is emptied when it holds `maxCachedPieces`. */
function cachedPerPiece(compute: (piece: string) => number, maxCachedPieces: number): (piece: string) => number {
  let cache = new Map<string, number>();
  return (piece) => {
    let count = cache.get(piece);
    if (count === undefined) {
      count = compute(piece);
      if (cache.size >= maxCachedPieces) cache = new Map();
      cache.set(piece, count);
    }
    return count;
  };
}

/** `count` when it agrees with `reference` on the probe text, whole and line by line; else `undefined`. */
function agreeingOn(probe: string, count: (text: string) => number, reference: (text: string) => number): ((text: string) => number) | undefined {
  try {
    return [probe, ...probe.split('\n')].every((text) => count(text) === reference(text)) ? count : undefined;
  } catch {
    return undefined;
  }
}

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
  const pieceCount = cachedPerPiece((piece) => (ranks.get(piece) !== undefined ? 1 : core.bytePairMerge(encoder.encode(piece)).length), maxCachedPieces);
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
      tokens += pieceCount(piece);
    }
    return tokens;
  };
  return agreeingOn(PROBE_TEXT, count, reference);
}

/** The parts of llama3-tokenizer-js's tokenizer used here. */
interface Llama3Tables {
  vocabByString: Map<string, number>;
  encode(text: string, options: { bos: boolean; eos: boolean }): number[];
}

// llama3-tokenizer-js 1.2.0 (src/llama3-tokenizer.js, read 2026-12-06): `encode`'s default special-token regex, and
// its pre-tokenizer regex (`DIRTY_LLAMA3_REGEX_STRING` after `getCleanedRegex`: the `(?i:…)` contraction group
// spelled out), neither exported.
const LLAMA3_SPECIAL =
  /<\|(?:begin_of_text|end_of_text|start_header_id|end_header_id|eot_id|eom_id|python_tag|finetune_right_pad_id|reserved_special_token_(?:[0-9]|[1-9][0-9]|1[0-9][0-9]|2[0-3][0-9]|24[0-7]))\|>/g;
const LLAMA3_PRETOKEN = /(?:'([sS]|[tT]|[rR][eE]|[vV][eE]|[mM]|[lL][lL]|[dD]))|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+/gu;

/** `PROBE_TEXT` plus the Llama 3 chat template's special tokens, and one that only looks like one. */
export const LLAMA3_PROBE_TEXT = `${PROBE_TEXT}\n<|begin_of_text|><|start_header_id|>user<|end_header_id|>\n\nHi there<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\nHello!<|eot_id|> <|reserved_special_token_250|> <|python_tag|>x`;

/**
 * Count-only Llama 3 tokens for llama3-tokenizer-js, as its `encode(text, { bos: false, eos: false }).length`.
 *
 * What it does (1.2.0, src/llama3-tokenizer.js, read 2026-12-06): the text is split on the special-token regex (a
 * special token in the vocabulary is one token), each other part on the pre-tokenizer regex (text between matches
 * is a piece too), and every piece is encoded on its own: its tokens do not depend on its neighbours. Its piece
 * cache lives for one `encode` call, so sample-sized texts paid the byte mapping and the merges of every word again.
 * Here each distinct piece is counted once by that same `encode` and the count is kept across calls (one `Map`,
 * emptied when full). `undefined` when the tokenizer is not the expected one or a probe counts differently.
 */
export function createLlama3Counter(
  tokenizer: unknown,
  reference: (text: string) => number,
  maxCachedPieces = MAX_CACHED_PIECES,
): ((text: string) => number) | undefined {
  const tables = tokenizer as Partial<Llama3Tables> | undefined;
  if (tables === undefined || tables === null || !(tables.vocabByString instanceof Map) || typeof tables.encode !== 'function') return undefined;
  const { vocabByString } = tables;
  const encode = tables.encode.bind(tokenizer);
  const special = new RegExp(LLAMA3_SPECIAL.source, LLAMA3_SPECIAL.flags);
  const pretoken = new RegExp(LLAMA3_PRETOKEN.source, LLAMA3_PRETOKEN.flags);
  const piece = cachedPerPiece((text) => encode(text, { bos: false, eos: false }).length, maxCachedPieces);
  /** A part without special tokens: its pre-tokenizer pieces, and any text between them. */
  const plain = (text: string): number => {
    let tokens = 0;
    let previous = 0;
    pretoken.lastIndex = 0;
    for (let match = pretoken.exec(text); match !== null; match = pretoken.exec(text)) {
      if (match[0].length === 0) {
        pretoken.lastIndex += 1;
        continue;
      }
      if (match.index > previous) tokens += piece(text.slice(previous, match.index));
      tokens += piece(match[0]);
      previous = match.index + match[0].length;
    }
    if (previous < text.length) tokens += piece(previous === 0 ? text : text.slice(previous));
    return tokens;
  };
  const count = (text: string): number => {
    let tokens = 0;
    let previous = 0;
    special.lastIndex = 0;
    for (let match = special.exec(text); match !== null; match = special.exec(text)) {
      // Not in the vocabulary: the library refuses the text; let it say so.
      if (!vocabByString.has(match[0])) return reference(text);
      if (match.index > previous) tokens += plain(text.slice(previous, match.index));
      tokens += 1;
      previous = match.index + match[0].length;
    }
    if (previous < text.length) tokens += plain(previous === 0 ? text : text.slice(previous));
    return tokens;
  };
  return agreeingOn(LLAMA3_PROBE_TEXT, count, reference);
}
