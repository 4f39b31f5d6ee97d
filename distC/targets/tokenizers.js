import { TargetFormatError } from '../errors/errors.js';
import { createLlama3Counter, createPieceCounter } from './bpe-counter.js';
export const ESTIMATE_PROFILES = {
    // Claude 3: tokenizer not published; @anthropic-ai/tokenizer is "no longer accurate" from Claude 3 on (PROVIDERS.md).
    'estimate-claude': { charsPerToken: 3, tokensPerOtherChar: 1.2, safetyMargin: 0.1, tokensPerMessage: 5, tokensPerExample: 5 },
    // Gemini 2.x: SentencePiece with 262,144 entries (Gemma 3 model, unofficial port) — more efficient than 3 chars/token.
    'estimate-gemini': { charsPerToken: 3.5, tokensPerOtherChar: 1, safetyMargin: 0.1, tokensPerMessage: 5, tokensPerExample: 5 },
    // Mistral: v3 SentencePiece (32,768, byte fallback) or Tekken (~128k); take the less efficient one.
    'estimate-mistral': { charsPerToken: 3, tokensPerOtherChar: 1.5, safetyMargin: 0.1, tokensPerMessage: 5, tokensPerExample: 5 },
};
/** Per-message/per-example overheads for a model: its own estimate profile, else the family's. */
export function overheadProfile(tokenizer, family) {
    return isEstimateTokenizer(tokenizer) ? ESTIMATE_PROFILES[tokenizer] : ESTIMATE_PROFILES[family];
}
const EXACT_TOKENIZERS = new Set(['o200k_base', 'cl100k_base', 'llama3']);
export function isExactTokenizer(id) {
    return EXACT_TOKENIZERS.has(id);
}
export function isEstimateTokenizer(id) {
    return id in ESTIMATE_PROFILES;
}
/** Raw estimate of one text for a profile (margin included, no per-message overhead). */
export function estimateTextTokens(text, profile) {
    let latin = 0;
    let other = 0;
    for (let index = 0; index < text.length; index += 1) {
        const code = text.charCodeAt(index);
        if (code <= 0x024f)
            latin += 1;
        else if (code >= 0xdc00 && code <= 0xdfff)
            continue; // low surrogate: counted with its high half
        else
            other += 1;
    }
    const raw = latin / profile.charsPerToken + other * profile.tokensPerOtherChar;
    // The epsilon keeps float noise (100 × 1.1 = 110.00000000000001) from adding a token.
    return Math.ceil(raw * (1 + profile.safetyMargin) - 1e-9);
}
function createEstimateEncoder(id) {
    const profile = ESTIMATE_PROFILES[id];
    return { id, exact: false, countText: (text) => estimateTextTokens(text, profile) };
}
const loaded = new Map();
const loading = new Map();
// Special-token strings in user data are plain text (as tiktoken's `encode(text, disallowed_special=())`).
const PLAIN_TEXT = { disallowedSpecial: new Set() };
/**
 * An o200k_base / cl100k_base encoder: gpt-tokenizer's tables through the count-only `createPieceCounter` (same
 * counts, about twice as fast), or its own `countTokens` if that declines.
 */
function gptTokenizerEncoder(id, module) {
    const reference = (text) => module.countTokens(text, PLAIN_TEXT);
    const count = createPieceCounter(module.default, reference) ?? reference;
    return { id, exact: true, countText: (text) => (text === '' ? 0 : count(text)) };
}
async function importEncoder(id) {
    switch (id) {
        case 'o200k_base':
            return gptTokenizerEncoder(id, await import('gpt-tokenizer/encoding/o200k_base'));
        case 'cl100k_base':
            return gptTokenizerEncoder(id, await import('gpt-tokenizer/encoding/cl100k_base'));
        case 'llama3': {
            const module = await import('llama3-tokenizer-js');
            const tokenizer = module.default;
            // The Llama 3 template's special tokens (<|eot_id|> ...) are parsed as single tokens, as the real tokenizer does.
            const reference = (text) => tokenizer.encode(text, { bos: false, eos: false }).length;
            const count = createLlama3Counter(tokenizer, reference) ?? reference;
            return { id, exact: true, countText: (text) => (text === '' ? 0 : count(text)) };
        }
        default:
            if (isEstimateTokenizer(id))
                return createEstimateEncoder(id);
            throw new TargetFormatError(`Unknown tokenizer "${String(id)}"; use one of o200k_base, cl100k_base, llama3, ${Object.keys(ESTIMATE_PROFILES).join(', ')}.`, {
                code: 'unknown_tokenizer',
            });
    }
}
/** Load (once) and return the encoder. Concurrent callers share one load. */
export async function loadTokenizer(id) {
    const ready = loaded.get(id);
    if (ready)
        return ready;
    let pending = loading.get(id);
    if (!pending) {
        pending = importEncoder(id).then((encoder) => {
            loaded.set(id, encoder);
            loading.delete(id);
            return encoder;
        }, (error) => {
            loading.delete(id);
            throw error;
        });
        loading.set(id, pending);
    }
    return pending;
}
/** Load the model's tokenizer so `countTokensSync` / `checkExampleSync` can run without awaiting. */
export async function preloadTokenizer(model) {
    await loadTokenizer(typeof model === 'string' ? model : model.tokenizer);
}
export function isTokenizerLoaded(id) {
    return loaded.has(id) || isEstimateTokenizer(id);
}
/** The encoder, synchronously. Estimates are always available; exact encoders need `preloadTokenizer` first. */
export function getLoadedTokenizer(id) {
    const ready = loaded.get(id);
    if (ready)
        return ready;
    if (isEstimateTokenizer(id)) {
        const encoder = createEstimateEncoder(id);
        loaded.set(id, encoder);
        return encoder;
    }
    throw new TargetFormatError(`Tokenizer ${id} is not loaded yet; await preloadTokenizer(model) (or use the async countTokens / checkExample) before counting synchronously.`, { code: 'tokenizer_not_loaded' });
}
//# sourceMappingURL=tokenizers.js.map