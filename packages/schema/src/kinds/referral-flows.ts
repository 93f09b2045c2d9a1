import { checkReferralFlows } from '../checks/referral-flows.js';
import referralFlowsSchema, { SCHEMA_ID } from '../generated/referral-flows.schema.js';
import provenanceSchema from '../generated/provenance.schema.js';
import type { ReferralFlows } from '../generated/types.js';
import type { ValidationIssue } from '../issue.js';
import { schemaThenChecks, type DocumentKind } from '../kind.js';
import { createValidator, type SchemaValidator } from '../validator.js';
export type { ReferralFlows };
export const REFERRAL_FLOWS_SCHEMA_ID = SCHEMA_ID;
let validator: SchemaValidator | undefined;
export function validateReferralFlows(data: unknown): ValidationIssue[] {
  validator ??= createValidator([referralFlowsSchema, provenanceSchema], REFERRAL_FLOWS_SCHEMA_ID);
  return schemaThenChecks(validator, data, checkReferralFlows);
}
export const referralFlowsKind: DocumentKind = { name: 'referral-flows', schemaId: REFERRAL_FLOWS_SCHEMA_ID, validate: validateReferralFlows };
