/**
 * Types for a widget element's props in JSX, for frameworks that render custom elements directly
 * and set a prop as the element's property when it has one (React 19, Preact). Types only: each
 * widget package's `react.ts` uses them to declare its tag in React's JSX namespace.
 */
import type { LitElement } from 'lit';
import type { PraksisEventMap } from './praksis-element.js';

type IfEquals<X, Y, Then> = (<G>() => G extends X ? 1 : 2) extends <G>() => G extends Y ? 1 : 2 ? Then : never;

/** Keys of `T` that can be assigned: not readonly (getters without a setter), not methods. */
type WritableKeys<T> = {
  [K in keyof T]-?: T[K] extends (...args: never[]) => unknown ? never : IfEquals<{ [Q in K]: T[K] }, { -readonly [Q in K]: T[K] }, K>;
}[keyof T];

/** The public properties a widget class adds to LitElement and HTMLElement: `src`, `theme`, `variant`, … */
export type WidgetPropertyName<El> = Exclude<WritableKeys<El>, keyof LitElement>;

/** `on<event>` props, which React 19 turns into `addEventListener('<event>', …)`. */
export interface PraksisEventProps {
  /** After data has been drawn. */
  'onpraksis-render'?: (event: PraksisEventMap['praksis-render']) => void;
  /** When data is invalid or cannot be loaded; `event.detail.errors` lists `{ path, message }`. */
  'onpraksis-error'?: (event: PraksisEventMap['praksis-error']) => void;
  /** Before a download is saved; `event.preventDefault()` keeps the browser from saving it. */
  'onpraksis-download'?: (event: PraksisEventMap['praksis-download']) => void;
}

/**
 * A widget's own props, typed as its class declares them, with `data` typed as the widget's document
 * (`Doc`), plus its events. Every one is optional.
 */
export type PraksisElementProps<El, Doc> = Partial<Pick<El, Exclude<WidgetPropertyName<El>, 'data'>>> & { data?: Doc } & PraksisEventProps;
