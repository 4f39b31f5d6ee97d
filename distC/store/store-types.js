export {};
//# sourceMappingURL=store-types.js.map