/**
 * praksis-validate FILE...: checks JSON documents against the schema named in their `$schema`.
 * `run` does the work against an injected IO so it can be tested without spawning a process.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { LocalizedMessage } from './issue.js';
import { parseJsonText } from './json-text.js';
import * as m from './messages.js';
import { validateDocument } from './registry.js';
import { EXIT_ERROR, EXIT_INVALID, EXIT_OK } from './exit-codes.js';

export interface CliIo {
  /** Returns the file's text; throws (like fs.readFileSync) when it can't. */
  readFile(path: string): string;
  stdout(line: string): void;
  stderr(line: string): void;
}

export { EXIT_ERROR, EXIT_INVALID, EXIT_OK };

const USAGE = [
  'Usage: praksis-validate [--lang en|da] FILE...',
  'Checks Praksis Widgets JSON documents against the schema named in their "$schema".',
  'Prints "FILE: ok", or one line per problem: "FILE: /json/pointer message".',
  'A file that is not JSON is reported as "FILE: invalid JSON at LINE:COLUMN: ...";',
  'a key given twice in one object, or nesting deeper than 32 levels, as a problem at its pointer.',
  'Exit status: 0 all valid, 1 some document invalid, 2 a file could not be read or parsed.',
];

type Lang = keyof LocalizedMessage;

interface Options {
  lang: Lang;
  files: string[];
  help: boolean;
}

/** Options, or what is wrong with the arguments. */
function parseOptions(argv: readonly string[]): Options | string {
  // Not strict: an unknown option and a --lang without a value are reported in this tool's words.
  const { values, positionals, tokens } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: false,
    tokens: true,
    options: { lang: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  // --help takes no value: --help=x is as unknown as --verbose.
  const unknown = tokens.find((token) => token.kind === 'option' && (token.name === 'help' ? token.inlineValue : token.name !== 'lang'));
  if (unknown?.kind === 'option') return `unknown option ${unknown.inlineValue ? `${unknown.rawName}=${unknown.value}` : unknown.rawName}`;
  const { lang = 'en' } = values;
  if (lang !== 'en' && lang !== 'da') return `--lang must be en or da, not ${typeof lang === 'string' ? lang : '(nothing)'}`;
  return { lang, files: positionals, help: values.help === true };
}

function readError(error: unknown): LocalizedMessage {
  const code = (error as { code?: unknown } | null)?.code;
  return m.unreadable(typeof code === 'string' ? code : error instanceof Error ? error.message : String(error));
}

/** Validates one file; returns its exit status. */
function checkFile(file: string, lang: Lang, io: CliIo): number {
  let text: string;
  try {
    text = io.readFile(file);
  } catch (error) {
    io.stderr(`${file}: ${readError(error)[lang]}`);
    return EXIT_ERROR;
  }
  const parsed = parseJsonText(text);
  // Not JSON at all: like an unreadable file. JSON that is no document (a key given twice,
  // nesting too deep): like an invalid one, with pointers.
  if (!parsed.ok && parsed.syntax) {
    io.stderr(`${file}: ${parsed.issues[0].message[lang]}`);
    return EXIT_ERROR;
  }
  const issues = parsed.ok ? validateDocument(parsed.data).issues : parsed.issues;
  if (issues.length === 0) {
    io.stdout(`${file}: ok`);
    return EXIT_OK;
  }
  for (const issue of issues) io.stdout(`${file}: ${issue.path === '' ? '(root)' : issue.path} ${issue.message[lang]}`);
  return EXIT_INVALID;
}

/** Runs the command line; returns the exit status. */
export function run(argv: readonly string[], io: CliIo): number {
  const options = parseOptions(argv);
  if (typeof options === 'string') {
    io.stderr(`praksis-validate: ${options}`);
    USAGE.forEach((line) => io.stderr(line));
    return EXIT_ERROR;
  }
  if (options.help) {
    USAGE.forEach((line) => io.stdout(line));
    return EXIT_OK;
  }
  if (options.files.length === 0) {
    USAGE.forEach((line) => io.stderr(line));
    return EXIT_ERROR;
  }
  let status = EXIT_OK;
  for (const file of options.files) status = Math.max(status, checkFile(file, options.lang, io));
  return status;
}

export const nodeIo: CliIo = {
  readFile: (path) => readFileSync(path, 'utf8'),
  stdout: (line) => void process.stdout.write(`${line}\n`),
  stderr: (line) => void process.stderr.write(`${line}\n`),
};

/** Entry point for bin/praksis-validate.js. */
export function main(argv: readonly string[] = process.argv.slice(2)): number {
  return run(argv, nodeIo);
}
