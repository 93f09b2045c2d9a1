/**
 * How the validator, the checks and the JSON reader word what they find: a message factory handed
 * to them, never imported by them.
 *
 * Why injected: a page with a valid document never shows a message, yet the texts, in Danish and
 * English, are the largest part of validation. Every text lives once, in messages.ts, whose `words`
 * is the full factory. The Node API (validate…, parseJsonText, the CLIs) passes it and answers in
 * words. A widget validates with `unworded` below, which knows no text (nor how to order or
 * explain what it finds): it tells valid from invalid and roughly where, and only for a document
 * with problems does the element load messages.ts (a part of its own on the CDN) and validate
 * again with `words`, which gives exactly the issues, pointers and order the Node API gives.
 * Validating twice costs nothing a valid document pays.
 */
import type { LocalizedMessage } from './issue.js';
import type * as messages from './messages.js';

/** Every message the validation code can produce, each made from its arguments. */
export type Words = typeof messages.words;
/** What each part of the validation says. */
export type SchemaWords = typeof messages.schemaWords;
export type JsonWords = typeof messages.jsonWords;
export type ProvenanceWords = typeof messages.provenanceWords;
export type CapacityWords = typeof messages.capacityWords;
export type ReferralFlowWords = typeof messages.referralFlowWords;
export type HoursWords = typeof messages.hoursWords;
export type MatrixWords = typeof messages.matrixWords;

/** The message of an issue found without words: it says where, not what. */
export const UNWORDED: LocalizedMessage = /* @__PURE__ */ Object.freeze({ da: '', en: '' });

/** What describes problems beyond their words, without words: found order, and one problem where no branch of an anyOf/oneOf matches. */
const bare: Pick<Words, 'order' | 'explainFailure'> = {
  order: (issues) => [...issues],
  explainFailure: (_alternatives, _results, _data, pointer) => [{ path: pointer, message: UNWORDED }],
};

/**
 * A factory that knows no text: every message is UNWORDED, issues stay in the order found, and a
 * value matching no branch of an anyOf/oneOf is one issue at its own pointer. Any message name
 * works, so it never falls behind `words`.
 */
export const unworded: Words = /* @__PURE__ */ new Proxy(bare as Words, { get: (target, name) => (target as Record<string | symbol, unknown>)[name] ?? (() => UNWORDED) });
