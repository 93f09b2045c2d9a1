/**
 * Delegation-matrix rules JSON Schema cannot state: unique ids, cells that refer to declared rows
 * and columns, values on the declared scale, one value per row and column, and distributions that
 * add up. Run only on schema-valid documents, so the shape is known.
 *
 * Structural problems (ids, scale, references, values) are reported first and on their own: a cell
 * pointing at an unknown column would otherwise also show up as a gap and a row that does not add up.
 */
import type { LocalizedMessage, ValidationIssue } from '../issue.js';
import { matrixWords } from '../messages.js';
import type { DelegationMatrixDocument } from '../generated/types.js';
import type { MatrixWords } from '../words.js';
import { provenanceChecks } from './provenance.js';

/** The rounding slack a distribution gets when the document does not declare one. */
export const DEFAULT_TOLERANCE = 0.02;

/**
 * All the rules JSON Schema cannot state for this kind. Each `@rule` is listed as written under
 * "Checked beyond the schema" in docs/schema/delegation-matrix.md (scripts/lib/rules.mjs reads
 * them), so the page says what this code checks.
 *
 * @rule Row, column and level ids are unique (reported at the repeated `…/N/id`).
 * @rule With `scale.type` "levels", `scale.levels` is required and spans (`columns`) are not
 *   allowed; `distribution` and `n` go only with "share" or "count".
 * @rule With `columnKind` "delegation-scale", every column has a `position`, strictly ascending
 *   from doctor to staff; with "staff", columns have no `position` and rows no `index`.
 * @rule Every cell names a declared row and column(s); a span runs over adjacent columns in order;
 *   no row has two values for one column (reported at the cell).
 * @rule A value fits the scale: a declared level id, a share 0–1, or a whole count not above `n`;
 *   `missing` only with a `null` value (reported at `/cells/N/value`).
 * @rule Every row has a cell, or a `null`, for every column (reported at `/rows/N`).
 * @rule With `distribution`, a row adds up to 1 (shares, within `tolerance`) or to `n` (counts); a
 *   row with `null` cells may add up to less (reported at `/rows/N`).
 */
export const checkDelegationMatrix = (doc: DelegationMatrixDocument): ValidationIssue[] => delegationMatrixChecks(matrixWords).checkDelegationMatrix(doc);

/** The delegation-matrix rules, their issues worded by `m` (words.ts); checkDelegationMatrix words them in full. */
export const delegationMatrixChecks = (m: MatrixWords) => ({ checkDelegationMatrix: (doc: DelegationMatrixDocument) => checkMatrix(m, doc) });

function checkMatrix(m: MatrixWords, doc: DelegationMatrixDocument): ValidationIssue[] {
  const { scale, columns, rows, cells } = doc;
  const issues = provenanceChecks(m).checkProvenance(doc.provenance, '/provenance');
  const clean = issues.length;
  const put = (path: string, message: LocalizedMessage): void => void issues.push({ path, message });
  const onlyWith = (path: string, what: string): void => put(path, m.onlyWith(what));
  const unique = (items: readonly { id: string }[], path: string): void => {
    const seen = new Set<string>();
    items.forEach(({ id }, i) => {
      if (seen.has(id)) put(`${path}/${i}/id`, m.usedTwice(id));
      seen.add(id);
    });
  };
  const { type, levels } = scale;
  const levelScale = type === 'levels';
  const share = type === 'share';
  const onScale = doc.columnKind === 'delegation-scale';

  // Declarations: ids, the scale, the columns' positions, published indices.
  unique(columns, '/columns');
  unique(rows, '/rows');
  if (!levels) {
    if (levelScale) put('/scale/levels', m.missingField('levels'));
  } else if (levelScale) unique(levels, '/scale/levels');
  else onlyWith('/scale/levels', 'levels');
  if (levelScale) for (const key of ['distribution', 'n'] as const) if (scale[key] !== undefined) onlyWith(`/scale/${key}`, 'share/count');
  let previous = 0;
  columns.forEach(({ position }, i) => {
    const path = `/columns/${i}/position`;
    if (!onScale) {
      if (position !== undefined) onlyWith(path, 'delegation-scale');
    } else if (position === undefined) put(path, m.missingField('position'));
    // Greater than the previous column's.
    else if (position <= previous) put(path, m.outOfBounds('exclusiveMinimum', previous));
    previous = position ?? previous;
  });
  rows.forEach((row, i) => !onScale && row.index !== undefined && onlyWith(`/rows/${i}/index`, 'delegation-scale'));
  if (issues.some((issue) => issue.path.startsWith('/scale'))) return issues;

  // Cells: references, spans, collisions, values.
  const rowIndex = new Map(rows.map((r, i) => [r.id, i]));
  const columnIndex = new Map(columns.map((c, i) => [c.id, i]));
  const taken = new Map<string, number>();
  const ids = levels?.map((l) => l.id) ?? [];
  cells.forEach((cell, i) => {
    const at = `/cells/${i}`;
    const before = issues.length;
    const { value, columns: span } = cell;
    const row = rowIndex.get(cell.row);
    if (row === undefined) put(`${at}/row`, m.unknownRow(cell.row));
    // The schema asks for `column` or `columns`.
    const own = span ?? [cell.column as string];
    const found = own.map((id) => columnIndex.get(id));
    const unknown = found.indexOf(undefined);
    if (unknown >= 0) put(span ? `${at}/columns/${unknown}` : `${at}/column`, m.unknownColumn(own[unknown] as string));
    else if (span) {
      if (levelScale) onlyWith(`${at}/columns`, 'share/count');
      else if (found.some((p, k) => k > 0 && p !== (found[k - 1] as number) + 1)) put(`${at}/columns`, m.notAdjacent());
    }
    // A cell whose row or columns are wrong cannot collide with another: that would be noise.
    if (issues.length === before) {
      for (const id of own) {
        const key = `${cell.row} ${id}`;
        const earlier = taken.get(key);
        if (earlier === undefined) taken.set(key, i);
        else put(at, m.alreadyHasValue(cell.row, id, earlier));
      }
    }
    if (value === null) return;
    const path = `${at}/value`;
    const n = row === undefined ? undefined : (rows[row]?.n ?? scale.n);
    if (cell.missing !== undefined) onlyWith(`${at}/missing`, 'null');
    if (levelScale) {
      if (!ids.includes(value as string)) put(path, m.notInEnum(ids));
    } else if (typeof value !== 'number' || !(share || Number.isInteger(value))) put(path, m.wrongType([share ? 'number' : 'integer', 'null']));
    // At most 1 for a share, at most n for a count.
    else if (value > (share ? 1 : (n ?? value))) put(path, m.outOfBounds('maximum', share ? 1 : (n as number)));
  });
  if (issues.length > clean) return issues;

  // Rows: a value (or null) for every column; distributions add up.
  const slack = share ? (scale.tolerance ?? DEFAULT_TOLERANCE) : 0;
  rows.forEach((row, i) => {
    const own = cells.filter((c) => c.row === row.id);
    const covered = new Set(own.flatMap((c) => c.columns ?? [c.column]));
    const gap = columns.find((c) => !covered.has(c.id));
    const path = `/rows/${i}`;
    const whole = share ? 1 : (row.n ?? scale.n);
    const sum = Math.round(own.reduce((total, c) => total + (typeof c.value === 'number' ? c.value : 0), 0) * 1e6) / 1e6;
    if (gap) put(path, m.needsCell(gap.id));
    else if (!scale.distribution || whole === undefined) return;
    else if (sum > whole + slack) put(path, m.sumOver(sum, whole));
    else if (sum < whole - slack && own.every((c) => c.value !== null)) put(path, m.sumUnder(sum, whole));
  });
  return issues;
}
