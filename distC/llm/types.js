export const LLM_PROVIDER_IDS = ['openai', 'anthropic', 'google', 'mistral', 'llama'];
//# sourceMappingURL=types.js.map