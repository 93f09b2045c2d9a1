// VS Code HTML custom data (html.customData) from the Custom Elements Manifests, so an editor
// completes the widgets' tags and attributes, with descriptions and allowed values, in plain HTML.
// scripts/analyze.mjs calls writeHtmlCustomData after writing the manifests (npm run analyze, and
// so npm run build). Format: https://github.com/microsoft/vscode-custom-data (version 1.1).
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const HTML_CUSTOM_DATA_FILE = 'vscode.html-custom-data.json';

/** The string literals of a union type such as `'light' | 'dark' | undefined`, or undefined when it is anything else. */
export function literalValues(typeText) {
  if (typeof typeText !== 'string') return undefined;
  const parts = typeText
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== 'undefined' && part !== 'null');
  const values = parts.map((part) => /^(['"])(.*)\1$/.exec(part)?.[2]);
  return values.length > 0 && values.every((v) => v !== undefined) ? values : undefined;
}

const list = (title, items) =>
  items?.length ? `\n\n**${title}:**\n${items.map((i) => `- \`${i.name}\`${i.description ? `: ${i.description}` : ''}`).join('\n')}` : '';

function attributeData(attribute, declaration) {
  // The member's type is the one to trust: an attribute can inherit the analyzer's guess from a
  // base class field of the same name.
  const member = (declaration.members ?? []).find((m) => m.kind === 'field' && m.name === attribute.fieldName);
  const typeText = member?.type?.text ?? attribute.type?.text;
  const data = { name: attribute.name, description: attribute.description || '' };
  if (!data.description) delete data.description;
  const values = literalValues(typeText);
  if (values) data.values = values.map((name) => ({ name }));
  else if (typeText === 'boolean') data.valueSet = 'v';
  return data;
}

/**
 * @param {{ packageName: string, manifest: any }[]} manifests one per widget package
 * @returns {{ version: number, tags: any[] }}
 */
export function htmlCustomData(manifests) {
  const tags = [];
  for (const { packageName, manifest } of manifests) {
    for (const mod of manifest.modules ?? []) {
      for (const declaration of mod.declarations ?? []) {
        if (!declaration.customElement || !declaration.tagName) continue;
        const text = [declaration.summary, declaration.description].filter(Boolean).join('\n\n');
        tags.push({
          name: declaration.tagName,
          description: {
            kind: 'markdown',
            value:
              `${text}\n\nPackage \`${packageName}\`.` +
              list('Events', declaration.events) +
              list('CSS parts', declaration.cssParts) +
              list('CSS custom properties', declaration.cssProperties),
          },
          attributes: (declaration.attributes ?? []).map((attribute) => attributeData(attribute, declaration)),
        });
      }
    }
  }
  tags.sort((a, b) => a.name.localeCompare(b.name));
  return { version: 1.1, tags };
}

/** Writes the data to each path (dist/ and @praksis/widgets' dist/), each file whole or not at all. */
export function writeHtmlCustomData(manifests, paths) {
  const text = `${JSON.stringify(htmlCustomData(manifests), null, 2)}\n`;
  for (const path of paths) {
    mkdirSync(dirname(path), { recursive: true });
    const temporary = join(dirname(path), `.${HTML_CUSTOM_DATA_FILE}.${process.pid}`);
    writeFileSync(temporary, text);
    renameSync(temporary, path);
  }
}
