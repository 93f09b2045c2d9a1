import { test } from 'node:test';
import assert from 'node:assert/strict';
import { memoizeOne } from '../src/memo.js';

/** A memoized function that counts the calls that reach it. */
function counted<A extends unknown[], R>(fn: (...args: A) => R) {
  const calls: A[] = [];
  const memo = memoizeOne((...args: A) => {
    calls.push(args);
    return fn(...args);
  });
  return { memo, calls };
}

test('the same arguments give the remembered result without a second call', () => {
  const doc = { value: 1 };
  const { memo, calls } = counted((d: { value: number }, lang: string) => ({ text: `${d.value} ${lang}` }));
  const first = memo(doc, 'da');
  assert.equal(memo(doc, 'da'), first);
  assert.equal(calls.length, 1);
});

test('any argument that differs calls again, and objects are compared by identity', () => {
  const { memo, calls } = counted((d: { value: number }, lang: string, width: number) => `${d.value}/${lang}/${width}`);
  const doc = { value: 1 };
  memo(doc, 'da', 320);
  assert.equal(memo({ value: 1 }, 'da', 320), '1/da/320');
  assert.equal(memo(doc, 'en', 320), '1/en/320');
  assert.equal(memo(doc, 'en', 640), '1/en/640');
  assert.equal(calls.length, 4);
});

test('arguments are compared with Object.is: NaN is itself, 0 and -0 differ', () => {
  const { memo, calls } = counted((x: number) => x);
  memo(NaN);
  memo(NaN);
  assert.equal(calls.length, 1);
  memo(0);
  memo(-0);
  assert.equal(calls.length, 3);
});

test('only the last call is remembered', () => {
  const { memo, calls } = counted((x: string) => x.toUpperCase());
  memo('a');
  memo('b');
  memo('a');
  assert.deepEqual(calls, [['a'], ['b'], ['a']]);
});

test('a different number of arguments is a different call, even when the missing one is undefined', () => {
  const { memo, calls } = counted((x: number, y?: number) => x + (y ?? 0));
  memo(1);
  memo(1, undefined);
  memo(1, undefined);
  assert.equal(calls.length, 2);
});

test('an undefined result is remembered like any other', () => {
  const { memo, calls } = counted((_x: number): string | undefined => undefined);
  assert.equal(memo(1), undefined);
  assert.equal(memo(1), undefined);
  assert.equal(calls.length, 1);
});

test('a call that throws is not remembered; the result before it still is', () => {
  const { memo, calls } = counted((x: number) => {
    if (x < 0) throw new RangeError('negative');
    return x * 2;
  });
  assert.equal(memo(2), 4);
  assert.throws(() => memo(-1), RangeError);
  assert.throws(() => memo(-1), RangeError);
  assert.equal(memo(2), 4);
  assert.equal(calls.length, 3);
});
