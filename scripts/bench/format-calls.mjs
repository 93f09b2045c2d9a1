#!/usr/bin/env node
// The cost of one call once everything is warm: core's hand-written formatting against an
// Intl.NumberFormat made beforehand, on the same seeded values, in the same run. The hand-written
// code exists for the first draw (scripts/bench/first-draw.mjs), which no longer waits for ICU;
// this shows what each later call costs in exchange.
//
//   npx tsc -b && node scripts/bench/format-calls.mjs [--calls N] [--rounds N]
//
// Reported per kind: the median over the rounds of the time per call, in microseconds, and Intl's
// time divided by ours (below 1: ours is slower per call).
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { numberText } from '../../packages/core/dist/number-text.js';
import { compactText } from '../../packages/core/dist/compact-text.js';
import { seededRandom } from './seeded-random.mjs';

const { values: options } = parseArgs({ options: { calls: { type: 'string', default: '100000' }, rounds: { type: 'string', default: '7' } } });
const CALLS = Number(options.calls);
const ROUNDS = Number(options.rounds);
const random = seededRandom(7);
// Counts as the widgets' data has them (up to a few millions), a third with decimals.
const values = Array.from({ length: CALLS }, () => {
  const value = random() * 10 ** (random() * 7);
  return random() < 0.66 ? Math.round(value) : Math.round(value * 1000) / 1000;
});

const kinds = [
  ['number, 0 decimals', (v) => numberText('da', v, 0), new Intl.NumberFormat('da-DK', { minimumFractionDigits: 0, maximumFractionDigits: 0 })],
  ['share, 1 decimal', (v) => numberText('da', v / 1e7, 1, 'percent'), new Intl.NumberFormat('da-DK', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }), (v) => v / 1e7],
  ['compact', (v) => compactText('da', v), new Intl.NumberFormat('da-DK', { notation: 'compact', maximumFractionDigits: 1 })],
];

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
console.log(`Per call, µs (median of ${ROUNDS} rounds of ${CALLS} calls), Danish:`);
for (const [name, ours, intl, input = (v) => v] of kinds) {
  const times = { ours: [], intl: [] };
  let sink = 0;
  for (let round = 0; round < ROUNDS; round++) {
    // Alternate which goes first, so neither always runs on a warmer machine.
    const order = round % 2 ? ['intl', 'ours'] : ['ours', 'intl'];
    for (const which of order) {
      const t0 = performance.now();
      if (which === 'ours') for (const v of values) sink += ours(v).length;
      else for (const v of values) sink += intl.format(input(v)).length;
      times[which].push(((performance.now() - t0) * 1000) / CALLS);
    }
  }
  if (!sink) throw new Error('nothing was formatted');
  const ratio = median(times.intl) / median(times.ours);
  console.log(`  ${name.padEnd(20)} ours ${median(times.ours).toFixed(2)}  Intl ${median(times.intl).toFixed(2)}  Intl ÷ ours ${ratio.toFixed(2)}`);
}
