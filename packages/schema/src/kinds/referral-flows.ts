import { referralFlowChecks } from '../checks/referral-flows.js';
import referralFlowsSchema, { SCHEMA_ID } from '../generated/referral-flows.schema.js';
import type { ReferralFlows } from '../generated/types.js';
import type { ValidationIssue } from '../issue.js';
import { schemaThenChecks, type DocumentKind, type KindRules } from '../kind.js';
import { schemaWords, referralFlowWords } from '../messages.js';
import type { SchemaWords, ReferralFlowWords } from '../words.js';

export type { ReferralFlows };

export const REFERRAL_FLOWS_SCHEMA_ID = SCHEMA_ID;

/** Issues worded by `m`, a factory with the words this kind's validation can say (words.ts). */
const check = (data: unknown, m: SchemaWords & ReferralFlowWords): ValidationIssue[] => schemaThenChecks(referralFlowsSchema, data, referralFlowChecks(m).checkReferralFlows, m);

/** The kind as a widget checks it, its issues worded by the factory given. */
export const referralFlowsRules: KindRules = { name: 'referral-flows', schemaId: REFERRAL_FLOWS_SCHEMA_ID, check };

/** Issues with a referral-flows document, in document order; empty when it is valid. */
export function validateReferralFlows(data: unknown): ValidationIssue[] {
  return check(data, { ...schemaWords, ...referralFlowWords });
}

export const referralFlowsKind: DocumentKind = { ...referralFlowsRules, validate: validateReferralFlows };
