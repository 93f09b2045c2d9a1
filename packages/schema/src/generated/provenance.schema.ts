// Generated from packages/schema/schemas/provenance.schema.json by `npm run generate`. Do not edit.
// The schema in the validator's compact form (scripts/lib/compile.mjs): no prose, every $ref resolved.
import type { SchemaObject } from '../validator.js';

export const SCHEMA_ID = "https://praksis-widgets.dk/schema/v1/provenance.schema.json";

const schema: SchemaObject = {};
export const text: SchemaObject = {"anyOf":{"of":[{"type":"string","minLength":1},{"type":"object","properties":{"da":{"type":"string","minLength":1},"en":{"type":"string","minLength":1}},"minProperties":1,"additionalProperties":false}],"types":[["string"],["object"]]}};
export const httpUrl: SchemaObject = {"type":"string","pattern":"^https?://[^\\s]+$","patternMessage":{"da":"skal være en webadresse, der begynder med http:// eller https:// (uden mellemrum)","en":"must be a web address starting with http:// or https:// (no spaces)"},"maxLength":2000};
export const date: SchemaObject = {"type":"string","pattern":"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$","patternMessage":{"da":"skal være en dato på formen ÅÅÅÅ-MM-DD","en":"must be a date written YYYY-MM-DD"}};
export const period: SchemaObject = {"type":"object","properties":{"from":date,"to":date},"required":["from","to"],"additionalProperties":false};
export const provenance: SchemaObject = {"type":"object","properties":{"source":text,"publisher":text,"url":httpUrl,"licence":text,"asOf":date,"period":period,"definitions":{"type":"array","items":{"type":"object","properties":{"term":text,"definition":text},"required":["term","definition"],"additionalProperties":false}},"caveats":{"type":"array","items":text},"fictional":{"type":"boolean"}},"required":["source","publisher","fictional"],"anyOf":{"of":[{"required":["asOf"]},{"required":["period"]}],"none":{"da":"mangler asOf eller period","en":"needs asOf or period"}},"additionalProperties":false};

export default schema;
