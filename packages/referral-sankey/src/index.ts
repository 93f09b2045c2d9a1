// Public entry of @praksis/referral-sankey. No side effects: import praksis-referral-sankey.js to register the tag.
export { ReferralSankey } from './referral-sankey.js';
export { buildFlows, pathThrough, OTHER_ID, type FlowLink, type FlowModel, type FlowNode, type FlowOptions, type TableFlow } from './flows-model.js';
export {
  layoutSankey,
  countCrossings,
  ribbon,
  fitText,
  type Heading,
  type LaidLink,
  type LaidNode,
  type LayoutLinkInput,
  type LayoutNodeInput,
  type LayoutOptions,
  type NodeLabel,
  type SankeyLayout,
  type TextBox,
} from './sankey-layout.js';
export { flowsSummary, flowsSummaryText, flowValueText, periodText, thingsText, type FlowsSummaryText } from './flows-summary.js';
