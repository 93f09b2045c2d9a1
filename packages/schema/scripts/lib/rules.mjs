// Rules JSON Schema cannot express, checked in src/checks/<kind>.ts after the schema passes, so
// each reference page can say what else is checked. They are written once, as `@rule` tags in the
// JSDoc of the checks (src/checks/<kind>.ts; the provenance rules in src/checks/provenance.ts),
// beside the code that checks them, and read from there.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const checksDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../src/checks');

/** The `@rule` tags of a TypeScript file's JSDoc, in source order, each on one line. */
function rulesIn(file) {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const rules = [];
  const visit = (node) => {
    for (const tag of ts.getJSDocTags(node)) {
      if (tag.tagName.text !== 'rule') continue;
      // Tags on a node can be seen from its children too (a variable's declaration list): once.
      if (rules.some((r) => r.tag === tag)) continue;
      rules.push({ tag, text: (ts.getTextOfJSDocComment(tag.comment) ?? '').replace(/\s+/g, ' ').trim() });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return rules.map((r) => r.text).filter(Boolean);
}

/** Kind -> its rules, for the kinds with a checks module. */
function semanticRules(kinds) {
  return Object.fromEntries(
    kinds.filter((kind) => existsSync(join(checksDir, `${kind}.ts`))).map((kind) => [kind, rulesIn(join(checksDir, `${kind}.ts`))]),
  );
}

export const SEMANTIC_RULES = semanticRules(['capacity', 'accessibility-declaration', 'delegation-matrix', 'referral-flows', 'provenance']);
