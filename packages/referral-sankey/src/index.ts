// Public entry of @praksis/referral-sankey: the element class, its plain-text summary and its
// descriptor. Importing it defines no tag: import './praksis-referral-sankey.js' for that.
export { ReferralSankey } from './referral-sankey.js';
export { flowsSummary } from './summary.js';
export type { FlowOptions } from './model.js';
export { referralSankeyDescriptor } from './descriptor.js';
// English texts of the summary for Node (the element loads them itself when it speaks English).
export { installEnglish } from './english.js';
