// Generated from src/registry.ts by `npm run generate`. Do not edit.
/** Registers every Praksis widget. This is the all-in-one bundle's entry. */
import '@praksis/capacity-gauge/praksis-capacity-gauge.js';
import '@praksis/delegation-matrix/praksis-delegation-matrix.js';
import '@praksis/hours-badge/praksis-hours-badge.js';
import '@praksis/referral-sankey/praksis-referral-sankey.js';

export { CapacityGauge } from '@praksis/capacity-gauge';
export { DelegationMatrix } from '@praksis/delegation-matrix';
export { HoursBadge } from '@praksis/hours-badge';
export { ReferralSankey } from '@praksis/referral-sankey';
export { VERSION } from '@praksis/core';
