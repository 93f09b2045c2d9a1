/**
 * Which problems to show when a value matches no branch of an anyOf/oneOf: what the author most
 * likely meant. Only describing problems needs it, so it comes with the words (messages.ts), not
 * with the validator (words.ts says why).
 */
import type { LocalizedMessage, ValidationIssue } from './issue.js';
import { equal, hasOwn, jsonType } from './json-values.js';
import type { Alternatives, SchemaObject } from './schema-node.js';

type Issues = ValidationIssue[];
type Data = Record<string, unknown>;

/**
 * The problems of a value at `pointer` that fails every branch of `alternatives`, whose issues
 * are `results` (one list per branch); `wrongType` words a value of a type no branch takes.
 * (Where the schema alone fixes the answer, `none`, messages.ts says it without asking here.)
 */
export function explainFailure(
  { of, types = [] }: Pick<Alternatives, 'of' | 'types'>,
  results: readonly Issues[],
  data: unknown,
  pointer: string,
  wrongType: (types: readonly string[]) => LocalizedMessage,
): Issues {
  const issue = (message: LocalizedMessage): Issues => [{ path: pointer, message }];
  const type = jsonType(data);
  const fits = types.map((expected) => expected.length === 0 || expected.some((t) => t === type || (t === 'integer' && type === 'number')));
  const candidates = results.filter((_, i) => fits[i]);
  const unique = (lang: keyof LocalizedMessage): string[] => [...new Set(candidates.flat().map((issue) => issue.message[lang]))];
  if (!fits.includes(true)) return issue(wrongType([...new Set(types.flat())]));
  // A plain value that fits several branches, each failing on the value itself: say all of them.
  if (type !== 'object' && type !== 'array' && candidates.length > 1 && candidates.every((r) => r.every((x) => x.path === pointer))) {
    return issue({ da: unique('da').join(', eller '), en: unique('en').join(', or ') });
  }
  // Otherwise the issues of the branch that fits the type, then has the most discriminator
  // (const/enum) matches, then the most known fields, then the fewest issues. Each count stays
  // below 10^4 (issues stop at LIMIT), so one number orders them.
  const object = type === 'object' ? (data as Data) : {};
  const present = Object.keys(object).filter((key) => object[key] !== undefined);
  const score = (i: number): number => {
    const branch = of[i];
    const properties = (typeof branch === 'object' && branch.properties) || {};
    const hits = Object.keys(properties).filter((key) => {
      const p = properties[key] as SchemaObject;
      return hasOwn(object, key) && (hasOwn(p, 'const') ? [p.const] : (p.enum ?? [])).some((v) => equal(v, object[key]));
    }).length;
    const known = present.filter((key) => hasOwn(properties, key)).length;
    return (fits[i] ? 0 : 1e12) - hits * 1e8 - known * 1e4 + (results[i]?.length ?? 0);
  };
  let best = 0;
  for (let i = 1; i < of.length; i++) if (score(i) < score(best)) best = i;
  return results[best]!;
}
