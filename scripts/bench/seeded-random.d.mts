// Types for seeded-random.mjs, for the tests written in TypeScript.
export function seededRandom(seed: number): () => number;
