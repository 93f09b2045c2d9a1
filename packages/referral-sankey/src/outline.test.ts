import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { ReferralFlows } from '@praksis/schema';
import { flowsOutline } from './summary.js';
import { installEnglish } from './english.js';

// An element loads its English words on demand; these tests read them at once.
installEnglish();

const example = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../schema/examples/referral-flows/valid/${name}.json`, import.meta.url), 'utf8')) as ReferralFlows;

test('the outline read before the diagram: what flows, its size and the range of the flows', () => {
  assert.deepEqual(flowsOutline(example('national-2022'), 'da'), {
    type: 'Sankeydiagram over henvisninger fra afsendere til modtagere. En strøms bredde svarer til dens størrelse.',
    structure: 'Diagrammet har 8 knuder og 7 strømme.',
    range: 'Strømmene går fra 47.656 henvisninger til 1.893.921 henvisninger.',
  });
});

test('named stages are read in order', () => {
  assert.equal(
    flowsOutline(example('three-stage-fictional'), 'en').structure,
    'The stages are, from left to right: Region, Referral type and Specialty or department. The diagram has 15 nodes and 17 flows.',
  );
});

test('grouping changes what is drawn, and so the outline, as it does the summary', () => {
  const doc = example('national-2022');
  const grouped = flowsOutline(doc, 'da', { groupBelow: 0.05 });
  assert.notEqual(grouped.structure, flowsOutline(doc, 'da').structure);
  assert.match(grouped.structure, /Diagrammet har \d+ knuder og \d+ strømme\./);
});
