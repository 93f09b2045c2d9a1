/**
 * Delegation-matrix rules JSON Schema cannot state: unique ids, cells that refer to declared rows
 * and columns, values on the declared scale, one value per row and column, and distributions that
 * add up. Run only on schema-valid documents, so the shape is known.
 *
 * Structural problems (ids, scale, references, values) are reported first and on their own: a cell
 * pointing at an unknown column would otherwise also show up as a gap and a row that does not add up.
 */
import type { ValidationIssue } from '../issue.js';
import type { DelegationCell, DelegationMatrixDocument } from '../generated/types.js';
import { checkProvenance } from './provenance.js';

/** The rounding slack a distribution gets when the document does not declare one. */
export const DEFAULT_TOLERANCE = 0.02;

/** The columns a cell covers, as given. */
export const cellColumns = (cell: DelegationCell): string[] => cell.columns ?? (cell.column === undefined ? [] : [cell.column]);

/** Danish decimal comma. */
const da = (n: number): string => String(n).replace('.', ',');

export function checkDelegationMatrix(doc: DelegationMatrixDocument): ValidationIssue[] {
  const { scale, columns, rows, cells } = doc;
  const issues: ValidationIssue[] = [];
  const done = (): ValidationIssue[] => [...issues, ...checkProvenance(doc.provenance, '/provenance')];
  const add = (path: string, daText: string, en: string): void => void issues.push({ path, message: { da: daText, en } });
  const onlyWith = (path: string, what: string): void => add(path, `kun ved «${what}»`, `only with "${what}"`);
  const unique = (items: readonly { id: string }[], path: string): void => {
    const seen = new Set<string>();
    items.forEach(({ id }, i) => {
      if (seen.has(id)) add(`${path}/${i}/id`, `«${id}» er brugt før`, `"${id}" is used twice`);
      seen.add(id);
    });
  };

  // Declarations: ids, the scale, the columns' positions, published indices.
  unique(columns, '/columns');
  unique(rows, '/rows');
  const levels = scale.levels;
  const levelScale = scale.type === 'levels';
  if (levels) {
    if (levelScale) unique(levels, '/scale/levels');
    else onlyWith('/scale/levels', 'levels');
  } else if (levelScale) add('/scale/levels', 'mangler niveauerne', 'needs the levels');
  if (levelScale) for (const key of ['distribution', 'n'] as const) if (scale[key] !== undefined) onlyWith(`/scale/${key}`, 'share/count');
  const onScale = doc.columnKind === 'delegation-scale';
  let previous = 0;
  columns.forEach(({ position }, i) => {
    const path = `/columns/${i}/position`;
    if (!onScale) {
      if (position !== undefined) onlyWith(path, 'delegation-scale');
    } else if (position === undefined) add(path, 'mangler position (1–5)', 'needs a position (1–5)');
    else if (position <= previous) add(path, `skal være større end forrige kolonnes (${previous})`, `must be greater than the previous column's (${previous})`);
    previous = position ?? previous;
  });
  if (!onScale) rows.forEach((row, i) => row.index !== undefined && onlyWith(`/rows/${i}/index`, 'delegation-scale'));
  if (issues.some((issue) => issue.path.startsWith('/scale'))) return done();

  // Cells: references, spans, collisions, values.
  const rowIndex = new Map(rows.map((r, i) => [r.id, i]));
  const columnIndex = new Map(columns.map((c, i) => [c.id, i]));
  const taken = new Map<string, number>();
  cells.forEach((cell, i) => {
    const at = `/cells/${i}`;
    const before = issues.length;
    const row = rowIndex.get(cell.row);
    if (row === undefined) add(`${at}/row`, `ukendt række «${cell.row}»`, `unknown row "${cell.row}"`);
    const ids = cellColumns(cell);
    const found = ids.map((id) => columnIndex.get(id));
    const unknown = found.indexOf(undefined);
    if (unknown >= 0) {
      add(cell.columns ? `${at}/columns/${unknown}` : `${at}/column`, `ukendt kolonne «${ids[unknown]}»`, `unknown column "${ids[unknown]}"`);
    } else if (cell.columns) {
      if (levelScale) onlyWith(`${at}/columns`, 'share/count');
      else if (found.some((p, k) => k > 0 && p !== (found[k - 1] ?? 0) + 1)) add(`${at}/columns`, 'skal være nabokolonner i rækkefølge', 'must be adjacent columns, in order');
    }
    // A cell whose row or columns are wrong cannot collide with another: that would be noise.
    if (issues.length === before) {
      for (const id of ids) {
        const key = `${cell.row} ${id}`;
        const earlier = taken.get(key);
        if (earlier === undefined) taken.set(key, i);
        else add(at, `«${cell.row}» har allerede en værdi i «${id}» (celle ${earlier})`, `"${cell.row}" already has a value in "${id}" (cell ${earlier})`);
      }
    }
    const { value } = cell;
    if (value === null) return;
    if (cell.missing !== undefined) add(`${at}/missing`, 'kun når værdien er null', 'only when the value is null');
    const path = `${at}/value`;
    const n = row === undefined ? undefined : (rows[row]?.n ?? scale.n);
    if (levelScale) {
      const known = (levels ?? []).map((l) => l.id);
      if (!known.includes(String(value))) add(path, `skal være et af niveauerne: ${known.join(', ')}`, `must be one of the levels: ${known.join(', ')}`);
    } else if (typeof value !== 'number') add(path, 'skal være et tal eller null', 'must be a number or null');
    else if (scale.type === 'share' ? value > 1 : !Number.isInteger(value)) {
      add(path, scale.type === 'share' ? 'skal være en andel fra 0 til 1' : 'skal være et heltal', scale.type === 'share' ? 'must be a share from 0 to 1' : 'must be a whole number');
    } else if (scale.type === 'count' && n !== undefined && value > n) add(path, `må højst være n = ${n}`, `must be at most n = ${n}`);
  });
  if (issues.length) return done();

  // Rows: a value (or null) for every column; distributions add up.
  const slack = scale.type === 'share' ? (scale.tolerance ?? DEFAULT_TOLERANCE) : 0;
  rows.forEach((row, i) => {
    const own = cells.filter((c) => c.row === row.id);
    const covered = new Set(own.flatMap(cellColumns));
    const gap = columns.find((c) => !covered.has(c.id));
    const path = `/rows/${i}`;
    if (gap) return add(path, `mangler en celle for kolonnen «${gap.id}» (et tal eller null)`, `needs a cell for column "${gap.id}" (a value or null)`);
    const whole = scale.type === 'share' ? 1 : (row.n ?? scale.n);
    if (!scale.distribution || whole === undefined) return;
    const sum = Math.round(own.reduce((total, c) => total + (typeof c.value === 'number' ? c.value : 0), 0) * 1e6) / 1e6;
    if (sum > whole + slack) add(path, `summen ${da(sum)} er mere end ${whole}`, `adds up to ${sum}, more than ${whole}`);
    else if (sum < whole - slack && own.every((c) => c.value !== null)) {
      add(path, `summen ${da(sum)} er mindre end ${whole}, og ingen værdi mangler`, `adds up to ${sum}, less than ${whole}, with no value missing`);
    }
  });
  return done();
}
