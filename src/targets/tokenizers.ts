import { TargetFormatError } from '../errors/errors.js';
import { createLlama3Counter, createPieceCounter } from './bpe-counter.js';
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

export const ESTIMATE_PROFILES: Readonly<Record<EstimateTokenizerId, EstimateProfile>> = {
  // Claude 3: tokenizer not published; @anthropic-ai/tokenizer is "no longer accurate" from Claude 3 on (PROVIDERS.md).
  'estimate-claude': { charsPerToken: 3, tokensPerOtherChar: 1.2, safetyMargin: 0.1, tokensPerMessage: 5, tokensPerExample: 5 },
  // Gemini 2.x: SentencePiece with 262,144 entries (Gemma 3 model, unofficial port) — more efficient than 3 chars/token.
  'estimate-gemini': { charsPerToken: 3.5, tokensPerOtherChar: 1, safetyMargin: 0.1, tokensPerMessage: 5, tokensPerExample: 5 },
  // Mistral: v3 SentencePiece (32,768, byte fallback) or Tekken (~128k); take the less efficient one.
  'estimate-mistral': { charsPerToken: 3, tokensPerOtherChar: 1.5, safetyMargin: 0.1, tokensPerMessage: 5, tokensPerExample: 5 },
};

/** Per-message/per-example overheads for a model: its own estimate profile, else the family's. */
export function overheadProfile(tokenizer: TokenizerId, family: EstimateTokenizerId): EstimateProfile {
  return isEstimateTokenizer(tokenizer) ? ESTIMATE_PROFILES[tokenizer] : ESTIMATE_PROFILES[family];
}

const EXACT_TOKENIZERS: ReadonlySet<TokenizerId> = new Set<TokenizerId>(['o200k_base', 'cl100k_base', 'llama3']);

export function isExactTokenizer(id: TokenizerId): boolean {
  return EXACT_TOKENIZERS.has(id);
}

export function isEstimateTokenizer(id: TokenizerId): id is EstimateTokenizerId {
  return id in ESTIMATE_PROFILES;
}

/** Raw estimate of one text for a profile (margin included, no per-message overhead). */
export function estimateTextTokens(text: string, profile: EstimateProfile): number {
  let latin = 0;
  let other = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code <= 0x024f) latin += 1;
    else if (code >= 0xdc00 && code <= 0xdfff) continue; // low surrogate: counted with its high half
    else other += 1;
  }
  const raw = latin / profile.charsPerToken + other * profile.tokensPerOtherChar;
  // The epsilon keeps float noise (100 × 1.1 = 110.00000000000001) from adding a token.
  return Math.ceil(raw * (1 + profile.safetyMargin) - 1e-9);
}

function createEstimateEncoder(id: EstimateTokenizerId): TokenEncoder {
  const profile = ESTIMATE_PROFILES[id];
  return { id, exact: false, countText: (text) => estimateTextTokens(text, profile) };
}

const loaded = new Map<TokenizerId, TokenEncoder>();
const loading = new Map<TokenizerId, Promise<TokenEncoder>>();

// Special-token strings in user data are plain text (as tiktoken's `encode(text, disallowed_special=())`).
const PLAIN_TEXT = { disallowedSpecial: new Set<string>() };

/**
 * An o200k_base / cl100k_base encoder: gpt-tokenizer's tables through the count-only `createPieceCounter` (same
 * counts, about twice as fast), or its own `countTokens` if that declines.
 */
function gptTokenizerEncoder(id: TokenizerId, module: { default: unknown; countTokens: (text: string, options: typeof PLAIN_TEXT) => number }): TokenEncoder {
  const reference = (text: string): number => module.countTokens(text, PLAIN_TEXT);
  const count = createPieceCounter(module.default, reference) ?? reference;
  return { id, exact: true, countText: (text) => (text === '' ? 0 : count(text)) };
}

async function importEncoder(id: TokenizerId): Promise<TokenEncoder> {
  switch (id) {
    case 'o200k_base':
      return gptTokenizerEncoder(id, await import('gpt-tokenizer/encoding/o200k_base'));
    case 'cl100k_base':
      return gptTokenizerEncoder(id, await import('gpt-tokenizer/encoding/cl100k_base'));
    case 'llama3': {
      const module = await import('llama3-tokenizer-js');
      const tokenizer = module.default;
      // The Llama 3 template's special tokens (<|eot_id|> ...) are parsed as single tokens, as the real tokenizer does.
      const reference = (text: string): number => tokenizer.encode(text, { bos: false, eos: false }).length;
      const count = createLlama3Counter(tokenizer, reference) ?? reference;
      return { id, exact: true, countText: (text) => (text === '' ? 0 : count(text)) };
    }
    default:
      if (isEstimateTokenizer(id)) return createEstimateEncoder(id);
      throw new TargetFormatError(`Unknown tokenizer "${String(id)}"; use one of o200k_base, cl100k_base, llama3, ${Object.keys(ESTIMATE_PROFILES).join(', ')}.`, {
        code: 'unknown_tokenizer',
      });
  }
}

/** Load (once) and return the encoder. Concurrent callers share one load. */
export async function loadTokenizer(id: TokenizerId): Promise<TokenEncoder> {
  const ready = loaded.get(id);
  if (ready) return ready;
  let pending = loading.get(id);
  if (!pending) {
    pending = importEncoder(id).then(
      (encoder) => {
        loaded.set(id, encoder);
        loading.delete(id);
        return encoder;
      },
      (error: unknown) => {
        loading.delete(id);
        throw error;
      },
    );
    loading.set(id, pending);
  }
  return pending;
}

/** Load the model's tokenizer so `countTokensSync` / `checkExampleSync` can run without awaiting. */
export async function preloadTokenizer(model: ModelSpec | TokenizerId): Promise<void> {
  await loadTokenizer(typeof model === 'string' ? model : model.tokenizer);
}

export function isTokenizerLoaded(id: TokenizerId): boolean {
  return loaded.has(id) || isEstimateTokenizer(id);
}

/** The encoder, synchronously. Estimates are always available; exact encoders need `preloadTokenizer` first. */
export function getLoadedTokenizer(id: TokenizerId): TokenEncoder {
  const ready = loaded.get(id);
  if (ready) return ready;
  if (isEstimateTokenizer(id)) {
    const encoder = createEstimateEncoder(id);
    loaded.set(id, encoder);
    return encoder;
  }
  throw new TargetFormatError(
    `Tokenizer ${id} is not loaded yet; await preloadTokenizer(model) (or use the async countTokens / checkExample) before counting synchronously.`,
    { code: 'tokenizer_not_loaded' },
  );
}
