/**
 * Invariants over generated delegation-matrix documents (fast-check, seeded and bounded so each
 * property runs in about a second): every share a view shows names its base, shares of a complete
 * task add to 100 % within the source's rounding, counts turned into shares add to exactly 100 %,
 * and no NaN or Infinity reaches a label, a bar, a CSV cell or the summary.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { toCsv } from '@praksis/core/csv.js';
import type { Lang } from '@praksis/core/lang.js';
import { validateDelegationMatrix, type DelegationMatrixDocument } from '@praksis/schema';
import { layoutBars } from './layout/bars.js';
import { matrixTables } from './csv.js';
import { buildModel, sortRows } from './model.js';
import { figuresSentence, figuresUnit, indexText, matrixSummary, rowBase, totalText, valueText } from './summary.js';
import { installEnglish } from './english.js';

// An element loads its English words on demand; these tests read them at once.
installEnglish();

const SEED = 20230567;
const RUNS = 150;

type Cell = DelegationMatrixDocument['cells'][number];

/** Splits `whole` into `parts` whole numbers that add up to it, from sorted cut points. */
const split = (whole: number, parts: number, cuts: readonly number[]): number[] => {
  const points = cuts.slice(0, parts - 1).map((c) => c % (whole + 1)).sort((a, b) => a - b);
  return [...points, whole].map((p, i) => p - (i ? (points[i - 1] as number) : 0));
};

interface Generated {
  doc: DelegationMatrixDocument;
  lang: Lang;
}

const docArb: fc.Arbitrary<Generated> = fc
  .record({
    onScale: fc.boolean(),
    type: fc.constantFrom('share', 'count', 'levels'),
    distribution: fc.boolean(),
    positions: fc.uniqueArray(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 5 }),
    rows: fc.array(
      fc.record({
        // How many columns each run of the row covers (1 or more, for shares and counts only).
        spans: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 5, maxLength: 5 }),
        cuts: fc.array(fc.nat(), { minLength: 5, maxLength: 5 }),
        missing: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
        free: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 5, maxLength: 5 }),
        levels: fc.array(fc.nat(2), { minLength: 5, maxLength: 5 }),
        n: fc.option(fc.integer({ min: 1, max: 5000 }), { nil: undefined }),
        index: fc.option(fc.double({ min: 1, max: 5, noNaN: true }), { nil: undefined }),
        reserved: fc.boolean(),
        fictional: fc.boolean(),
      }),
      { minLength: 1, maxLength: 6 },
    ),
    n: fc.option(fc.oneof(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 1_000_000 })), { nil: undefined }),
    unitLabel: fc.boolean(),
    lang: fc.constantFrom<Lang>('da', 'en'),
  })
  .map((g): Generated => {
    const levels = g.type === 'levels';
    const positions = [...g.positions].sort((a, b) => a - b);
    const columns = positions.map((p) => ({ id: `c${p}`, label: `Trin ${p}`, ...(g.onScale ? { position: p } : {}) }));
    // A count needs a whole to be a distribution; a level scale has neither.
    const n = levels ? undefined : (g.n ?? (g.type === 'count' && g.distribution ? 100 : undefined));
    const cells: Cell[] = [];
    const rows = g.rows.map((r, i) => {
      const id = `r${i}`;
      const rowN = g.type === 'count' ? r.n : undefined;
      const whole = g.type === 'share' ? 100 : (rowN ?? n ?? 1000);
      // Runs of adjacent columns.
      const runs: string[][] = [];
      for (let c = 0, k = 0; c < columns.length; k++) {
        const span = levels ? 1 : Math.min(r.spans[k % 5] as number, columns.length - c);
        runs.push(columns.slice(c, c + span).map((col) => col.id));
        c += span;
      }
      const parts = split(whole, runs.length, r.cuts);
      runs.forEach((ids, k) => {
        const where = ids.length > 1 ? { columns: ids } : { column: ids[0] as string };
        const missing = r.missing[k] && !(levels && k === 0);
        const value = levels
          ? `l${r.levels[k]}`
          : missing
            ? null
            : g.type === 'share'
              ? g.distribution
                ? (parts[k] as number) / 100
                : (r.free[k] as number)
              : g.distribution
                ? (parts[k] as number)
                : Math.round((r.free[k] as number) * whole);
        cells.push({ row: id, ...where, value });
      });
      return {
        id,
        label: `Opgave ${i + 1}`,
        ...(rowN !== undefined ? { n: rowN } : {}),
        ...(g.onScale && r.index !== undefined && i % 2 ? { index: r.index } : {}),
        ...(r.reserved ? { reservedForDoctors: true } : {}),
        ...(r.fictional ? { fictional: true, notes: ['Fiktive tal.'] } : {}),
      };
    });
    const doc = {
      $schema: 'https://praksis-widgets.dk/schema/v1/delegation-matrix.schema.json',
      unit: { kind: 'country', name: 'Danmark' },
      title: 'Hvem håndterer opgaven?',
      columnKind: g.onScale ? 'delegation-scale' : 'staff',
      scale: levels
        ? {
            type: 'levels',
            levels: [0, 1, 2].map((l) => ({ id: `l${l}`, label: `Niveau ${l}` })),
          }
        : {
            type: g.type,
            ...(g.distribution ? { distribution: true } : {}),
            ...(n !== undefined ? { n } : {}),
            ...(g.unitLabel ? { unitLabel: { da: 'praksis', en: 'practices' } } : {}),
          },
      columns,
      rows,
      cells,
      provenance: { source: 'Fiktiv', publisher: 'Praksis Widgets', asOf: '2026-01-01', fictional: true },
    } as DelegationMatrixDocument;
    return { doc, lang: g.lang };
  });

/** Generated documents are valid, or the properties would test nothing the widget ever draws. */
const valid = ({ doc }: Generated): boolean => validateDelegationMatrix(doc).length === 0;

const BAD = /NaN|Infinity|∞|undefined|null|\[object/;

test('generated documents are valid (the generator makes what the widget draws)', () => {
  let seen = 0;
  fc.assert(
    fc.property(docArb, (g) => {
      assert.deepEqual(validateDelegationMatrix(g.doc), []);
      seen++;
    }),
    { numRuns: RUNS, seed: SEED },
  );
  assert.equal(seen, RUNS);
});

test('no NaN or Infinity reaches a cell, index, summary sentence, CSV cell or bar', () => {
  fc.assert(
    fc.property(docArb.filter(valid), ({ doc, lang }) => {
      const model = buildModel(doc);
      const texts = [
        ...matrixSummary(doc, lang).sentences,
        figuresSentence(doc, lang),
        figuresUnit(doc, lang),
        totalText(doc, lang),
        ...model.rows.flatMap((r) => [indexText({ lang }, r.index), rowBase(doc, r.row, lang), ...r.cells.map((c) => valueText({ doc, lang }, c))]),
      ];
      for (const text of texts) assert.doesNotMatch(text, BAD, text);
      for (const r of model.rows) {
        for (const c of r.cells) assert.ok(c.share === undefined || Number.isFinite(c.share), `share ${c.share}`);
        if (r.index) assert.ok(1 - 1e-9 <= r.index.low && r.index.low <= r.index.high + 1e-9 && r.index.high <= 5 + 1e-9, `index ${r.index.low}–${r.index.high}`);
      }
      const csv = toCsv(matrixTables(doc, 'index', lang), lang);
      assert.doesNotMatch(csv, BAD);
      if (model.scaled) {
        const layout = layoutBars({ rows: sortRows(model.rows, 'index'), tones: model.tones, width: 320, label: (c) => valueText({ doc, lang }, c), textWidth: (t) => t.length * 7 });
        for (const s of layout.rows.flat()) {
          assert.ok(Number.isFinite(s.x) && Number.isFinite(s.width) && s.width >= 0, `segment ${s.x} ${s.width}`);
          assert.ok(s.x >= -1e-6 && s.x + s.width <= 320 + 1e-6, `inside the box: ${s.x} + ${s.width}`);
          if (s.label) assert.doesNotMatch(s.label, BAD);
        }
      }
    }),
    { numRuns: RUNS, seed: SEED + 1 },
  );
});

test('shares of a complete task add to 100 % within rounding; counts turned into shares add to exactly 100 %', () => {
  fc.assert(
    fc.property(
      docArb.filter((g) => valid(g) && g.doc.scale.distribution === true),
      ({ doc, lang }) => {
        const tolerance = doc.scale.tolerance ?? 0.02;
        for (const r of buildModel(doc).rows) {
          if (r.cells.some((c) => c.value === null)) continue;
          // As the reader sees them: "33,3 %" is read as 33.3.
          const shown = r.cells.map((c) => Number(valueText({ doc, lang }, c).replace(/[^\d,.]/g, '').replace(',', '.')));
          const modelled = r.cells.reduce((sum, c) => sum + (c.share ?? 0), 0);
          if (doc.scale.type === 'share') {
            const sum = shown.reduce((a, b) => a + b, 0);
            assert.ok(Math.abs(sum - 100) <= tolerance * 100 + 0.05 * shown.length + 1e-9, `shown shares add to ${sum}`);
          } else {
            // Counts are shown as counts; their shares (colours, bars, index) are of the task's own whole.
            assert.ok(Math.abs(modelled - 1) < 1e-9, `count shares add to ${modelled}`);
          }
        }
      },
    ),
    { numRuns: RUNS, seed: SEED + 2 },
  );
});

test('every view that shows shares or counts names them and their base', () => {
  fc.assert(
    fc.property(docArb.filter(valid), ({ doc, lang }) => {
      const unit = figuresUnit(doc, lang);
      const sentence = figuresSentence(doc, lang);
      const [table] = matrixTables(doc, 'data', lang);
      if (doc.scale.type === 'levels') {
        assert.equal(unit, '');
        return;
      }
      const word = doc.scale.unitLabel ? (lang === 'da' ? 'praksis' : 'practices') : lang === 'da' ? 'enheder' : 'units';
      // The legend and the summary say what the figures are, and what they are shares of.
      assert.ok(sentence.includes(word), sentence);
      assert.ok(matrixSummary(doc, lang).sentences.includes(sentence));
      if (doc.scale.type === 'count') assert.match(sentence, lang === 'da' ? /antal .*andel af opgavens/ : /number of .*share of the task's/);
      else assert.match(sentence, lang === 'da' ? /andel af/ : /share of/);
      // Every column of figures in the CSV names the unit.
      for (const column of table!.columns.slice(1, doc.columns.length + 1)) assert.ok(column.endsWith(`(${unit})`), column);
      // A task whose figures are out of another number says so.
      for (const row of doc.rows) if (row.n !== undefined && row.n !== doc.scale.n) assert.equal(rowBase(doc, row, lang), `n\u00a0=\u00a0${new Intl.NumberFormat(lang === 'da' ? 'da-DK' : 'en-GB').format(row.n)}`);
    }),
    { numRuns: RUNS, seed: SEED + 3 },
  );
});
