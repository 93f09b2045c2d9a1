import type { CapacityDocument } from '@praksis/schema';
import { formatCount, formatDate, formatNumber, formatShare, pluralForm } from '@praksis/core/format.js';
import type { Lang } from '@praksis/core/lang.js';
import type { ChartOutline, WidgetSummary } from '@praksis/core/summary.js';
import { localize } from '@praksis/core/text.js';
import { gaugeMessages } from './messages.js';
import { capacityFigures, type CapacityFigures } from './model.js';

/**
 * Capacities may be fractional (a part-time capacity): as many decimals as the data gives, at most
 * two, the schema's smallest step (0,01), so no capacity reads as 0,0 and 2,25 is not 2,3.
 */
export const capacityDigits = (capacities: number): number => Math.min(2, (String(capacities).split('.')[1] ?? '').length);

/** "46 (2,9 %) over normtallet på 1.600 pr. kapacitet." The gauge shows the same sentence under its figure. */
export function normSentence(f: CapacityFigures, lang: Lang): string {
  const n = (v: number) => formatNumber(lang, v);
  const direction = Math.round(f.difference) === 0 ? 'at' : f.difference > 0 ? 'over' : 'under';
  return gaugeMessages[lang].normSentence(n(Math.abs(f.difference)), formatShare(lang, Math.abs(f.differenceShare)), direction, n(f.norm), gaugeMessages[lang].perBasisShort[f.basis]);
}

/** The key figure's unit in the form its rounded figure takes: "1 tilmeldt patient pr. kapacitet". */
export const figureUnit = (f: CapacityFigures, lang: Lang): string => pluralForm(lang, f.value, gaugeMessages[lang].perBasis[f.basis]);

/** "5.849.229 tilmeldte patienter på 3.554 lægekapaciteter." */
export function totalsSentence(doc: CapacityDocument, lang: Lang): string {
  const m = gaugeMessages[lang];
  return m.totals(formatCount(lang, doc.listedPatients, m.listedPatient), formatCount(lang, doc.capacities, m.capacity, capacityDigits(doc.capacities)));
}

/** "3.753 læger, 1.559 patienter pr. læge."; empty without a headcount. */
export function doctorsSentence(doc: CapacityDocument, f: CapacityFigures, lang: Lang): string {
  const m = gaugeMessages[lang];
  return doc.doctors && f.perDoctor !== undefined ? m.doctorsLine(formatCount(lang, doc.doctors, m.doctor), formatCount(lang, f.perDoctor, m.patient)) : '';
}

/** "Lukket for tilgang af nye patienter siden 1. sep. 2025." or "9 af 14 praksis er lukket …"; empty without intake. */
export function intakeSentence(doc: CapacityDocument, lang: Lang): string {
  const m = gaugeMessages[lang];
  const intake = doc.intake;
  if (!intake) return '';
  if ('status' in intake) return m.intakeSentence(intake.status, intake.since && formatDate(lang, intake.since));
  const total = intake.practicesOpen + intake.practicesClosed;
  return m.areaIntake(formatNumber(lang, intake.practicesClosed), formatCount(lang, total, m.practice), intake.practicesClosed);
}

/**
 * What the gauge says, as plain text: the figure, its date, its norm, the totals, the doctors and
 * the intake status — the sentences the element shows, so a figure per doctor can be checked
 * against the count of doctors it is out of. No DOM.
 */
export function capacitySummary(doc: CapacityDocument, lang: Lang): WidgetSummary {
  const m = gaugeMessages[lang];
  const f = capacityFigures(doc);
  return {
    title: localize(doc.unit.name, lang),
    figure: formatCount(lang, f.value, m.perBasis[f.basis]),
    sentences: [m.unitAsOf(m.unitKind[doc.unit.kind], formatDate(lang, doc.asOf)), normSentence(f, lang), totalsSentence(doc, lang), doctorsSentence(doc, f, lang), intakeSentence(doc, lang)].filter(Boolean),
  };
}

/**
 * What screen readers are told before the gauge: a gauge with one bar, what the bar, the norm and
 * the comparison are, and the range of the figures it shows (and of its trend). No DOM.
 */
export function capacityOutline(doc: CapacityDocument, lang: Lang): ChartOutline {
  const m = gaugeMessages[lang];
  const f = capacityFigures(doc);
  const n = (v: number) => formatNumber(lang, v);
  const per = m.perBasis[f.basis].other;
  const figures = [f.value, f.norm, ...(f.comparison === undefined ? [] : [f.comparison])];
  const first = f.trend[0];
  const last = f.trend[f.trend.length - 1];
  return {
    type: m.outlineType,
    structure: m.outlineStructure(per, localize(doc.norm.label, lang) || m.norm, doc.comparison ? localize(doc.comparison.label, lang) : '', f.trend.length > 0),
    range: [
      m.outlineRange(n(Math.min(...figures)), n(Math.max(...figures)), per),
      first && last ? m.outlineTrend(formatDate(lang, first.date), formatDate(lang, last.date), n(first.perCapacity), n(last.perCapacity)) : '',
    ]
      .filter(Boolean)
      .join(' '),
  };
}
