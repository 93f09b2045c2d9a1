// Parts loaded on demand: each element draws again when its part arrives; a part that arrived is
// there at once for every element of the same kind; one that failed is tried again; partsLoaded()
// waits for every load on its way (the server renderer draws after it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ReactiveControllerHost } from 'lit';
import { PartsController, partsLoaded } from '../src/parts-controller.js';

/** A stand-in for a widget of the kind `kind`: counts the redraws it is asked for. */
function hostOf(kind: new () => object): ReactiveControllerHost & { updates: number } {
  const host = Object.create(kind.prototype as object) as ReactiveControllerHost & { updates: number };
  return Object.assign(host, {
    updates: 0,
    requestUpdate: () => void host.updates++,
    addController: () => undefined,
    removeController: () => undefined,
    updateComplete: Promise.resolve(true),
  });
}

test('an element gets undefined while its part loads, draws again when it is there, and then has it', async () => {
  class Gauge {}
  const host = hostOf(Gauge);
  const parts = new PartsController(host);
  let loads = 0;
  const load = () => (loads++, Promise.resolve({ draw: 'trend' }));
  assert.equal(parts.get('trend', load), undefined);
  assert.equal(parts.pending, true);
  await partsLoaded();
  assert.equal(host.updates, 1);
  assert.equal(parts.pending, false);
  assert.deepEqual(parts.get('trend', load), { draw: 'trend' });
  assert.equal(loads, 1);
});

test('a part that arrived is there in the first draw of another element of its kind, not of another kind', async () => {
  class Gauge {}
  class Sankey {}
  const load = () => Promise.resolve({ table: true });
  const first = new PartsController(hostOf(Gauge));
  first.get('table', load);
  await partsLoaded();
  const second = hostOf(Gauge);
  assert.deepEqual(new PartsController(second).get('table', () => Promise.reject(new Error('not loaded again'))), { table: true });
  assert.equal(second.updates, 0, 'no second draw needed');
  assert.equal(new PartsController(hostOf(Sankey)).get('table', load), undefined);
  await partsLoaded();
});

test('a part that failed is an error for its element, and the next element tries again', async () => {
  class Badge {}
  const failing = new PartsController(hostOf(Badge));
  failing.get('detail', () => Promise.reject(new Error('offline')));
  await partsLoaded();
  assert.throws(() => failing.get('detail', () => Promise.resolve({})), /offline/);
  const next = new PartsController(hostOf(Badge));
  assert.equal(next.get('detail', () => Promise.resolve({ detail: true })), undefined);
  await partsLoaded();
  assert.deepEqual(next.get('detail', () => Promise.reject(new Error('not again'))), { detail: true });
});

test('partsLoaded waits for loads that begin while it waits', async () => {
  class Matrix {}
  const parts = new PartsController(hostOf(Matrix));
  let release!: () => void;
  parts.get('bars', () => new Promise<object>((resolve) => (release = () => resolve({ bars: true }))));
  let done = false;
  const waiting = partsLoaded().then(() => (done = true));
  await Promise.resolve();
  const other = new PartsController(hostOf(Matrix));
  other.get('csv', () => Promise.resolve({ csv: true }));
  release();
  await waiting;
  assert.equal(done, true);
  assert.deepEqual(other.get('csv', () => Promise.reject(new Error('x'))), { csv: true });
  assert.deepEqual(parts.get('bars', () => Promise.reject(new Error('x'))), { bars: true });
});

test('partsLoaded says whether a part was on its way, so the server renderer knows when to stop drawing again', async () => {
  class Sankey {}
  const parts = new PartsController(hostOf(Sankey));
  assert.equal(await partsLoaded(), false, 'nothing asked for');
  parts.get('english', () => Promise.resolve(true));
  assert.equal(await partsLoaded(), true);
  assert.equal(parts.get('english', () => Promise.resolve(true)), true, 'there now: nothing new to wait for');
  assert.equal(await partsLoaded(), false);
});
