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

/**
 * The JSON pointer of the first object or array nested deeper than `max`, in document order, or
 * undefined when there is none. A value that contains itself (possible from JavaScript, never from
 * JSON) is too deep as well.
 */
export function tooDeepAt(data: unknown, max = MAX_DEPTH): string | undefined {
  if (!isContainer(data)) return undefined;
  // The containers on the path to the current value, each with its keys and the next one to visit.
  const path: { value: Record<string, unknown>; keys: string[]; next: number }[] = [];
  const enter = (value: object) => path.push({ value: value as Record<string, unknown>, keys: Object.keys(value), next: 0 });
  enter(data);
  while (path.length > 0) {
    const top = path[path.length - 1]!;
    if (top.next === top.keys.length) {
      path.pop();
      continue;
    }
    const child = top.value[top.keys[top.next++]!];
    if (!isContainer(child)) continue;
    if (path.length === max) return path.map((frame) => `/${escapeToken(frame.keys[frame.next - 1]!)}`).join('');
    enter(child);
  }
  return undefined;
}
