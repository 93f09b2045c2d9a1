import type { Localized, Service } from '../declaration.js';
import { listText } from '../i18n/phrases.js';
import type { Check } from '../rules/types.js';
import type { CheckContext, CheckOutcome, Phrase } from './types.js';

type ServiceCheck = Extract<Check, { kind: 'boolean-service' }>;

const SERVICE_NAMES: Record<Service, Localized> = {
  onlineBooking: { da: 'elektronisk tidsbestilling', en: 'online booking' },
  onlinePrescriptionRenewal: { da: 'elektronisk receptfornyelse', en: 'online prescription renewal' },
  eConsultation: { da: 'e-konsultation', en: 'e-consultation' },
  videoConsultation: { da: 'videokonsultation', en: 'video consultation' },
};

function names(services: readonly Service[]): Phrase {
  return (lang) =>
    listText(
      services.map((s) => SERVICE_NAMES[s][lang]),
      lang,
    );
}

/** true = offered, false = stated as not offered, "not-stated" or left out = not stated. */
export function booleanService(check: ServiceCheck, context: CheckContext): CheckOutcome {
  const stated = context.compiled.declaration.services ?? {};
  const offered = check.services.filter((s) => stated[s] === true);
  const missing = check.services.filter((s) => stated[s] === false);
  const unknown = check.services.filter((s) => stated[s] !== true && stated[s] !== false);
  const vars = { offered: names(offered), missing: names(missing), unknown: names(unknown) };
  if (missing.length > 0) return { status: 'not-met', vars };
  if (unknown.length > 0) return { status: 'not-stated', vars };
  return { status: 'met', vars };
}
