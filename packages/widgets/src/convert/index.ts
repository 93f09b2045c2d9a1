/** Spreadsheet → widget document: the conversion the chart maker page and praksis-convert share. */
export { convertTable, mergeDocuments, type ConversionInput, type ConversionResult } from './convert.js';
export { CONVERTIBLE_WIDGETS, FIELDS, SCALE_FIELDS, guessMapping, isConvertibleWidget, resolveColumn, type ColumnMapping, type ConvertibleWidget, type FieldSpec } from './fields.js';
export { columnLabel, describeProblem, type ConversionProblem, type Lang } from './problems.js';
export { columnLetter, guessFormat, readTable, splitRows, MAX_ROWS, type DecimalMark, type Separator, type Table, type TableFormat } from './table.js';
export { readDate, readNumber } from './numbers.js';
export { DEFAULT_SENDER } from './referral.js';
export { UnreadableInput, preloadWorkbookReader, rowsToTsv, spreadsheetSheets, spreadsheetText, type SpreadsheetSheet } from './file.js';
