// Emits src/generated/types.ts: TypeScript types derived from the schemas, for the subset of
// JSON Schema we use. Named nodes (names.mjs, titles) become exported declarations.
import { escapeToken, requiredAlternatives, walk } from './schemas.mjs';

const PRIMITIVES = { string: 'string', number: 'number', integer: 'number', boolean: 'boolean', null: 'null' };

function doc(lines, indent) {
  const text = lines.filter(Boolean).join('\n\n').replace(/\*\//g, '*\\/');
  if (!text) return '';
  const body = text.split('\n').map((l) => (l ? `${indent} * ${l}` : `${indent} *`));
  return `${indent}/**\n${body.join('\n')}\n${indent} */\n`;
}

function key(name) {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name);
}

function wrap(type) {
  return /[|&\s]/.test(type) ? `(${type})` : type;
}

class TypeWriter {
  constructor(set) {
    this.set = set;
  }

  /** The type of a schema node; `declaring` is true for the named node being declared. */
  expr(node, file, pointer, indent, declaring = false) {
    if (node === true) return 'unknown';
    if (node === false) return 'never';
    const name = this.set.nameOf(file, pointer);
    if (name && !declaring) return name;
    const parts = [];
    if (node.$ref) {
      const target = this.set.resolve(node.$ref, file);
      parts.push(this.expr(target.node, target.file, target.pointer, indent));
    }
    if ('const' in node) parts.push(JSON.stringify(node.const));
    else if (node.enum) parts.push(node.enum.map((v) => JSON.stringify(v)).join(' | '));
    else if (node.type || node.properties) parts.push(this.typed(node, file, pointer, indent));
    const alternatives = requiredAlternatives(node);
    for (const keyword of ['anyOf', 'oneOf']) {
      if (!node[keyword]) continue;
      if (alternatives) {
        parts.push(alternatives.map((names) => this.requiredShape(node, names, file, pointer, indent)).join(' | '));
      } else {
        parts.push(node[keyword].map((b, i) => this.expr(b, file, `${pointer}/${keyword}/${i}`, indent)).join(' | '));
      }
    }
    for (const [i, b] of (node.allOf ?? []).entries()) parts.push(this.expr(b, file, `${pointer}/allOf/${i}`, indent));
    if (parts.length === 0) return 'unknown';
    return parts.length === 1 ? parts[0] : parts.map(wrap).join(' & ');
  }

  typed(node, file, pointer, indent) {
    const types = [].concat(node.type ?? 'object');
    return types
      .map((t) => {
        if (t === 'object') return this.object(node, file, pointer, indent);
        if (t === 'array') {
          const items = node.items === undefined ? 'unknown' : this.expr(node.items, file, `${pointer}/items`, indent);
          return /[|&\s{]/.test(items) ? `Array<${items}>` : `${items}[]`;
        }
        return PRIMITIVES[t];
      })
      .join(' | ');
  }

  object(node, file, pointer, indent) {
    const inner = `${indent}  `;
    const required = new Set(node.required ?? []);
    const lines = Object.entries(node.properties ?? {}).map(([name, prop]) => {
      const type = this.expr(prop, file, `${pointer}/properties/${escapeToken(name)}`, inner);
      return `${doc([prop.description], inner)}${inner}${key(name)}${required.has(name) ? '' : '?'}: ${type};`;
    });
    if (node.additionalProperties !== false) lines.push(`${inner}[key: string]: unknown;`);
    return lines.length ? `{\n${lines.join('\n')}\n${indent}}` : '{}';
  }

  /** One arm of "give asOf or period": the listed fields become required. */
  requiredShape(node, names, file, pointer, indent) {
    const fields = names.map((n) => {
      const prop = node.properties?.[n];
      const type = prop === undefined ? 'unknown' : this.expr(prop, file, `${pointer}/properties/${escapeToken(n)}`, indent);
      return `${key(n)}: ${type}`;
    });
    return `{ ${fields.join('; ')} }`;
  }

  declarations() {
    const out = [];
    for (const entry of this.set.list) {
      walk(entry.schema, '', (node, pointer) => {
        const name = this.set.nameOf(entry.file, pointer);
        if (!name) return;
        const body = this.expr(node, entry.file, pointer, '', true);
        const comment = doc([node.title && node.title !== name ? node.title : '', node.description], '');
        out.push(
          body.startsWith('{') && !/\}\s*[|&]/.test(body)
            ? `${comment}export interface ${name} ${body}\n`
            : `${comment}export type ${name} = ${body};\n`,
        );
      });
    }
    return out;
  }
}

export function typesModule(set) {
  const header = [
    '// Generated from packages/schema/schemas/*.schema.json by `npm run generate`. Do not edit.',
    '// Types follow the schemas; rules JSON Schema cannot express are checked in src/checks/.',
    '',
  ];
  return `${header.join('\n')}\n${new TypeWriter(set).declarations().join('\n')}`;
}
