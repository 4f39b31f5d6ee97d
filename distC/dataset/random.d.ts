/** Small seeded PRNG (mulberry32) so splits are reproducible from the recorded seed. */
export declare function createSeededRandom(seed: number): () => number;
export declare function shuffleInPlace<T>(items: T[], random: () => number): T[];
