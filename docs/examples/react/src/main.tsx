import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// Define the tags before React renders them, so React sets `data` as a property. Import only the
// widgets the app uses (or '@praksis/widgets' for all four).
import '@praksis/capacity-gauge/praksis-capacity-gauge.js';
import '@praksis/referral-sankey/praksis-referral-sankey.js';
import { App } from './App.js';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
