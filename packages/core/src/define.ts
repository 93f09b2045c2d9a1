import { VERSION } from './version.js';

/** Constructors we define carry their library version, so a later copy can tell whose tag it is. */
interface VersionedConstructor extends CustomElementConstructor {
  praksisVersion?: string;
}

const WARNED = Symbol.for('praksis-widgets.version-warnings');
type WarnedRegistry = typeof globalThis & { [WARNED]?: Set<string> };

/**
 * Defines `tag` unless it is already defined. Several embedders on one page is the normal case, so a
 * second copy is never an error: the same version is ignored silently, a different version warns once
 * per pair of versions (not once per tag).
 */
export function defineElement(tag: string, ctor: CustomElementConstructor, version = VERSION): void {
  const registry = globalThis.customElements as CustomElementRegistry | undefined;
  if (!registry) return;
  const existing: VersionedConstructor | undefined = registry.get(tag);
  if (!existing) {
    (ctor as VersionedConstructor).praksisVersion = version;
    registry.define(tag, ctor);
    return;
  }
  const theirs = existing.praksisVersion ?? 'unknown';
  if (theirs === version) return;
  const warned = ((globalThis as WarnedRegistry)[WARNED] ??= new Set());
  const pair = `${theirs}|${version}`;
  if (warned.has(pair)) return;
  warned.add(pair);
  console.warn(
    `Praksis Widgets ${version}: <${tag}> is already defined by version ${theirs}, which the page keeps using.`,
  );
}
