// Public entry of @praksis/delegation-matrix. Importing it defines no tag: import
// '@praksis/delegation-matrix/praksis-delegation-matrix.js' for that.
export { DelegationMatrix } from './delegation-matrix.js';
export {
  buildModel,
  delegationIndex,
  indexMiddle,
  levelStep,
  shareStep,
  sortRows,
  STEP_SYMBOLS,
  type IndexRange,
  type MatrixCell,
  type MatrixModel,
  type MatrixRow,
  type Missing,
} from './model.js';
export { layoutBars, type BarInput, type BarLayout, type BarSegment } from './layout/bars.js';
export {
  chooseLayout,
  tableWidth,
  widestWord,
  CELL_PADDING,
  HEADER_SIZE,
  MIN_ROW_HEADER,
  type FitInput,
  type MatrixLayout,
} from './layout/fit.js';
export { indexText, matrixSummary, summarySentences } from './summary.js';
