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
export const LLM_PRICES = {
    // OpenAI
    'gpt-4o': { input: 2.5, output: 10 },
    'gpt-4o-2024-05-13': { input: 5, output: 15 },
    'gpt-4o-mini': { input: 0.15, output: 0.6 },
    'gpt-4.1': { input: 2, output: 8 },
    'gpt-4.1-mini': { input: 0.4, output: 1.6 },
    'gpt-4.1-nano': { input: 0.1, output: 0.4 },
    'gpt-5': { input: 1.25, output: 10 },
    'gpt-5-mini': { input: 0.25, output: 2 },
    'gpt-5-nano': { input: 0.05, output: 0.4 },
    o3: { input: 2, output: 8 },
    'o3-mini': { input: 1.1, output: 4.4 },
    'o4-mini': { input: 1.1, output: 4.4 },
    'gpt-4-turbo': { input: 10, output: 30 },
    'gpt-3.5-turbo': { input: 0.5, output: 1.5 },
    // Anthropic
    'claude-3-haiku': { input: 0.25, output: 1.25 },
    'claude-3-5-haiku': { input: 0.8, output: 4 },
    'claude-haiku-4-5': { input: 1, output: 5 },
    'claude-3-5-sonnet': { input: 3, output: 15 },
    'claude-3-7-sonnet': { input: 3, output: 15 },
    'claude-sonnet-4': { input: 3, output: 15 },
    'claude-sonnet-4-0': { input: 3, output: 15 },
    'claude-sonnet-4-5': { input: 3, output: 15 },
    'claude-opus-4': { input: 15, output: 75 },
    'claude-opus-4-0': { input: 15, output: 75 },
    'claude-opus-4-1': { input: 15, output: 75 },
    'claude-opus-4-5': { input: 5, output: 25 },
    'claude-3-opus': { input: 15, output: 75 },
    // Google Gemini API
    'gemini-2.5-pro': { input: 1.25, output: 10 },
    'gemini-2.5-flash': { input: 0.3, output: 2.5 },
    'gemini-2.5-flash-lite': { input: 0.1, output: 0.4 },
    'gemini-2.0-flash': { input: 0.1, output: 0.4 },
    'gemini-2.0-flash-lite': { input: 0.075, output: 0.3 },
    'gemini-1.5-flash': { input: 0.075, output: 0.3 },
    'gemini-1.5-pro': { input: 1.25, output: 5 },
    // Mistral
    'mistral-large': { input: 2, output: 6 },
    'mistral-medium': { input: 0.4, output: 2 },
    'mistral-small': { input: 0.1, output: 0.3 },
    'open-mistral-nemo': { input: 0.15, output: 0.15 },
    'ministral-8b': { input: 0.1, output: 0.1 },
    'ministral-3b': { input: 0.04, output: 0.04 },
    codestral: { input: 0.3, output: 0.9 },
    'open-mistral-7b': { input: 0.25, output: 0.25 },
    'open-mixtral-8x7b': { input: 0.7, output: 0.7 },
    'open-mixtral-8x22b': { input: 2, output: 6 },
    // Llama on Together AI (serverless)
    'meta-llama/llama-3.3-70b-instruct-turbo': { input: 0.88, output: 0.88 },
    'meta-llama/meta-llama-3.1-8b-instruct-turbo': { input: 0.18, output: 0.18 },
    'meta-llama/meta-llama-3.1-70b-instruct-turbo': { input: 0.88, output: 0.88 },
    'meta-llama/meta-llama-3.1-405b-instruct-turbo': { input: 3.5, output: 3.5 },
    'meta-llama/llama-4-maverick-17b-128e-instruct-fp8': { input: 0.27, output: 0.85 },
    'meta-llama/llama-4-scout-17b-16e-instruct': { input: 0.18, output: 0.59 },
};
/**
 * Dated snapshots and aliases map to their family entry: OpenAI `-2024-07-18`, Anthropic `-20241022` and
 * Vertex-style `@20240620`, Mistral `-2411`, Gemini `-001` / `-preview-05-20`, and `-latest`.
 */
const SUFFIXES = [/-latest$/, /-\d{4}-\d{2}-\d{2}$/, /[-@]\d{8}$/, /-preview-\d{2}-\d{2}$/, /-preview$/, /-\d{4}$/, /-\d{3}$/];
function candidates(model) {
    let current = model.trim().toLowerCase().replace(/^models\//, '');
    const names = [current];
    for (let changed = true; changed;) {
        changed = false;
        for (const suffix of SUFFIXES) {
            const stripped = current.replace(suffix, '');
            if (stripped !== current && stripped !== '') {
                current = stripped;
                names.push(current);
                changed = true;
            }
        }
    }
    return names;
}
function lookup(table, names) {
    const lowered = new Map(Object.entries(table).map(([name, price]) => [name.toLowerCase(), price]));
    for (const name of names) {
        const price = lowered.get(name);
        if (price !== undefined)
            return price;
    }
    return undefined;
}
/** The price for `model`: overrides first (exact, then normalised), then the built-in table. */
export function findLlmPrice(model, overrides = {}) {
    const names = candidates(model);
    return lookup(overrides, names) ?? lookup(LLM_PRICES, names);
}
/**
 * Cost in USD of `usage` on `model`, or undefined when the model has no price or the usage is not fully
 * known (a missing count would make the figure look lower than it is).
 */
export function estimateLlmCost(model, usage, overrides) {
    const price = findLlmPrice(model, overrides);
    if (price === undefined || usage.inputTokens === undefined || usage.outputTokens === undefined)
        return undefined;
    return (usage.inputTokens * price.input + usage.outputTokens * price.output) / 1_000_000;
}
//# sourceMappingURL=pricing.js.map