import type { ModelSpec, TokenizerId } from './types.js';
/**
 * Token counting back ends, loaded lazily and cached once per process.
 *
 * - `o200k_base` / `cl100k_base`: exact, `gpt-tokenizer`'s tables (identical counts to `js-tiktoken`, ~5× faster: see
 *   bench/tokenizers.bench.mjs), counted by `bpe-counter.ts` (same counts as gpt-tokenizer's `countTokens`, 1.9–2.9×
 *   faster). Model → encoding per openai/tiktoken `tiktoken/model.py` (PROVIDERS.md, read 2026-11-22).
 * - `llama3`: exact, `llama3-tokenizer-js` (Llama 3 and 3.1 share the 128,256-entry BPE vocabulary), each distinct
 *   piece counted once (`createLlama3Counter`, same counts).
 * - `estimate-*`: no official offline tokenizer exists for Claude 3 / Gemini 2.x / Mistral API models
 *   (PROVIDERS.md "Tokenizers and offline counting"), so these are conservative character-based estimates.
 *
 * Async callers use `loadTokenizer` / `preloadTokenizer`; the sync path (`getLoadedTokenizer`) is what the
 * pipeline calls per sample once the encoder is loaded.
 */
export interface TokenEncoder {
    id: TokenizerId;
    exact: boolean;
    /** Tokens of a plain text (no chat overhead). Special-token strings inside `text` count as ordinary text. */
    countText(text: string): number;
}
/**
 * Conservative chars-per-token profile for tokenizers we cannot run offline.
 * ≈4 chars/token is the documented English average (OpenAI "What are tokens"; ai.google.dev/gemini-api/docs/tokens,
 * both via PROVIDERS.md, read 2026-11-22). For hard limit checks PROVIDERS.md recommends 3–3.5 chars/token plus a
 * safety margin (the author's judgment, not a vendor figure); we use the low end and add a margin, and count every
 * character outside Latin scripts (CJK, Cyrillic, emoji ...) as at least one token, since byte-fallback vocabularies
 * (Mistral v3: 32,768 entries) spend 1–3 tokens on such characters.
 */
export interface EstimateProfile {
    /** Latin-script characters (U+0000–U+024F) per token. */
    charsPerToken: number;
    /** Tokens per character outside Latin scripts. */
    tokensPerOtherChar: number;
    /** Added on top: 0.1 = +10 %. */
    safetyMargin: number;
    /** Role/turn markers per message (e.g. Gemma-style `<start_of_turn>user\n … <end_of_turn>\n`). */
    tokensPerMessage: number;
    /** Per example (BOS, reply primer, system wrapper). */
    tokensPerExample: number;
}
export type EstimateTokenizerId = 'estimate-claude' | 'estimate-gemini' | 'estimate-mistral';
export declare const ESTIMATE_PROFILES: Readonly<Record<EstimateTokenizerId, EstimateProfile>>;
/** Per-message/per-example overheads for a model: its own estimate profile, else the family's. */
export declare function overheadProfile(tokenizer: TokenizerId, family: EstimateTokenizerId): EstimateProfile;
export declare function isExactTokenizer(id: TokenizerId): boolean;
export declare function isEstimateTokenizer(id: TokenizerId): id is EstimateTokenizerId;
/** Raw estimate of one text for a profile (margin included, no per-message overhead). */
export declare function estimateTextTokens(text: string, profile: EstimateProfile): number;
/** Load (once) and return the encoder. Concurrent callers share one load. */
export declare function loadTokenizer(id: TokenizerId): Promise<TokenEncoder>;
/** Load the model's tokenizer so `countTokensSync` / `checkExampleSync` can run without awaiting. */
export declare function preloadTokenizer(model: ModelSpec | TokenizerId): Promise<void>;
export declare function isTokenizerLoaded(id: TokenizerId): boolean;
/** The encoder, synchronously. Estimates are always available; exact encoders need `preloadTokenizer` first. */
export declare function getLoadedTokenizer(id: TokenizerId): TokenEncoder;
