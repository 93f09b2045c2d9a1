// No import cycles in the packages' sources (packages/*/src, tests left out): a module that imports,
// directly or through others, a module that imports it cannot be read, tested or loaded on demand
// on its own. Every import counts: static and `import()`, values and types, within a package and
// across packages (to their sources, through the packages' "source" export condition).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('../../', import.meta.url));
const packages = join(root, 'packages');

/** The packages' source files, tests left out. */
function sources(): string[] {
  return readdirSync(packages).flatMap((pkg) => {
    const src = join(packages, pkg, 'src');
    let files: string[];
    try {
      files = readdirSync(src, { recursive: true, encoding: 'utf8' });
    } catch {
      return [];
    }
    return files
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && !f.endsWith('.test.ts'))
      .map((f) => realpathSync(join(src, f)));
  });
}

/** The module specifiers a file imports or re-exports, and those it loads with `import()`. */
function specifiers(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = node.arguments;
      if (arg && ts.isStringLiteralLike(arg)) found.push(arg.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

type Exports = Record<string, string | { source?: string }>;

/** The workspace packages by name: their folder and their exports. */
const workspace = new Map(
  readdirSync(packages).flatMap((dir) => {
    try {
      const { name, exports } = JSON.parse(readFileSync(join(packages, dir, 'package.json'), 'utf8')) as { name: string; exports: Exports };
      return [[name, { dir: join(packages, dir), exports }] as const];
    } catch {
      return [];
    }
  }),
);

/** A workspace package's module (`@praksis/core`, `@praksis/core/format.js`) as its source file, by its "source" condition. */
function workspaceSource(specifier: string): string | undefined {
  const [scope, name, ...rest] = specifier.split('/');
  const pkg = workspace.get(`${scope}/${name}`);
  if (!pkg) return undefined;
  const subpath = ['.', ...rest].join('/');
  for (const [key, target] of Object.entries(pkg.exports)) {
    const source = typeof target === 'string' ? undefined : target.source;
    if (!source) continue;
    const [before, after] = key.split('*');
    if (after === undefined ? subpath === key : subpath.startsWith(before!) && subpath.endsWith(after)) {
      const star = after === undefined ? '' : subpath.slice(before!.length, subpath.length - after.length);
      return join(pkg.dir, source.replace('*', star));
    }
  }
  return undefined;
}

/** Each source file and the source files it imports. */
function importGraph(files: readonly string[]): Map<string, string[]> {
  const options: ts.CompilerOptions = { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler };
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const targets = specifiers(file).flatMap((specifier) => {
      const resolved = specifier.startsWith('.')
        ? ts.resolveModuleName(specifier, file, options, ts.sys).resolvedModule?.resolvedFileName
        : workspaceSource(specifier);
      const target = resolved && existsSync(resolved) ? realpathSync(resolved) : undefined;
      return target && known.has(target) ? [target] : [];
    });
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** The cycles of a graph, one per strongly connected component (Tarjan), each as a path back to its start. */
function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const connect = (v: string): void => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || graph.get(v)?.includes(v)) found.push(pathWithin(graph, new Set(component), v));
  };
  for (const v of graph.keys()) if (!index.has(v)) connect(v);
  return found;
}

/** A shortest path from `start` back to itself inside one strongly connected component. */
function pathWithin(graph: ReadonlyMap<string, readonly string[]>, component: ReadonlySet<string>, start: string): string[] {
  const previous = new Map<string, string>();
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head]!;
    for (const w of graph.get(v) ?? []) {
      if (!component.has(w)) continue;
      if (w === start) {
        const path = [start];
        for (let u = v; u !== start; u = previous.get(u)!) path.unshift(u);
        return [start, ...path];
      }
      if (!previous.has(w)) {
        previous.set(w, v);
        queue.push(w);
      }
    }
  }
  return [start];
}

test('cycles are found, each once, as a path back to where it starts', () => {
  const graph = new Map([
    ['element', ['view/bars', 'model']],
    ['view/bars', ['view/draw', 'element']],
    ['view/draw', ['model']],
    ['model', []],
    ['a', ['b']],
    ['b', ['c']],
    ['c', ['a', 'model']],
    ['self', ['self']],
  ]);
  assert.deepEqual(cycles(graph), [['element', 'view/bars', 'element'], ['a', 'b', 'c', 'a'], ['self', 'self']]);
  assert.deepEqual(cycles(new Map([['element', ['view/bars']], ['view/bars', ['view/draw']], ['view/draw', []]])), []);
});

test('the packages’ sources import one another without cycles', () => {
  const files = sources();
  const graph = importGraph(files);
  const edges = [...graph.values()].reduce((n, targets) => n + targets.length, 0);
  // The graph is really there: relative imports, `import()` and imports across packages resolve.
  const matrix = realpathSync(join(packages, 'delegation-matrix', 'src', 'delegation-matrix.ts'));
  assert.ok(graph.get(matrix)?.includes(realpathSync(join(packages, 'delegation-matrix', 'src', 'view', 'bars.ts'))), 'import() resolves');
  assert.ok(graph.get(matrix)?.includes(realpathSync(join(packages, 'core', 'src', 'index.ts'))), '@praksis/core resolves');
  assert.ok(edges > files.length, `${edges} imports among ${files.length} files`);
  const found = cycles(graph).map((cycle) => cycle.map((f) => relative(root, f)).join(' → '));
  assert.deepEqual(found, []);
});
