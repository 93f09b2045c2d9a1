/**
 * praksis-embed page FILE: writes a static embed page for one JSON document (see static-page.ts),
 * for CMSs that take only an iframe and readers without JavaScript. `run` works against an injected
 * IO so it is tested without spawning a process.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { parseJsonText } from '@praksis/schema';
import { EXIT_ERROR, EXIT_INVALID, EXIT_OK } from '@praksis/schema/exit-codes.js';
import { filesFolder, folderProblem } from './files-folder.js';
import { oembedFileFor } from './oembed.js';
import { serverRenderer, type ServerRender } from './server-render.js';
import { staticEmbedPage, type StaticPageOptions } from './static-page.js';

export interface CliIo {
  readFile(path: string): string;
  writeFile(path: string, text: string): void;
  stdout(text: string): void;
  stderr(line: string): void;
}

export { EXIT_ERROR, EXIT_INVALID, EXIT_OK };

const USAGE = [
  'Usage: praksis-embed page FILE [--lang da|en] [--base URL] [--attr NAME=VALUE]... [--url URL --out FILE | --out FILE]',
  'Writes a static embed page for the JSON document FILE: the widget with the data inside, and its',
  'key figure and source line as plain text for readers without JavaScript.',
  '  --lang   language of the page: its title and text, and the widget\'s (default da; not --attr lang)',
  '  --base   URL of the CDN folder with praksis-embed.js and the widgets, ending in / (default: next to the page);',
  '           the folder only, without ?query or #fragment',
  '  --attr   an attribute for the element, e.g. --attr suppress-below=10 (repeatable)',
  '  --out    the file to write (default: standard output)',
  '  --url    the address the page will have; adds oEmbed discovery and writes its response next to --out (NAME.oembed.json)',
  'Exit status: 0 written, 1 the document is invalid (one line per problem), 2 bad usage or unreadable file.',
];

interface Options extends StaticPageOptions {
  file?: string;
  out?: string;
  help: boolean;
}

/** The command line as options, or what is wrong with it. */
function readArgs(argv: readonly string[]): Options | string {
  const [command, ...rest] = argv;
  if (command === '-h' || command === '--help') return { help: true };
  if (command !== 'page') return command ? `unknown command ${command}` : 'no command';
  let parsed;
  try {
    parsed = parseArgs({
      args: [...rest],
      allowPositionals: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        lang: { type: 'string' },
        base: { type: 'string' },
        out: { type: 'string' },
        attr: { type: 'string', multiple: true },
        url: { type: 'string' },
      },
    });
  } catch (error) {
    // parseArgs names the option; its own wording, without the hint for positional values.
    return (error as Error).message.split('. ')[0] ?? 'bad arguments';
  }
  const { values, positionals } = parsed;
  const options: Options = { help: values.help ?? false, attributes: {} };
  if (values.lang !== undefined) {
    if (values.lang !== 'da' && values.lang !== 'en') return `--lang must be da or en, not ${values.lang || '(nothing)'}`;
    options.lang = values.lang;
  }
  if (values.base !== undefined) {
    if (!values.base.trim()) return '--base needs a URL';
    const problem = folderProblem(values.base);
    if (problem) return `--base: ${problem.en}`;
    options.base = filesFolder(values.base);
  }
  if (values.out !== undefined) {
    if (!values.out) return '--out needs a file name';
    options.out = values.out;
  }
  if (values.url !== undefined) {
    if (values.out === undefined) return '--url needs --out: the oEmbed response is written next to the page';
    if (!/^https?:\/\/[^/]/i.test(values.url)) return `--url needs the page's absolute http(s) address, not ${values.url || '(nothing)'}`;
    options.url = values.url;
  }
  for (const pair of values.attr ?? []) {
    const at = pair.indexOf('=');
    if (at < 1) return `--attr needs NAME=VALUE, not ${pair || '(nothing)'}`;
    // One language for the page and the widget: an element's own lang would leave the title and text in the other.
    if (pair.slice(0, at).trim().toLowerCase() === 'lang') return `--attr ${pair}: the language is the page's, set with --lang`;
    options.attributes = { ...options.attributes, [pair.slice(0, at)]: pair.slice(at + 1) };
  }
  if (positionals.length > 1) return `one FILE only, not also ${positionals[1]}`;
  options.file = positionals[0];
  return options;
}

/** `render` draws the widget into the page (main() passes Lit's server renderer). */
export async function run(argv: readonly string[], io: CliIo, render?: ServerRender): Promise<number> {
  const options = readArgs(argv);
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
  if (render) await render.prepare(parsed.data, { lang, ...options.attributes });
  // The discovery link names the response file as it is written, next to --out, whatever --url calls the page.
  const oembedFile = options.out === undefined ? undefined : basename(oembedFileFor(options.out));
  const result = staticEmbedPage(parsed.data, { ...options, ...(render ? { render } : {}), ...(oembedFile ? { oembedFile } : {}) });
  if (!result.ok) {
    for (const issue of result.issues) io.stderr(`${file}: ${issue.path === '' ? '(root)' : issue.path} ${issue.message[lang]}`);
    return EXIT_INVALID;
  }
  if (options.out === undefined) io.stdout(result.html);
  else {
    try {
      io.writeFile(options.out, result.html);
      if (result.oembed) io.writeFile(oembedFileFor(options.out), `${JSON.stringify(result.oembed, null, 2)}\n`);
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

/** Entry point for bin/praksis-embed.js: pages with the widget drawn on the server. */
export async function main(argv: readonly string[] = process.argv.slice(2)): Promise<number> {
  const page = argv[0] === 'page' && !argv.includes('--help') && !argv.includes('-h');
  return run(argv, nodeIo, page ? await serverRenderer() : undefined);
}
