import { css } from 'lit';

/** Matrix styles read only the private token variables set by `tokenStyles`. */
export const matrixStyles = css`
  .kicker,
  .desc,
  .caption,
  .axis,
  .legend,
  .notes {
    color: var(--_color-text-muted);
    font-size: 0.875em;
  }
  .caption {
    font-weight: 600;
    color: var(--_color-text);
    margin: var(--_space-2) 0;
  }
  .desc {
    display: block;
    font-weight: 400;
  }
  .legend {
    margin: var(--_space-2) 0;
  }
  .legend ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-3);
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: var(--_space-1);
  }
  .key {
    display: inline-block;
    min-width: 1.5em;
    height: 1.5em;
    line-height: 1.5em;
    text-align: center;
    border: 1px solid var(--_color-border);
    color: var(--_color-text);
  }
  .stripes {
    background: linear-gradient(var(--_color-diverging-1) 50%, var(--_color-diverging-2) 50%);
  }
  .s1 {
    background: var(--_color-sequential-1);
  }
  .s2 {
    background: var(--_color-sequential-2);
  }
  .s3 {
    background: var(--_color-sequential-3);
  }
  .s4 {
    background: var(--_color-sequential-4);
  }
  .s5 {
    background: var(--_color-sequential-5);
  }
  .d1 {
    background: var(--_color-diverging-1);
    fill: var(--_color-diverging-1);
  }
  .d2 {
    background: var(--_color-diverging-2);
    fill: var(--_color-diverging-2);
  }
  .d3 {
    background: var(--_color-diverging-3);
    fill: var(--_color-diverging-3);
  }
  .d4 {
    background: var(--_color-diverging-4);
    fill: var(--_color-diverging-4);
  }
  .d5 {
    background: var(--_color-diverging-5);
    fill: var(--_color-diverging-5);
  }
  .na {
    background: var(--_color-surface);
    fill: var(--_color-surface);
    stroke: var(--_color-border);
    stroke-dasharray: 3 2;
    color: var(--_color-text-muted);
    font-style: italic;
  }
  .scroll {
    overflow-x: auto;
  }
  table {
    width: auto;
    min-width: 100%;
  }
  th,
  td {
    border: 1px solid var(--_color-border);
  }
  thead th {
    font-size: 0.875em;
    vertical-align: bottom;
  }
  td.num {
    text-align: end;
    white-space: nowrap;
  }
  td.lvl {
    text-align: center;
  }
  .sym {
    font-size: 1.2em;
  }
  th:focus-visible,
  td:focus-visible {
    outline-offset: -3px;
  }
  .mark {
    font-size: 0.8em;
    margin-inline-start: 0.15em;
  }
  .tag {
    font-size: 0.75em;
    font-weight: 600;
    color: var(--_color-fictional);
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    padding: 0 0.3em;
    white-space: nowrap;
  }
  .cards {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space-2);
  }
  .cards > li {
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    padding: var(--_space-2);
  }
  .card-title {
    font-weight: 600;
  }
  .cards dl {
    margin: var(--_space-1) 0 0;
  }
  .cards dl > div {
    display: flex;
    justify-content: space-between;
    gap: var(--_space-2);
    border-top: 1px solid var(--_color-border);
    padding: var(--_space-1) 0;
  }
  .cards dd {
    margin: 0;
    text-align: end;
  }
  .val {
    display: inline-block;
    padding: 0 var(--_space-1);
    border-radius: var(--_radius);
  }
  .bars {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .bars > li,
  .axis {
    display: grid;
    grid-template-columns: minmax(6em, 12em) minmax(0, 1fr) 4.5em;
    gap: var(--_space-2);
    align-items: center;
    padding: var(--_space-1) 0;
  }
  .bar-box,
  svg {
    display: block;
    min-width: 0;
    max-width: 100%;
  }
  svg text {
    font-family: inherit;
    font-size: 12px;
    fill: var(--_color-text);
  }
  svg rect {
    stroke: var(--_color-background);
    stroke-width: 1;
  }
  .centre {
    stroke: var(--_color-text);
    stroke-width: 1.5;
  }
  .bar-index {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .axis {
    padding: 0;
  }
  .ends {
    display: flex;
    justify-content: space-between;
  }
  .stacked .bars > li,
  .stacked .axis {
    grid-template-columns: minmax(0, 1fr) 4.5em;
    row-gap: 0;
  }
  .stacked .bar-label {
    grid-column: 1 / -1;
  }
  .stacked .axis > :first-child {
    display: none;
  }
  .notes {
    color: var(--_color-text-muted);
    font-size: 0.875em;
  }
  .caption {
    font-weight: 600;
    color: var(--_color-text);
    margin: var(--_space-2) 0;
  }
  .desc {
    display: block;
    font-weight: 400;
  }
  .legend {
    margin: var(--_space-2) 0;
  }
  .legend ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-3);
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: var(--_space-1);
  }
  .key {
    display: inline-block;
    min-width: 1.5em;
    height: 1.5em;
    line-height: 1.5em;
    text-align: center;
    border: 1px solid var(--_color-border);
    color: var(--_color-text);
  }
  .stripes {
    background: linear-gradient(var(--_color-diverging-1) 50%, var(--_color-diverging-2) 50%);
  }
  .s1 {
    background: var(--_color-sequential-1);
  }
  .s2 {
    background: var(--_color-sequential-2);
  }
  .s3 {
    background: var(--_color-sequential-3);
  }
  .s4 {
    background: var(--_color-sequential-4);
  }
  .s5 {
    background: var(--_color-sequential-5);
  }
  .d1 {
    background: var(--_color-diverging-1);
    fill: var(--_color-diverging-1);
  }
  .d2 {
    background: var(--_color-diverging-2);
    fill: var(--_color-diverging-2);
  }
  .d3 {
    background: var(--_color-diverging-3);
    fill: var(--_color-diverging-3);
  }
  .d4 {
    background: var(--_color-diverging-4);
    fill: var(--_color-diverging-4);
  }
  .d5 {
    background: var(--_color-diverging-5);
    fill: var(--_color-diverging-5);
  }
  .na {
    background: var(--_color-surface);
    fill: var(--_color-surface);
    stroke: var(--_color-border);
    stroke-dasharray: 3 2;
    color: var(--_color-text-muted);
    font-style: italic;
  }
  .scroll {
    overflow-x: auto;
  }
  table {
    width: auto;
    min-width: 100%;
  }
  th,
  td {
    border: 1px solid var(--_color-border);
  }
  thead th {
    font-size: 0.875em;
    vertical-align: bottom;
  }
  td.num {
    text-align: end;
    white-space: nowrap;
  }
  td.lvl {
    text-align: center;
  }
  .sym {
    font-size: 1.2em;
  }
  th:focus-visible,
  td:focus-visible {
    outline-offset: -3px;
  }
  .mark {
    font-size: 0.8em;
    margin-inline-start: 0.15em;
  }
  .tag {
    font-size: 0.75em;
    font-weight: 600;
    color: var(--_color-fictional);
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    padding: 0 0.3em;
    white-space: nowrap;
  }
  .cards {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space-2);
  }
  .cards > li {
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    padding: var(--_space-2);
  }
  .card-title {
    font-weight: 600;
  }
  .cards dl {
    margin: var(--_space-1) 0 0;
  }
  .cards dl > div {
    display: flex;
    justify-content: space-between;
    gap: var(--_space-2);
    border-top: 1px solid var(--_color-border);
    padding: var(--_space-1) 0;
  }
  .cards dd {
    margin: 0;
    text-align: end;
  }
  .val {
    display: inline-block;
    padding: 0 var(--_space-1);
    border-radius: var(--_radius);
  }
  .bars {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .bars > li,
  .axis {
    display: grid;
    grid-template-columns: minmax(6em, 12em) minmax(0, 1fr) 4.5em;
    gap: var(--_space-2);
    align-items: center;
    padding: var(--_space-1) 0;
  }
  .bar-box,
  svg {
    display: block;
    min-width: 0;
    max-width: 100%;
  }
  svg text {
    font-family: inherit;
    font-size: 12px;
    fill: var(--_color-text);
  }
  svg rect {
    stroke: var(--_color-background);
    stroke-width: 1;
  }
  .centre {
    stroke: var(--_color-text);
    stroke-width: 1.5;
  }
  .bar-index {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .axis {
    padding: 0;
  }
  .axis span:first-child {
    grid-column: 2;
    display: flex;
    justify-content: space-between;
  }
  .axis span:nth-child(2) {
    grid-column: 2;
    grid-row: 1;
    text-align: end;
  }
  .axis span:last-child {
    text-align: end;
  }
  .notes {
    margin-top: var(--_space-3);
    color: var(--_color-text);
  }
  .notes ol {
    margin: var(--_space-1) 0 0;
    padding-inline-start: 1.5em;
  }
  .notes-title {
    font-weight: 600;
    margin-top: var(--_space-1);
  }
  @media (forced-colors: active) {
    td,
    .key,
    .val {
      forced-color-adjust: none;
      background: Canvas;
      color: CanvasText;
    }
    svg rect {
      fill: Canvas;
      stroke: CanvasText;
    }
    .centre {
      stroke: CanvasText;
    }
    svg text {
      fill: CanvasText;
    }
  }
`;
