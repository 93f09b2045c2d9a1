import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { RULE_SETS, dkOk22, evaluate, ruleSetFor, type Rule, type RuleSet } from '../src/index.js';
import { AT, declaration, iv } from './fixtures.js';

describe('the dk-ok22 rule set (data)', () => {
  test('ids are unique and every rule cites the agreement and the source', () => {
    const ids = dkOk22.rules.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const rule of dkOk22.rules) {
      assert.ok(rule.citation.quote.length > 40, rule.id);
      assert.match(rule.citation.source.da, /^BDO for Sundhedsministeriet \(2023\)/, rule.id);
      assert.ok(rule.citation.label.da && rule.citation.label.en, rule.id);
    }
  });

  test('is plain data: it survives a JSON round trip unchanged', () => {
    assert.deepEqual(JSON.parse(JSON.stringify(dkOk22)), dkOk22);
  });

  test('only video has its own effective date', () => {
    assert.deepEqual(
      dkOk22.rules.filter((r) => r.effectiveFrom !== undefined).map((r) => [r.id, r.effectiveFrom]),
      [['video', '2025-01-01']],
    );
  });

  test('ruleSetFor picks by Copenhagen date', () => {
    assert.equal(ruleSetFor('2026-03-04T10:00:00Z'), dkOk22);
    assert.equal(ruleSetFor('2021-12-31T22:59:00Z'), undefined); // 23:59 on 31 December in Copenhagen
    assert.equal(ruleSetFor('2021-12-31T23:00:00Z'), dkOk22);
    assert.deepEqual(RULE_SETS, [dkOk22]);
  });
});

describe('a new agreement is a new rule-set object', () => {
  // A hypothetical successor asking for two hours of telephone consultation from 2027.
  const phone = dkOk22.rules.find((r) => r.id === 'phone-consultation') as Rule;
  const successor: RuleSet = {
    ...dkOk22,
    id: 'test-successor',
    version: '0.0.1',
    effectiveFrom: '2027-01-01',
    rules: [{ ...phone, check: { ...phone.check, minMinutes: 120 } as Rule['check'] }],
  };
  const sets = [{ ...dkOk22, effectiveTo: '2026-12-31' }, successor];

  test('the engine applies it without code changes', () => {
    const d = declaration((d) => (d.lastVerified = '2026-12-15'));
    const now = evaluate(d, { ruleSet: successor, at: '2027-01-04T10:00:00+01:00' });
    assert.equal(now.overall, 'does-not-meet');
    assert.match(now.rules[0]?.explanation.da ?? '', /kun 60 min om mandagen, kun 60 min om tirsdagen/);
    assert.equal(evaluate(d, { ruleSet: dkOk22, at: '2026-12-30T10:00:00+01:00' }).overall, 'meets');
  });

  test('ruleSetFor switches at the effective date', () => {
    assert.equal(ruleSetFor('2026-12-31T12:00:00+01:00', sets)?.id, 'dk-ok22');
    assert.equal(ruleSetFor('2027-01-01T00:00:00+01:00', sets)?.id, 'test-successor');
  });

  test('a template naming a placeholder its check does not provide is an error, not silent text', () => {
    const broken: RuleSet = {
      ...dkOk22,
      rules: [{ ...phone, text: { ...phone.text, met: { da: 'Mindst {minutes}', en: 'At least {minutes}' } } }],
    };
    const d = declaration((d) => (d.hours.doctorPhone = { mon: [iv('08:00', '09:00')], tue: [iv('08:00', '09:00')], wed: [iv('08:00', '09:00')], thu: [iv('08:00', '09:00')], fri: [iv('08:00', '09:00')] }));
    assert.throws(() => evaluate(d, { ruleSet: broken, at: AT }), /\{minutes\}/);
  });
});
