// What every published @praksis/* package says about itself in package.json, and the files npm
// puts in its tarball whatever `files` says (README.md, LICENSE). The tarballs themselves are
// checked by `npm run check:packages` (publint and arethetypeswrong), which needs a build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

interface PackageJson {
  name: string;
  private?: boolean;
  license?: string;
  workspaces?: string[];
  repository?: { type?: string; url?: string; directory?: string };
  homepage?: string;
  bugs?: { url?: string };
  exports?: Record<string, unknown>;
  files?: string[];
}

const readJson = (path: string) => JSON.parse(readFileSync(`${root}${path}`, 'utf8')) as PackageJson;
const rootJson = readJson('package.json');
const workspaces = rootJson.workspaces ?? [];

test('every workspace is a published @praksis/* package', () => {
  assert.equal(workspaces.length, 8);
  for (const dir of workspaces) {
    const pkg = readJson(`${dir}/package.json`);
    assert.match(pkg.name, /^@praksis\/[a-z-]+$/, dir);
    assert.equal(pkg.private, undefined, `${dir} is not private`);
  }
});

test('each package names its repository folder, home page and where to report bugs', () => {
  const repository = rootJson.repository?.url;
  assert.match(repository ?? '', /^git\+https:\/\/.+\.git$/, 'the root package.json names the repository');
  const web = repository!.replace(/^git\+/, '').replace(/\.git$/, '');
  for (const dir of workspaces) {
    const pkg = readJson(`${dir}/package.json`);
    assert.deepEqual(pkg.repository, { type: 'git', url: repository, directory: dir }, `${dir} repository`);
    assert.equal(pkg.homepage, `${web}/tree/main/${dir}#readme`, `${dir} homepage`);
    assert.deepEqual(pkg.bugs, rootJson.bugs, `${dir} bugs`);
    assert.equal(pkg.license, 'MIT', `${dir} license`);
  }
});

test('each package exports its package.json and leaves the TypeScript build info out of its files', () => {
  for (const dir of workspaces) {
    const pkg = readJson(`${dir}/package.json`);
    assert.equal(pkg.exports?.['./package.json'], './package.json', `${dir} exports ./package.json`);
    assert.ok(pkg.files?.includes('dist'), `${dir} files has dist`);
    assert.ok(pkg.files?.includes('!dist/.tsbuildinfo'), `${dir} files leaves dist/.tsbuildinfo out`);
  }
});

test('each package has a README that links to the docs, and a LICENSE that is the root LICENSE', () => {
  const license = readFileSync(`${root}LICENSE`, 'utf8');
  assert.match(license, /^MIT License\n\nCopyright \(c\) \d{4} Praksis Widgets contributors\n/);
  const docs = `${rootJson.repository!.url!.replace(/^git\+/, '').replace(/\.git$/, '')}/blob/main/docs/`;
  for (const dir of workspaces) {
    assert.equal(readFileSync(`${root}${dir}/LICENSE`, 'utf8'), license, `${dir}/LICENSE is a copy of LICENSE`);
    assert.ok(existsSync(`${root}${dir}/README.md`), `${dir}/README.md`);
    const readme = readFileSync(`${root}${dir}/README.md`, 'utf8');
    const name = readJson(`${dir}/package.json`).name;
    assert.ok(readme.startsWith(`# ${name}\n`), `${dir}/README.md starts with the package name`);
    assert.ok(readme.includes(`npm install ${name}`), `${dir}/README.md says how to install it`);
    assert.ok(readme.includes(docs), `${dir}/README.md links to the docs`);
    // A relative link would point nowhere on the registry's page.
    assert.doesNotMatch(readme, /\]\((?!https?:|#)[^)]+\)/, `${dir}/README.md has only absolute links`);
  }
});
