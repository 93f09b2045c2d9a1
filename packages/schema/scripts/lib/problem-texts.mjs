// The texts of the words of problems, as pieces that can be looked for in other files: a page with
// valid data and the generated schema modules must hold none of them (scripts/size.mjs,
// test/generated-words.test.ts). Read from the source of the words (src/messages.ts) and made by
// the words from the schemas, rather than listed, so a text added there is guarded as soon as it
// is written.
import { readFileSync } from 'node:fs';
import ts from 'typescript';

const MESSAGES = new URL('../../src/messages.ts', import.meta.url);

/**
 * Shorter pieces are left out: they are common words ("skal være", "a whole number") that other
 * code may say for its own reasons.
 */
const MIN_LENGTH = 15;

/**
 * Every string literal in messages.ts that is a text (not an object key, an import or a type), cut
 * at each `%` (where an argument goes) and at each character a bundler may write escaped (a
 * backslash, quotes, a line break), trimmed, longest first, each once.
 */
export function problemTexts(file = MESSAGES) {
  const source = ts.createSourceFile('messages.ts', readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const texts = new Set();
  const visit = (node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isTypeNode(node)) return;
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateLiteralToken(node)) && !isKey(node)) {
      for (const piece of pieces(node.text)) texts.add(piece);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return [...texts].sort((a, b) => b.length - a.length);
}

/** The parts of a text long enough to look for, cut where an argument goes or a bundler may escape. */
export const pieces = (text) => text.split(/[%\\"'`\n]/).map((piece) => piece.trim()).filter((piece) => piece.length >= MIN_LENGTH);

/** A literal that names a property (`{ 'a-b': … }`), such as a pattern a hint is keyed by. */
const isKey = (node) => (ts.isPropertyAssignment(node.parent) || ts.isPropertyDeclaration(node.parent)) && node.parent.name === node;

/**
 * What `words` (the factory of src/messages.ts) says about the schema nodes themselves, in both
 * languages: what each `pattern` asks for, and what each anyOf/oneOf says when no branch or more
 * than one matches, as far as the node alone decides it. `schemas` are compact schemas (the
 * generated modules' exports).
 */
export function schemaTexts(words, schemas) {
  const texts = new Set();
  const seen = new Set();
  const say = (message) => [message.da, message.en].forEach((text) => texts.add(text));
  const visit = (node) => {
    if (typeof node !== 'object' || node === null || seen.has(node)) return;
    seen.add(node);
    if (typeof node.pattern === 'string') say(words.patternMismatch(node.pattern));
    for (const alternatives of [node.anyOf, node.oneOf]) {
      if (!alternatives) continue;
      if (alternatives.none) say(words.explainFailure(alternatives, [], undefined, '')[0].message);
      if (alternatives.several) say(words.severalMatch(alternatives));
      alternatives.of.forEach(visit);
    }
    [node.$ref, node.items, node.additionalProperties, ...(node.allOf ?? []), ...Object.values(node.properties ?? {})].forEach(visit);
  };
  schemas.forEach(visit);
  return [...texts].sort((a, b) => b.length - a.length);
}
