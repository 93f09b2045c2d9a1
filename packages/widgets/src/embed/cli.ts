/**
 * praksis-embed page FILE: writes a static embed page for one JSON document (see static-page.ts),
 * for CMSs that take only an iframe and readers without JavaScript. `run` works against an injected
 * IO so it is tested without spawning a process.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseJsonText } from '@praksis/schema';
import { staticEmbedPage, type StaticPageOptions } from './static-page.js';

export interface CliIo {
  readFile(path: string): string;
  writeFile(path: string, text: string): void;
  stdout(text: string): void;
  stderr(line: string): void;
}

export const EXIT_OK = 0;
export const EXIT_INVALID = 1;
export const EXIT_ERROR = 2;

const USAGE = [
  'Usage: praksis-embed page FILE [--lang da|en] [--base URL] [--attr NAME=VALUE]... [--out FILE]',
  'Writes a static embed page for the JSON document FILE: the widget with the data inside, and its',
  'key figure and source line as plain text for readers without JavaScript.',
  '  --lang   language of the page and its text (default da)',
  '  --base   URL of the CDN folder with praksis-embed.js and the widgets, ending in / (default: next to the page)',
  '  --attr   an attribute for the element, e.g. --attr suppress-below=10 (repeatable)',
  '  --out    the file to write (default: standard output)',
  'Exit status: 0 written, 1 the document is invalid (one line per problem), 2 bad usage or unreadable file.',
];

interface Options extends StaticPageOptions {
  file?: string;
  out?: string;
  help: boolean;
}

function parseArgs(argv: readonly string[]): Options | string {
  const [command, ...rest] = argv;
  if (command === '-h' || command === '--help') return { help: true };
  if (command !== 'page') return command ? `unknown command ${command}` : 'no command';
  const options: Options = { help: false, attributes: {} };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? '';
    const eq = arg.indexOf('=');
    const [flag, inline] = arg.startsWith('--') && eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
    const value = () => inline ?? rest[++i];
    if (flag === '-h' || flag === '--help') options.help = true;
    else if (flag === '--lang') {
      const lang = value();
      if (lang !== 'da' && lang !== 'en') return `--lang must be da or en, not ${lang ?? '(nothing)'}`;
      options.lang = lang;
    } else if (flag === '--base') {
      const base = value();
      if (!base) return '--base needs a URL';
      options.base = base.endsWith('/') ? base : `${base}/`;
    } else if (flag === '--out') {
      options.out = value();
      if (!options.out) return '--out needs a file name';
    } else if (flag === '--attr') {
      const pair = value() ?? '';
      const at = pair.indexOf('=');
      if (at < 1) return `--attr needs NAME=VALUE, not ${pair || '(nothing)'}`;
      options.attributes = { ...options.attributes, [pair.slice(0, at)]: pair.slice(at + 1) };
    } else if (arg.startsWith('-')) return `unknown option ${arg}`;
    else if (options.file === undefined) options.file = arg;
    else return `one FILE only, not also ${arg}`;
  }
  return options;
}

export function run(argv: readonly string[], io: CliIo): number {
  const options = parseArgs(argv);
  if (typeof options === 'string') {
    io.stderr(`praksis-embed: ${options}`);
    USAGE.forEach((line) => io.stderr(line));
    return EXIT_ERROR;
  }
  if (options.help) {
    io.stdout(`${USAGE.join('\n')}\n`);
    return EXIT_OK;
  }
  const { file } = options;
  if (file === undefined) {
    USAGE.forEach((line) => io.stderr(line));
    return EXIT_ERROR;
  }
  let text: string;
  try {
    text = io.readFile(file);
  } catch (error) {
    io.stderr(`${file}: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT_ERROR;
  }
  const lang = options.lang ?? 'da';
  // JSON text as every route reads it. Not JSON: like an unreadable file; keys given twice or
  // nesting too deep: like an invalid document, at their pointers.
  const parsed = parseJsonText(text);
  if (!parsed.ok) {
    for (const issue of parsed.issues) io.stderr(`${file}: ${issue.path === '' ? '' : `${issue.path} `}${issue.message[lang]}`);
    return parsed.syntax ? EXIT_ERROR : EXIT_INVALID;
  }
  const result = staticEmbedPage(parsed.data, options);
  if (!result.ok) {
    for (const issue of result.issues) io.stderr(`${file}: ${issue.path === '' ? '(root)' : issue.path} ${issue.message[lang]}`);
    return EXIT_INVALID;
  }
  if (options.out === undefined) io.stdout(result.html);
  else {
    try {
      io.writeFile(options.out, result.html);
    } catch (error) {
      io.stderr(`${options.out}: ${error instanceof Error ? error.message : String(error)}`);
      return EXIT_ERROR;
    }
    io.stderr(`${options.out}: <praksis-${result.widget}> with “${result.summary.figure}”`);
  }
  return EXIT_OK;
}

export const nodeIo: CliIo = {
  readFile: (path) => readFileSync(path, 'utf8'),
  writeFile: (path, text) => writeFileSync(path, text),
  stdout: (text) => void process.stdout.write(text),
  stderr: (line) => void process.stderr.write(`${line}\n`),
};

/** Entry point for bin/praksis-embed.js. */
export function main(argv: readonly string[] = process.argv.slice(2)): number {
  return run(argv, nodeIo);
}
