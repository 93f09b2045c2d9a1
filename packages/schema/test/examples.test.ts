import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { validateAccessibilityDeclaration, validateCapacity, validateDelegationMatrix, validateDocument, validateReferralFlows, type ValidationIssue } from '../src/index.js';
import { exampleSets } from './helpers.js';

const VALIDATORS: Record<string, (data: unknown) => ValidationIssue[]> = {
  capacity: validateCapacity,
  'accessibility-declaration': validateAccessibilityDeclaration,
  'referral-flows': validateReferralFlows,
  'delegation-matrix': validateDelegationMatrix,
};

/**
 * expected-errors.json points at the anyOf/oneOf value; we point at the offending value inside
 * it, which must lie under the expected pointer.
 */
const MORE_PRECISE: Record<string, string> = {
  'accessibility-declaration/acute-substitute-without-details.json': '/acute/substitute',
};

function assertReadable(issue: ValidationIssue): void {
  for (const text of [issue.message.da, issue.message.en]) {
    assert.equal(typeof text, 'string');
    assert.ok(text.trim().length > 3, `message too short: ${JSON.stringify(issue)}`);
    assert.doesNotMatch(text, /undefined|\[object|NaN/, `broken message: ${text}`);
  }
  assert.notEqual(issue.message.da, issue.message.en, `Danish is just English: ${issue.message.en}`);
  assert.match(issue.path, /^(\/[^/]*)*$/);
}

for (const set of exampleSets()) {
  describe(`${set.kind} examples`, () => {
    const validateKind = VALIDATORS[set.kind];

    test('there is a validator for the kind', () => assert.ok(validateKind, `no validator for ${set.kind}`));

    test('every invalid example has an expected pointer, and every pointer an example', () => {
      assert.deepEqual(Object.keys(set.expected).sort(), set.invalid.map((e) => e.file).sort());
    });

    for (const { file, data } of set.valid) {
      test(`valid: ${file}`, () => {
        assert.deepEqual(validateKind?.(data), []);
        assert.deepEqual(validateDocument(data), { kind: set.kind, issues: [] });
      });
    }

    for (const { file, data } of set.invalid) {
      test(`invalid: ${file}`, () => {
        const issues = validateKind?.(data) ?? [];
        assert.ok(issues.length > 0, 'expected at least one issue');
        const expected = set.expected[file] ?? '(none)';
        const precise = MORE_PRECISE[`${set.kind}/${file}`];
        if (precise !== undefined) assert.ok(precise.startsWith(`${expected}/`), 'refinement must lie under the expected pointer');
        assert.equal(issues[0]?.path, precise ?? expected);
        issues.forEach(assertReadable);
      });
    }
  });
}

describe('messages for the examples read as intended', () => {
  const byFile = new Map<string, unknown>(exampleSets().flatMap((s) => s.invalid.map((e) => [`${s.kind}/${e.file}`, e.data] as const)));
  const first = (key: string) => {
    const [kind = ''] = key.split('/');
    return VALIDATORS[kind]?.(byFile.get(key))[0]?.message;
  };

  test('capacity', () => {
    assert.deepEqual(first('capacity/missing-norm.json'), { da: 'mangler påkrævet felt «norm»', en: 'missing required field "norm"' });
    assert.deepEqual(first('capacity/patients-as-string.json'), { da: 'skal være et heltal', en: 'must be a whole number' });
    assert.deepEqual(first('capacity/negative-patients.json'), { da: 'skal være mindst 0', en: 'must be at least 0' });
    assert.deepEqual(first('capacity/missing-provenance-date.json'), { da: 'mangler asOf eller period', en: 'needs asOf or period' });
    assert.deepEqual(first('capacity/unknown-intake-status.json'), { da: 'skal være en af: open, closed', en: 'must be one of: open, closed' });
    assert.deepEqual(first('capacity/unknown-property.json'), { da: 'ukendt felt «patientsPerDoctor»', en: 'unknown field "patientsPerDoctor"' });
    assert.equal(first('capacity/wrong-schema-id.json')?.en, 'must be https://praksis-widgets.dk/schema/v1/capacity.schema.json');
  });

  test('accessibility declaration', () => {
    assert.equal(first('accessibility-declaration/service-as-yes.json')?.en, 'must be one of: true, false, not-stated');
    assert.equal(first('accessibility-declaration/exception-closed-and-hours.json')?.en, 'give only one of "closed" and "hours"');
    assert.equal(first('accessibility-declaration/to-before-from.json')?.da, 'skal være senere end «from» (12:30)');
  });
});
