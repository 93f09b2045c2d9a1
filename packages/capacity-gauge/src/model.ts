import type { CapacityDocument } from '@praksis/schema';

/** One point of the trend line: patients per capacity on a date. */
export interface TrendPoint {
  date: string;
  listedPatients: number;
  capacities: number;
  perCapacity: number;
}

/** The figures the gauge shows, derived once from a valid document. */
export interface CapacityFigures {
  /** What the main figure counts per: the norm's basis. */
  basis: 'capacity' | 'doctor';
  perCapacity: number;
  perDoctor: number | undefined;
  /** Patients per unit of the basis: the figure compared with the norm. */
  value: number;
  norm: number;
  /** value − norm, in patients per unit of the basis. */
  difference: number;
  /** (value − norm) / norm. */
  differenceShare: number;
  comparison: number | undefined;
  /** The band the value falls in, when the data supplies bands. */
  bandIndex: number | undefined;
  trend: TrendPoint[];
}

/**
 * Derives the gauge's figures. Assumes a document that passed validation: the schema guarantees
 * positive capacities, and the semantic checks guarantee `doctors` when the norm counts per doctor.
 */
export function capacityFigures(doc: CapacityDocument): CapacityFigures {
  const perCapacity = doc.listedPatients / doc.capacities;
  const perDoctor = doc.doctors ? doc.listedPatients / doc.doctors : undefined;
  const basis = doc.norm.basis;
  const value = basis === 'doctor' && perDoctor !== undefined ? perDoctor : perCapacity;
  const norm = doc.norm.value;
  const bands = doc.bands?.items ?? [];
  const bandIndex = bands.findIndex((b) => (b.from ?? -Infinity) <= value && value < (b.to ?? Infinity));
  return {
    basis,
    perCapacity,
    perDoctor,
    value,
    norm,
    difference: value - norm,
    differenceShare: (value - norm) / norm,
    comparison: doc.comparison?.value,
    bandIndex: bandIndex >= 0 ? bandIndex : undefined,
    trend: (doc.trend ?? []).map((p) => ({ ...p, perCapacity: p.listedPatients / p.capacities })),
  };
}
