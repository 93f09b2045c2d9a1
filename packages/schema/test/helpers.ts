// Shared fixtures for the schema package's tests: paths, schemas and examples on disk.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { JsonSchema } from '../scripts/lib/compile.mjs';

export const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const repoDir = resolve(packageDir, '../..');

export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8')) as unknown;
}

export interface SchemaFile {
  kind: string;
  id: string;
  schema: JsonSchema;
}

/** The schema files as written (with titles and descriptions). */
export function rawSchemas(): SchemaFile[] {
  const dir = join(packageDir, 'schemas');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.schema.json'))
    .sort()
    .map((f) => {
      const schema = readJson(join(dir, f)) as JsonSchema;
      return { kind: f.replace(/\.schema\.json$/, ''), id: schema.$id as string, schema };
    });
}

export interface Example {
  file: string;
  data: unknown;
}

export interface ExampleSet {
  kind: string;
  valid: Example[];
  invalid: Example[];
  /** File name -> pointer of its first expected problem. */
  expected: Record<string, string>;
}

function load(dir: string): Example[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'expected-errors.json')
    .sort()
    .map((file) => ({ file, data: readJson(join(dir, file)) }));
}

export function exampleSets(): ExampleSet[] {
  const root = join(packageDir, 'examples');
  return readdirSync(root)
    .sort()
    .map((kind) => ({
      kind,
      valid: load(join(root, kind, 'valid')),
      invalid: load(join(root, kind, 'invalid')),
      expected: readJson(join(root, kind, 'invalid', 'expected-errors.json')) as Record<string, string>,
    }));
}

/**
 * Invalid examples only our semantic checks catch; plain JSON Schema (and Ajv) accept them.
 */
export const SEMANTIC_ONLY: Record<string, string[]> = {
  capacity: ['bands-overlap.json', 'doctor-norm-without-doctors.json', 'trend-not-in-date-order.json'],
  'referral-flows': ['all-flows-zero.json', 'cycle.json', 'duplicate-link.json', 'duplicate-node-id.json', 'link-against-stages.json', 'missing-stage.json', 'node-without-flows.json', 'period-backwards.json', 'self-link.json', 'stage-out-of-range.json', 'unknown-source.json', 'unknown-target.json'],
  'delegation-matrix': ['cell-given-twice.json', 'cell-missing.json', 'count-not-whole.json', 'count-over-n.json', 'duplicate-column-id.json', 'duplicate-level-id.json', 'duplicate-row-id.json', 'index-with-staff-columns.json', 'level-not-declared.json', 'level-on-share-scale.json', 'levels-missing.json', 'levels-on-share-scale.json', 'missing-with-value.json', 'position-missing.json', 'positions-out-of-order.json', 'share-over-one.json', 'shares-do-not-add-up.json', 'shares-over-one-with-gap.json', 'span-not-adjacent.json', 'span-on-level-scale.json', 'unknown-column.json', 'unknown-row.json', 'unknown-span-column.json'],
  'accessibility-declaration': [
    'empty-interval.json',
    'exception-impossible-date.json',
    'exception-range-backwards.json',
    'exceptions-conflict.json',
    'recurring-closure-impossible-date.json',
    'substitute-hours-backwards.json',
    'to-before-from.json',
  ],
};
