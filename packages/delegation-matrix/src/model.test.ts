import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import type { DelegationMatrixDocument } from '@praksis/schema';
import { validateDelegationMatrix } from '@praksis/schema';
import { layoutBars } from './layout/bars.js';
import { chooseLayout, tableWidth, widestWord, type FitInput } from './layout/fit.js';
import { buildModel, delegationIndex, levelStep, shareStep, sortRows, type MatrixCell, type MatrixRow } from './model.js';

const example = (name: string): DelegationMatrixDocument =>
  JSON.parse(readFileSync(new URL(`../../schema/examples/delegation-matrix/valid/${name}.json`, import.meta.url), 'utf8')) as DelegationMatrixDocument;

const near = (actual: number | undefined, expected: number, label = '') =>
  assert.ok(actual !== undefined && Math.abs(actual - expected) < 1e-9, `${label}: ${actual} ≠ ${expected}`);

const rowOf = (rows: readonly MatrixRow[], id: string): MatrixRow => {
  const row = rows.find((r) => r.row.id === id);
  assert.ok(row, id);
  return row;
};

const cell = (start: number, span: number, share: number | undefined): MatrixCell => ({
  start,
  span,
  value: share ?? null,
  share,
  step: 0,
  ...(share === undefined ? { missing: 'not-reported' as const } : {}),
});

describe('steps', () => {
  test('a share falls in one of five 20 % steps', () => {
    assert.deepEqual([0, 0.19, 0.2, 0.56, 0.799, 0.8, 1].map(shareStep), [1, 1, 2, 3, 4, 5, 5]);
  });
  test('levels spread over the five steps', () => {
    assert.deepEqual([0, 1, 2].map((r) => levelStep(r, 3)), [1, 3, 5]);
    assert.deepEqual([0, 1].map((r) => levelStep(r, 2)), [1, 5]);
    assert.deepEqual([0, 1, 2, 3, 4].map((r) => levelStep(r, 5)), [1, 2, 3, 4, 5]);
  });
});

describe('delegation index', () => {
  const positions = [1, 2, 3, 4, 5];

  test('a complete distribution gives the mean position', () => {
    const index = delegationIndex([0.82, 0.14, 0.03, 0.01, 0].map((s, i) => cell(i, 1, s)), positions);
    near(index?.low, 0.82 + 0.28 + 0.09 + 0.04, 'low');
    near(index?.high, 1.23, 'high');
  });

  test('shares that miss 1 by rounding are scaled to 1', () => {
    const index = delegationIndex([0.5, 0, 0.49, 0, 0].map((s, i) => cell(i, 1, s)), positions);
    near(index?.low, (0.5 + 3 * 0.49) / 0.99);
  });

  test('a combined share and an unreported column give a range', () => {
    // Chronic-care check-ups: 30 % mainly or only doctor, 56 % shared, 13 % mainly staff, only staff not given.
    const index = delegationIndex([cell(0, 2, 0.3), cell(2, 1, 0.56), cell(3, 1, 0.13), cell(4, 1, undefined)], positions);
    near(index?.low, 0.3 * 1 + 0.56 * 3 + 0.13 * 4 + 0.01 * 5, 'low');
    near(index?.high, 0.3 * 2 + 0.56 * 3 + 0.13 * 4 + 0.01 * 5, 'high');
  });

  test('the share without a figure may lie anywhere in its columns', () => {
    // Diagnostic tests: 90 % mainly or only staff; the other 10 % not broken down.
    const index = delegationIndex([cell(0, 3, undefined), cell(3, 2, 0.9)], positions);
    near(index?.low, 0.9 * 4 + 0.1 * 1, 'low');
    near(index?.high, 0.9 * 5 + 0.1 * 3, 'high');
  });

  test('nothing known gives no index', () => {
    assert.equal(delegationIndex([cell(0, 5, undefined)], positions), undefined);
  });
});

describe('model of the national survey', () => {
  const doc = example('national-survey-2022');
  const model = buildModel(doc);

  test('the example is valid', () => assert.deepEqual(validateDelegationMatrix(doc), []));

  test('is scaled, with one tone per step of the scale', () => {
    assert.equal(model.scaled, true);
    assert.deepEqual(model.tones, [1, 2, 3, 4, 5]);
    assert.equal(model.rows.length, 11);
    assert.equal(model.fictionalRows, 7);
  });

  test('keeps the source figures, not-reported cells and spans', () => {
    const chronic = rowOf(model.rows, 'chronic-care');
    assert.deepEqual(
      chronic.cells.map((c) => [c.start, c.span, c.value, c.missing ?? '']),
      [
        [0, 2, 0.3, ''],
        [2, 1, 0.56, ''],
        [3, 1, 0.13, ''],
        [4, 1, null, 'not-reported'],
      ],
    );
    assert.deepEqual(
      chronic.cells.map((c) => c.step),
      [2, 3, 1, 0],
    );
    const vaccinations = rowOf(model.rows, 'vaccinations');
    assert.equal(vaccinations.cells[1]?.share, 0.36);
    near(vaccinations.index?.low, 0.36 * 4 + 0.64 * 1, 'vaccinations low');
    near(vaccinations.index?.high, 0.36 * 5 + 0.64 * 3, 'vaccinations high');
    near(rowOf(model.rows, 'consultations').index?.low, 0.59 + 1.2 + 0.04, 'consultations');
  });

  test('sorting by index runs from doctor to staff and keeps the data order by default', () => {
    assert.deepEqual(
      sortRows(model.rows, 'data').map((r) => r.row.id),
      doc.rows.map((r) => r.id),
    );
    const sorted = sortRows(model.rows, 'index').map((r) => r.row.id);
    assert.equal(sorted[0], 'certificates');
    assert.equal(sorted[sorted.length - 1], 'diagnostic-tests');
    const middles = sortRows(model.rows, 'index').map((r) => ((r.index?.low ?? 0) + (r.index?.high ?? 0)) / 2);
    assert.deepEqual(middles, [...middles].sort((a, b) => a - b));
    assert.deepEqual(
      model.rows.map((r) => r.row.id),
      doc.rows.map((r) => r.id),
      'input not reordered',
    );
  });

  test('rows without an index sort last, in data order; a published index wins', () => {
    const withGaps = structuredClone(doc);
    withGaps.rows[1]!.index = 1;
    const cells = withGaps.cells.filter((c) => c.row !== 'wound-care');
    cells.push({ row: 'wound-care', columns: ['only-doctor', 'mainly-doctor', 'shared', 'mainly-staff', 'only-staff'], value: null });
    withGaps.cells = cells;
    assert.deepEqual(validateDelegationMatrix(withGaps), []);
    const rows = buildModel(withGaps).rows;
    assert.deepEqual(rowOf(rows, 'diagnostic-tests').index, { low: 1, high: 1 });
    const sorted = sortRows(rows, 'index').map((r) => r.row.id);
    assert.equal(sorted[0], 'diagnostic-tests');
    assert.equal(sorted[sorted.length - 1], 'wound-care');
  });
});

describe('model of a practice', () => {
  const doc = example('practice-low');
  const model = buildModel(doc);

  test('levels become ranks and steps; nothing is scaled', () => {
    assert.equal(model.scaled, false);
    assert.deepEqual(model.tones, []);
    const vaccinations = rowOf(model.rows, 'vaccinations');
    assert.deepEqual(
      vaccinations.cells.map((c) => [c.level, c.step]),
      [
        [2, 5],
        [1, 3],
        [0, 1],
        [0, 1],
      ],
    );
    assert.equal(vaccinations.index, undefined);
  });

  test('not measured stays apart from a level', () => {
    const visit = rowOf(model.rows, 'home-visits').cells[1];
    assert.equal(visit?.value, null);
    assert.equal(visit?.missing, 'not-measured');
    assert.equal(visit?.step, 0);
  });

  test('sorting by index keeps the data order when there is no index', () => {
    assert.deepEqual(
      sortRows(model.rows, 'index').map((r) => r.row.id),
      doc.rows.map((r) => r.id),
    );
  });
});

describe('counts', () => {
  const model = buildModel(example('area-counts'));
  test('count cells become shares of n, with a row n overriding the scale n', () => {
    assert.equal(model.scaled, true);
    near(rowOf(model.rows, 'chronic-care').cells[2]?.share, 6 / 12);
    near(rowOf(model.rows, 'home-visits').cells[0]?.share, 4 / 10);
    near(rowOf(model.rows, 'home-visits').index?.low, (4 * 1 + 3 * 2 + 2 * 3 + 1 * 4) / 10);
  });
});

describe('bar layout', () => {
  const doc = example('national-survey-2022');
  const model = buildModel(doc);
  const layout = layoutBars({
    rows: model.rows,
    tones: model.tones,
    width: 400,
    label: (cell) => `${Math.round((cell.share ?? 0) * 100)} %`,
    textWidth: (t) => t.length * 7,
  });
  const segments = (id: string) => layout.rows[model.rows.findIndex((r) => r.row.id === id)] ?? [];

  test('every bar shares one scale centred in the box', () => {
    assert.equal(layout.centre, 200);
    assert.equal(layout.rows.length, 11);
    for (const row of layout.rows) {
      for (const s of row) {
        assert.ok(s.x >= -1e-9 && s.x + s.width <= 400 + 1e-9, `inside the box: ${s.x} + ${s.width}`);
      }
    }
  });

  test('"shared equally" straddles the centre; doctor shares lie left, staff shares right', () => {
    const unit = 200 / layout.extent;
    // Certificates: 82 + 14 on the left of half of the 3 % shared.
    const [only, mainly, shared, staff] = segments('certificates');
    near(only?.x, 200 - (0.82 + 0.14 + 0.015) * unit, 'start');
    near(shared?.x, 200 - 0.015 * unit, 'shared starts left of the centre');
    near((shared?.x ?? 0) + (shared?.width ?? 0), 200 + 0.015 * unit, 'shared ends right of it');
    assert.ok((mainly?.x ?? 0) < (shared?.x ?? 0));
    near(staff?.x, 200 + 0.015 * unit, 'staff side starts after the shared half');
    assert.equal(segments('certificates').length, 4, 'the 0 % staff-only segment is left out');
  });

  test('a combined share keeps the tones of its columns, as stripes', () => {
    const [doctor] = segments('chronic-care');
    assert.deepEqual(doctor?.tones, [1, 2]);
    near(doctor?.width, 0.3 * (200 / layout.extent));
  });

  test('the share without a figure is drawn, untoned, where its columns are', () => {
    const [unknown, staff] = segments('vaccinations');
    assert.deepEqual(unknown?.tones, []);
    near(unknown?.share, 0.64);
    assert.deepEqual(staff?.tones, [4, 5]);
    assert.ok((unknown?.x ?? 0) < (staff?.x ?? 0));
    // Diagnostic tests: the 10 % not broken down spans columns 1–3, two and a half of them left of the centre.
    const [rest, tests] = segments('diagnostic-tests');
    near(rest?.x, 200 - 0.1 * (2.5 / 3) * (200 / layout.extent));
    near(tests?.share, 0.9);
  });

  test('labels appear only where they fit', () => {
    const labels = segments('certificates').map((s) => s.label);
    assert.equal(labels[0], '82 %');
    assert.equal(labels[2], undefined);
    assert.equal(segments('vaccinations')[0]?.label, undefined, 'no label on the unknown share');
  });

  test('the extent is the longest side of any row, at least half', () => {
    near(layout.extent, 0.82 + 0.14 + 0.015);
  });
});

describe('narrow layout', () => {
  const measure = (t: string, size = 1) => t.length * 9.6 * size;
  const base = (width: number): FitInput => ({
    width,
    columnLabels: ['Udelukkende læge', 'Primært læge', 'Deles ligeligt', 'Primært personale', 'Udelukkende personale'],
    rowLabels: ['Kronikerkontrol', 'Gynækologiske undersøgelser'],
    cellTexts: ['56 %', 'ikke oplyst'],
    indexColumn: true,
    textWidth: measure,
  });

  test('column headings are measured at their smaller size', () => {
    const wide = { ...base(0), columnLabels: ['Uddannelseslæge'], cellTexts: ['1 %'] };
    near(tableWidth(wide) - tableWidth({ ...wide, columnLabels: [] }), 'Uddannelseslæge'.length * 9.6 * 0.875 + 14);
  });

  test('text wraps only between words', () => {
    assert.equal(widestWord(['Primært personale', 'a b'], measure), 'personale'.length * 9.6);
  });

  test('the table needs room for its widest words', () => {
    const column = 'Udelukkende'.length * 9.6 * 0.875 + 14;
    const rowHeader = 'Kronikerkontrol'.length * 9.6 + 14;
    near(tableWidth(base(0)), rowHeader + 5 * column + '0,0–0,0'.length * 9.6 + 14);
  });

  test('switches to cards below the table width, not by shrinking text', () => {
    const needed = tableWidth(base(0));
    assert.equal(chooseLayout(base(Math.ceil(needed))), 'table');
    assert.equal(chooseLayout(base(Math.floor(needed) - 1)), 'cards');
    assert.equal(chooseLayout(base(320)), 'cards');
    assert.equal(chooseLayout(base(1200)), 'table');
  });
});
