import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { toCsv } from '@praksis/core/csv.js';
import type { Lang } from '@praksis/core/lang.js';
import type { ReferralFlows } from '@praksis/schema';
import { buildFlows, type FlowOptions } from './model.js';
import { flowTables } from './csv.js';
import { amountText, captionText, flowModel, flowsOutline, flowsSummary, flowsSummaryText } from './summary.js';
import { layoutNodeInputs } from './layout/node-labels.js';
import { sankeyMessages } from './messages.js';
import { layoutSankey } from './layout/sankey.js';
import { installEnglish } from './english.js';

// An element loads its English words on demand; these tests read them at once.
installEnglish();

const example = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../schema/examples/referral-flows/valid/${name}.json`, import.meta.url), 'utf8')) as ReferralFlows;
const labelIn = (lang: Lang) => (node: ReferralFlows['nodes'][number]) =>
  typeof node.label === 'string' ? node.label : (node.label[lang] ?? node.label.da ?? '');
const modelOf = (doc: ReferralFlows, lang: Lang = 'da', options: FlowOptions = {}) => buildFlows(doc, labelIn(lang), sankeyMessages[lang].other, options);
const plain = (text: string) => text.replace(/\s/g, ' ');
const csvOf = (doc: ReferralFlows, lang: Lang, options: FlowOptions = {}) => toCsv(flowTables(doc, modelOf(doc, lang, options), lang), lang).slice(1);

test('rates per 100 listed patients are never summed: no node number, total or share in any view, and the summary and table say why', () => {
  const doc = example('per-100-patients-fictional');
  const model = modelOf(doc);
  assert.equal(model.additive, false);
  assert.equal(model.total, undefined);
  // Speciallæge receives 38,4 + 33,9 + 29,8 + 30,1 + 29,5 from the five regions: 161,7 is no rate of anything.
  const specialist = model.nodes.find((n) => n.id === 'speciallaege')!;
  assert.equal(specialist.shown, undefined);
  assert.equal(layoutNodeInputs(doc, model, 'da').find((n) => n.name === 'Speciallæge')!.valueText, '');
  for (const width of [240, 440, 960]) {
    const layout = layoutSankey(layoutNodeInputs(doc, model, 'da'), model.links, { width });
    assert.ok(layout.nodes.every((n) => !n.label?.valueText), `no node number at ${width} px`);
  }
  assert.ok(model.links.every((l) => l.share === undefined) && model.flows.every((f) => f.share === undefined));
  const summary = flowsSummaryText(doc, model, 'da');
  assert.equal(
    summary.lead,
    'Henvisninger pr. 100 tilmeldte patienter, 2022. Rater for forskellige afsendere kan ikke lægges sammen, så der vises ingen totaler, knudetal eller andele, kun hver strøms egen rate.',
  );
  assert.deepEqual(summary.largest, ['Region Hovedstaden → Speciallæge: 38,4', 'Region Sjælland → Speciallæge: 33,9', 'Region Nordjylland → Sygehus: 31,9']);
  const csv = csvOf(doc, 'en').split('\r\n');
  assert.equal(csv[0], 'From,To,Per 100 listed patients');
  assert.equal(csv[1], 'Capital Region,Practising specialist,38.4');
  assert.ok(!csv.some((line) => line.startsWith('Total')));
  // Grouping sums inflows, so it does not apply to rates either.
  assert.deepEqual(modelOf(doc, 'da', { groupBelow: 0.2 }).grouped, []);
});

test('a total that leaves out a suppressed flow says "mindst" / "at least" in the summary, the CSV and the embed summary', () => {
  const doc = example('practice-small-counts-fictional');
  // The document's threshold (5) hides only flows from the specialist: the total is exact.
  assert.equal(modelOf(doc).totalPartial, false);
  assert.match(flowsSummaryText(doc, modelOf(doc), 'da').lead, /^I alt \d/);
  // At 30, the practice's 23 municipal referrals are hidden too: the total is a lower bound.
  const options = { suppressBelow: 30 };
  const model = modelOf(doc, 'da', options);
  assert.equal(model.totalPartial, true);
  const total = model.total!;
  assert.equal(plain(flowsSummaryText(doc, model, 'da').lead), `I alt mindst ${total.toLocaleString('da-DK')} henvisninger, 2024.`);
  assert.equal(plain(flowsSummaryText(doc, modelOf(doc, 'en', options), 'en').lead), `At least ${total.toLocaleString('en')} referrals in all, 2024.`);
  assert.equal(csvOf(doc, 'da', options).split('\r\n').at(-2), `I alt;;mindst ${total};`);
  assert.equal(csvOf(doc, 'en', options).split('\r\n').at(-2), `Total,,at least ${total},`);
  assert.match(plain(flowsSummary(doc, 'da', options).figure), /^I alt mindst \d/);
});

test('a number made only of suppressed flows is below their thresholds added up, never "< 5" for two of them nor "mindst 0"', () => {
  const doc: ReferralFlows = {
    $schema: 'https://praksis-widgets.dk/schema/v1/referral-flows.schema.json',
    title: 'Henvisninger fra én praksis',
    unit: 'count',
    period: { from: '2024-01-01', to: '2024-12-31' },
    suppressBelow: 5,
    nodes: ['praksis', 'psykiatri', 'psykolog', 'neurologi', 'fodterapi'].map((id) => ({ id, label: id })),
    links: [
      { source: 'praksis', target: 'psykiatri', value: 3 },
      { source: 'praksis', target: 'psykolog', value: 2 },
      { source: 'praksis', target: 'neurologi', value: 4 },
      { source: 'praksis', target: 'fodterapi', value: 1 },
    ],
    provenance: { source: 'Praksis', publisher: 'Praksis', asOf: '2025-01-01', fictional: true },
  };
  // Together the practice sends 10, more than 5: each bound is the threshold once per flow.
  const model = modelOf(doc);
  assert.equal(model.totalBelow, 20);
  assert.equal(plain(flowsSummaryText(doc, model, 'da').lead), 'I alt færre end 20 henvisninger, 2024.');
  assert.equal(plain(flowsSummaryText(doc, modelOf(doc, 'en'), 'en').lead), 'Fewer than 20 referrals in all, 2024.');
  assert.equal(csvOf(doc, 'da').split('\r\n').at(-2), 'I alt;;< 20;');
  assert.equal(layoutNodeInputs(doc, model, 'da')[0]!.valueText, '< 20');
  // Grouped beside two known flows, three suppressed ones are one flow into "Øvrige" of 6: below 15, not below 5.
  const mixed: ReferralFlows = {
    ...doc,
    nodes: [...doc.nodes, { id: 'speciallaege', label: 'speciallaege' }, { id: 'sygehus', label: 'sygehus' }],
    links: [...doc.links.filter((l) => l.target !== 'neurologi'), { source: 'praksis', target: 'speciallaege', value: 100 }, { source: 'praksis', target: 'sygehus', value: 80 }],
  };
  const grouped = modelOf(mixed, 'da', { groupBelow: 0.5 });
  const other = grouped.links.find((l) => grouped.nodes[l.target]!.members)!;
  assert.equal(other.members.length, 3);
  assert.equal(other.below, 15);
  assert.equal(layoutNodeInputs(mixed, grouped, 'da').find((n) => n.name === 'Øvrige')!.valueText, '< 15');
  // A threshold for whole counts is a whole number, and a huge one stays a finite bound.
  assert.equal(modelOf(doc, 'da', { suppressBelow: 4.5 }).threshold, 5);
  const huge = modelOf(doc, 'da', { suppressBelow: 1e308 });
  assert.ok(Number.isFinite(huge.totalBelow) && !/∞|Infinity|e\+/.test(flowsSummaryText(doc, huge, 'da').lead));
});

test('group-below never swallows the chart: the two largest destinations always stay apart', () => {
  const doc = example('national-2022');
  const model = modelOf(doc, 'da', { groupBelow: 0.4 });
  assert.deepEqual(model.grouped, ['Billeddiagnostisk', 'Fysioterapi', 'Psykolog', 'Fodterapi', 'Kommune']);
  assert.equal(model.groupKeptApart, 2, 'Speciallæge and Sygehus are under 40 % too, but stay apart');
  assert.deepEqual(
    model.nodes.map((n) => n.label),
    ['Almen praksis', 'Speciallæge', 'Sygehus', 'Øvrige'],
  );
  const other = model.nodes.at(-1)!;
  assert.equal(other.shown, 863_861 + 835_769 + 176_464 + 74_542 + 47_656);
  // 0.05 groups the three the source itself calls "øvrige"; 0.02 would group Fodterapi and Kommune; 0.01 only one, so none.
  assert.deepEqual(modelOf(doc, 'da', { groupBelow: 0.05 }).grouped, ['Psykolog', 'Fodterapi', 'Kommune']);
  assert.deepEqual(modelOf(doc, 'da', { groupBelow: 0.02 }).grouped, ['Fodterapi', 'Kommune']);
  assert.deepEqual(modelOf(doc, 'da', { groupBelow: 0.01 }).grouped, []);
});

test('the table caption gives the period once', () => {
  const national = example('national-2022');
  assert.equal(captionText(national, 'da'), 'Henvisninger fra almen praksis, 2022');
  assert.equal(captionText({ ...national, title: 'Henvisninger fra almen praksis' }, 'da'), 'Henvisninger fra almen praksis, 2022');
  const half = { ...national, period: { from: '2022-01-01', to: '2022-06-30' } };
  assert.equal(plain(captionText(half, 'da')), 'Henvisninger fra almen praksis, 2022, 1. jan. 2022–30. jun. 2022');
});

test('every share in the summary names its base', () => {
  const doc = example('national-2022');
  assert.deepEqual(flowsSummaryText(doc, modelOf(doc), 'da').largest.map(plain), [
    'Almen praksis → Speciallæge: 1.893.921 (34,9 % af henvisninger fra Almen praksis)',
    'Almen praksis → Sygehus: 1.528.351 (28,2 % af henvisninger fra Almen praksis)',
    'Almen praksis → Billeddiagnostisk: 863.861 (15,9 % af henvisninger fra Almen praksis)',
  ]);
  // A sender with a suppressed flow: the share is of its known flows, and says so.
  const practice = example('practice-small-counts-fictional');
  const line = flowsSummaryText(practice, modelOf(practice, 'en'), 'en').largest.find((l) => l.startsWith('Practising specialist'));
  if (line) assert.match(line, /of the known referrals from Practising specialist\)$/);
  const model = modelOf(practice, 'en');
  assert.ok(model.flows.filter((f) => f.source === 'Practising specialist').every((f) => f.base.knownOnly));
});

test('counts and their nouns agree in both languages, also for a document’s own plural-only noun', () => {
  const doc = example('national-2022');
  assert.equal(amountText(1, doc, 'da'), '1 henvisning');
  assert.equal(plain(amountText(1_893_921, doc, 'da')), '1.893.921 henvisninger');
  assert.equal(amountText(1, doc, 'en'), '1 referral');
  assert.equal(amountText(2, doc, 'en'), '2 referrals');
  assert.equal(amountText(1, doc, 'en', true), 'at least 1 referral');
  const letters = { ...doc, unitLabel: { da: 'epikriser', en: 'discharge letters' } };
  assert.equal(amountText(1, letters, 'da'), '1 (epikriser)');
  assert.equal(amountText(2, letters, 'da'), '2 epikriser');
  assert.equal(amountText(1, letters, 'en'), '1 (discharge letters)');
  const one: ReferralFlows = { ...doc, nodes: doc.nodes.slice(0, 2), links: [{ ...doc.links[0]!, value: 1 }] };
  assert.equal(flowsSummaryText(one, modelOf(one), 'da').lead, 'I alt 1 henvisning, 2022.');
  assert.equal(flowsSummaryText(one, modelOf(one, 'en'), 'en').lead, '1 referral in all, 2022.');
  assert.equal(flowsSummaryText(one, modelOf(one), 'da').largestHeading, 'Største strøm:');
});

test('narrow columns: numbers are shortened before they are dropped, and the five regions never read alike', () => {
  const doc = example('by-region-fictional');
  const model = modelOf(doc);
  for (const width of [200, 240, 320, 440]) {
    const layout = layoutSankey(layoutNodeInputs(doc, model, 'da'), model.links, { width });
    const names = layout.nodes.flatMap((n) => (n.label ? [n.label.name] : []));
    assert.equal(new Set(names).size, names.length, `${width}: ${names.join(' | ')}`);
    assert.ok(!names.includes('Region…'));
  }
  const three = example('three-stage-fictional');
  const threeModel = modelOf(three);
  const narrow = layoutSankey(layoutNodeInputs(three, threeModel, 'da'), threeModel.links, { width: 240, headings: ['Region', 'Type', 'Speciale'] });
  // The largest region's 102.000 does not fit in full and is given short, not left out.
  assert.equal(plain(narrow.nodes[0]!.label!.valueText), '102 t');
  assert.ok(narrow.shortenedLabels > 0);
  const wide = layoutSankey(layoutNodeInputs(three, threeModel, 'da'), threeModel.links, { width: 960 });
  assert.equal(wide.shortenedLabels, 0);
});

test('no flow is over a billion, so no sum of flows can overflow: each one over is refused at its pointer', async () => {
  const { validateReferralFlows } = await import('@praksis/schema');
  const doc = example('national-2022');
  const huge = { ...doc, links: doc.links.map((l, k) => ({ ...l, value: k < 2 ? 1e308 : l.value })) };
  assert.deepEqual(validateReferralFlows(huge).map((i) => i.path), ['/links/0/value', '/links/1/value']);
  assert.deepEqual(validateReferralFlows({ ...doc, links: doc.links.map((l) => ({ ...l, value: 1e9 })) }), []);
});

test('the outline and the summary read the model through flowModel, which remembers the last one built', () => {
  const doc = example('national-2022');
  const model = flowModel(doc, 'da', 0.05, undefined);
  assert.deepEqual(model, modelOf(doc, 'da', { groupBelow: 0.05 }));
  assert.equal(flowModel(doc, 'da', 0.05, undefined), model, 'built once');
  // Each reads the model it needs through flowModel, which then remembers that one instead.
  for (const read of [flowsOutline, flowsSummary]) {
    read(doc, 'en', { groupBelow: 0.05 });
    const english = flowModel(doc, 'en', 0.05, undefined);
    assert.ok(english.nodes.some((n) => n.label === sankeyMessages.en.other), 'in English');
    assert.notEqual(flowModel(doc, 'da', 0.05, undefined), model, `${read.name} built its model through flowModel`);
    read(doc, 'da', { groupBelow: 0.05 });
    const danish = flowModel(doc, 'da', 0.05, undefined);
    read(doc, 'da', { groupBelow: 0.05 });
    assert.equal(flowModel(doc, 'da', 0.05, undefined), danish, `${read.name} read the remembered one`);
  }
});
