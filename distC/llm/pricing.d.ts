/**
 * Approximate list prices of common agentic models, USD per 1M tokens (standard tier, no batch or
 * cache discounts), used only for the cost estimate in run summaries. An unknown model has no price
 * and its cost is shown as unknown, never as 0. Users add or correct entries with `pricing.agentic`
 * in config.yaml (the `overrides` argument).
 *
 * APPROXIMATE, from the vendors' public price pages as known mid/late 2025 (not re-read online for
 * this build): openai.com/api/pricing, docs.anthropic.com/en/docs/about-claude/pricing,
 * ai.google.dev/gemini-api/docs/pricing (Gemini 2.5 Pro: prompts ≤ 200k tokens), mistral.ai/pricing,
 * together.ai/pricing (serverless Llama). `-latest` aliases move to new models, so their prices may drift.
 */
export interface LlmPrice {
    /** USD per 1M input tokens. */
    input: number;
    /** USD per 1M output tokens. */
    output: number;
}
export declare const LLM_PRICES: Readonly<Record<string, LlmPrice>>;
/** The price for `model`: overrides first (exact, then normalised), then the built-in table. */
export declare function findLlmPrice(model: string, overrides?: Readonly<Record<string, LlmPrice>>): LlmPrice | undefined;
/**
 * Cost in USD of `usage` on `model`, or undefined when the model has no price or the usage is not fully
 * known (a missing count would make the figure look lower than it is).
 */
export declare function estimateLlmCost(model: string, usage: {
    inputTokens?: number;
    outputTokens?: number;
}, overrides?: Record<string, {
    input: number;
    output: number;
}>): number | undefined;
