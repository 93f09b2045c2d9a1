/**
 * The library version, compared on registration so two copies on one page can warn. Generated from
 * package.json (src/generated/version.ts); test/node/versions.test.ts holds every package to it.
 */
export { VERSION } from './generated/version.js';
