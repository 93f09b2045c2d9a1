import { formatNumber, pluralForm } from './format.js';
import type { Lang } from './lang.js';

/** Interface text shared by every widget. English must have every Danish key (checked by the type). */
const da = {
  empty: 'Ingen data endnu: angiv data, src eller et <script type="application/json">.',
  /** What a reader is told first when the widget cannot be shown; the details are for the embedder. */
  errorPlain: {
    invalid: 'Grafikken kan ikke vises, fordi dataene er ufuldstændige.',
    unavailable: 'Grafikken kan ikke vises, fordi dataene ikke kunne hentes.',
    internal: 'Grafikken kan ikke vises på grund af en fejl i visningen.',
  },
  errorDetails: 'Tekniske detaljer',
  // The adjective agrees with the noun too (andet/andre), so each form is a whole phrase.
  moreProblems: (count: number) =>
    pluralForm('da', count, { one: `og ${formatNumber('da', count)} andet problem`, other: `og ${formatNumber('da', count)} andre problemer` }),
  internalError: 'der opstod en uventet fejl under visningen',
  /** A problem whose words could not be loaded (a network error): where it is, said plainly. */
  unexplained: 'der er en fejl her; beskrivelsen af den kunne ikke hentes',
  source: 'Kilde',
  asOf: (date: string) => `Opgjort pr. ${date}`,
  period: (from: string, to: string) => `Periode ${from}–${to}`,
  fictional: 'Eksempel – fiktive data',
  caveats: 'Forbehold',
  definitions: 'Definitioner',
  licence: 'Licens',
  showTable: 'Vis som tabel',
  goToTable: 'Gå til tabellen med tallene',
  skipChart: 'Spring forbi grafikken',
  chartEnd: 'Slut på grafikken.',
  /** The polite announcement when the data changes after the first draw. */
  updated: (summary: string) => `Opdateret: ${summary}`,
  hideTable: 'Skjul tabel',
  download: 'Hent',
  credit: 'Grafik',
};

type Messages = typeof da;

/**
 * The words by language. Danish is always here; the English table is installed by english.ts, which
 * an element speaking English loads on demand, so a Danish page fetches no English. Until then, and if
 * it cannot be loaded, English reads the Danish table (the element then marks its text `lang="da"`).
 */
export const coreMessages: Record<Lang, Messages> = { da, en: da };
export type CoreMessages = Messages;

/** The status shown while data or the English words load: in both languages, as it is shown before either. */
export const loadingText: Record<Lang, string> = { da: 'Henter data …', en: 'Loading data …' };
