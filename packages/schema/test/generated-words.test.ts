// The generated schema modules carry no words of problems: every page with valid data loads them,
// and the words (src/messages.ts) are a part loaded only for a document with problems (src/words.ts).
// scripts/size.mjs checks the built pages the same way.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, test } from 'node:test';
import { pieces, problemTexts, schemaTexts } from '../scripts/lib/problem-texts.mjs';
import type { LocalizedMessage } from '../src/issue.js';
import { words } from '../src/messages.js';
import { packageDir } from './helpers.js';

const generatedDir = join(packageDir, 'src', 'generated');
const modules = readdirSync(generatedDir).filter((file) => file.endsWith('.schema.ts')).sort();

/** Every compact schema the generated modules export. */
async function generatedSchemas(): Promise<object[]> {
  const exported = await Promise.all(modules.map(async (file) => Object.values(await import(pathToFileURL(join(generatedDir, file)).href) as Record<string, unknown>)));
  return exported.flat().filter((value): value is object => typeof value === 'object' && value !== null);
}

/** A text as it stands in a module: as written, or inside a JSON string. */
const holds = (code: string, text: string): boolean => code.includes(text) || code.includes(JSON.stringify(text).slice(1, -1));

describe('the words of problems are not in the generated schemas', () => {
  test('the texts looked for are the words: every message the words make without arguments is among them', () => {
    const texts = problemTexts();
    let messages = 0;
    for (const [name, make] of Object.entries(words)) {
      if (typeof make !== 'function' || make.length > 0) continue;
      const message = (make as () => unknown)() as Partial<LocalizedMessage> | undefined;
      if (typeof message?.da !== 'string' || typeof message.en !== 'string') continue;
      for (const text of [message.da, message.en]) {
        messages++;
        for (const piece of pieces(text)) assert.ok(texts.includes(piece), `${name}: "${piece}"`);
      }
    }
    assert.ok(messages >= 20, String(messages));
  });

  test('what the words say about the schemas themselves is found in them', async () => {
    const texts = schemaTexts(words, await generatedSchemas());
    assert.ok(texts.includes(words.patternMismatch('^[0-9]{6}$').da), 'a pattern the schemas use');
    assert.ok(texts.some((text) => text.startsWith('mangler ')), 'an anyOf whose branches only require fields');
    assert.ok(texts.some((text) => text.startsWith('give only one of ')), 'a oneOf that more than one branch can match');
  });

  test('no generated schema module holds a text of the words', async () => {
    const texts = [...new Set([...problemTexts(), ...schemaTexts(words, await generatedSchemas())])];
    assert.ok(modules.length >= 5, modules.join());
    for (const file of modules) {
      const code = readFileSync(join(generatedDir, file), 'utf8');
      const found = texts.filter((text) => holds(code, text));
      assert.deepEqual(found, [], `${file} holds words of problems`);
    }
  });
});
