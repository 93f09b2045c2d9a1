import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

interface Declaration {
  tagName?: string;
  customElement?: boolean;
  attributes?: { name: string }[];
  members?: { name: string; kind: string; privacy?: string; type?: { text: string; references?: { name: string; package?: string }[] } }[];
  events?: { name: string; type?: { text: string } }[];
  cssParts?: { name: string }[];
  cssProperties?: { name: string }[];
}

test('the Custom Elements Manifest lists the gauge’s whole public API', () => {
  execFileSync(process.execPath, ['scripts/analyze.mjs'], { cwd: root, stdio: 'pipe' });
  const manifest = JSON.parse(readFileSync(`${root}packages/capacity-gauge/custom-elements.json`, 'utf8')) as {
    modules: { declarations?: Declaration[] }[];
  };
  const gauge = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'praksis-capacity-gauge');
  assert.ok(gauge?.customElement, 'gauge declared as a custom element');
  const names = (list: { name: string }[] | undefined) => (list ?? []).map((x) => x.name).sort();
  assert.deepEqual(names(gauge.attributes), [
    'credit',
    'downloads',
    'heading-level',
    'height',
    'lang',
    'src',
    'src-timeout',
    'static',
    'theme',
    'width',
  ]);
  for (const property of ['data', 'src', 'srcTimeout', 'theme', 'headingLevel', 'downloads', 'credit', 'static', 'width', 'height']) {
    assert.ok(gauge.members?.some((m) => m.name === property && m.kind === 'field'), `property ${property}`);
  }
  assert.ok(!gauge.members?.some((m) => m.privacy === 'private'), 'no private members');
  assert.deepEqual(names(gauge.events), ['praksis-download', 'praksis-error', 'praksis-render']);
  for (const part of ['frame', 'title', 'figure', 'gauge', 'error', 'footer', 'table', 'table-toggle', 'downloads', 'download', 'credit']) {
    assert.ok(names(gauge.cssParts).includes(part), `part ${part}`);
  }
  assert.ok(names(gauge.cssProperties).includes('--praksis-color-mark'));
});

test('every widget’s manifest types its events and its data', () => {
  execFileSync(process.execPath, ['scripts/analyze.mjs'], { cwd: root, stdio: 'pipe' });
  const widgets = {
    'capacity-gauge': 'CapacityDocument',
    'delegation-matrix': 'DelegationMatrixDocument',
    'hours-badge': 'AccessibilityDeclaration',
    'referral-sankey': 'ReferralFlows',
  };
  for (const [dir, documentType] of Object.entries(widgets)) {
    const manifest = JSON.parse(readFileSync(`${root}packages/${dir}/custom-elements.json`, 'utf8')) as {
      modules: { declarations?: Declaration[] }[];
    };
    const widget = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === `praksis-${dir}`);
    assert.ok(widget, `praksis-${dir} in its manifest`);
    assert.deepEqual(
      Object.fromEntries((widget.events ?? []).map((e) => [e.name, e.type?.text])),
      {
        'praksis-render': 'CustomEvent<PraksisRenderDetail>',
        'praksis-error': 'CustomEvent<PraksisErrorDetail>',
        'praksis-download': 'CustomEvent<PraksisDownloadDetail>',
      },
      `${dir} events`,
    );
    const data = widget.members?.find((m) => m.name === 'data');
    assert.equal(data?.type?.text, `${documentType} | undefined`, `${dir} data`);
    assert.deepEqual(data?.type?.references?.map((r) => [r.name, r.package]), [[documentType, '@praksis/schema']], `${dir} data type reference`);
  }
});
