export {};
//# sourceMappingURL=llm-batch-types.js.map