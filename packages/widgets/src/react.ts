// Generated from src/registry.ts by `npm run generate`. Do not edit.
/**
 * JSX types for every widget in React 19: `import type {} from '@praksis/widgets/react.js';`.
 * Types only; importing '@praksis/widgets' defines the tags.
 */
export type * from '@praksis/capacity-gauge/react.js';
export type * from '@praksis/delegation-matrix/react.js';
export type * from '@praksis/hours-badge/react.js';
export type * from '@praksis/referral-sankey/react.js';
