import { defineElement } from '@praksis/core';
import { HoursBadge } from './hours-badge.js';

defineElement('praksis-hours-badge', HoursBadge);

declare global {
  interface HTMLElementTagNameMap {
    'praksis-hours-badge': HoursBadge;
  }
}

export { HoursBadge };
