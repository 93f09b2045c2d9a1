/**
 * JSON text read the quick way, as a widget's page reads its `src` or inline document: JSON.parse,
 * and two counts that show the value holds all of the text. JSON.parse hides one problem a document
 * can have, a key given twice (it keeps the last), and does not measure nesting; when the members
 * written in the text outnumber the keys in the value, or the value nests deeper than MAX_DEPTH, or
 * JSON.parse throws, the answer is undefined and the careful reader (readJsonText, json-text.ts)
 * must say what is wrong and where. It comes with the words of problems, so a page with a valid
 * document fetches neither. Whatever this accepts, the careful reader accepts with the same value
 * (json-quick.test.ts).
 */
import { MAX_DEPTH } from './depth.js';

/** A JSON string, escapes included. Each character is matched one way, so no backtracking piles up. */
const STRING = /"(?:[^"\\]|\\.)*"/g;

/** The value of JSON text that is a usable document, or undefined when the careful reader must look. */
export function quickJson(input: string): { data: unknown } | undefined {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  return membersIn(text) === keysIn(data) ? { data } : undefined;
}

/** Object members written in JSON text: its colons outside strings (the text has parsed). */
function membersIn(text: string): number {
  const bare = text.replace(STRING, '');
  let members = 0;
  for (let i = bare.indexOf(':'); i !== -1; i = bare.indexOf(':', i + 1)) members++;
  return members;
}

/** Keys of every object in a parsed value, or -1 when it nests deeper than MAX_DEPTH. */
function keysIn(data: unknown): number {
  if (typeof data !== 'object' || data === null) return 0;
  let keys = 0;
  const values: unknown[] = [data];
  const depths: number[] = [1];
  while (values.length > 0) {
    const value = values.pop();
    const depth = depths.pop()!;
    if (depth > MAX_DEPTH) return -1;
    const children = Array.isArray(value) ? (value as unknown[]) : Object.values(value as object);
    if (children !== value) keys += children.length;
    for (let k = 0; k < children.length; k++) {
      const child: unknown = children[k];
      if (typeof child !== 'object' || child === null) continue;
      values.push(child);
      depths.push(depth + 1);
    }
  }
  return keys;
}
