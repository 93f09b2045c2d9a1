// Public entry of @praksis/delegation-matrix: the element class, its plain-text summary and its
// descriptor. Importing it defines no tag: import './praksis-delegation-matrix.js' for that.
export { DelegationMatrix } from './delegation-matrix.js';
export { matrixSummary } from './summary.js';
export { delegationMatrixDescriptor } from './descriptor.js';
// English texts of the summary for Node (the element loads them itself when it speaks English).
export { installEnglish } from './english.js';
