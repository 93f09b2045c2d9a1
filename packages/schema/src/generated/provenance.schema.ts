// Generated from packages/schema/schemas/provenance.schema.json by `npm run generate`. Do not edit.
// The schema in the validator's compact form (scripts/lib/compile.mjs): no prose, every $ref resolved.
import type { SchemaObject } from '../validator.js';

export const SCHEMA_ID = "https://praksis-widgets.dk/schema/v1/provenance.schema.json";

const schema: SchemaObject = {};
export const labelString: SchemaObject = {"type":"string","minLength":1,"maxLength":200,"pattern":"(?![\\p{DI}\\u2800])[\\p{L}\\p{N}\\p{P}\\p{S}]"};
export const label: SchemaObject = {"anyOf":{"of":[labelString,{"type":"object","properties":{"da":labelString,"en":labelString},"minProperties":1,"additionalProperties":false}],"types":[["string"],["object"]]}};
export const httpUrl: SchemaObject = {"type":"string","pattern":"^https?://[^\\s]+$","maxLength":2000};
export const date: SchemaObject = {"type":"string","pattern":"^(19[0-9]{2}|20[0-9]{2}|2100)-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$","maxLength":10};
export const textString: SchemaObject = {"type":"string","minLength":1,"maxLength":2000,"pattern":"(?![\\p{DI}\\u2800])[\\p{L}\\p{N}\\p{P}\\p{S}]"};
export const text: SchemaObject = {"anyOf":{"of":[textString,{"type":"object","properties":{"da":textString,"en":textString},"minProperties":1,"additionalProperties":false}],"types":[["string"],["object"]]}};
export const period: SchemaObject = {"type":"object","properties":{"from":date,"to":date},"required":["from","to"],"additionalProperties":false};
export const provenance: SchemaObject = {"type":"object","properties":{"source":text,"publisher":label,"url":httpUrl,"licence":label,"asOf":date,"period":period,"definitions":{"type":"array","maxItems":50,"items":{"type":"object","properties":{"term":label,"definition":text},"required":["term","definition"],"additionalProperties":false}},"caveats":{"type":"array","maxItems":20,"items":text},"fictional":{"type":"boolean"}},"required":["source","publisher","fictional"],"anyOf":{"of":[{"required":["asOf"]},{"required":["period"]}],"none":"fields"},"additionalProperties":false};

export default schema;
