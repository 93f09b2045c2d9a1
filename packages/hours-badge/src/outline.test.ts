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
    range: '9 krav er vurderet ud fra oplysninger fra 2. feb. 2026.',
  });
  assert.equal(badgeOutline(example('meets-all'), 'en', { at: AT }).range, '9 requirements judged on information from 2 Feb 2026.');
});

test('before any rule set applies, it says so', () => {
  const outline = badgeOutline(example('meets-all'), 'da', { at: '1990-01-01T12:00' });
  assert.match(outline.structure, /ingen regler/);
  assert.equal(outline.range, '');
});
