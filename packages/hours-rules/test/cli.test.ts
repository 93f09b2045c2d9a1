import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { run, EXIT_INVALID, EXIT_NOT_MET, EXIT_OK, type CliIo } from '../src/cli.js';
import { examplePath } from './fixtures.js';

const NOW = Date.parse('2026-03-04T09:00:00Z');

/** Runs the CLI with captured output; files are read from disk unless given in `files`. */
async function cli(argv: string[], files: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    readFile: (path) => (path in files ? Promise.resolve(files[path] as string) : readFile(path, 'utf8')),
    now: () => NOW,
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

const valid = (name: string) => examplePath(`valid/${name}`);
const invalid = (name: string) => examplePath(`invalid/${name}`);

describe('praksis-hours check', () => {
  test('exit 0 when every practice meets the rules; Danish table by default', async () => {
    const { code, stdout, stderr } = await cli(['check', valid('meets-all.json')]);
    assert.equal(code, EXIT_OK);
    assert.equal(stderr, '');
    assert.match(stdout, /^Lægerne på Havnen \(fiktiv\) · ydernr\. 900201 · /);
    assert.match(stdout, /\nOPFYLDER: Opfylder OK22’s krav til tilgængelighed ifølge praksisens egne oplysninger pr\. 2\. februar 2026\.\n/);
    assert.match(stdout, /\n {2}opfyldt {9}daytime {13}Konsultation med eller uden tidsbestilling dækker kl\. 08:00–16:00/);
    assert.match(stdout, /\n {2}til orientering walk-in/);
  });

  test('exit 1 when one does not meet them, and for incomplete or stale ones', async () => {
    const both = await cli(['check', valid('meets-all.json'), valid('misses-late-consultation.json')]);
    assert.equal(both.code, EXIT_NOT_MET);
    assert.match(both.stdout, /OPFYLDER IKKE: /);
    assert.match(both.stdout, /ikke opfyldt {4}late-consultation {3}Ingen konsultation efter kl\. 16:00/);
    assert.equal((await cli(['check', valid('not-stated-fields.json')])).code, EXIT_NOT_MET);
    assert.equal((await cli(['check', valid('stale-verification.json')])).code, EXIT_NOT_MET);
  });

  test('--lang en and --at', async () => {
    const { code, stdout } = await cli(['check', '--lang', 'en', '--at', '2024-06-12T10:00:00+02:00', valid('early-start-0730.json')]);
    assert.equal(code, EXIT_NOT_MET);
    assert.match(stdout, /· provider no\. 900206 · /);
    assert.match(stdout, /not met {9}phone-consultation {2}Telephone consultation with the doctor only 30 min on Fridays/);
    assert.match(stdout, /not in force {4}video {15}Video consultation is required from 1 January 2025\./);
  });

  test('--json gives the evaluation of each file', async () => {
    const { code, stdout } = await cli(['check', '--json', valid('meets-all.json'), valid('not-stated-fields.json')]);
    assert.equal(code, EXIT_NOT_MET);
    const report = JSON.parse(stdout);
    assert.equal(report.at, '2026-03-04T09:00:00.000Z');
    assert.equal(report.results.length, 2);
    assert.equal(report.results[0].valid, true);
    assert.deepEqual(report.results[0].practice, { name: 'Lægerne på Havnen (fiktiv)', ydernummer: '900201' });
    assert.equal(report.results[0].evaluation.overall, 'meets');
    assert.equal(report.results[1].evaluation.overall, 'incomplete');
    assert.equal(report.results[1].evaluation.rules.find((r: { id: string }) => r.id === 'digital').status, 'not-stated');
  });

  test('exit 2 for a schema-invalid declaration, with the JSON pointer', async () => {
    const { code, stderr } = await cli(['check', invalid('bad-time.json')]);
    assert.equal(code, EXIT_INVALID);
    assert.match(stderr, /bad-time\.json: ugyldig\n {2}\/hours\/consultation\/mon\/0\/to {2}/);
  });

  test('exit 2 for an interval ending before it starts (a semantic check)', async () => {
    const { code, stdout } = await cli(['check', '--json', invalid('to-before-from.json')]);
    assert.equal(code, EXIT_INVALID);
    assert.equal(JSON.parse(stdout).results[0].issues[0].path, '/hours/phone/tue/0/to');
  });

  test('exit 2 for unparsable JSON, a missing file or another kind of document; valid files are still reported', async () => {
    const broken = await cli(['check', 'broken.json', valid('meets-all.json')], { 'broken.json': '{ "practice": ' });
    assert.equal(broken.code, EXIT_INVALID);
    assert.match(broken.stderr, /^broken\.json: ugyldig\n/);
    assert.match(broken.stdout, /OPFYLDER: /);
    assert.equal((await cli(['check', '/nonexistent/declaration.json'])).code, EXIT_INVALID);
    const capacity = await cli(['check', '--lang', 'en', examplePath('../capacity/valid/practice-minimal.json')]);
    assert.equal(capacity.code, EXIT_INVALID);
    assert.match(capacity.stderr, /Not an accessibility-declaration/);
  });

  test('exit 2 for bad arguments', async () => {
    assert.equal((await cli([])).code, EXIT_INVALID);
    assert.equal((await cli(['check'])).code, EXIT_INVALID);
    assert.equal((await cli(['verify', valid('meets-all.json')])).code, EXIT_INVALID);
    assert.equal((await cli(['check', '--lang', 'sv', valid('meets-all.json')])).code, EXIT_INVALID);
    assert.equal((await cli(['check', '--at', 'tomorrow', valid('meets-all.json')])).code, EXIT_INVALID);
    assert.equal((await cli(['check', '--max-age-months', '0', valid('meets-all.json')])).code, EXIT_INVALID);
    const tooOld = await cli(['check', '--max-age-months', '1201', valid('meets-all.json')]); // beyond evaluate's bound: no crash
    assert.equal(tooOld.code, EXIT_INVALID);
    assert.match(tooOld.stderr, /^--max-age-months must be a whole number from 1 to 1200\n/);
    const early = await cli(['check', '--at', '2021-06-01T10:00:00Z', valid('meets-all.json')]);
    assert.equal(early.code, EXIT_INVALID);
    assert.match(early.stderr, /No rule set in force at 2021-06-01T10:00:00\.000Z/);
    const help = await cli(['--help']);
    assert.equal(help.code, EXIT_OK);
    assert.match(help.stdout, /^Usage: praksis-hours check FILE\.\.\./);
  });
});

test('--max-age-months changes when a declaration counts as stale', async () => {
  const file = valid('stale-verification.json'); // last verified 1 September 2024
  const json = async (extra: string[]) => JSON.parse((await cli(['check', '--json', ...extra, file])).stdout).results[0].evaluation;
  assert.equal((await json([])).overall, 'stale');
  const lenient = await json(['--max-age-months', '24']);
  assert.equal(lenient.overall, 'meets');
  assert.equal(lenient.staleFrom, '2026-09-02');
});

describe('praksis-hours badge, jsonld and osm', () => {
  const recurring = valid('recurring-closures.json');

  test('badge prints the SVG and exits like check: 0 meets, 1 otherwise', async () => {
    const meets = await cli(['badge', recurring, '--at', '2026-12-01', '--href', 'detaljer.html']);
    assert.equal(meets.code, EXIT_OK);
    assert.match(meets.stdout, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    assert.match(meets.stdout, />Opfylder OK22’s krav til tilgængelighed</);
    assert.match(meets.stdout, /<a href="detaljer\.html">/);
    const stale = await cli(['badge', recurring, '--at', '2028-12-01', '--lang', 'en']);
    assert.equal(stale.code, EXIT_NOT_MET);
    assert.match(stale.stdout, />Not assessed: the information is out of date</);
    const misses = await cli(['badge', valid('misses-late-consultation.json'), '--at', '2026-03-04']);
    assert.equal(misses.code, EXIT_NOT_MET);
    assert.match(misses.stdout, />Opfylder ikke alle /);
  });

  test('badge links to its details page: praksis-badge.html unless --href names another, none for --href ""', async () => {
    const plain = await cli(['badge', recurring, '--at', '2026-12-01']);
    assert.match(plain.stdout, /<a href="praksis-badge\.html">/);
    for (const href of ['javascript:alert(1)', `https://example.dk/${'a'.repeat(300)}`]) {
      const refused = await cli(['badge', recurring, '--href', href]);
      assert.equal(refused.code, EXIT_INVALID, href.slice(0, 30));
      assert.match(refused.stderr, /--href must be an http\(s\) or relative address of at most 300 characters/);
      assert.equal(refused.stdout, '');
    }
    const none = await cli(['badge', recurring, '--at', '2026-12-01', '--href', '']);
    assert.doesNotMatch(none.stdout, /<a /);
    assert.match(none.stdout, /role="img"/);
  });

  test('jsonld and osm exit 0 with their output', async () => {
    const ld = await cli(['jsonld', recurring, '--at', '2026-12-01']);
    assert.equal(ld.code, EXIT_OK);
    assert.equal(JSON.parse(ld.stdout)['@type'], 'MedicalClinic');
    const osm = await cli(['osm', recurring]);
    assert.equal(osm.code, EXIT_OK);
    assert.equal(osm.stdout, 'Mo,We-Fr 08:00-16:00; Tu 08:00-18:00; Dec 24 off; Dec 31 off; Jun 05 off; Th[1] 08:00-12:00; 2027 Jul 05-2027 Jul 23 off; PH off\n');
  });

  test('jsonld and osm judge nothing, so write their output at a moment no rule set covers', async () => {
    const ld = await cli(['jsonld', recurring, '--at', '2021-06-01']);
    assert.equal(ld.code, EXIT_OK, ld.stderr);
    assert.equal(JSON.parse(ld.stdout)['@type'], 'MedicalClinic');
    const osm = await cli(['osm', recurring, '--at', '2021-06-01']);
    assert.equal(osm.code, EXIT_OK, osm.stderr);
    const badge = await cli(['badge', recurring, '--at', '2021-06-01']);
    assert.equal(badge.code, EXIT_INVALID);
    assert.match(badge.stderr, /No rule set in force/);
  });

  test('jsonld and osm say on stderr, exit 0 still, when late consultation lies outside the hours they write', async () => {
    const doc = JSON.parse(await readFile(recurring, 'utf8'));
    doc.hours.lateConsultation = { thu: [{ from: '16:00', to: '19:00' }] };
    for (const command of ['jsonld', 'osm']) {
      const { code, stderr } = await cli([command, 'x.json', '--at', '2026-12-01'], { 'x.json': JSON.stringify(doc) });
      assert.equal(code, EXIT_OK, command);
      assert.match(stderr, /x\.json: bemærk: lateConsultation ligger uden for konsultationstiderne/);
    }
    const plain = await cli(['osm', recurring]);
    assert.equal(plain.stderr, '');
  });

  test('osm exits 1 when there are no consultation hours to write', async () => {
    const doc = JSON.parse(await readFile(recurring, 'utf8'));
    delete doc.hours.consultation;
    const { code, stdout, stderr } = await cli(['osm', 'x.json'], { 'x.json': JSON.stringify(doc) });
    assert.equal(code, EXIT_NOT_MET);
    assert.equal(stdout, '');
    assert.match(stderr, /ingen konsultationstider/);
  });

  test('all exit 2 on invalid input, naming the pointer, and print nothing on stdout', async () => {
    for (const command of ['badge', 'jsonld', 'osm']) {
      const { code, stdout, stderr } = await cli([command, invalid('recurring-closure-impossible-date.json')]);
      assert.equal(code, EXIT_INVALID, command);
      assert.equal(stdout, '');
      assert.match(stderr, /\/recurringClosures\/0\/yearly/);
      assert.equal((await cli([command, 'a.json', 'b.json'])).code, EXIT_INVALID);
      assert.equal((await cli([command, 'x.json'], { 'x.json': '{' })).code, EXIT_INVALID);
    }
  });
});
