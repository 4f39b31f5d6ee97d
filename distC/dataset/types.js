/** Core data types shared by every layer (ARCHITECTURE.md "Core types"). */
export {};
//# sourceMappingURL=types.js.map