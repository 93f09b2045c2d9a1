// Generated from packages/schema/schemas/referral-flows.schema.json by `npm run generate`. Do not edit.
// The schema in the validator's compact form (scripts/lib/compile.mjs): no prose, every $ref resolved.
import type { SchemaObject } from '../validator.js';
import * as provenance from './provenance.schema.js';

export const SCHEMA_ID = "https://praksis-widgets.dk/schema/v1/referral-flows.schema.json";

const schema: SchemaObject = {"type":"object","properties":{"$schema":{"const":"https://praksis-widgets.dk/schema/v1/referral-flows.schema.json"},"title":provenance.label,"unit":{"enum":["count","per-100-listed-patients"]},"unitLabel":provenance.label,"period":provenance.period,"stages":{"type":"array","minItems":2,"maxItems":12,"items":provenance.label},"suppressBelow":{"type":"integer","minimum":1,"maximum":1000},"nodes":{"type":"array","minItems":2,"maxItems":5000,"items":{"type":"object","properties":{"id":{"type":"string","minLength":1,"maxLength":100},"label":provenance.label,"group":{"type":"string","minLength":1,"maxLength":100},"stage":{"type":"integer","minimum":0,"maximum":11}},"required":["id","label"],"additionalProperties":false}},"links":{"type":"array","minItems":1,"maxItems":50000,"items":{"type":"object","properties":{"source":{"type":"string","minLength":1,"maxLength":100},"target":{"type":"string","minLength":1,"maxLength":100},"value":{"type":"number","minimum":0,"maximum":1000000000}},"required":["source","target","value"],"additionalProperties":false}},"description":provenance.text,"provenance":provenance.provenance},"required":["$schema","title","unit","period","nodes","links","provenance"],"additionalProperties":false};

export default schema;
