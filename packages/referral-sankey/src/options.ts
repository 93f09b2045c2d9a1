import { numberOption } from '@praksis/core/options.js';

/** The attributes that change what the sankey says: read one way by the element and by static pages. */
export const sankeyOptions = {
  /** Destinations whose inflow is below this share (0–0.5) of all that reaches a destination are grouped ("Øvrige"). */
  groupBelow: numberOption('group-below'),
  /** Counts below this are suppressed; the document's own `suppressBelow` is a floor. */
  suppressBelow: numberOption('suppress-below'),
};
