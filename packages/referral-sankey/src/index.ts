// Public entry of @praksis/referral-sankey. No side effects: import praksis-referral-sankey.js to register the tag.
export { ReferralSankey } from './referral-sankey.js';
export {
  buildFlows,
  destinationsToGroup,
  pathThrough,
  OTHER_ID,
  MIN_GROUPED,
  MIN_UNGROUPED,
  type FlowLink,
  type FlowModel,
  type FlowNode,
  type FlowOptions,
  type ShareBase,
  type TableFlow,
} from './model.js';
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
} from './layout/sankey.js';
export {
  amountText,
  captionText,
  flowsSummary,
  flowsSummaryText,
  flowValueText,
  periodText,
  shareOfSourceText,
  thingsText,
  totalText,
  type FlowsSummaryText,
} from './summary.js';
export { isAdditive, unitDigits, type FlowUnit } from './units.js';
export { fitDistinct } from './layout/label-fit.js';
