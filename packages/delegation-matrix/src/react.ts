/**
 * JSX types for <praksis-delegation-matrix> in React 19, which renders custom elements directly: props that
 * are the element's properties (`data`, `src`, `theme`, …) are set as properties, `on<event>`
 * props become event listeners. Types only; load them once with
 * `import type {} from '@praksis/delegation-matrix/react.js';` (or '@praksis/widgets/react.js' for every widget),
 * and import '@praksis/delegation-matrix/praksis-delegation-matrix.js' to define the tag before React renders it.
 */
import type * as React from 'react';
import type { PraksisElementProps } from '@praksis/core/jsx.js';
import type { DelegationMatrixDocument } from '@praksis/schema';
import type { DelegationMatrix } from './delegation-matrix.js';

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React declares JSX as a namespace; only it can be augmented.
  namespace JSX {
    interface IntrinsicElements {
      'praksis-delegation-matrix': React.DetailedHTMLProps<React.HTMLAttributes<DelegationMatrix>, DelegationMatrix> & PraksisElementProps<DelegationMatrix, DelegationMatrixDocument>;
    }
  }
}
