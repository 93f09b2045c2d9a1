/**
 * JSX types for <praksis-capacity-gauge> in React 19, which renders custom elements directly: props that
 * are the element's properties (`data`, `src`, `theme`, …) are set as properties, `on<event>`
 * props become event listeners. Types only; load them once with
 * `import type {} from '@praksis/capacity-gauge/react.js';` (or '@praksis/widgets/react.js' for every widget),
 * and import '@praksis/capacity-gauge/praksis-capacity-gauge.js' to define the tag before React renders it.
 */
import type * as React from 'react';
import type { PraksisElementProps } from '@praksis/core/jsx.js';
import type { CapacityDocument } from '@praksis/schema';
import type { CapacityGauge } from './capacity-gauge.js';

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React declares JSX as a namespace; only it can be augmented.
  namespace JSX {
    interface IntrinsicElements {
      'praksis-capacity-gauge': React.DetailedHTMLProps<React.HTMLAttributes<CapacityGauge>, CapacityGauge> & PraksisElementProps<CapacityGauge, CapacityDocument>;
    }
  }
}
