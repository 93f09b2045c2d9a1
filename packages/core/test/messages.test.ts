import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Provenance } from '@praksis/schema';
import { coreMessages } from '../src/messages.js';
import { provenanceDate, sourceLine } from '../src/summary.js';
import { installCoreEnglish } from '../src/english.js';
import { sourceWords } from '../src/source-words.js';

// An element loads its English words on demand; these tests read them at once.
installCoreEnglish();

/** Intl puts a no-break space in "2,9 %"; the tests compare with plain spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

test('"and N more problems" agrees with N in both languages, adjective included', () => {
  const said = (lang: 'da' | 'en') => [0, 1, 2, 1.5, 1000].map((n) => plain(coreMessages[lang].moreProblems(n)));
  assert.deepEqual(said('da'), ['og 0 andre problemer', 'og 1 andet problem', 'og 2 andre problemer', 'og 2 andre problemer', 'og 1.000 andre problemer']);
  assert.deepEqual(said('en'), ['and 0 more problems', 'and 1 more problem', 'and 2 more problems', 'and 2 more problems', 'and 1,000 more problems']);
});

test('a timeout names its seconds with a decimal comma in Danish', () => {
  const timeout = (lang: 'da' | 'en', seconds: number) => sourceWords[lang].failure.timeout({ reason: 'timeout', seconds });
  assert.equal(timeout('da', 0.4), 'intet svar inden for 0,4 s');
  assert.equal(timeout('da', 10), 'intet svar inden for 10 s');
  assert.equal(timeout('en', 2.5), 'no answer within 2.5 s');
});

test('dates in the source line are whole phrases: "Opgjort pr. …", "Periode …–…"', () => {
  const base: Provenance = { source: 'Sundhedsdatastyrelsen', publisher: 'BDO', asOf: '2022-01-01', fictional: false };
  assert.equal(plain(provenanceDate(base, 'da')), 'Opgjort pr. 1. jan. 2022');
  assert.equal(plain(provenanceDate(base, 'en')), 'As of 1 Jan 2022');
  const period: Provenance = { source: 'MedCom', publisher: 'MedCom', period: { from: '2022-01-01', to: '2022-12-31' }, fictional: false };
  assert.equal(plain(provenanceDate(period, 'da')), 'Periode 1. jan. 2022–31. dec. 2022');
  assert.equal(plain(sourceLine(period, 'en')), 'Source: MedCom. Period 1 Jan 2022–31 Dec 2022.');
});
