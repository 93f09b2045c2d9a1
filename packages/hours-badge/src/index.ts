// Public entry of @praksis/hours-badge: the element class, its plain-text summary and its
// descriptor. Importing it defines no tag: import './praksis-hours-badge.js' for that.
export { HoursBadge } from './hours-badge.js';
export { badgeSummary, type BadgeSummaryOptions } from './summary.js';
export { hoursBadgeDescriptor } from './descriptor.js';
// English texts of the summary for Node (the element loads them itself when it speaks English).
export { installEnglish } from './english.js';
