// Evaluates 10,000 varied, deterministically generated declarations and reports the median of
// several runs. Each run gets fresh objects, so the per-declaration compile step is measured too.
// Runs the compiled package (dist/), as consumers do; build first:
//   npx tsc -b packages/hours-rules && node --expose-gc packages/hours-rules/bench/evaluate.bench.mjs
import { performance } from 'node:perf_hooks';
import { dkOk22, evaluate, nextOpening, openNow } from '../dist/index.js';
import { seededRandom } from '../../../scripts/bench/seeded-random.mjs';

const COUNT = 10_000;
const RUNS = 7;
const AT = Date.parse('2026-04-01T10:00:00+02:00'); // the week before Easter: exceptions and holidays in play

// Seeded so every run and machine sees the same declarations.
const rng = seededRandom;

const pick = (r, list) => list[Math.floor(r() * list.length)];
const time = (m) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri'];

// Practice-level choices, so the mix of results resembles a register rather than noise.
function week(make, skip) {
  const w = { sat: [], sun: [] };
  for (const day of DAYS) if (day !== skip) w[day] = make(day);
  return w;
}

function generate(i) {
  const r = rng(i + 1);
  const start = pick(r, [450, 480, 480, 480, 510]);
  const end = pick(r, [930, 960, 960, 960, 960]);
  const lateDay = pick(r, [...DAYS, ...DAYS, null]);
  const lunch = r() < 0.3;
  const phoneEnd = pick(r, ['12:00', '12:30', '12:30', '16:00']);
  const doctorEnd = pick(r, ['08:30', '09:00', '09:00', '09:00', '09:00']);
  const acuteEnd = pick(r, ['15:30', '16:00', '16:00', '16:00', '16:00']);
  const skip = r() < 0.03 ? pick(r, DAYS) : undefined; // a weekday left out: not stated
  const consultationDay = (day) => {
    const to = time(day === lateDay ? 1080 : end);
    return lunch ? [{ from: time(start), to: '12:00' }, { from: '12:00', to }] : [{ from: time(start), to }];
  };
  return {
    $schema: 'https://praksis-widgets.dk/schema/v1/accessibility-declaration.schema.json',
    practice: { name: `Benchmark-praksis ${i} (fiktiv)`, ydernummer: String(900000 + (i % 100000)).padStart(6, '0') },
    lastVerified: `202${pick(r, [4, 5, 5, 5, 5])}-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-1${Math.floor(r() * 9)}`,
    hours: {
      consultation: week(consultationDay, skip),
      phone: week(() => [{ from: '08:00', to: phoneEnd }]),
      doctorPhone: week(() => [{ from: '08:00', to: doctorEnd }]),
      ...(r() < 0.95 ? { acutePhone: week(() => [{ from: phoneEnd, to: acuteEnd }]) } : {}),
      ...(r() < 0.2 ? { walkIn: { mon: [{ from: '08:00', to: '08:30' }] } } : {}),
    },
    services: {
      onlineBooking: pick(r, [true, true, true, true, true, 'not-stated']),
      onlinePrescriptionRenewal: true,
      eConsultation: pick(r, [true, true, true, true, false]),
      ...(r() < 0.9 ? { videoConsultation: pick(r, [true, true, true, false]) } : {}),
    },
    ...(r() < 0.95 ? { bagomNumber: pick(r, ['not-public', '+45 70 00 00 00', 'not-public', 'none']) } : {}),
    ...(r() < 0.9 ? { usualWaitWeekdays: pick(r, [1, 2, 3, 4, 5, 5, 7]) } : {}),
    exceptions: Array.from({ length: Math.floor(r() * 4) }, (_, k) => ({
      date: `2026-0${3 + k}-${String(20 + Math.floor(r() * 9)).padStart(2, '0')}`,
      reason: 'Ferie',
      closed: true,
      ...(r() < 0.8 ? { substitute: { name: 'Stedfortræder (fiktiv)', phone: '+45 70 00 00 01' } } : {}),
    })),
    provenance: { source: 'Benchmark', publisher: 'Praksis Widgets', asOf: '2026-01-01', fictional: true },
  };
}

const template = Array.from({ length: COUNT }, (_, i) => generate(i));

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function measure(label, work) {
  const times = [];
  let checksum = 0;
  for (let run = 0; run < RUNS; run++) {
    const batch = structuredClone(template); // fresh objects: nothing cached from the last run
    globalThis.gc?.(); // collect the clone's garbage before, not during, the timed part
    const t0 = performance.now();
    checksum = work(batch);
    times.push(performance.now() - t0);
  }
  const total = median(times);
  console.log(`[${times.map((t) => t.toFixed(0)).join(" ")}] ${label}: ${total.toFixed(1)} ms for ${COUNT} (median of ${RUNS}), ${((total * 1000) / COUNT).toFixed(1)} µs each  [${checksum}]`);
}

measure('evaluate', (batch) => {
  const tally = { meets: 0, 'does-not-meet': 0, incomplete: 0, stale: 0 };
  for (const d of batch) tally[evaluate(d, { ruleSet: dkOk22, at: AT }).overall]++;
  return JSON.stringify(tally);
});

measure('openNow + nextOpening (consultation)', (batch) => {
  let open = 0;
  for (const d of batch) {
    if (openNow(d, 'consultation', AT).status === 'open') open++;
    nextOpening(d, 'consultation', AT);
  }
  return `open ${open}`;
});
