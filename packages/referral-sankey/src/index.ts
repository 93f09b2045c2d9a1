// Public entry of @praksis/referral-sankey.
export {};
