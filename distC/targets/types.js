export const TARGET_IDS = ['openai', 'anthropic', 'google', 'mistral', 'llama'];
//# sourceMappingURL=types.js.map