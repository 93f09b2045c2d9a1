import type { KindRules } from '@praksis/schema';
import type { Lang } from './lang.js';
import type { AttributeOptions } from './options.js';
import type { ChartOutline, WidgetSummary } from './summary.js';

/**
 * What an element reads of its widget at run time, and so all of the widget's descriptor that a
 * page loads: the rest (names for people, examples, budgets, parts) is for the project's tools and
 * stays out of the CDN files. No DOM and no Lit: it loads in Node.
 */
export interface ElementDescriptor<Doc = never, Options = object> {
  /** The tag name after "praksis-", also the package's folder and the embed page's `widget=`. */
  readonly name: string;
  readonly tag: `praksis-${string}`;
  /** The kind of document it draws: its schema and rules, worded by the factory given (Node tools pass `words` of @praksis/schema/messages.js). */
  readonly kind: KindRules;
  /** What it says as plain text, for a valid document, where it cannot run (static embed pages). */
  readonly summary: (doc: Doc, lang: Lang, options: Partial<Options>) => WidgetSummary;
  /** What kind of chart it is, how it is organised and what its data spans, read to screen readers before the chart. */
  readonly outline: (doc: Doc, lang: Lang, options: Partial<Options>) => ChartOutline;
  /** The attributes that change what it says, each read one way. */
  readonly options: AttributeOptions<Options>;
  /** Selector of the part that shows the figures once drawn (the widget's documented parts). */
  readonly figures: string;
  /**
   * Installs the English words, core's and the widget's (its `english` part, loaded on demand): the
   * element calls it when it speaks English, Node tools before they write English. Until then the
   * English tables hold the Danish words, so a Danish page fetches no English.
   */
  readonly english?: () => Promise<void>;
}

/**
 * Everything the rest of the project knows about one widget, written once in the widget's own
 * package (`src/descriptor.ts`) and read by the all-in-one bundle, the embed page and its CLI, the
 * embed-code page, the docs build, the shared tests and the size checks: its element's descriptor
 * and what the tools know of it besides.
 */
export interface WidgetDescriptor<Doc = never, Options = object> extends ElementDescriptor<Doc, Options> {
  /** Its name for people, e.g. on the embed-code page and in the docs' navigation. */
  readonly label: { readonly da: string; readonly en: string };
  /** Example documents under packages/schema/examples/<kind>/{valid,invalid}/, by name; the first valid one is the one to show. */
  readonly examples: { readonly valid: readonly [string, ...string[]]; readonly invalid: string };
  /** Gzip budget of a page with this widget alone (its entry, the shared files and its first view's parts), in KB; the classic script gets the allowance in scripts/size.mjs on top. */
  readonly budgetKb: number;
  /** Modules it loads on demand, which become files of their own on the CDN: module name → what it holds. */
  readonly parts: Readonly<Record<string, string>>;
  /** Which of `parts` drawing its first valid example loads at once: a page pays for them (scripts/size.mjs). */
  readonly firstViewParts?: readonly string[];
}

/** What only the tools know of a widget. */
export type ToolFacts<Doc = never, Options = object> = Omit<WidgetDescriptor<Doc, Options>, keyof ElementDescriptor<Doc, Options>>;

/** Any element's descriptor, as the base element holds it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each widget keeps its own document and option types
export type AnyElementDescriptor = ElementDescriptor<any, any>;

/** Any widget's descriptor, as lists of them hold it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each entry keeps its own document and option types
export type AnyWidgetDescriptor = WidgetDescriptor<any, any>;

/** Declares what an element reads of its widget, checking it against its document and option types. */
export function describeElement<Doc, Options>(element: ElementDescriptor<Doc, Options>): ElementDescriptor<Doc, Options> {
  return element;
}

/** Declares a widget's descriptor: its element's, and what the tools know of it besides. */
export function describeWidget<Doc, Options>(element: ElementDescriptor<Doc, Options>, tools: ToolFacts<Doc, Options>): WidgetDescriptor<Doc, Options> {
  return { ...element, ...tools };
}
