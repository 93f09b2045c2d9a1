/** Overlapping and repeated intervals: read as their union, reported with a pointer by the CLI. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { declarationWarnings, dkOk22, evaluate, openNow } from '../src/index.js';
import { run, EXIT_OK, type CliIo } from '../src/cli.js';
import { AT, declaration, iv } from './fixtures.js';

const overlapping = declaration((d) => {
  d.hours.phone!.mon = [iv('08:00', '12:00'), iv('11:00', '12:30'), iv('08:00', '12:00')];
  d.exceptions = [{ date: '2026-03-05', reason: 'Møde', hours: { consultation: [iv('08:00', '16:00'), iv('15:00', '17:00')] } }];
});

test('each overlapping or repeated interval is named with the one it meets; touching ones are not', () => {
  assert.deepEqual(
    declarationWarnings(overlapping).map((w) => [w.path, w.message.en]),
    [
      ['/hours/phone/mon/1', 'overlaps the interval 08:00–12:00 (/hours/phone/mon/0); they are read together as one'],
      ['/hours/phone/mon/2', 'repeats the interval 08:00–12:00 (/hours/phone/mon/0); it counts once'],
      ['/exceptions/0/hours/consultation/1', 'overlaps the interval 08:00–16:00 (/exceptions/0/hours/consultation/0); they are read together as one'],
    ],
  );
  assert.match(declarationWarnings(overlapping)[0]!.message.da, /^overlapper intervallet 08:00–12:00/);
  assert.deepEqual(declarationWarnings(declaration((d) => (d.hours.phone!.mon = [iv('08:00', '12:00'), iv('12:00', '12:30')]))), []);
});

test('the verdict and the badge are unaffected: the union is what counts', () => {
  assert.equal(evaluate(overlapping, { ruleSet: dkOk22, at: AT }).overall, 'meets');
  assert.equal(openNow(overlapping, 'phone', '2026-03-09T12:15:00+01:00').until?.time, '12:30');
});

test('praksis-hours check prints the warnings with their pointers on stderr; the exit code is unchanged', async () => {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    readFile: () => Promise.resolve(JSON.stringify(overlapping)),
    now: () => Date.parse(AT),
  };
  assert.equal(await run(['check', '--lang', 'en', 'x.json'], io), EXIT_OK);
  assert.match(stdout, /^Testpraksis/);
  assert.match(stderr, /^x\.json: warning: \/hours\/phone\/mon\/1 {2}overlaps the interval 08:00–12:00/);
  assert.equal(stderr.split('\n').filter((l) => l.includes('warning')).length, 3);
  stdout = '';
  await run(['check', '--json', 'x.json'], io);
  assert.deepEqual(
    JSON.parse(stdout).results[0].warnings.map((w: { path: string }) => w.path),
    ['/hours/phone/mon/1', '/hours/phone/mon/2', '/exceptions/0/hours/consultation/1'],
  );
});
