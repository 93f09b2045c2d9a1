import type { DataTable } from '@praksis/core/csv.js';
import type { Lang } from '@praksis/core/lang.js';
import type { ReferralFlows } from '@praksis/schema';
import type { FlowModel } from './model.js';
import { sankeyMessages } from './messages.js';

/**
 * The flows as one table for the CSV download, as the table view lists them: from, to, the value
 * (a suppressed count as “< N”, never its value), and, when the unit adds up, the share of the
 * sender in per cent and the total — written “mindst 740” / “at least 740” when it leaves out a
 * suppressed flow, or “< 10” when every flow it counts is. Rates have neither column nor total row: they do not add up.
 */
export function flowTables(doc: ReferralFlows, model: FlowModel, lang: Lang): DataTable[] {
  const m = sankeyMessages[lang];
  const rows: DataTable['rows'] = model.flows.map((flow) => {
    const value = flow.suppressed ? m.lessThan(String(model.threshold)) : flow.value;
    if (!model.additive) return [flow.source, flow.target, value];
    return [flow.source, flow.target, value, flow.share === undefined ? undefined : Math.round(flow.share * 10000) / 100];
  });
  if (model.total !== undefined) {
    const total =
      model.totalBelow !== undefined ? m.lessThan(String(model.totalBelow)) : model.totalPartial ? m.atLeast(String(model.total)) : model.total;
    rows.push([m.total, undefined, total, undefined]);
  }
  const columns = [m.from, m.to, m.value[doc.unit]];
  if (model.additive) columns.push(`${m.shareColumn(model.suppressedCount > 0)} (%)`);
  return [{ columns, rows }];
}
