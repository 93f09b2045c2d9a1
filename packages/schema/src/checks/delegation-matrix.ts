/**
 * Delegation-matrix rules JSON Schema cannot state: unique ids, cells that refer to declared rows
 * and columns, values on the declared scale, one value per row and column, and distributions that
 * add up. Run only on schema-valid documents, so the shape is known.
 *
 * Structural problems (ids, scale, references, values) are reported first and on their own: a cell
 * pointing at an unknown column would otherwise also show up as a gap and a row that does not add up.
 */
import type { LocalizedMessage, ValidationIssue } from '../issue.js';
import type { DelegationCell, DelegationMatrixDocument } from '../generated/types.js';
import { checkProvenance } from './provenance.js';

const say = (da: string, en: string): LocalizedMessage => ({ da, en });

/** The rounding slack a distribution gets when the document does not declare one. */
export const DEFAULT_TOLERANCE = 0.02;

/** The columns a cell covers, as given. */
export const cellColumns = (cell: DelegationCell): string[] => cell.columns ?? (cell.column === undefined ? [] : [cell.column]);

/** Issues for ids that repeat an earlier one in the list. */
function unique(items: readonly { id: string }[], path: string): ValidationIssue[] {
  const seen = new Set<string>();
  return items.flatMap(({ id }, i) => {
    if (!seen.has(id)) return seen.add(id), [];
    return [{ path: `${path}/${i}/id`, message: say(`«${id}» er brugt før`, `"${id}" is used twice`) }];
  });
}

/** The scale, the columns' positions and the rows' published indices fit together. */
export function checkDeclarations(doc: DelegationMatrixDocument): ValidationIssue[] {
  const { scale, columns, rows } = doc;
  const issues = [...unique(columns, '/columns'), ...unique(rows, '/rows')];
  const levels = scale.type === 'levels';
  if (levels && !scale.levels) issues.push({ path: '/scale/levels', message: say('mangler niveauerne', 'needs the levels') });
  if (!levels && scale.levels) issues.push({ path: '/scale/levels', message: say('kun ved «levels»', 'only with "levels"') });
  if (scale.levels) issues.push(...unique(scale.levels, '/scale/levels'));
  for (const key of ['distribution', 'n'] as const) {
    if (levels && scale[key] !== undefined) issues.push({ path: `/scale/${key}`, message: say('kun ved «share» eller «count»', 'only with "share" or "count"') });
  }
  const onScale = doc.columnKind === 'delegation-scale';
  let previous = 0;
  columns.forEach(({ position }, i) => {
    const path = `/columns/${i}/position`;
    if (!onScale) {
      if (position !== undefined) issues.push({ path, message: say('kun ved «delegation-scale»', 'only with "delegation-scale"') });
    } else if (position === undefined) {
      issues.push({ path, message: say('mangler position (1–5)', 'needs a position (1–5)') });
    } else {
      if (position <= previous) issues.push({ path, message: say(`skal være større end forrige kolonnes (${previous})`, `must be greater than the previous column's (${previous})`) });
      previous = position;
    }
  });
  rows.forEach((row, i) => {
    if (!onScale && row.index !== undefined) issues.push({ path: `/rows/${i}/index`, message: say('kun ved «delegation-scale»', 'only with "delegation-scale"') });
  });
  return issues;
}

/** Why a value does not fit the scale, or undefined when it does. */
function offScale(doc: DelegationMatrixDocument, value: number | string, n: number | undefined): LocalizedMessage | undefined {
  const { scale } = doc;
  if (scale.type === 'levels') {
    const ids = (scale.levels ?? []).map((l) => l.id);
    return typeof value === 'string' && ids.includes(value) ? undefined : say(`skal være et af niveauerne: ${ids.join(', ')}`, `must be one of the levels: ${ids.join(', ')}`);
  }
  if (typeof value !== 'number') return say('skal være et tal eller null', 'must be a number or null');
  if (scale.type === 'share') return value > 1 ? say('en andel skal ligge mellem 0 og 1', 'a share must be between 0 and 1') : undefined;
  if (!Number.isInteger(value)) return say('skal være et heltal', 'must be a whole number');
  return n !== undefined && value > n ? say(`må højst være n = ${n}`, `must be at most n = ${n}`) : undefined;
}

/**
 * Cells refer to known rows and columns, spans run over adjacent columns in order, no row and
 * column has two values, and each value fits the scale.
 */
export function checkCells(doc: DelegationMatrixDocument): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const rowIndex = new Map(doc.rows.map((r, i) => [r.id, i]));
  const columnIndex = new Map(doc.columns.map((c, i) => [c.id, i]));
  const taken = new Map<string, number>();
  doc.cells.forEach((cell, i) => {
    const at = `/cells/${i}`;
    const before = issues.length;
    const row = rowIndex.get(cell.row);
    if (row === undefined) issues.push({ path: `${at}/row`, message: say(`ukendt række «${cell.row}»`, `unknown row "${cell.row}"`) });
    const ids = cellColumns(cell);
    const positions = ids.map((id) => columnIndex.get(id));
    const unknown = positions.indexOf(undefined);
    if (unknown >= 0) {
      const path = cell.columns ? `${at}/columns/${unknown}` : `${at}/column`;
      issues.push({ path, message: say(`ukendt kolonne «${ids[unknown] ?? ''}»`, `unknown column "${ids[unknown] ?? ''}"`) });
    } else if (cell.columns) {
      if (doc.scale.type === 'levels') issues.push({ path: `${at}/columns`, message: say('kun ved «share» eller «count»', 'only with "share" or "count"') });
      else if (positions.some((p, k) => k > 0 && p !== (positions[k - 1] ?? 0) + 1)) {
        issues.push({ path: `${at}/columns`, message: say('skal være nabokolonner i rækkefølge', 'must be adjacent columns, in order') });
      }
    }
    // A cell whose row or columns are wrong cannot collide with another: that would be noise.
    if (issues.length === before) {
      for (const id of ids) {
        const key = `${cell.row}\u0000${id}`;
        const earlier = taken.get(key);
        if (earlier === undefined) taken.set(key, i);
        else issues.push({ path: at, message: say(`«${cell.row}» har allerede en værdi i «${id}» (celle ${earlier})`, `"${cell.row}" already has a value in "${id}" (cell ${earlier})`) });
      }
    }
    if (cell.value === null) return;
    if (cell.missing !== undefined) issues.push({ path: `${at}/missing`, message: say('kun når værdien er null', 'only when the value is null') });
    const problem = offScale(doc, cell.value, row === undefined ? undefined : (doc.rows[row]?.n ?? doc.scale.n));
    if (problem) issues.push({ path: `${at}/value`, message: problem });
  });
  return issues;
}

/** Every row has a cell (or null) for every column; distributions add up. */
export function checkRows(doc: DelegationMatrixDocument): ValidationIssue[] {
  const { scale } = doc;
  const tolerance = scale.tolerance ?? DEFAULT_TOLERANCE;
  return doc.rows.flatMap((row, i) => {
    const cells = doc.cells.filter((c) => c.row === row.id);
    const covered = new Set(cells.flatMap(cellColumns));
    const gap = doc.columns.find((c) => !covered.has(c.id));
    const path = `/rows/${i}`;
    if (gap) {
      return [{ path, message: say(`mangler en celle for kolonnen «${gap.id}» (et tal eller null)`, `needs a cell for column "${gap.id}" (a value or null)`) }];
    }
    if (!scale.distribution) return [];
    const sum = cells.reduce((total, c) => total + (typeof c.value === 'number' ? c.value : 0), 0);
    const complete = cells.every((c) => c.value !== null);
    const n = row.n ?? scale.n;
    const whole = scale.type === 'count' ? n : 1;
    if (whole === undefined) return [];
    const slack = scale.type === 'count' ? 0 : tolerance;
    const shown = scale.type === 'count' ? String(sum) : String(Math.round(sum * 1000) / 1000);
    if (sum > whole + slack + 1e-9) {
      return [{ path, message: say(`summen ${shown.replace('.', ',')} er mere end ${whole}`, `adds up to ${shown}, more than ${whole}`) }];
    }
    if (complete && sum < whole - slack - 1e-9) {
      return [{ path, message: say(`summen ${shown.replace('.', ',')} er mindre end ${whole}, og ingen værdi mangler`, `adds up to ${shown}, less than ${whole}, with no value missing`) }];
    }
    return [];
  });
}

export function checkDelegationMatrix(doc: DelegationMatrixDocument): ValidationIssue[] {
  const declared = checkDeclarations(doc);
  const structural = declared.some((issue) => issue.path.startsWith('/scale')) ? declared : [...declared, ...checkCells(doc)];
  return [...(structural.length > 0 ? structural : checkRows(doc)), ...checkProvenance(doc.provenance, '/provenance')];
}
