// The conversion the chart maker and praksis-convert share: tables as editors paste them, Danish
// numbers, the column guesses, the three widgets' documents and every kind of bad input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { validateDocument } from '@praksis/schema';
import {
  convertTable,
  describeProblem,
  guessFormat,
  guessMapping,
  mergeDocuments,
  readDate,
  readNumber,
  readTable,
  spreadsheetSheets,
  spreadsheetText,
  type ConversionResult,
} from '../src/convert/index.js';
import { xlsxBytes, xlsxWorkbook } from './xlsx-fixture.js';

const fixture = (name: string) => readFileSync(new URL(`fixtures/convert/${name}`, import.meta.url), 'utf8');
const json = (name: string) => JSON.parse(fixture(name)) as Record<string, unknown>;
const national = JSON.parse(readFileSync(new URL('../../schema/examples/referral-flows/valid/national-2022.json', import.meta.url), 'utf8')) as {
  links: { target: string; value: number }[];
};
const NATIONAL_COUNTS = national.links.map((link) => link.value);
const lines = (result: ConversionResult, lang: 'da' | 'en' = 'da') => result.problems.map((problem) => describeProblem(problem, lang));

test('Danish numbers: thousands dots, decimal commas, per cent, spaces', () => {
  assert.deepEqual(readNumber('1.893.921', ','), { ok: true, value: 1893921, percent: false });
  assert.deepEqual(readNumber('34,9', ','), { ok: true, value: 34.9, percent: false });
  assert.deepEqual(readNumber('34,9 %', ','), { ok: true, value: 34.9, percent: true });
  for (const text of ['34,9 pct.', '34,9 pct', '34,9 procent']) assert.deepEqual(readNumber(text, ','), { ok: true, value: 34.9, percent: true }, text);
  assert.deepEqual(readNumber('1 893 921', ','), { ok: true, value: 1893921, percent: false });
  assert.deepEqual(readNumber('1,893,921', '.'), { ok: true, value: 1893921, percent: false });
  assert.deepEqual(readNumber('34.9', ','), { ok: false, reason: 'other-decimal-mark' });
  assert.deepEqual(readNumber('ca. 12', ','), { ok: false, reason: 'not-a-number' });
  assert.deepEqual(readNumber('1.89.3', ','), { ok: false, reason: 'not-a-number' });
});

test('dates: ISO, Danish day.month.year and a year alone', () => {
  assert.equal(readDate('2022-01-01'), '2022-01-01');
  assert.equal(readDate('1.1.2022'), '2022-01-01');
  assert.equal(readDate('31-12-2022'), '2022-12-31');
  assert.equal(readDate('2022'), '2022-01-01');
  assert.equal(readDate('31.2.2022'), undefined);
  // Month names, as reports and the widgets write dates, Danish and English.
  assert.deepEqual(['1. januar 2022', '1. jan. 2022', '1 Jan 2022', '15. okt. 2019', '1. maj 2020', '1 May 2020'].map(readDate), ['2022-01-01', '2022-01-01', '2022-01-01', '2019-10-15', '2020-05-01', '2020-05-01']);
  assert.deepEqual(['1. ja 2022', '1. foo 2022', '30. februar 2022'].map(readDate), [undefined, undefined, undefined]);
  assert.equal(readDate('i går'), undefined);
});

test('the format is guessed: TSV from a spreadsheet, Danish CSV with ;, English CSV with , and quotes', () => {
  assert.deepEqual(guessFormat(fixture('referrals-2022.tsv')), { separator: '\t', decimalMark: ',', header: true });
  assert.deepEqual(guessFormat(fixture('capacity-2017-2022.csv')), { separator: ';', decimalMark: ',', header: true });
  assert.deepEqual(guessFormat(fixture('referrals-2022-en.csv')), { separator: ',', decimalMark: '.', header: true });
  assert.equal(guessFormat('1;2\n3;4\n').header, false);
  // Excel's clipboard ends lines with CRLF and quotes a cell holding a line break.
  const table = readTable('Til\tAntal\r\n"Syge\r\nhus"\t12\r\n');
  assert.deepEqual(table.rows, [['Syge\r\nhus', '12']]);
});

test('a wrong guess is fixed with the format: the same text read as English gives other numbers', () => {
  const text = 'Type;Antal\nA;1.500\n';
  const danish = convertTable({ widget: 'referral-sankey', table: readTable(text) });
  assert.equal((danish.document['links'] as { value: number }[])[0]?.value, 1500);
  const english = convertTable({ widget: 'referral-sankey', table: readTable(text, { separator: ';', decimalMark: '.', header: true }) });
  assert.match(lines(english).join('\n'), /Række 2, kolonne B \(Antal\): »1\.500« blev læst som et decimaltal/);
  const noHeader = readTable(text, { separator: ';', decimalMark: ',', header: false });
  assert.deepEqual(noHeader.columns, ['', '']);
  assert.equal(noHeader.rows.length, 2);
});

test('columns are guessed from Danish and English headers', () => {
  assert.deepEqual(guessMapping('referral-sankey', { columns: ['Henvisningstype', 'Antal'] }).columns, { to: 0, value: 1 });
  assert.deepEqual(guessMapping('referral-sankey', { columns: ['From', 'To', 'Count', 'Stage'] }).columns, { from: 0, to: 1, value: 2, stage: 3 });
  assert.deepEqual(guessMapping('capacity-gauge', { columns: ['År', 'Kapaciteter', 'Tilmeldte patienter (tusinder)', 'Antal læger'] }).columns, {
    date: 0,
    capacities: 1,
    listedPatients: 2,
    doctors: 3,
  });
  const survey = guessMapping('delegation-matrix', { columns: ['Task', 'Doctor only', 'Mainly doctor', 'Shared equally', 'Mainly staff', 'Staff only'] });
  assert.deepEqual(survey.columns, { task: 0, onlyDoctor: 1, mainlyDoctor: 2, shared: 3, mainlyStaff: 4, onlyStaff: 5 });
  assert.equal(survey.staff, undefined);
  assert.deepEqual(guessMapping('delegation-matrix', { columns: ['Opgave', 'Læge', 'Sygeplejerske'] }), { columns: { task: 0 }, staff: [1, 2] });
});

test('the national 2022 referral table (TSV, Danish thousands dots) becomes a valid sankey with the seven counts', () => {
  const result = convertTable({ widget: 'referral-sankey', table: readTable(fixture('referrals-2022.tsv')), meta: json('referrals-2022.meta.json') });
  assert.deepEqual(result.problems, []);
  assert.deepEqual(validateDocument(result.document).issues, []);
  const links = result.document['links'] as { source: string; target: string; value: number }[];
  assert.deepEqual(links.map((link) => link.value), NATIONAL_COUNTS);
  assert.equal(links.reduce((sum, link) => sum + link.value, 0), 5_420_564);
  assert.deepEqual(new Set(links.map((link) => link.source)), new Set(['almen-praksis']));
  // The period given once is the provenance's too.
  assert.deepEqual((result.document['provenance'] as { period: unknown }).period, { from: '2022-01-01', to: '2022-12-31' });
});

test('the same table as English CSV gives the same counts', () => {
  const result = convertTable({ widget: 'referral-sankey', table: readTable(fixture('referrals-2022-en.csv')), meta: json('referrals-2022.meta.json') });
  assert.deepEqual(result.problems, []);
  assert.deepEqual((result.document['links'] as { value: number }[]).map((link) => link.value), NATIONAL_COUNTS);
});

test('several stages: a stage column places the receivers, senders stand first', () => {
  const text = 'Region;Henvisningstype;Antal;Trin\nRegion A;Speciallæge;100;Type\nRegion A;Sygehus;50;Type\nSpeciallæge;Øjenlæge;60;Speciale\n';
  const result = convertTable({
    widget: 'referral-sankey',
    table: readTable(text),
    mapping: { columns: { from: 0, to: 1, value: 2, stage: 3 } },
    meta: { title: 'T', period: { from: '2022-01-01', to: '2022-12-31' }, provenance: { source: 'S', publisher: 'P', fictional: true } },
  });
  assert.deepEqual(result.problems, []);
  assert.deepEqual(result.document['stages'], ['Region', 'Type', 'Speciale']);
  assert.deepEqual(
    (result.document['nodes'] as { label: string; stage: number }[]).map((node) => [node.label, node.stage]),
    [['Region A', 0], ['Speciallæge', 1], ['Sygehus', 1], ['Øjenlæge', 2]],
  );
});

test('the national capacity table (in thousands) becomes a gauge with a six-year trend', () => {
  const result = convertTable({ widget: 'capacity-gauge', table: readTable(fixture('capacity-2017-2022.csv')), meta: json('capacity-2017-2022.meta.json') });
  assert.deepEqual(result.problems, []);
  assert.equal(result.document['asOf'], '2022-01-01');
  assert.equal(result.document['listedPatients'], 5_849_000);
  assert.equal(result.document['capacities'], 3554);
  assert.equal((result.document['trend'] as unknown[]).length, 6);
  assert.deepEqual((result.document['trend'] as { listedPatients: number }[])[0], { date: '2017-01-01', listedPatients: 5_707_000, capacities: 3461 });
  assert.match(result.notes.map((note) => note.da).join(' '), /i tusinder; tallene er ganget med 1\.000/);
  assert.equal((result.document['provenance'] as { asOf: string }).asOf, '2022-01-01');
});

test('the survey table (per cent) becomes a delegation matrix on the scale; a staff table one by staff category', () => {
  const survey = convertTable({ widget: 'delegation-matrix', table: readTable(fixture('delegation-survey.tsv')), meta: json('delegation.meta.json') });
  assert.deepEqual(survey.problems, []);
  assert.equal(survey.document['columnKind'], 'delegation-scale');
  const cells = survey.document['cells'] as { row: string; column: string; value: number }[];
  assert.deepEqual(cells.filter((cell) => cell.row === 'attester').map((cell) => cell.value), [0.82, 0.14, 0.03, 0.01, 0]);

  const staff = convertTable({ widget: 'delegation-matrix', table: readTable(fixture('delegation-staff.csv')), meta: json('delegation.meta.json') });
  assert.deepEqual(staff.problems, []);
  assert.equal(staff.document['columnKind'], 'staff');
  assert.deepEqual(
    (staff.document['columns'] as { label: string; role: string }[]).map((column) => [column.label, column.role]),
    [['Læge', 'doctor'], ['Sygeplejerske', 'staff'], ['Lægesekretær', 'staff']],
  );
  const blood = (staff.document['cells'] as { row: string; column: string; value: unknown; missing?: string }[]).filter((cell) => cell.row === 'blodproever');
  assert.deepEqual(blood[0], { row: 'blodproever', column: 'laege', value: null, missing: 'not-measured' });
  assert.equal(blood[1]?.value, 'independent');
});

test('an XLSX workbook reads as the same table as the paste', async () => {
  const bytes = xlsxBytes([['Henvisningstype', 'Antal'], ...national.links.map((link, i) => [['Speciallæge', 'Sygehus', 'Billeddiagnostisk', 'Fysioterapi', 'Psykolog', 'Fodterapi', 'Kommune'][i]!, link.value])]);
  const result = convertTable({ widget: 'referral-sankey', table: readTable(await spreadsheetText(bytes)), meta: json('referrals-2022.meta.json') });
  assert.deepEqual(result.problems, []);
  assert.deepEqual((result.document['links'] as { value: number }[]).map((link) => link.value), NATIONAL_COUNTS);
});

test('every sheet of a workbook is read, named and in order; a CSV file is one sheet without a name', async () => {
  const sheets = await spreadsheetSheets(xlsxWorkbook([{ name: 'Noter', rows: [['Kilde', 'BDO 2023']] }, { name: 'Tal', rows: [['Antal'], [34.9]] }, { name: 'Tom', rows: [] }]));
  assert.deepEqual(sheets, [
    { name: 'Noter', text: 'Kilde\tBDO 2023' },
    { name: 'Tal', text: 'Antal\n34,9' },
    { name: 'Tom', text: '' },
  ]);
  assert.deepEqual(await spreadsheetSheets(new TextEncoder().encode('a;b\n1;2\n')), [{ name: '', text: 'a;b\n1;2\n' }]);
});

test('Excel\'s "Unicode Text" (UTF-16 with a byte-order mark, little or big endian) reads as the same table as UTF-8', async () => {
  const text = 'Til\tAntal\r\nLæger «Øst» 😀\t1.234\r\n';
  const utf16 = (littleEndian: boolean) => {
    const bytes = new Uint8Array(2 + text.length * 2);
    const view = new DataView(bytes.buffer);
    view.setUint16(0, 0xfeff, littleEndian);
    for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian);
    return bytes;
  };
  assert.equal(await spreadsheetText(utf16(true)), text);
  assert.equal(await spreadsheetText(utf16(false)), text);
});

test('Excel\'s "sep=;" line names the separator and is no row: the header is row 1, as Excel shows it', () => {
  const table = readTable('\uFEFFsep=;\r\nTil;Antal\r\nSygehus, akut;1.234\r\n');
  assert.equal(table.format.separator, ';');
  assert.deepEqual(table.columns, ['Til', 'Antal']);
  assert.deepEqual(table.rows, [['Sygehus, akut', '1.234']]);
  assert.deepEqual(table.rowNumbers, [2]);
});

test('ids made from labels stay unique when a label reads as a numbered id ("A", "a", "A 2"): no flow is lost', () => {
  const result = convertTable({ widget: 'referral-sankey', table: readTable('Til;Antal\nA;1\na;2\nA 2;3\n'), meta: json('referrals-2022.meta.json') });
  assert.deepEqual(lines(result), []);
  const nodes = result.document['nodes'] as { id: string; label: string }[];
  assert.equal(new Set(nodes.map((node) => node.id)).size, nodes.length);
  const label = (id: string) => nodes.find((node) => node.id === id)?.label;
  assert.deepEqual((result.document['links'] as { target: string; value: number }[]).map((link) => [label(link.target), link.value]), [['A', 1], ['a', 2], ['A 2', 3]]);
});

test('a sum row ("I alt", "Total") under the flows is named at its cell, not drawn as one more flow', () => {
  for (const label of ['I alt', 'Total', 'I alt 2022']) {
    const result = convertTable({ widget: 'referral-sankey', table: readTable(`${fixture('referrals-2022.tsv')}${label}\t5.420.564\n`), meta: json('referrals-2022.meta.json') });
    assert.deepEqual(lines(result), [`Række 9, kolonne A (Henvisningstype): »${label}« ligner en sumrække; slet rækken, så dens tal ikke tegnes som en strøm for sig`]);
    assert.deepEqual((result.document['links'] as { value: number }[]).map((link) => link.value), NATIONAL_COUNTS);
  }
});

test('listed patients in thousands may have decimals: 5.849,229 thousand is the register\'s 5,849,229', () => {
  const table = readTable('År;Kapaciteter;Tilmeldte patienter (tusinder)\n2021;3.543;5.812\n2022;3.554;5.849,229\n2023;3.560;5.900,0001\n');
  const result = convertTable({ widget: 'capacity-gauge', table, meta: json('capacity-2017-2022.meta.json') });
  assert.deepEqual(lines(result), ['Række 4, kolonne C (Tilmeldte patienter (tusinder)): antallet skal være et helt tal, ikke »5.900,0001«']);
  assert.deepEqual((result.document['trend'] as { listedPatients: number }[]).map((point) => point.listedPatients), [5_812_000, 5_849_229]);
  assert.equal(result.document['listedPatients'], 5_849_229);
});

test('a staff cell with only a sign that names no level ("✓", "?", "*") is named at its cell, never read as "Ikke involveret"', () => {
  const result = convertTable({ widget: 'delegation-matrix', table: readTable('Opgave;Læge;Sygeplejerske\nBlodprøver;●;✓\nSår;?;–\nAttester;◐;*\n'), meta: json('delegation.meta.json') });
  const known = 'Ikke involveret, Assisterer, Udfører selvstændigt';
  assert.deepEqual(lines(result), [
    `Række 2, kolonne C (Sygeplejerske): »✓« er ikke et af niveauerne ${known}`,
    `Række 3, kolonne B (Læge): »?« er ikke et af niveauerne ${known}`,
    `Række 4, kolonne C (Sygeplejerske): »*« er ikke et af niveauerne ${known}`,
  ]);
  assert.deepEqual((result.document['cells'] as { value: string }[]).map((cell) => cell.value), ['independent', 'not-involved', 'assists']);
});

test('a year heading the column of counts ("Henvisningstype;2022") is a header row, and that column the counts', () => {
  const text = fixture('referrals-2022.tsv').replace('Antal', '2022');
  assert.deepEqual(guessFormat(text), { separator: '\t', decimalMark: ',', header: true });
  const result = convertTable({ widget: 'referral-sankey', table: readTable(text), meta: json('referrals-2022.meta.json') });
  assert.deepEqual(lines(result), []);
  assert.deepEqual((result.document['links'] as { value: number }[]).map((link) => link.value), NATIONAL_COUNTS);
  // The receivers' column under a name the guess does not know is the one left beside the counts.
  assert.deepEqual(guessMapping('referral-sankey', readTable('Område;Antal\nSygehus;5\n')), { columns: { value: 1, to: 0 } });
  // Years alone, or over other years, are data.
  assert.equal(guessFormat('2020;2021\n5;6\n').header, false);
  assert.equal(guessFormat('År;2022\n2021;2022\n').header, false);
});

test('a quote that opens a cell and never closes is kept as text; the rows after it stay rows', () => {
  const table = readTable('Til;Antal\n"Sygehus;5\nKommune;6\n');
  assert.deepEqual(table.rows, [['"Sygehus', '5'], ['Kommune', '6']]);
  assert.deepEqual(table.rowNumbers, [2, 3]);
  // Closed quotes still hold separators and line breaks.
  assert.deepEqual(readTable('Til;Antal\n"Sygehus; akut";5\n"15"" skærm\nx";6\n').rows, [['Sygehus; akut', '5'], ['15" skærm\nx', '6']]);
});

test('two rows of one date in the capacity table: the second is named, with the first', () => {
  const result = convertTable({ widget: 'capacity-gauge', table: readTable('År;Kapaciteter;Tilmeldte patienter\n2021;3.543;5.812.000\n1.1.2021;3.554;5.849.229\n'), meta: json('capacity-2017-2022.meta.json') });
  assert.deepEqual(lines(result), ['Række 3, kolonne A (År): »1.1.2021« står også i række 2']);
});

// Bad input: each names the row and the column, in Danish and English.
const badReferrals = (name: string) => convertTable({ widget: 'referral-sankey', table: readTable(fixture(`malformed/${name}`)), meta: json('referrals-2022.meta.json') });

test('a ragged row is named with its extra cell', () => {
  assert.deepEqual(lines(badReferrals('ragged.csv')), ['Række 3, kolonne C: rækken har 3 celler, men tabellen har 2 kolonner; flyt eller slet de overskydende celler']);
  assert.match(lines(badReferrals('ragged.csv'), 'en')[0]!, /^Row 3, column C: the row has 3 cells but the table has 2 columns/);
});

test('text in a number column is named at its cell', () => {
  assert.deepEqual(lines(badReferrals('text-in-number.csv')), ['Række 3, kolonne B (Antal): »ca. 1,5 mio.« er ikke et tal']);
});

test('a thousands dot read as a decimal point is named as such', () => {
  const result = badReferrals('thousands-dot.csv');
  assert.deepEqual(lines(result), [
    'Række 2, kolonne B (Count): »1.893« blev læst som et decimaltal, men punktummet er nok et tusindtalsskilletegn; vælg decimaltegnet komma',
    'Række 3, kolonne B (Count): »1.528« blev læst som et decimaltal, men punktummet er nok et tusindtalsskilletegn; vælg decimaltegnet komma',
  ]);
});

test('an empty column that is mapped is named', () => {
  assert.deepEqual(lines(badReferrals('empty-column.csv')), ['Kolonne B (Antal): kolonnen er tom']);
});

test('merged header cells leave columns without a heading, and each is named', () => {
  const result = convertTable({ widget: 'delegation-matrix', table: readTable(fixture('malformed/merged-header.csv')), meta: json('delegation.meta.json') });
  const text = lines(result);
  assert.ok(text.includes('Kolonne C: kolonnen har ingen overskrift (var overskriften en sammenflettet celle?); giv den en overskrift eller vælg den ikke'), text.join('\n'));
  assert.ok(text.includes('Kolonne E: kolonnen har ingen overskrift (var overskriften en sammenflettet celle?); giv den en overskrift eller vælg den ikke'), text.join('\n'));
  assert.ok(text.includes('Række 2, kolonne A (Opgave): Opgaven mangler'), text.join('\n'));
});

test('a value the schema refuses is reported at the cell it came from, with its pointer', () => {
  const text = 'Til;Antal\nSpeciallæge;2.000.000.000\n';
  const result = convertTable({ widget: 'referral-sankey', table: readTable(text), meta: json('referrals-2022.meta.json') });
  assert.equal(result.problems.length, 1);
  assert.equal(result.problems[0]?.row, 2);
  assert.equal(result.problems[0]?.column, 1);
  assert.equal(result.problems[0]?.path, '/links/0/value');
});

test('10,000 rows convert in well under a second, and a bad cell among them is found', () => {
  // 100 practices × 100 receivers: 10,000 flows between 200 nodes.
  const rows = Array.from({ length: 10_000 }, (_, i) => `Praksis ${Math.floor(i / 100)};Afdeling ${i % 100};${i === 6999 ? '12,5' : (i + 1) * 3}`);
  const started = performance.now();
  const result = convertTable({ widget: 'referral-sankey', table: readTable(`Fra;Til;Antal\n${rows.join('\n')}\n`), meta: json('referrals-2022.meta.json') });
  const ms = performance.now() - started;
  assert.deepEqual(lines(result), ['Række 7001, kolonne C (Antal): antallet skal være et helt tal, ikke »12,5«']);
  assert.ok(ms < 3000, `${ms} ms`);
});

test('a file that is not a spreadsheet is refused; so is a zip that is not a workbook', async () => {
  await assert.rejects(spreadsheetText(new Uint8Array(readFileSync(new URL('fixtures/convert/malformed/not-a-spreadsheet.pdf', import.meta.url)))), {
    name: 'UnreadableInput',
  });
  await assert.rejects(spreadsheetText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6])), { name: 'UnreadableInput' });
});

test('meta is merged key by key; a __proto__ key stays data', () => {
  const merged = mergeDocuments({ provenance: { source: 'a', fictional: false } }, JSON.parse('{"provenance":{"publisher":"b"},"__proto__":{"x":1}}'));
  assert.deepEqual(merged['provenance'], { source: 'a', fictional: false, publisher: 'b' });
  assert.equal(({} as Record<string, unknown>)['x'], undefined);
  assert.equal(Object.getPrototypeOf(merged), Object.prototype);
});

test('the document names the widget\'s schema whatever the meta says', () => {
  const result = convertTable({ widget: 'referral-sankey', table: readTable(fixture('referrals-2022.tsv')), meta: { ...json('referrals-2022.meta.json'), $schema: 'https://evil.example/x.json' } });
  assert.equal(result.document['$schema'], 'https://praksis-widgets.dk/schema/v1/referral-flows.schema.json');
});

test('no widget bundle reaches the conversion: the all-in-one entries and the registry import nothing of it', () => {
  for (const file of ['index.ts', 'react.ts', 'registry.ts']) {
    const source = readFileSync(new URL(`../src/${file}`, import.meta.url), 'utf8');
    assert.doesNotMatch(source, /convert\/|read-excel-file/, file);
  }
  // The XLSX reader is imported on demand only, never statically.
  const file = readFileSync(new URL('../src/convert/file.ts', import.meta.url), 'utf8');
  assert.doesNotMatch(file, /^import [^\n]*read-excel-file/m);
});
