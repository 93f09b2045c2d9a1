import type { CapacityDocument, ReferralFlows } from '@praksis/schema';

/** A fictional practice, typed by the schema's own TypeScript type: a wrong field fails `tsc`. */
export const practice: CapacityDocument = {
  $schema: 'https://praksis-widgets.dk/schema/v1/capacity.schema.json',
  unit: { kind: 'practice', name: 'Lægerne i Egebæk (fiktiv)' },
  asOf: '2026-03-01',
  listedPatients: 3300,
  capacities: 2,
  norm: { value: 1600, basis: 'capacity', source: 'Overenskomst om almen praksis' },
  intake: { status: 'open' },
  provenance: { source: 'Eksempeldata', publisher: 'Praksis Widgets', asOf: '2026-03-01', fictional: true },
};

/** Referrals from general practice in 2022 (BDO 2023, table 5.9a, from MedCom's statistics). */
export const referrals: ReferralFlows = {
  $schema: 'https://praksis-widgets.dk/schema/v1/referral-flows.schema.json',
  title: { da: 'Henvisninger fra almen praksis, 2022', en: 'Referrals from general practice, 2022' },
  period: { from: '2022-01-01', to: '2022-12-31' },
  unit: 'count',
  nodes: [
    { id: 'praksis', label: { da: 'Almen praksis', en: 'General practice' } },
    { id: 'speciallaege', label: { da: 'Speciallæge', en: 'Practising specialist' } },
    { id: 'sygehus', label: { da: 'Sygehus', en: 'Hospital' } },
    { id: 'billeddiagnostik', label: { da: 'Billeddiagnostisk', en: 'Imaging' } },
    { id: 'fysioterapi', label: { da: 'Fysioterapi', en: 'Physiotherapy' } },
    { id: 'psykolog', label: { da: 'Psykolog', en: 'Psychologist' } },
    { id: 'fodterapi', label: { da: 'Fodterapi', en: 'Podiatry' } },
    { id: 'kommune', label: { da: 'Kommune', en: 'Municipality' } },
  ],
  links: [
    { source: 'praksis', target: 'speciallaege', value: 1893921 },
    { source: 'praksis', target: 'sygehus', value: 1528351 },
    { source: 'praksis', target: 'billeddiagnostik', value: 863861 },
    { source: 'praksis', target: 'fysioterapi', value: 835769 },
    { source: 'praksis', target: 'psykolog', value: 176464 },
    { source: 'praksis', target: 'fodterapi', value: 74542 },
    { source: 'praksis', target: 'kommune', value: 47656 },
  ],
  provenance: {
    source: 'BDO for Indenrigs- og Sundhedsministeriet (2023), tabel 5.9a; MedCom',
    publisher: 'Indenrigs- og Sundhedsministeriet',
    period: { from: '2022-01-01', to: '2022-12-31' },
    fictional: false,
  },
};
