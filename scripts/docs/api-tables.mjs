#!/usr/bin/env node
// The API tables of the widget pages (docs/<package>.md): attributes and properties, events, slots,
// CSS parts and CSS custom properties, made from the Custom Elements Manifests
// (packages/<package>/custom-elements.json, written by `npm run analyze`). So the pages say what
// the source's JSDoc says; a missing or wrong entry is fixed in the source.
//
// Each page holds its tables between two marker comments, which this script rewrites:
//   <!-- api:start praksis-hours-badge -->
//   … generated …
//   <!-- api:end -->
//
//   node scripts/docs/api-tables.mjs [--check]     (npm run docs:api runs the analyzer first)
//
// --check writes nothing and exits 1 when a page's tables differ from the manifest's.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const rootDir = fileURLToPath(new URL('../..', import.meta.url));

/** Markdown table cell: one line, pipes escaped. */
const cell = (text) => String(text ?? '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();
const code = (text) => (text === undefined || text === null || text === '' ? '' : `\`${cell(text)}\``);

function table(header, rows) {
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}

const isPublic = (member) => member.privacy !== 'private' && member.privacy !== 'protected' && !member.static;

/** Attributes with their properties, then properties without an attribute. */
function propertyRows(declaration) {
  const members = declaration.members ?? [];
  const fieldOf = (name) => members.find((m) => m.kind === 'field' && m.name === name);
  const rows = (declaration.attributes ?? []).map((attribute) => {
    // The member's type is the one to trust, as in scripts/html-custom-data.mjs.
    const member = attribute.fieldName ? fieldOf(attribute.fieldName) : undefined;
    return [
      code(attribute.name),
      attribute.fieldName ? code(attribute.fieldName) : '—',
      code(member?.type?.text ?? attribute.type?.text),
      code(member?.default ?? attribute.default),
      cell(attribute.description ?? member?.description),
    ];
  });
  const withAttribute = new Set((declaration.attributes ?? []).map((a) => a.fieldName).filter(Boolean));
  for (const member of members) {
    if (member.kind !== 'field' || !isPublic(member) || withAttribute.has(member.name)) continue;
    rows.push([
      '—',
      `${code(member.name)}${member.readonly ? ' (read-only)' : ''}`,
      code(member.type?.text),
      code(member.default),
      cell(member.description),
    ]);
  }
  return rows;
}

/** The generated Markdown for one custom element's declaration (no markers). */
export function apiMarkdown(declaration) {
  const sections = [
    ['Attributes and properties', table(['attribute', 'property', 'type', 'default', 'meaning'], propertyRows(declaration))],
  ];
  const methods = (declaration.members ?? []).filter((m) => m.kind === 'method' && isPublic(m));
  if (methods.length > 0) {
    sections.push(['Methods', table(['method', 'meaning'], methods.map((m) => [code(`${m.name}()`), cell(m.description)]))]);
  }
  const simple = (title, key, header, name = (item) => code(item.name)) => {
    const items = declaration[key] ?? [];
    if (items.length > 0) sections.push([title, table([header, 'meaning'], items.map((item) => [name(item), cell(item.description)]))]);
  };
  simple('Events', 'events', 'event');
  simple('Slots', 'slots', 'slot', (slot) => (slot.name ? code(slot.name) : '(default)'));
  simple('CSS parts', 'cssParts', 'part');
  simple('CSS custom properties', 'cssProperties', 'property');
  return sections.map(([title, body]) => `## ${title}\n\n${body}\n`).join('\n');
}

const startMarker = (tag) => `<!-- api:start ${tag} -->`;
const END_MARKER = '<!-- api:end -->';

/** `text` with the block for `tag` holding `body`; undefined when the page has no such block. */
export function replaceApiBlock(text, tag, body) {
  const start = text.indexOf(startMarker(tag));
  if (start < 0) return undefined;
  const end = text.indexOf(END_MARKER, start);
  if (end < 0) return undefined;
  return `${text.slice(0, start)}${startMarker(tag)}\n\n${body}\n${text.slice(end)}`;
}

/**
 * Every widget page with its text now and as the manifests make it: { file, tag, actual, expected }.
 * `expected` is undefined when the page has no block for its widget.
 */
export function apiPages(root = rootDir) {
  const packagesDir = join(root, 'packages');
  const pages = [];
  for (const dir of readdirSync(packagesDir).sort()) {
    const manifestFile = join(packagesDir, dir, 'custom-elements.json');
    if (!existsSync(manifestFile)) continue;
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
    const file = `docs/${dir}.md`;
    const actual = readFileSync(join(root, file), 'utf8');
    for (const declaration of manifest.modules.flatMap((mod) => mod.declarations ?? [])) {
      if (!declaration.customElement || !declaration.tagName) continue;
      pages.push({ file, tag: declaration.tagName, actual, expected: replaceApiBlock(actual, declaration.tagName, apiMarkdown(declaration)) });
    }
  }
  return pages;
}

function main() {
  const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
  const pages = apiPages();
  if (pages.length === 0) {
    console.error('No custom-elements.json in packages/*/: run `npm run analyze` first.');
    process.exit(1);
  }
  let problems = 0;
  for (const { file, tag, actual, expected } of pages) {
    if (expected === undefined) {
      console.error(`${file}: no ${startMarker(tag)} … ${END_MARKER} block`);
      problems += 1;
    } else if (expected !== actual) {
      if (values.check) {
        console.error(`${file}: the API tables of <${tag}> differ from its manifest (npm run docs:api)`);
        problems += 1;
      } else {
        writeFileSync(join(rootDir, file), expected);
        console.log(`${file}: API tables of <${tag}> rewritten`);
      }
    }
  }
  if (problems > 0) process.exit(1);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
