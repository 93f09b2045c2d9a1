import { test } from 'node:test';
import { WIDGETS } from '@praksis/widgets/registry.js';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
// @ts-expect-error a plain .mjs script without types
import { htmlCustomData, literalValues } from '../../scripts/html-custom-data.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

interface Attribute {
  name: string;
  description?: string;
  values?: { name: string }[];
  valueSet?: string;
}
interface Tag {
  name: string;
  description: { kind: string; value: string };
  attributes: Attribute[];
}
interface ManifestDeclaration {
  tagName?: string;
  customElement?: boolean;
  attributes?: { name: string; description?: string }[];
  events?: { name: string }[];
}

/** Widget packages and their tags, from the registry. */
function widgets(): { dir: string; tag: string }[] {
  return WIDGETS.map((widget) => ({ dir: widget.name, tag: widget.tag }));
}

test('npm run analyze writes VS Code custom data with every widget and every attribute from its manifest', () => {
  execFileSync(process.execPath, ['scripts/analyze.mjs'], { cwd: root, stdio: 'pipe' });
  const text = readFileSync(`${root}dist/vscode.html-custom-data.json`, 'utf8');
  assert.equal(readFileSync(`${root}packages/widgets/dist/vscode.html-custom-data.json`, 'utf8'), text, '@praksis/widgets ships the same file');
  const data = JSON.parse(text) as { version: number; tags: Tag[] };
  assert.equal(data.version, 1.1);

  const expected = widgets();
  assert.equal(expected.length, 4);
  assert.deepEqual(data.tags.map((t) => t.name).sort(), expected.map((w) => w.tag).sort());

  for (const { dir, tag } of expected) {
    const manifest = JSON.parse(readFileSync(`${root}packages/${dir}/custom-elements.json`, 'utf8')) as { modules: { declarations?: ManifestDeclaration[] }[] };
    const declaration = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag && d.customElement);
    assert.ok(declaration, `${tag} in its manifest`);
    const entry = data.tags.find((t) => t.name === tag)!;
    assert.deepEqual(
      entry.attributes.map((a) => a.name),
      (declaration.attributes ?? []).map((a) => a.name),
      `${tag}: the manifest's attributes, in order`,
    );
    for (const attribute of declaration.attributes ?? []) {
      const described = entry.attributes.find((a) => a.name === attribute.name)!;
      if (attribute.description) assert.equal(described.description, attribute.description, `${tag} ${attribute.name}`);
      else assert.ok(described.description, `${tag} ${attribute.name} has a description all the same`);
    }
    assert.equal(entry.description.kind, 'markdown');
    for (const event of declaration.events ?? []) assert.ok(entry.description.value.includes(`\`${event.name}\``), `${tag} documents ${event.name}`);
  }

  const values = (tag: string, name: string) =>
    data.tags
      .find((t) => t.name === tag)
      ?.attributes.find((a) => a.name === name)
      ?.values?.map((v) => v.name);
  for (const { tag } of expected) {
    assert.deepEqual(values(tag, 'theme'), ['light', 'dark'], tag);
    assert.deepEqual(values(tag, 'lang'), ['da', 'en'], tag);
    assert.equal(values(tag, 'src'), undefined, tag);
  }
  assert.deepEqual(values('praksis-hours-badge', 'variant'), ['compact', 'full']);
  assert.deepEqual(values('praksis-delegation-matrix', 'view'), ['table', 'bars']);
  assert.deepEqual(values('praksis-delegation-matrix', 'sort'), ['data', 'index']);
  assert.deepEqual(values('praksis-referral-sankey', 'link-color'), ['source', 'target']);
  const expanded = data.tags.find((t) => t.name === 'praksis-hours-badge')?.attributes.find((a) => a.name === 'expanded');
  assert.equal(expanded?.valueSet, 'v', 'a boolean attribute takes no value');
});

test('allowed values come from unions of string literals only', () => {
  const parse = literalValues as (text: unknown) => string[] | undefined;
  assert.deepEqual(parse("'light' | 'dark' | undefined"), ['light', 'dark']);
  assert.deepEqual(parse('"a" | "b"'), ['a', 'b']);
  for (const text of ['string', 'number | undefined', "'a' | string", 'View<T>', undefined, '']) assert.equal(parse(text), undefined, String(text));
});

test('the member’s type wins over an attribute type inherited from a base class field', () => {
  const build = htmlCustomData as (m: unknown[]) => { tags: Tag[] };
  const data = build([
    {
      packageName: '@x/y',
      manifest: {
        modules: [
          {
            declarations: [
              {
                customElement: true,
                tagName: 'x-y',
                summary: 'Sum.',
                members: [{ kind: 'field', name: 'mode', type: { text: "'a' | 'b'" } }],
                attributes: [{ name: 'view', fieldName: 'mode', type: { text: 'View<T>' }, description: 'How.' }],
              },
              { name: 'NotAnElement' },
            ],
          },
        ],
      },
    },
  ]);
  assert.deepEqual(data.tags, [
    {
      name: 'x-y',
      description: { kind: 'markdown', value: 'Sum.\n\nPackage `@x/y`.' },
      attributes: [{ name: 'view', description: 'How.', values: [{ name: 'a' }, { name: 'b' }] }],
    },
  ]);
});
