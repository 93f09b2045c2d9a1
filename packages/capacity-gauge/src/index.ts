// Public entry of @praksis/capacity-gauge: the element class, its plain-text summary and its
// descriptor. Importing it defines no tag: import './praksis-capacity-gauge.js' for that.
export { CapacityGauge } from './capacity-gauge.js';
export { capacitySummary } from './summary.js';
export { capacityGaugeDescriptor } from './descriptor.js';
// English texts of the summary for Node (the element loads them itself when it speaks English).
export { installEnglish } from './english.js';
