import type { DataTable } from '@praksis/core/csv.js';
import type { Lang } from '@praksis/core/lang.js';
import type { ReferralFlows } from '@praksis/schema';
import type { FlowModel } from './flows-model.js';
import { sankeyMessages } from './referral-sankey.messages.js';

/**
 * The flows as one table for the CSV download, as the table view lists them: from, to, the value
 * (a suppressed count as “< N”, never its value), the share of the sender in per cent, and for
 * counts the total of what is known.
 */
export function flowTables(doc: ReferralFlows, model: FlowModel, lang: Lang): DataTable[] {
  const m = sankeyMessages[lang];
  const rows: DataTable['rows'] = model.flows.map((flow) => [
    flow.source,
    flow.target,
    flow.suppressed ? m.lessThan(String(model.threshold)) : flow.value,
    flow.share === undefined ? undefined : Math.round(flow.share * 10000) / 100,
  ]);
  if (doc.unit === 'count') rows.push([m.total, undefined, model.total, undefined]);
  return [{ columns: [m.from, m.to, m.value[doc.unit], `${m.shareColumn} (%)`], rows }];
}
