import type { DataTable } from '@praksis/core/csv.js';
import { formatNumber, formatShare, formatSigned } from '@praksis/core/format.js';
import type { Lang } from '@praksis/core/lang.js';
import { localize } from '@praksis/core/text.js';
import type { CapacityDocument } from '@praksis/schema';
import { gaugeMessages } from './messages.js';
import { gaugeTableWords } from './table-words.js';
import type { CapacityFigures } from './model.js';
import { capacityDigits, intakeSentence } from './summary.js';

/**
 * One key figure: its label, the text the table view shows (none: CSV only) and what the CSV
 * writes; `percent`: the CSV gives a share in per cent and says so in the label.
 */
export interface FigureRow {
  label: string;
  text?: string;
  value: number | string;
  percent?: boolean;
}

/** Derived figures to one decimal in the CSV; counts and capacities as the data gives them. */
const oneDecimal = (v: number) => Math.round(v * 10) / 10;

/** The key figures, in the order of the table view; the table view and the CSV both come from here. */
export function figureRows(doc: CapacityDocument, f: CapacityFigures, lang: Lang): FigureRow[] {
  const m = gaugeMessages[lang];
  const t = gaugeTableWords[lang];
  const n = (v: number) => formatNumber(lang, v);
  const capacities = (v: number) => formatNumber(lang, v, capacityDigits(v));
  const normLabel = localize(doc.norm.label, lang) || m.norm;
  const rows: FigureRow[] = [
    { label: t.listedPatients, text: n(doc.listedPatients), value: doc.listedPatients },
    { label: t.capacities, text: capacities(doc.capacities), value: doc.capacities },
    { label: t.perCapacity, text: n(f.perCapacity), value: oneDecimal(f.perCapacity) },
  ];
  if (doc.doctors && f.perDoctor !== undefined) {
    rows.push(
      { label: t.doctors, text: n(doc.doctors), value: doc.doctors },
      { label: t.perDoctor, text: n(f.perDoctor), value: oneDecimal(f.perDoctor) },
    );
  }
  rows.push(
    { label: `${normLabel} (${m.perBasisShort[doc.norm.basis]})`, text: n(f.norm), value: f.norm },
    {
      label: t.differenceFromNorm,
      text: `${formatSigned(lang, Math.round(f.difference))} (${formatShare(lang, f.differenceShare)})`,
      value: oneDecimal(f.difference),
    },
    { label: t.differenceShare, value: oneDecimal(f.differenceShare * 100), percent: true },
  );
  if (doc.comparison) rows.push({ label: localize(doc.comparison.label, lang), text: n(doc.comparison.value), value: doc.comparison.value });
  const intake = doc.intake;
  if (intake) {
    if ('status' in intake) rows.push({ label: t.intake, text: t.intakeValue[intake.status], value: t.intakeValue[intake.status] });
    else {
      const text = intakeSentence(doc, lang);
      rows.push({ label: t.intake, text, value: text });
    }
  }
  const c = doc.context;
  if (c?.patients70PlusShare !== undefined) {
    rows.push({ label: m.patients70Plus, text: formatShare(lang, c.patients70PlusShare), value: oneDecimal(c.patients70PlusShare * 100), percent: true });
  }
  if (c?.shortageArea !== undefined) rows.push({ label: m.shortageArea, text: c.shortageArea ? m.yes : m.no, value: c.shortageArea ? m.yes : m.no });
  if (c?.municipalityType) rows.push({ label: m.municipalityType, text: m.municipalityTypes[c.municipalityType], value: m.municipalityTypes[c.municipalityType] });
  return rows;
}

/** The gauge's data for the CSV download: the key figures, then the trend (dates as YYYY-MM-DD). */
export function gaugeTables(doc: CapacityDocument, f: CapacityFigures, lang: Lang): DataTable[] {
  const t = gaugeTableWords[lang];
  const tables: DataTable[] = [
    {
      columns: [t.figure, t.value],
      rows: figureRows(doc, f, lang).map((r) => [r.percent ? `${r.label} (%)` : r.label, r.value]),
    },
  ];
  if (f.trend.length) {
    tables.push({
      columns: [t.date, t.listedPatients, t.capacities, t.perCapacity],
      rows: f.trend.map((p) => [p.date, p.listedPatients, p.capacities, oneDecimal(p.perCapacity)]),
    });
  }
  return tables;
}
