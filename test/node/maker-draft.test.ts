// The chart maker's draft (scripts/docs/maker/draft.ts): the editor's fields as the document's
// meta, and the draft through localStorage text and the reopen link's fragment; and how much of a
// long text a box shows (long-text.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BOX_CHARS, excerpt } from '../../scripts/docs/maker/long-text.js';
import { EMPTY_META, draftFragment, draftFromFragment, emptyDraft, metaDocument, readDraft, type Draft } from '../../scripts/docs/maker/draft.js';

const filled = {
  ...EMPTY_META,
  title: ' Henvisninger 2022 ',
  periodFrom: '1.1.2022',
  periodTo: '31.12.2022',
  source: 'BDO 2023',
  publisher: 'ISM',
  caveats: 'Øfeldt indgår ikke\n\n  Antallet er hverken godt eller dårligt  \n',
  description: 'Sankey over henvisninger',
};

test('the fields become the document meta: trimmed, Danish dates read, empty fields left out', () => {
  assert.deepEqual(metaDocument('referral-sankey', filled), {
    title: 'Henvisninger 2022',
    unit: 'count',
    period: { from: '2022-01-01', to: '2022-12-31' },
    provenance: {
      fictional: false,
      period: { from: '2022-01-01', to: '2022-12-31' },
      source: 'BDO 2023',
      publisher: 'ISM',
      caveats: ['Øfeldt indgår ikke', 'Antallet er hverken godt eller dårligt'],
    },
  });
  assert.deepEqual(metaDocument('referral-sankey', EMPTY_META), { unit: 'count', provenance: { fictional: false } });
});

test('a title only where the schema has one; the sankey\'s small-count threshold read as typed', () => {
  assert.equal(metaDocument('capacity-gauge', filled, { title: false })['title'], undefined);
  assert.equal(metaDocument('referral-sankey', { ...filled, suppressBelow: ' 10 ' })['suppressBelow'], 10);
  // Not a number: passed on as typed, so the schema names it at its field.
  assert.equal(metaDocument('referral-sankey', { ...filled, suppressBelow: 'fem' })['suppressBelow'], 'fem');
  assert.equal(metaDocument('capacity-gauge', { ...filled, suppressBelow: '10' })['suppressBelow'], undefined);
});

test('the alt text goes in only when the schema takes it and it is filled in', () => {
  assert.equal(metaDocument('referral-sankey', filled)['description'], undefined);
  assert.equal(metaDocument('referral-sankey', filled, { description: true })['description'], 'Sankey over henvisninger');
  assert.equal(metaDocument('referral-sankey', EMPTY_META, { description: true })['description'], undefined);
});

test('the gauge gets its unit and a norm with a Danish number; a date that does not read is passed on for the validator', () => {
  const meta = metaDocument('capacity-gauge', { ...EMPTY_META, unitKind: 'country', unitName: 'Hele landet', normValue: '1.600', normSource: 'OK22', asOf: 'i går' });
  assert.deepEqual(meta['unit'], { kind: 'country', name: 'Hele landet' });
  assert.deepEqual(meta['norm'], { basis: 'capacity', value: 1600, source: 'OK22' });
  assert.equal((meta['provenance'] as { asOf: string }).asOf, 'i går');
});

test('a draft survives the reopen link and stored text', () => {
  const draft: Draft = {
    ...emptyDraft('en'),
    text: 'Til\tAntal\r\nSygehus\t1.528.351\r\n# & = ? %',
    widget: 'capacity-gauge',
    format: { separator: ';', decimalMark: '.', header: false },
    mapping: { columns: { date: 0, listedPatients: 2 }, staff: [3], sender: 'Region' },
    meta: filled,
    scriptBase: 'https://cdn.example.dk/praksis/',
    jsonUrl: 'https://www.example.dk/data/k.json?a=1&b=2',
  };
  const fragment = draftFragment(draft);
  assert.match(fragment, /^#draft=[^#\s]*$/);
  assert.deepEqual(draftFromFragment(fragment), draft);
  assert.deepEqual(readDraft(JSON.stringify(draft)), draft);
  // Long texts come back whole: twenty caveats of 2,000 characters (the schema's most), a long
  // sender and addresses; the validator, not the reload, names what is too long.
  const caveat = `${'Øfeldt & "Region" 😀 '.repeat(95)}`.slice(0, 2000);
  const long: Draft = {
    ...draft,
    meta: { ...filled, caveats: Array.from({ length: 20 }, () => caveat).join('\n'), description: caveat.repeat(3) },
    mapping: { columns: {}, sender: 'Almen praksis '.repeat(20) },
    jsonUrl: `https://www.example.dk/${'a'.repeat(2500)}.json`,
  };
  assert.deepEqual(draftFromFragment(draftFragment(long)), long);
  assert.deepEqual(readDraft(JSON.stringify(long)), long);
});

test('anything else is no draft, and odd fields are dropped, never trusted', () => {
  for (const text of [null, '', 'x', '[]', '{"v":2,"text":"","widget":"referral-sankey"}', '{"v":1,"text":1,"widget":"referral-sankey"}', '{"v":1,"text":"","widget":"hours-badge"}']) {
    assert.equal(readDraft(text), undefined, String(text));
  }
  assert.equal(draftFromFragment('#draft=%E0%A4%A'), undefined);
  assert.equal(draftFromFragment('#other'), undefined);
  const odd = readDraft(
    JSON.stringify({ v: 1, text: 't', widget: 'referral-sankey', lang: 'fr', format: { separator: '|' }, mapping: { columns: { to: -1, value: 1, 'x y': 2 } }, meta: { title: 5, fictional: 'yes', evil: 'x' } }),
  );
  assert.deepEqual(odd, { v: 1, lang: 'da', text: 't', widget: 'referral-sankey', meta: { ...EMPTY_META }, mapping: { columns: { value: 1 } } });
});

test('a long text in a box is cut at a line break before the limit, and says so; a short one is whole', () => {
  assert.deepEqual(excerpt('a\nb', 10), { text: 'a\nb', cut: false, total: 3 });
  assert.deepEqual(excerpt('line 1\nline 2\nline 3', 15), { text: 'line 1\nline 2\n…', cut: true, total: 20 });
  // One long line has nowhere to break: cut at the limit.
  assert.deepEqual(excerpt('x'.repeat(30), 10), { text: `${'x'.repeat(10)}\n…`, cut: true, total: 30 });
  assert.ok(excerpt('y\n'.repeat(BOX_CHARS)).text.length <= BOX_CHARS + 2);
});
