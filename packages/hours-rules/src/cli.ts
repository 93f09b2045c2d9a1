/**
 * praksis-hours check FILE... [--json] [--at ISO] [--lang da|en] [--max-age-months N]
 * praksis-hours badge FILE [--at ISO] [--lang da|en] [--href URL]   the static SVG badge, linked to its details page
 * praksis-hours jsonld FILE [--at ISO] [--lang da|en]               schema.org JSON-LD
 * praksis-hours osm FILE                                             OSM opening_hours
 *
 * badge exits like check; jsonld and osm exit 0 when they wrote their output (osm 1 when no
 * consultation hours are stated, so there is nothing to write); every command exits 2 on
 * invalid input, naming the JSON pointers.
 *
 * Exit codes: 0 every practice meets the rules; 1 at least one does not meet them, is incomplete,
 * is stale or was confirmed after --at (only "meets" passes, so a CI gate never waves through
 * missing information);
 * 2 invalid input (bad arguments, unreadable file, unparsable JSON, a document that is not a
 * schema-valid accessibility declaration, or no rule set in force at --at). 2 wins over 1; the
 * valid files are still reported. Warnings (overlapping intervals) go to stderr and change no exit code.
 *
 * The only module with Node APIs; `run` takes its I/O as an argument so tests need no processes.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { parseJsonText, validateDocument, type ValidationIssue } from '@praksis/schema';
import { textIn, type AccessibilityDeclaration, type Lang } from './declaration.js';
import { evaluate, type Evaluation, type Overall, type RuleStatus } from './evaluate.js';
import { MAX_AGE_MONTHS_LIMIT } from './options.js';
import { ruleSetFor } from './rules/index.js';
import { toInstant } from './time/copenhagen.js';
import { declarationWarnings } from './warnings.js';
import { badgeSvg, DETAILS_PAGE } from './publish/badge-svg.js';
import { toJsonLd } from './publish/jsonld.js';
import { toOsm } from './publish/osm.js';
import { outsideConsultation } from './publish/outside-consultation.js';
import { MAX_HREF_LENGTH, safeHref } from './publish/xml.js';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): Promise<string>;
  /** The current instant; --at overrides it. */
  now(): number;
}

export const EXIT_OK = 0;
export const EXIT_NOT_MET = 1;
export const EXIT_INVALID = 2;

const KIND = 'accessibility-declaration';

export function nodeIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readFile: (path) => readFile(path, 'utf8'),
    now: () => Date.now(),
  };
}

const USAGE = `Usage: praksis-hours check FILE... [--json] [--at ISO-8601] [--lang da|en] [--max-age-months N]
       praksis-hours badge FILE [--at ISO-8601] [--lang da|en] [--max-age-months N] [--href URL]
       praksis-hours jsonld FILE [--at ISO-8601] [--lang da|en]
       praksis-hours osm FILE

badge prints the static SVG badge, linking to its details page (--href, default ${DETAILS_PAGE};
--href "" for no link), jsonld the schema.org JSON-LD, osm the OpenStreetMap opening_hours of the
consultation hours.

Judges accessibility declarations against the collective-agreement rules in force at --at
(default: now), in Danish local time. --at is ISO 8601; without an offset
(2026-03-29T10:00, or a bare date) it is Copenhagen time.
Exit codes: 0 all meet, 1 some do not meet / are incomplete / are stale / are dated after --at,
2 invalid input. Warnings (overlapping intervals) go to stderr and change no exit code.
badge exits like check; jsonld and osm exit 0 when they wrote their output (osm 1 when no
consultation hours are stated); all exit 2 on invalid input.
`;

const COMMANDS = ['check', 'badge', 'jsonld', 'osm'] as const;
type Command = (typeof COMMANDS)[number];

type FileResult =
  | {
      file: string;
      valid: true;
      practice: { name: string; ydernummer: string };
      evaluation: Evaluation;
      declaration: AccessibilityDeclaration;
      /** Allowed but probably slips (overlapping intervals); they change no result. */
      warnings: ValidationIssue[];
    }
  | { file: string; valid: false; issues: ValidationIssue[] };

const STATUS_LABEL: Record<Lang, Record<RuleStatus | 'informational', string>> = {
  da: {
    met: 'opfyldt',
    'not-met': 'ikke opfyldt',
    'not-stated': 'ikke oplyst',
    'not-applicable': 'ikke gældende',
    informational: 'til orientering',
  },
  en: {
    met: 'met',
    'not-met': 'not met',
    'not-stated': 'not stated',
    'not-applicable': 'not in force',
    informational: 'information',
  },
};

const OVERALL_LABEL: Record<Lang, Record<Overall, string>> = {
  da: { meets: 'OPFYLDER', 'does-not-meet': 'OPFYLDER IKKE', incomplete: 'UFULDSTÆNDIG', stale: 'FORÆLDET', 'future-dated': 'DATERET EFTER' },
  en: { meets: 'MEETS', 'does-not-meet': 'DOES NOT MEET', incomplete: 'INCOMPLETE', stale: 'STALE', 'future-dated': 'DATED LATER' },
};

function issue(message: string): ValidationIssue {
  return { path: '', message: { da: message, en: message } };
}

/** A schema-valid declaration from a file, or what is wrong with it. */
async function readDeclaration(file: string, io: CliIo): Promise<{ declaration: AccessibilityDeclaration } | { issues: ValidationIssue[] }> {
  let text: string;
  try {
    text = await io.readFile(file);
  } catch (error) {
    return { issues: [issue(error instanceof Error ? error.message : String(error))] };
  }
  // JSON text as every route reads it: a byte-order mark skipped, line:column, keys given twice, depth.
  const parsed = parseJsonText(text);
  if (!parsed.ok) return { issues: parsed.issues };
  const { data } = parsed;
  const validation = validateDocument(data);
  if (validation.issues.length > 0) return { issues: validation.issues };
  if (validation.kind !== KIND) return { issues: [{ path: '/$schema', message: { da: `Ikke en ${KIND}`, en: `Not an ${KIND}` } }] };
  return { declaration: data as AccessibilityDeclaration };
}

async function checkFile(
  file: string,
  io: CliIo,
  at: number,
  lang: Lang,
  maxAgeMonths: number | undefined,
): Promise<FileResult> {
  const read = await readDeclaration(file, io);
  if ('issues' in read) return { file, valid: false, issues: read.issues };
  const { declaration } = read;
  const ruleSet = ruleSetFor(at);
  if (!ruleSet) return { file, valid: false, issues: [issue(`No rule set in force at ${new Date(at).toISOString()}`)] };
  return {
    file,
    valid: true,
    practice: { name: textIn(declaration.practice.name, lang), ydernummer: declaration.practice.ydernummer },
    evaluation: evaluate(declaration, { ruleSet, at, maxAgeMonths }),
    declaration,
    warnings: declarationWarnings(declaration),
  };
}

function pad(text: string, width: number): string {
  return text.length >= width ? `${text} ` : text.padEnd(width);
}

function human(result: FileResult, lang: Lang): string {
  if (!result.valid) {
    const heading = lang === 'da' ? 'ugyldig' : 'invalid';
    const lines = result.issues.map((i) => `  ${i.path || '/'}  ${i.message[lang]}`);
    return `${result.file}: ${heading}\n${lines.join('\n')}\n`;
  }
  const { practice, evaluation } = result;
  const id = lang === 'da' ? 'ydernr.' : 'provider no.';
  const lines = [
    `${practice.name} · ${id} ${practice.ydernummer} · ${result.file}`,
    `${OVERALL_LABEL[lang][evaluation.overall]}: ${evaluation.summary[lang]}`,
    ...evaluation.rules.map((r) => {
      const label = STATUS_LABEL[lang][r.informational ? 'informational' : r.status];
      return `  ${pad(label, 16)}${pad(r.id, 20)}${r.explanation[lang]}`;
    }),
  ];
  return `${lines.join('\n')}\n`;
}

function warningText(file: string, warnings: readonly ValidationIssue[], lang: Lang): string {
  const heading = lang === 'da' ? 'advarsel' : 'warning';
  return `${warnings.map((w) => `${file}: ${heading}: ${w.path}  ${w.message[lang]}`).join('\n')}\n\n`;
}

interface Options {
  command: Command;
  files: string[];
  /** The details page the badge links to; empty for none. */
  href: string;
  json: boolean;
  at: number;
  lang: Lang;
  /** Undefined: evaluate's default (12). */
  maxAgeMonths: number | undefined;
}

type Parsed = { options: Options } | { help: true } | { error: string };

/** Options, a request for help, or what is wrong with the arguments. */
function parseOptions(argv: readonly string[], io: CliIo): Parsed {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        at: { type: 'string' },
        lang: { type: 'string', default: 'da' },
        'max-age-months': { type: 'string' },
        href: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
  const { values, positionals } = parsed;
  if (values.help) return { help: true };
  const [command, ...files] = positionals;
  if (!COMMANDS.includes(command as Command)) return { error: `Unknown command: ${command ?? '(none)'}` };
  if (files.length === 0) return { error: 'No files given' };
  if (command !== 'check' && files.length > 1) return { error: `${command} takes one file` };
  const lang = values.lang;
  if (lang !== 'da' && lang !== 'en') return { error: `--lang must be da or en, not ${lang}` };
  const maxAgeMonths = values['max-age-months'] === undefined ? undefined : Number(values['max-age-months']);
  // Bounded here as evaluate bounds it, so an out-of-range value is a usage error (exit 2), not a crash.
  if (maxAgeMonths !== undefined && (!Number.isInteger(maxAgeMonths) || maxAgeMonths < 1 || maxAgeMonths > MAX_AGE_MONTHS_LIMIT)) {
    return { error: `--max-age-months must be a whole number from 1 to ${MAX_AGE_MONTHS_LIMIT}` };
  }
  // A link the badge would drop is a usage error, not a badge silently without its link.
  if (values.href !== undefined && values.href.trim() !== '' && safeHref(values.href) === undefined) {
    return { error: `--href must be an http(s) or relative address of at most ${MAX_HREF_LENGTH} characters` };
  }
  let at: number;
  try {
    at = values.at === undefined ? io.now() : toInstant(values.at);
  } catch {
    return { error: `--at is not an ISO 8601 instant: ${values.at}` };
  }
  return { options: { command: command as Command, files, href: values.href ?? DETAILS_PAGE, json: values.json, at, lang, maxAgeMonths } };
}

/** Runs the CLI; resolves to the exit code. */
export async function run(argv: readonly string[], io: CliIo = nodeIo()): Promise<number> {
  const parsed = parseOptions(argv, io);
  if ('help' in parsed) {
    io.stdout(USAGE);
    return EXIT_OK;
  }
  if ('error' in parsed) {
    io.stderr(`${parsed.error}\n${USAGE}`);
    return EXIT_INVALID;
  }
  const { options } = parsed;
  const { at, lang } = options;
  if (options.command !== 'check') return publish(options, io);
  const results: FileResult[] = [];
  for (const file of options.files) results.push(await checkFile(file, io, at, lang, options.maxAgeMonths));
  if (options.json) {
    // The declaration itself is the input, not part of the report.
    const reported = results.map((r) => (r.valid ? { file: r.file, valid: r.valid, practice: r.practice, evaluation: r.evaluation, warnings: r.warnings } : r));
    io.stdout(`${JSON.stringify({ at: new Date(at).toISOString(), results: reported }, null, 2)}\n`);
  } else {
    for (const result of results) {
      const text = `${human(result, lang)}\n`;
      if (result.valid) io.stdout(text);
      else io.stderr(text);
      if (result.valid && result.warnings.length > 0) io.stderr(warningText(result.file, result.warnings, lang));
    }
  }
  if (results.some((r) => !r.valid)) return EXIT_INVALID;
  return results.every((r) => r.valid && r.evaluation.overall === 'meets') ? EXIT_OK : EXIT_NOT_MET;
}

/** badge, jsonld and osm: one file in, one output out. */
async function publish(options: Options, io: CliIo): Promise<number> {
  const file = options.files[0] ?? '';
  const { lang } = options;
  if (options.command === 'badge') {
    const result = await checkFile(file, io, options.at, lang, options.maxAgeMonths);
    if (!result.valid) {
      io.stderr(`${human(result, lang)}\n`);
      return EXIT_INVALID;
    }
    if (result.warnings.length > 0) io.stderr(warningText(file, result.warnings, lang));
    io.stdout(badgeSvg(result.declaration, result.evaluation, { lang, ...(options.href ? { href: options.href } : {}) }));
    return result.evaluation.overall === 'meets' ? EXIT_OK : EXIT_NOT_MET;
  }
  // JSON-LD and OSM say what the declaration says; they judge nothing, so need no rule set in force.
  const read = await readDeclaration(file, io);
  if ('issues' in read) {
    io.stderr(`${human({ file, valid: false, issues: read.issues }, lang)}\n`);
    return EXIT_INVALID;
  }
  const { declaration } = read;
  const warnings = declarationWarnings(declaration);
  if (warnings.length > 0) io.stderr(warningText(file, warnings, lang));
  // Said on stderr, no change to the exit code: the output is right, but carries less than the declaration.
  const outside = outsideConsultation(declaration);
  if (outside.length > 0) {
    const kinds = outside.join(', ');
    io.stderr(
      lang === 'da'
        ? `${file}: bemærk: ${kinds} ligger uden for konsultationstiderne og kommer ikke med\n`
        : `${file}: note: ${kinds} lies outside the consultation hours and is left out\n`,
    );
  }
  switch (options.command) {
    case 'jsonld':
      io.stdout(`${JSON.stringify(toJsonLd(declaration, { lang, at: options.at }), null, 2)}\n`);
      return EXIT_OK;
    default: {
      const osm = toOsm(declaration);
      if (osm === undefined) {
        io.stderr(lang === 'da' ? `${file}: ingen konsultationstider oplyst\n` : `${file}: no consultation hours stated\n`);
        return EXIT_NOT_MET;
      }
      io.stdout(`${osm}\n`);
      return EXIT_OK;
    }
  }
}
