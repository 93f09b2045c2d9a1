import type { PropertyDeclaration, ReactiveElement } from 'lit';

/**
 * `@property` and `@state` for the widgets' fields, as TypeScript's legacy decorators (the ones
 * this project compiles with): each declares a reactive property with Lit's own
 * `createProperty`, as Lit's decorators do. Lit's also carry the path for standard decorators,
 * which legacy ones never take; these leave it out of every widget's file.
 */
export const property =
  (options?: PropertyDeclaration) =>
  // `any`: a legacy decorator may return a descriptor (TypeScript allows void or any only).
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  (proto: object, name: string): any => {
    const own = Object.prototype.hasOwnProperty.call(proto, name);
    (proto.constructor as typeof ReactiveElement).createProperty(name, options);
    // An accessor keeps the descriptor createProperty gave it (else TypeScript puts back the
    // original); a field has none to keep.
    return own ? Object.getOwnPropertyDescriptor(proto, name) : undefined;
  };

/** Internal reactive state: redraws when it changes, no attribute, not public API. */
export const state = (options?: Pick<PropertyDeclaration, 'hasChanged'>) => property({ ...options, state: true, attribute: false });
