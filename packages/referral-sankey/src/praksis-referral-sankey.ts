import { defineElement } from '@praksis/core';
import { ReferralSankey } from './referral-sankey.js';

defineElement('praksis-referral-sankey', ReferralSankey);

declare global {
  interface HTMLElementTagNameMap {
    'praksis-referral-sankey': ReferralSankey;
  }
}

export { ReferralSankey };
