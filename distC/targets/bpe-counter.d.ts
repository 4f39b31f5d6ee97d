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
/**
 * Pieces whose count is kept; the cache is emptied when it holds this many. On the identify benchmark's text, 16,384
 * was 1.5× slower than 65,536 and 262,144 no faster.
 */
export declare const MAX_CACHED_PIECES = 65536;
/**
 * A text that exercises the regex's branches (contractions, case runs, digit groups, punctuation runs, line breaks,
 * trailing spaces), scripts outside Latin, emoji, byte-level pieces and special-token strings as plain text.
 */
export declare const PROBE_TEXT: string;
/**
 * The fast counter for a gpt-tokenizer encoding API object (the module's default export), or `undefined` when its
 * internals are not the expected ones or it counts `PROBE_TEXT` (whole, and line by line) differently from
 * `reference`.
 */
export declare function createPieceCounter(encoding: unknown, reference: (text: string) => number, maxCachedPieces?: number): ((text: string) => number) | undefined;
/** `PROBE_TEXT` plus the Llama 3 chat template's special tokens, and one that only looks like one. */
export declare const LLAMA3_PROBE_TEXT: string;
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
export declare function createLlama3Counter(tokenizer: unknown, reference: (text: string) => number, maxCachedPieces?: number): ((text: string) => number) | undefined;
