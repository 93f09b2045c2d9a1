import { defineElement } from '@praksis/core';
import { CapacityGauge } from './capacity-gauge.js';

defineElement('praksis-capacity-gauge', CapacityGauge);

declare global {
  interface HTMLElementTagNameMap {
    'praksis-capacity-gauge': CapacityGauge;
  }
}

export { CapacityGauge };
