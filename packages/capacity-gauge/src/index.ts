export { CapacityGauge } from './capacity-gauge.js';
export { capacityFigures, type CapacityFigures, type TrendPoint } from './capacity-model.js';
export { layoutGauge, type GaugeInput, type GaugeLayout, type PlacedLabel } from './gauge-layout.js';
export { layoutTrend, type TrendLayout, type TrendLayoutInput } from './trend-layout.js';
export { capacitySummary, normSentence } from './capacity-summary.js';
