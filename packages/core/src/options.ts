/**
 * An option a widget reads from one attribute. Written once in the widget's package and read both
 * by the element (as its `@property` converter) and by places without an element, such as static
 * embed pages, so an attribute means the same everywhere. The element's `@property` names the
 * attribute too, where the manifest's analyzer can read it; the conformance tests check the two agree.
 */
export interface AttributeOption<T> {
  readonly attribute: string;
  /** The option from the attribute's text (null: no attribute); undefined: unusable, the default applies. */
  readonly fromAttribute: (value: string | null) => T | undefined;
}

/** A widget's options, each with the attribute it is read from. */
export type AttributeOptions<Options> = { readonly [K in keyof Options]-?: AttributeOption<Options[K]> };

/** A number attribute; anything that is not a finite number leaves the default in place. */
export function numberOption(attribute: string): AttributeOption<number | undefined> {
  return {
    attribute,
    fromAttribute: (value) => {
      if (value === null || value.trim() === '') return undefined;
      const n = Number(value);
      return Number.isFinite(n) ? n : undefined;
    },
  };
}

/** A text attribute, as written. */
export function textOption(attribute: string): AttributeOption<string | undefined> {
  return { attribute, fromAttribute: (value) => value ?? undefined };
}

/** The options an element with these attributes would have (attribute names as keys). */
export function readOptions<Options>(
  options: AttributeOptions<Options>,
  attributes: Readonly<Record<string, string | undefined>>,
): Partial<Options> {
  const out: Partial<Options> = {};
  for (const key of Object.keys(options) as (keyof Options)[]) {
    const value = options[key].fromAttribute(attributes[options[key].attribute] ?? null);
    if (value !== undefined) out[key] = value;
  }
  return out;
}
