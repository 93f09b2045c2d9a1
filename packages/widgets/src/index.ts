/** Registers every Praksis widget. This is the all-in-one bundle's entry. */
import '@praksis/capacity-gauge/praksis-capacity-gauge.js';

export { CapacityGauge } from '@praksis/capacity-gauge';
export { VERSION } from '@praksis/core';
