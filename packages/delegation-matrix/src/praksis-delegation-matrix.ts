import { defineElement } from '@praksis/core';
import { DelegationMatrix } from './delegation-matrix.js';

defineElement('praksis-delegation-matrix', DelegationMatrix);

declare global {
  interface HTMLElementTagNameMap {
    'praksis-delegation-matrix': DelegationMatrix;
  }
}

export { DelegationMatrix };
