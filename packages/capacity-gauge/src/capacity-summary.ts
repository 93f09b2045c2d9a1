import type { CapacityDocument } from '@praksis/schema';
import { formatDate, formatNumber, formatShare } from '@praksis/core/format.js';
import type { Lang } from '@praksis/core/lang.js';
import type { WidgetSummary } from '@praksis/core/summary.js';
import { localize } from '@praksis/core/text.js';
import { gaugeMessages } from './capacity-gauge.messages.js';
import { capacityFigures, type CapacityFigures } from './capacity-model.js';

/** "46 (2,9 %) over normtallet på 1.600 pr. kapacitet." The gauge shows the same sentence under its figure. */
export function normSentence(f: CapacityFigures, lang: Lang): string {
  const n = (v: number) => formatNumber(lang, v);
  const direction = Math.round(f.difference) === 0 ? 'at' : f.difference > 0 ? 'over' : 'under';
  return gaugeMessages[lang].normSentence(n(Math.abs(f.difference)), formatShare(lang, Math.abs(f.differenceShare)), direction, n(f.norm), gaugeMessages[lang].perBasisShort[f.basis]);
}

/** What the gauge says, as plain text: the figure, its date, its norm, the totals and the intake status. No DOM. */
export function capacitySummary(doc: CapacityDocument, lang: Lang): WidgetSummary {
  const m = gaugeMessages[lang];
  const f = capacityFigures(doc);
  const n = (v: number) => formatNumber(lang, v);
  const sentences = [
    `${m.unitKind[doc.unit.kind]}, ${m.asOf(formatDate(lang, doc.asOf))}.`,
    normSentence(f, lang),
    m.totals(n(doc.listedPatients), formatNumber(lang, doc.capacities, Number.isInteger(doc.capacities) ? 0 : 1)),
  ];
  const intake = doc.intake;
  if (intake && 'status' in intake) {
    sentences.push(`${m[intake.status]}${intake.since ? ` ${m.since(formatDate(lang, intake.since))}` : ''}.`);
  } else if (intake) {
    sentences.push(`${m.areaIntake(n(intake.practicesClosed), n(intake.practicesOpen + intake.practicesClosed))}.`);
  }
  return {
    title: localize(doc.unit.name, lang),
    figure: `${n(f.value)} ${m.perBasis[f.basis]}`,
    sentences,
  };
}
