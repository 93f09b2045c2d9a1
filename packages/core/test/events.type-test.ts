// Type-level test of the widgets' events, compiled by `tsc -p tsconfig.test.json` (part of
// `npm run typecheck`) and never run. It reads the packages' published declarations (the `types`
// condition, dist/*.d.ts), as a TypeScript project that installed them would. It fails to compile
// when a listener stops getting its event's `detail` typed, or when a wrong field is accepted (the
// `@ts-expect-error` lines then have no error to expect).
import type { PraksisDownloadDetail, PraksisErrorDetail, PraksisEventMap, PraksisRenderDetail } from '@praksis/core';
import type {} from '@praksis/capacity-gauge/praksis-capacity-gauge.js';

type Equals<A, B> = (<G>() => G extends A ? 1 : 2) extends <G>() => G extends B ? 1 : 2 ? true : false;

declare const el: HTMLElement;

// The line a reader writes, without a cast: the first problem's JSON pointer.
el.addEventListener('praksis-error', (e) => e.detail.errors[0].path);

el.addEventListener('praksis-error', (e) => {
  const path: string = e.detail.errors[0].path;
  const message: string = e.detail.errors[0].message;
  const all: readonly { path: string; message: string }[] = e.detail.errors;
  console.warn(path, message, all.length);
  // @ts-expect-error a problem is { path, message }
  console.warn(e.detail.errors[0].code);
  // @ts-expect-error the list is `errors`
  console.warn(e.detail.error);
});

el.addEventListener('praksis-render', (e) => {
  const detail: PraksisRenderDetail = e.detail;
  console.warn(detail);
  // @ts-expect-error praksis-render's detail is empty
  console.warn(e.detail.data.length);
});

el.addEventListener('praksis-download', (e) => {
  const format: 'csv' | 'svg' | 'png' = e.detail.format;
  const filename: string = e.detail.filename;
  const blob: Blob = e.detail.blob;
  console.warn(format, filename, blob.size);
  e.preventDefault(); // cancelable: the page saves or uploads the file itself
  // @ts-expect-error a download has format, filename and blob
  console.warn(e.detail.url);
});

// They bubble out of the shadow root, so a page can listen once on the document.
document.addEventListener('praksis-error', (e) => e.detail.errors[0].message);
document.addEventListener('praksis-download', (e) => e.detail.blob);

// A widget element from its tag name has them too.
const gauge = document.createElement('praksis-capacity-gauge');
gauge.addEventListener('praksis-error', (e) => e.detail.errors[0].path);

// @ts-expect-error a listener for another event's detail is refused
el.addEventListener('praksis-error', (e: CustomEvent<PraksisDownloadDetail>) => e.detail.blob);

// An event name that is not one of them stays a plain Event.
el.addEventListener('praksis-other', (e) => {
  // @ts-expect-error no detail on a plain Event
  console.warn(e.detail);
});

/** Fails to compile unless T is `true`. */
type Assert<T extends true> = T;

export type Checks = [
  Assert<Equals<HTMLElementEventMap['praksis-error'], CustomEvent<PraksisErrorDetail>>>,
  Assert<Equals<HTMLElementEventMap['praksis-render'], CustomEvent<PraksisRenderDetail>>>,
  Assert<Equals<HTMLElementEventMap['praksis-download'], CustomEvent<PraksisDownloadDetail>>>,
  Assert<Equals<DocumentEventMap['praksis-error'], PraksisEventMap['praksis-error']>>,
];
