// Public entry of @praksis/hours-badge.
export {};
