/**
 * How deep a document may nest. No Praksis document needs more than 8 levels; 32 leaves room and
 * still keeps every recursive walk (validation, sorting issues, drawing) far from the engine's
 * stack limit. Both JSON text (json-text.ts) and values handed over from JavaScript (the
 * validator) are measured without recursion, so no input can exhaust the stack.
 */
import { escapeToken } from './pointer.js';

/** Objects and arrays inside each other, the document itself counting as the first. */
export const MAX_DEPTH = 32;

const isContainer = (value: unknown): value is object => typeof value === 'object' && value !== null;

/** An object or array on the path being walked: its keys (none for an array) and the next to visit. */
interface Frame {
  value: Record<string | number, unknown>;
  keys: string[] | undefined;
  next: number;
}

/**
 * The JSON pointer of the first object or array nested deeper than `max`, in document order, or
 * undefined when there is none. A value that contains itself (possible from JavaScript, never from
 * JSON) is too deep as well. An object met again no deeper than before is not walked again, so a
 * list holding one object ten million times costs one pass over the list.
 *
 * `above` is how many objects and arrays hold `data`; `fits` remembers, across calls with the same
 * map, the objects whose contents were found to fit and the depth they had then.
 */
export function tooDeepAt(data: unknown, max = MAX_DEPTH, above = 0, fits = new WeakMap<object, number>()): string | undefined {
  if (!isContainer(data)) return undefined;
  const path: Frame[] = [];
  const enter = (value: object) =>
    path.push({ value: value as Frame['value'], keys: Array.isArray(value) ? undefined : Object.keys(value), next: 0 });
  enter(data);
  while (path.length > 0) {
    const top = path[path.length - 1]!;
    const { value, keys } = top;
    if (top.next === (keys ?? (value as unknown as unknown[])).length) {
      fits.set(value, above + path.length);
      path.pop();
      continue;
    }
    const child = value[keys ? keys[top.next]! : top.next];
    top.next++;
    if (!isContainer(child) || above + path.length + 1 <= (fits.get(child) ?? 0)) continue;
    if (above + path.length >= max) return path.map(({ keys, next }) => `/${escapeToken(keys ? keys[next - 1]! : next - 1)}`).join('');
    enter(child);
  }
  return undefined;
}
