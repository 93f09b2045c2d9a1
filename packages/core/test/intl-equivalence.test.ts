import assert from 'node:assert/strict';
import test from 'node:test';
import { compareWithIntl } from './intl-cases.js';

test('numbers, shares, signs, compact counts, plurals, dates and lists are written as Intl writes them, in both languages', () => {
  const { checked, mismatches } = compareWithIntl(20_000, 5_000, 500);
  assert.deepEqual(mismatches.slice(0, 20), []);
  assert.ok(checked > 500_000, `only ${checked} comparisons`);
});
