// Mutations of valid documents, for the tests that compare validators on documents that are
// almost right: each property deleted, an unknown one added, each value swapped for other types
// and edge values.

const STRINGS = ['', 'x', ' ', '\u200B', '😀'.repeat(40), '😀'.repeat(41), 'a'.repeat(201), 'a'.repeat(2001), '2026-02-30', '2026-13-01', '1899-12-31', '2100-12-31', '2101-01-01', 'https://example.dk/a', 'javascript:alert(1)', '12:30', '24:00', '7:30', '+45 70 11 22 33', '900101', 'open', 'doctor', 'not-stated', 'none'];
const NUMBERS = [0, -1, 5e-324, 0.009, 0.01, 0.5, 1, 1.5, 2, 3.7, 365, 366, 1e5, 1e5 + 1, 1e7, 1e7 + 1, 1e9, 1e9 + 1, 1e308];
const OTHERS = [null, true, false, [], {}, { da: 'x' }, { fr: 'x' }];

export interface Mutation {
  name: string;
  /** Builds the mutated document, so a sample costs only what it uses. */
  data: () => unknown;
}

/** Mutations compared per kind in `npm test`; `npm run fuzz` compares them all. */
export const SAMPLE = 600;

/** A seeded choice of `size` items, in their order (mulberry32: small, and the same everywhere). */
export function sample<T>(items: readonly T[], size: number, seed: number): T[] {
  if (items.length <= size) return [...items];
  let state = seed;
  const random = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  const picked = new Set<number>();
  while (picked.size < size) picked.add(Math.floor(random() * items.length));
  return [...picked].sort((a, b) => a - b).map((i) => items[i] as T);
}

/** Deletes each property, adds an unknown one, and swaps each value for other types and edge values. */
export function* mutations(doc: unknown): Generator<Mutation> {
  const clone = () => structuredClone(doc) as Record<string, unknown>;
  const paths: (string | number)[][] = [];
  const visit = (value: unknown, path: (string | number)[]) => {
    paths.push(path);
    if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...path, i]));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) visit(v, [...path, k]);
  };
  visit(doc, []);
  const at = (root: unknown, path: (string | number)[]) => path.reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], root);
  const replace = (path: (string | number)[], value: unknown): unknown => {
    if (path.length === 0) return value;
    const copy = clone();
    const parent = at(copy, path.slice(0, -1)) as Record<string | number, unknown>;
    parent[path[path.length - 1] as string | number] = structuredClone(value);
    return copy;
  };
  for (const path of paths) {
    const name = `/${path.join('/')}`;
    const value = at(doc, path);
    if (path.length > 0) {
      const remove = () => {
        const copy = clone();
        const parent = at(copy, path.slice(0, -1));
        const last = path[path.length - 1] as string | number;
        if (Array.isArray(parent)) parent.splice(last as number, 1);
        else delete (parent as Record<string, unknown>)[last];
        return copy;
      };
      yield { name: `delete ${name}`, data: remove };
    }
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      yield { name: `add unknown at ${name}`, data: () => replace(path, { ...value, zzUnknown: 1 }) };
    }
    if (Array.isArray(value) && value.length > 0) {
      const items = value as unknown[];
      yield { name: `repeat items of ${name}`, data: () => replace(path, [...items, ...items]) };
      yield { name: `reverse ${name}`, data: () => replace(path, [...items].reverse()) };
    }
    for (const other of [...STRINGS, ...NUMBERS, ...OTHERS]) {
      if (JSON.stringify(other) !== JSON.stringify(value)) yield { name: `${name} = ${JSON.stringify(other).slice(0, 20)}`, data: () => replace(path, other) };
    }
  }
}

