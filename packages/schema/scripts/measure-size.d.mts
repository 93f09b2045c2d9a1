// Types for measure-size.mjs, for the size test.
export interface Measured {
  /** The minified bundle. */
  readonly code: string;
  readonly minified: number;
  /** Its size gzipped at level 9, in bytes. */
  readonly gzip: number;
}

export function measure(name?: string, module?: string): Promise<Measured>;
