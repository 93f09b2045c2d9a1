// Generated from packages/core/package.json by `npm run generate`. Do not edit.

/** The library version, as in every @praksis/* package.json. */
export const VERSION = "0.1.0";
