// The `@cssprop` lists in the widgets' JSDoc (and so their manifests and API tables) name design
// tokens of packages/core/tokens/tokens.json, the one source of the --praksis-* custom properties:
// every name is a token; a token that ships only with some widgets (a palette, the chart marks) is
// listed only by a widget that ships it, and a widget that ships such a group lists it; a colour
// token the widget's own styles draw with is listed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { TOKENS } from '@praksis/core/generated/tokens.js';
// @ts-expect-error plain ESM build script without type declarations
import { GROUPS as groupList, PALETTES as paletteList } from '../../packages/core/scripts/generate-tokens.mjs';

const GROUPS = groupList as Record<string, { styles: string }>;
const PALETTES = paletteList as string[];
const root = fileURLToPath(new URL('../../', import.meta.url));

interface Declaration {
  tagName?: string;
  customElement?: boolean;
  cssProperties?: { name: string; description?: string }[];
}

function widgets(): { dir: string; tag: string; listed: { name: string; description?: string }[]; source: string }[] {
  execFileSync(process.execPath, ['scripts/analyze.mjs'], { cwd: root, stdio: 'pipe' });
  return readdirSync(`${root}packages`)
    .filter((dir) => !['core', 'schema', 'widgets'].includes(dir))
    .flatMap((dir) => {
      let manifest: { modules: { declarations?: Declaration[] }[] };
      try {
        manifest = JSON.parse(readFileSync(`${root}packages/${dir}/custom-elements.json`, 'utf8'));
      } catch {
        return [];
      }
      const element = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.customElement && d.tagName);
      const srcDir = `${root}packages/${dir}/src`;
      const source = readdirSync(srcDir, { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.ts') && !f.includes('generated'))
        .map((f) => readFileSync(`${srcDir}/${f}`, 'utf8'))
        .join('\n');
      return element ? [{ dir, tag: element.tagName!, listed: element.cssProperties ?? [], source }] : [];
    });
}

test('every widget’s @cssprop list agrees with the design tokens it ships and draws with', () => {
  const byProperty = new Map(TOKENS.map((t) => [t.property, t]));
  const found = widgets();
  assert.ok(found.length >= 4, `${found.length} widgets`);
  for (const { dir, tag, listed, source } of found) {
    const names = new Set(listed.map((p) => p.name));
    for (const { name } of listed) {
      const token = byProperty.get(name);
      assert.ok(token, `<${tag}> lists ${name}, which is no token in packages/core/tokens/tokens.json`);
      if (token.group) {
        assert.ok(
          source.includes(GROUPS[token.group]!.styles),
          `<${tag}> lists ${name}, but does not ship its group "${token.group}" (${GROUPS[token.group]!.styles})`,
        );
      }
    }
    for (const [group, { styles }] of Object.entries(GROUPS)) {
      if (!new RegExp(`\\b${styles}\\b`).test(source)) continue;
      const members = TOKENS.filter((t) => t.group === group);
      // A palette's numbered steps are listed by the first, whose description names the last.
      const steps = PALETTES.includes(group) ? members.filter((t) => /-\d+$/.test(t.property)) : [];
      const required = members.filter((t) => !steps.includes(t) || t === steps[0]);
      for (const token of required) assert.ok(names.has(token.property), `<${tag}> ships ${group} but does not list ${token.property}`);
      const last = steps.at(-1);
      if (last) {
        const description = listed.find((p) => p.name === steps[0]!.property)?.description ?? '';
        const lastStep = /-\d+$/.exec(last.property)![0];
        assert.ok(description.includes(lastStep), `<${tag}>: ${steps[0]!.property} should say it stands for the steps up to ${lastStep}`);
      }
    }
    // Colours drawn by the widget's own styles, through the private --_* variable of a token.
    for (const [, name] of source.matchAll(/var\(--_(color-[a-z0-9-]+)/g)) {
      const token = byProperty.get(`--praksis-${name}`);
      if (!token || (token.group && PALETTES.includes(token.group))) continue;
      assert.ok(names.has(token.property), `packages/${dir} draws with ${token.property} but <${tag}> does not list it (@cssprop)`);
    }
  }
});
