/**
 * Reading back what the docs site's tools stored (a draft in localStorage or a link): JSON text
 * that may be anything, or nothing, so each reader checks its shape from an unknown value.
 */

/** A plain object (not null, not an array). */
export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The value of stored JSON text, or undefined when there is none or it is not JSON. */
export function readStoredJson(text: string | null | undefined): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
