/**
 * The widgets an embed page can show, by the tag name after "praksis-". An embed page takes its
 * widget from the URL, so it accepts only these names (a test checks the list against the widgets'
 * registration modules). Also which widget draws which kind of document.
 */
export const EMBED_WIDGETS = ['capacity-gauge', 'delegation-matrix', 'hours-badge', 'referral-sankey'] as const;

export type EmbedWidget = (typeof EMBED_WIDGETS)[number];

export function isEmbedWidget(name: unknown): name is EmbedWidget {
  return typeof name === 'string' && (EMBED_WIDGETS as readonly string[]).includes(name);
}

/** The widget for each document kind (the schema registry's kind names). */
export const WIDGET_FOR_KIND: Readonly<Record<string, EmbedWidget>> = {
  capacity: 'capacity-gauge',
  'delegation-matrix': 'delegation-matrix',
  'accessibility-declaration': 'hours-badge',
  'referral-flows': 'referral-sankey',
};
