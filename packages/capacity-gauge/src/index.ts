export { CapacityGauge } from './capacity-gauge.js';
export { capacityFigures, type CapacityFigures, type TrendPoint } from './model.js';
export { layoutGauge, type GaugeInput, type GaugeLayout, type PlacedLabel } from './layout/gauge.js';
export { layoutTrend, type TrendLayout, type TrendLayoutInput } from './layout/trend.js';
export { capacitySummary, normSentence } from './summary.js';
