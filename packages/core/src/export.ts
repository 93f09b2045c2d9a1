/**
 * Downloads: the data as CSV, the widget as SVG and PNG, each saved under a name made from the
 * title after a cancelable `praksis-download` event. Loaded on demand (`import()`) the first time a
 * reader uses a download button, so none of this weighs on a widget that is only looked at; in the
 * CDN build it is a chunk file next to the widget's file.
 *
 * The SVG is the widget drawn again from its rendered layout (svg-painter.ts): the title, the chart,
 * the text around it, and the footer with source, date and credit, so a saved file explains itself.
 * The PNG draws that SVG on a canvas through an `<img>`, which needs `img-src blob:` (or `data:`)
 * where a page has a Content-Security-Policy.
 */
import { toCsv, type DataTable } from './csv.js';
import { fileName } from './file-name.js';
import type { Lang } from './lang.js';
import { paintSvg, type Snapshot } from './svg-painter.js';
import { DESCRIPTION_ID } from './chart-intro.js';

export { paint, type Snapshot } from './svg-painter.js';

export type ExportFormat = 'csv' | 'svg' | 'png';

/** `detail` of the `praksis-download` event. */
export interface PraksisDownloadDetail {
  format: ExportFormat;
  filename: string;
  blob: Blob;
}

/** What the downloads need of a widget, all of it about what the widget draws now. `PraksisElement` implements it. */
export interface Exportable extends HTMLElement {
  /** The language the files speak (CSV numbers, messages). */
  readonly language: Lang;
  /** A `static` widget's PNG has exactly its size; any other is drawn at twice its size. */
  readonly static: boolean;
  /** The title: the file's name, and the image's title. */
  exportTitle(): string;
  /** The document's own description, the image's `<desc>`; "" for none. */
  exportDescription(): string;
  /** The data behind the chart as tables of raw numbers; undefined for a widget without them (no CSV). */
  exportTables(lang: Lang): DataTable[] | Promise<DataTable[]> | undefined;
  /** The drawn box the images are painted from; null when nothing is drawn. */
  exportFrame(): Element | null;
}

const messages = {
  da: {
    pngBlocked:
      'PNG kan ikke laves på denne side: sidens sikkerhedspolitik (Content-Security-Policy) tillader ikke billeder fra blob: eller data:. Hent SVG i stedet.',
    failed: (format: string) => `${format} kunne ikke laves.`,
  },
  en: {
    pngBlocked:
      'PNG cannot be made on this page: its security policy (Content-Security-Policy) does not allow images from blob: or data:. Download the SVG instead.',
    failed: (format: string) => `The ${format} could not be made.`,
  },
} satisfies Record<Lang, unknown>;

/** Thrown when the page's CSP keeps the SVG from being drawn on a canvas. */
export class PngBlockedError extends Error {
  constructor() {
    super('The page does not allow images from blob: or data: (CSP img-src), so no PNG can be drawn.');
  }
}

/**
 * Makes the file and saves it, after a cancelable `praksis-download` event. Never throws: returns
 * an empty string when done, else a message for the reader.
 */
export async function save(widget: Exportable, format: string): Promise<string> {
  const lang = widget.language;
  try {
    const blob = await exportBlob(widget, format as ExportFormat);
    const filename = `${fileName(widget.exportTitle(), widget.localName)}.${format}`;
    const detail: PraksisDownloadDetail = { format: format as ExportFormat, filename, blob };
    const event = new CustomEvent('praksis-download', { detail, bubbles: true, composed: true, cancelable: true });
    if (widget.dispatchEvent(event)) download(blob, filename);
    return '';
  } catch (error) {
    if (error instanceof PngBlockedError) return messages[lang].pngBlocked;
    console.error(error);
    return messages[lang].failed(format.toUpperCase());
  }
}

/**
 * The file for a format, without saving it: CSV of the widget's data (UTF-8 with byte-order mark,
 * `;` and decimal comma in Danish, `,` and decimal point in English), the SVG snapshot, or the PNG
 * (the `static` size exactly, otherwise twice the widget's size in CSS pixels).
 */
export async function exportBlob(widget: Exportable, format: ExportFormat): Promise<Blob> {
  if (format === 'csv') {
    const tables = widget.exportTables(widget.language);
    if (!tables) throw new Error(`<${widget.localName}> has no data tables`);
    return new Blob([toCsv(await tables, widget.language)], { type: 'text/csv;charset=utf-8' });
  }
  const snap = snapshot(widget);
  if (format === 'svg') return new Blob([snap.svg], { type: 'image/svg+xml;charset=utf-8' });
  if (format === 'png') return toPng(snap, widget.static ? 1 : 2);
  throw new Error(`unknown format ${String(format)}`);
}

/** The widget as a standalone SVG, drawn from its current layout. */
export function snapshot(widget: Exportable): Snapshot {
  const frame = widget.exportFrame();
  if (!frame) throw new Error(`<${widget.localName}> has nothing drawn`);
  // A title or description in the other language is marked so where it is drawn (frame.ts, chart-intro.ts).
  const langOf = (selector: string) => (frame.querySelector(selector)?.getAttribute('lang') as Lang | null) ?? undefined;
  return paintSvg(frame, widget.exportTitle(), widget.language, widget.exportDescription(), { title: langOf('[part="title"]'), description: langOf(`#${DESCRIPTION_ID}`) });
}

function download(blob: Blob, filename: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = filename;
  a.click();
  // Revoked later: the download may start after click() returns.
  setTimeout(() => URL.revokeObjectURL(a.href), 30_000);
}

/** Loads an image; false when it cannot be loaded (under a CSP, when the source is not allowed). */
function load(img: HTMLImageElement, src: string): Promise<boolean> {
  return new Promise((resolve) => {
    img.onload = () => resolve(true);
    img.onerror = () => resolve(false);
    img.src = src;
  });
}

/** Draws the snapshot on a canvas, `scale` device pixels per CSS pixel. */
export async function toPng(snap: Snapshot, scale: number): Promise<Blob> {
  const img = new Image();
  const url = URL.createObjectURL(new Blob([snap.svg], { type: 'image/svg+xml' }));
  try {
    const loaded =
      (await load(img, url)) || (await load(img, `data:image/svg+xml;charset=utf-8,${encodeURIComponent(snap.svg)}`));
    if (!loaded) throw new PngBlockedError();
  } finally {
    URL.revokeObjectURL(url);
  }
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(snap.width * scale);
  canvas.height = Math.round(snap.height * scale);
  canvas.getContext('2d')?.drawImage(img, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('canvas.toBlob gave nothing'))), 'image/png'));
}
