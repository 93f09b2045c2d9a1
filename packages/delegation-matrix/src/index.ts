// Public entry of @praksis/delegation-matrix.
export {};
