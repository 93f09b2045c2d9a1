// JSON values as JSON Schema compares them.

type Data = Record<string, unknown>;

export const hasOwn = (object: object, key: string): boolean => Object.prototype.hasOwnProperty.call(object, key);

/** JSON's name for the value's type ("number" for every number, even NaN). */
export const jsonType = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

/** Deep equality of JSON values, as const and enum compare. */
export const equal = (a: unknown, b: unknown): boolean =>
  a === b ||
  (jsonType(a) === jsonType(b) &&
    typeof a === 'object' &&
    Object.keys(a as Data).length === Object.keys(b as Data).length &&
    Object.entries(a as Data).every(([key, value]) => hasOwn(b as Data, key) && equal(value, (b as Data)[key])));
