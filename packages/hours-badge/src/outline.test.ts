import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { AccessibilityDeclaration } from '@praksis/schema';
import { badgeOutline } from './summary.js';
import { installEnglish } from './english.js';

// An element loads its English words on demand; these tests read them at once.
installEnglish();

const example = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../schema/examples/accessibility-declaration/valid/${name}.json`, import.meta.url), 'utf8')) as AccessibilityDeclaration;
const AT = '2026-03-03T10:00:00+01:00';

test('the outline read before the badge: what it judges against, how many requirements, from when', () => {
  assert.deepEqual(badgeOutline(example('meets-all'), 'da', { at: AT }), {
    type: 'Mærke for åbningstider og tilgængelighed.',
    structure: 'Det siger, om praksis opfylder OK22’s krav til tilgængelighed; detaljerne viser hvert krav med sin status og ugens tider.',
    range: '8 krav er vurderet ud fra oplysninger fra 2. feb. 2026.',
  });
  assert.equal(badgeOutline(example('meets-all'), 'en', { at: AT }).range, '8 requirements judged on information from 2 Feb 2026.');
});

test('the outline counts the requirements the headline counts: walk-in is allowed, not required, and a rule not yet in force is none', () => {
  // One of 8 not met: the headline says "1 af 8 krav", so the outline must not say 9.
  const doc = example('misses-late-consultation');
  assert.match(badgeOutline(doc, 'da', { at: AT }).range, /^8 krav /);
  // Video consultation is required from 1 January 2025: before it, 7 requirements.
  assert.match(badgeOutline(doc, 'en', { at: '2024-06-03T10:00:00+02:00' }).range, /^7 requirements /);
});

test('before any rule set applies, it says so', () => {
  const outline = badgeOutline(example('meets-all'), 'da', { at: '1990-01-01T12:00' });
  assert.match(outline.structure, /ingen regler/);
  assert.equal(outline.range, '');
});
