/**
 * How hard the property and differential tests try. `npm test` runs a seeded, bounded sample so CI
 * stays fast; `npm run fuzz` (PRAKSIS_FUZZ=full) runs them all, with fresh seeds.
 */
export const FULL = process.env.PRAKSIS_FUZZ === 'full';

/** fast-check parameters: `quick` runs on a fixed seed in `npm test`, 50 times more in a full run. */
export const fcOptions = (quick: number, seed: number): { numRuns: number; seed?: number } =>
  FULL ? { numRuns: quick * 50 } : { numRuns: quick, seed };
