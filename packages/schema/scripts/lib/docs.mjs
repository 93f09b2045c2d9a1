// Emits docs/schema/<kind>.md (a reference page per schema) and docs/schema/README.md.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { slug } from 'github-slugger';
import { SEMANTIC_RULES } from './rules.mjs';
import { escapeToken, requiredAlternatives } from './schemas.mjs';

const GENERATED = (file) => `<!-- Generated from packages/schema/schemas/${file} by \`npm run generate\`. Do not edit. -->`;

function cell(text) {
  return String(text ?? '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
}

function code(value) {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return `\`${text}\``;
}

function joinOr(items) {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

class Page {
  constructor(set, entry) {
    this.set = set;
    this.entry = entry;
  }

  link(ref) {
    const target = this.set.resolve(ref, this.entry.file);
    const name = this.set.nameOf(target.file, target.pointer) ?? target.pointer.split('/').at(-1);
    // The id GitHub (and the docs site) gives the definition's `### key` heading.
    const anchor = target.pointer === '' ? '' : `#${slug(target.pointer.split('/').at(-1))}`;
    const page = target.file === this.entry.file ? '' : `${target.entry.kind}.md`;
    return `[${name}](${page}${anchor})`;
  }

  type(node) {
    if (node === true) return 'any';
    if (node === false) return 'nothing';
    if (node.$ref) return this.link(node.$ref);
    if ('const' in node) return typeof node.const;
    if (node.enum) return [...new Set(node.enum.map((v) => (v === null ? 'null' : typeof v)))].join(' or ');
    const branches = requiredAlternatives(node) ? undefined : node.anyOf ?? node.oneOf;
    if (branches) return `one of: ${branches.map((b) => b.title ?? this.type(b)).join(', ')}`;
    const types = [].concat(node.type ?? (node.properties ? 'object' : []));
    if (types.length === 0) return 'any';
    return types.map((t) => (t === 'array' ? `array of ${node.items ? this.type(node.items) : 'any'}` : t)).join(' or ');
  }

  constraints(node) {
    if (typeof node !== 'object') return '';
    const c = [];
    if ('const' in node) c.push(`must be ${code(node.const)}`);
    if (node.enum) c.push(`one of: ${node.enum.map(code).join(', ')}`);
    if (node.minimum !== undefined) c.push(`≥ ${node.minimum}`);
    if (node.exclusiveMinimum !== undefined) c.push(`> ${node.exclusiveMinimum}`);
    if (node.maximum !== undefined) c.push(`≤ ${node.maximum}`);
    if (node.exclusiveMaximum !== undefined) c.push(`< ${node.exclusiveMaximum}`);
    c.push(...range(node.minLength, node.maxLength, 'character'));
    if (node.pattern) c.push(`pattern ${code(node.pattern)}`);
    c.push(...range(node.minItems, node.maxItems, 'item'));
    if (node.minProperties) c.push(`at least ${node.minProperties} field${node.minProperties === 1 ? '' : 's'}`);
    const alternatives = requiredAlternatives(node);
    if (alternatives) c.push(`needs ${joinOr(alternatives.map((names) => names.join(' and ')))}`);
    if (node.oneOf && !alternatives) c.push('exactly one option');
    if (node.additionalProperties === false) c.push('no other fields');
    return c.join('; ');
  }

  /** Rows for a node's fields, its array items and its anyOf/oneOf options. */
  children(node, path, label, rows) {
    if (typeof node !== 'object' || node.$ref) return;
    const required = new Set(node.required ?? []);
    for (const [key, prop] of Object.entries(node.properties ?? {})) {
      this.field(prop, `${path}/${escapeToken(key)}`, required.has(key) ? 'yes' : 'no', label, rows);
    }
    if (node.items !== undefined) this.field(node.items, `${path}/*`, '–', label, rows);
    const branches = requiredAlternatives(node) ? undefined : node.anyOf ?? node.oneOf;
    branches?.forEach((b, i) => this.field(b, path, '–', b.title ?? `option ${i + 1}`, rows));
  }

  field(node, path, required, label, rows) {
    const description = [label ? `*${label}.*` : '', node.description ?? ''].filter(Boolean).join(' ');
    const shown = path === '' ? '(the value)' : code(path);
    rows.push(`| ${cell(shown)} | ${cell(this.type(node))} | ${required} | ${cell(description)} | ${cell(this.constraints(node))} |`);
    this.children(node, path, label, rows);
  }

  table(node) {
    const rows = [];
    this.children(node, '', '', rows);
    if (rows.length === 0) return [];
    return ['| Path | Type | Required | Description | Constraints |', '|---|---|---|---|---|', ...rows, ''];
  }

  definitions() {
    return Object.entries(this.entry.schema.$defs ?? {}).flatMap(([key, def]) => {
      const name = this.set.nameOf(this.entry.file, `/$defs/${escapeToken(key)}`);
      const summary = [`Type: ${this.type(def)}`, this.constraints(def)].filter(Boolean).join(' · ');
      return [
        `### ${key}`,
        '',
        [def.title ? `**${def.title}**` : '', name ? `(TypeScript: \`${name}\`)` : ''].filter(Boolean).join(' '),
        '',
        ...(def.description ? [def.description, ''] : []),
        summary,
        '',
        ...this.table(def),
      ];
    });
  }

  rules() {
    const own = SEMANTIC_RULES[this.entry.kind] ?? [];
    const shared = this.entry.kind === 'provenance' ? [] : SEMANTIC_RULES.provenance.map((r) => `Provenance: ${r}`);
    if (own.length === 0) return [];
    return [
      '## Checked beyond the schema',
      '',
      'JSON Schema cannot say these; the validators in `@praksis/schema` (and `praksis-validate`) check them once the document matches the schema.',
      '',
      ...[...own, ...shared].map((r) => `- ${r}`),
      '',
    ];
  }

  examples(examplesDir) {
    const dir = join(examplesDir, this.entry.kind);
    if (!existsSync(dir)) return [];
    const rel = `../../packages/schema/examples/${this.entry.kind}`;
    const valid = existsSync(join(dir, 'valid')) ? jsonFiles(join(dir, 'valid')) : [];
    const invalid = existsSync(join(dir, 'invalid')) ? jsonFiles(join(dir, 'invalid')).filter((f) => f !== 'expected-errors.json') : [];
    const expectedPath = join(dir, 'invalid', 'expected-errors.json');
    const expected = existsSync(expectedPath) ? JSON.parse(readFileSync(expectedPath, 'utf8')) : {};
    return [
      '## Examples',
      '',
      'Valid:',
      '',
      ...valid.map((f) => `- [${f}](${rel}/valid/${f})`),
      '',
      'Invalid, with where the first problem is:',
      '',
      '| Example | First problem at |',
      '|---|---|',
      ...invalid.map((f) => `| [${f}](${rel}/invalid/${f}) | ${expected[f] === undefined ? '' : cell(code(expected[f]))} |`),
      '',
    ];
  }

  render(examplesDir) {
    const { schema, file } = this.entry;
    const rootName = this.set.nameOf(file, '');
    const isDocument = Boolean(schema.type || schema.properties);
    const lines = [`# ${schema.title ?? this.entry.kind}`, '', GENERATED(file), '', `- \`$id\`: \`${schema.$id}\``];
    if (rootName) lines.push(`- TypeScript: \`${rootName}\` from \`@praksis/schema\``);
    lines.push('', ...(schema.description ? [schema.description, ''] : []));
    if (isDocument) {
      lines.push('## Fields', '', ...[this.constraints(schema)].filter(Boolean).map((c) => `The document: ${c}.\n`));
      lines.push(...this.table(schema));
    }
    if (schema.$defs) lines.push('## Definitions', '', ...this.definitions());
    lines.push(...this.rules());
    lines.push(...this.examples(examplesDir));
    return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
  }
}

function jsonFiles(dir) {
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
}

function range(min, max, unit) {
  const plural = (n) => `${unit}${n === 1 ? '' : 's'}`;
  if (min !== undefined && max !== undefined) return [`${min}–${max} ${plural(max)}`];
  if (min !== undefined) return [`at least ${min} ${plural(min)}`];
  if (max !== undefined) return [`at most ${max} ${plural(max)}`];
  return [];
}

export function schemaPage(set, entry, examplesDir) {
  return new Page(set, entry).render(examplesDir);
}

export function docsIndex(set) {
  const rows = set.list.map((e) => `| [${e.schema.title ?? e.kind}](${e.kind}.md) | \`${e.id}\` | ${cell(firstSentence(e.schema.description))} |`);
  return [
    '# Praksis Widgets data schemas',
    '',
    '<!-- Generated from packages/schema/schemas/*.schema.json by `npm run generate`. Do not edit. -->',
    '',
    'JSON Schema (2020-12) for the documents the widgets read. Every document names its schema in',
    '`$schema`. Validate with `npx praksis-validate FILE...` or `validateDocument()` from',
    '`@praksis/schema`; see [packages/schema/README.md](../../packages/schema/README.md).',
    '',
    'Every string, list and number has a limit, dates run from 1900 to 2100, and texts a reader sees',
    'hold a visible character; as JSON text, a document may start with a byte-order mark, gives no',
    'key twice in one object and nests at most 32 levels deep ([provenance](provenance.md) states',
    'these shared rules; each page lists its fields\' limits).',
    '',
    '| Schema | `$id` | What it describes |',
    '|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}

function firstSentence(text = '') {
  const match = /^.*?\.(\s|$)/.exec(text);
  return (match ? match[0] : text).trim();
}
