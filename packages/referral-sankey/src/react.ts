/**
 * JSX types for <praksis-referral-sankey> in React 19, which renders custom elements directly: props that
 * are the element's properties (`data`, `src`, `theme`, …) are set as properties, `on<event>`
 * props become event listeners. Types only; load them once with
 * `import type {} from '@praksis/referral-sankey/react.js';` (or '@praksis/widgets/react.js' for every widget),
 * and import '@praksis/referral-sankey/praksis-referral-sankey.js' to define the tag before React renders it.
 */
import type * as React from 'react';
import type { PraksisElementProps } from '@praksis/core/jsx.js';
import type { ReferralFlows } from '@praksis/schema';
import type { ReferralSankey } from './referral-sankey.js';

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React declares JSX as a namespace; only it can be augmented.
  namespace JSX {
    interface IntrinsicElements {
      'praksis-referral-sankey': React.DetailedHTMLProps<React.HTMLAttributes<ReferralSankey>, ReferralSankey> & PraksisElementProps<ReferralSankey, ReferralFlows>;
    }
  }
}
