import { checkReferralFlows } from '../checks/referral-flows.js';
import referralFlowsSchema, { SCHEMA_ID } from '../generated/referral-flows.schema.js';
import type { ReferralFlows } from '../generated/types.js';
import type { ValidationIssue } from '../issue.js';
import { schemaThenChecks, type DocumentKind } from '../kind.js';

export type { ReferralFlows };

export const REFERRAL_FLOWS_SCHEMA_ID = SCHEMA_ID;

/** Issues with a referral-flows document, in document order; empty when it is valid. */
export function validateReferralFlows(data: unknown): ValidationIssue[] {
  return schemaThenChecks(referralFlowsSchema, data, checkReferralFlows);
}

export const referralFlowsKind: DocumentKind = {
  name: 'referral-flows',
  schemaId: REFERRAL_FLOWS_SCHEMA_ID,
  validate: validateReferralFlows,
};
