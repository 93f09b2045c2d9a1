import { test } from 'node:test';
import assert from 'node:assert/strict';
import ts from 'typescript';
import { ReactiveElement } from 'lit';
import * as lit from 'lit/decorators.js';
import { property, state } from '../src/decorators.js';

// An element with fields and an accessor, compiled as the packages compile (TypeScript's legacy
// decorators, fields without define semantics), once with these decorators and once with Lit's.
const source = `
class Element extends ReactiveElement {
  @property({ type: Number, attribute: 'group-below' }) groupBelow = 0;
  @property({ reflect: true, attribute: 'view' }) viewMode = 'table';
  @property() at;
  @property({ type: Boolean, reflect: true }) expanded = false;
  @state() active = [1, 1];
  @state({ hasChanged: differs }) tip = false;
  stored = 0;
  @property({ type: Number })
  get level() {
    return this.stored;
  }
  set level(value) {
    this.stored = Math.round(value);
  }
  changes = [];
  update(changed) {
    super.update(changed);
    this.changes.push([...changed.keys()].sort());
  }
}`;
const js = ts.transpileModule(source, {
  compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, experimentalDecorators: true, useDefineForClassFields: false },
}).outputText;

type Element = ReactiveElement & { level: number; groupBelow: number; active: number[]; changes: string[][] };
type Decorators = { property: unknown; state: unknown };
const differs = (a: unknown, b: unknown) => a !== b;
const declare = ({ property, state }: Decorators) =>
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the compiled test element
  new Function('ReactiveElement', 'property', 'state', 'differs', `${js}\nreturn Element;`)(ReactiveElement, property, state, differs) as Pick<
    typeof ReactiveElement,
    'observedAttributes' | 'elementProperties' | 'prototype'
  > &
    (new () => Element);

const Ours = declare({ property, state });
const Lits = declare(lit);

test('the compiled element uses the legacy decorator helper', () => {
  assert.match(js, /__decorate\(\[/);
});

test('the declarations and attributes are those Lit’s decorators make', () => {
  assert.deepEqual(Ours.observedAttributes, ['group-below', 'view', 'at', 'expanded', 'level']);
  assert.deepEqual(Ours.observedAttributes, Lits.observedAttributes);
  const declarations = (c: typeof Ours) => [...c.elementProperties].map(([name, options]) => [name, { ...options }]);
  assert.deepEqual(declarations(Ours), declarations(Lits));
  const accessors = (c: typeof Ours) =>
    Object.entries(Object.getOwnPropertyDescriptors(c.prototype))
      .filter(([, d]) => d.get)
      .map(([name]) => name)
      .sort();
  assert.deepEqual(accessors(Ours), ['active', 'at', 'expanded', 'groupBelow', 'level', 'tip', 'viewMode']);
  assert.deepEqual(accessors(Ours), accessors(Lits));
});

test('fields and accessors are reactive, and an accessor keeps its own getter and setter', async () => {
  for (const Element of [Ours, Lits]) {
    const el = new Element();
    el.level = 2.6;
    assert.equal(el.level, 3);
    el.groupBelow = 0.1;
    el.connectedCallback();
    await el.updateComplete;
    assert.deepEqual(el.changes, [['active', 'expanded', 'groupBelow', 'level', 'tip', 'viewMode']]);
    el.active = [2, 2];
    el.level = 5;
    await el.updateComplete;
    assert.deepEqual(el.changes[1], ['active', 'level']);
  }
});
