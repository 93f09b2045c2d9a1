// Generated from packages/schema/schemas/*.schema.json by `npm run generate`. Do not edit.
// Types follow the schemas; rules JSON Schema cannot express are checked in src/checks/.

/**
 * Accessibility declaration
 *
 * A practice's own statement of its opening hours, telephone hours, digital services, waiting time and acute arrangement (tilgængelighed og åbningstider), as published in its praksisdeklaration. Read by the opening-hours compliance engine `@praksis/hours-rules`. What is described is what the practice states, not what it does: anything the practice has not stated is left out (or, for services, given as "not-stated"), never guessed as "no". All times are Danish local time (Europe/Copenhagen).
 */
export interface AccessibilityDeclaration {
  /**
   * The schema this document follows.
   */
  $schema: "https://praksis-widgets.dk/schema/v1/accessibility-declaration.schema.json";
  /**
   * The practice the declaration is about.
   */
  practice: DeclarationPractice;
  /**
   * The date the practice last confirmed that this information is correct. Compliance is judged "according to the practice's own information as of" this date; a date older than the reader's limit (12 months by default) makes the result stale, and a date after the moment judged gives no assessment either (information confirmed later cannot speak for an earlier moment). Not the same as `provenance.asOf`, which is when the data was collected.
   */
  lastVerified: IsoDate;
  /**
   * Regular weekly hours, one entry per kind of access. Leave a kind out when the practice has not stated it (not stated); give a week with empty days for the days it is closed (stated as closed).
   */
  hours: RegularHours;
  /**
   * Who answers acute calls in the daytime: the practice itself or an agreed substitute practice (stedfortræder). Leave out when not stated.
   */
  acute?: AcuteArrangement;
  /**
   * Digital services. Each is true (offered), false (stated as not offered) or "not-stated"; a service left out is not stated either.
   */
  services?: DigitalServices;
  /**
   * A direct number for municipal staff and other partners that bypasses the phone queue in the daytime (bagom-nummer). The number itself; "not-public" when the practice has one but gives it to partners only; "none" when it states it has none. Leave out when not stated.
   */
  bagomNumber?: BagomNumber;
  /**
   * Usual waiting time for a booked consultation with the doctor, in weekdays (hverdage) from booking. Leave out when not stated.
   */
  usualWaitWeekdays?: number;
  /**
   * Dated departures from the regular hours: holidays (ferie), courses, closed days, changed hours, or opening on a public holiday. Public holidays need no entry; the practice counts as closed on them unless an exception says otherwise.
   */
  exceptions?: HoursException[];
  description?: Description;
  /**
   * Closures that come back every year or every month, so they need not be stated year by year: a yearly date (24 December, 5 June), or the nth weekday of each month (the first Thursday), all day or from a time of day (the first Thursday from 12:00). They layer below the dated `exceptions`: a dated exception for the same date says what happens on it. Added in version 1.1 of this schema; documents without it are read as before.
   */
  recurringClosures?: RecurringClosure[];
  provenance: Provenance;
}

/**
 * The practice the declaration is about.
 */
export interface DeclarationPractice {
  /**
   * Its name as shown.
   */
  name: Label;
  /**
   * The practice's ydernummer (provider number), six digits.
   */
  ydernummer: string;
  /**
   * Street address as shown, one line.
   */
  address?: Label;
  /**
   * The practice's main telephone number.
   */
  phone?: PhoneNumber;
  /**
   * The practice's own web site.
   */
  website?: HttpUrl;
}

/**
 * Regular weekly hours, one entry per kind of access. Leave a kind out when the practice has not stated it (not stated); give a week with empty days for the days it is closed (stated as closed).
 */
export interface RegularHours {
  /**
   * Consultations with appointment (konsultation efter tidsbestilling).
   */
  consultation?: WeekHours;
  /**
   * Consultations without appointment (åben konsultation). Allowed by the agreement, not required, so a day left out of this week means none that day (not "not stated").
   */
  walkIn?: WeekHours;
  /**
   * Late consultations (sen konsultation / aftenkonsultation) when listed separately. When left out, late consultation is read from consultation and walk-in hours that go past 16:00. A day left out of this week means none that day (not "not stated"), so a practice may list only the evening it offers.
   */
  lateConsultation?: WeekHours;
  /**
   * General telephone hours (telefontid): when the reception answers, e.g. for booking and prescriptions.
   */
  phone?: WeekHours;
  /**
   * The doctor's telephone consultation (telefonkonsultation): the doctor answers, or staff take a message and the doctor calls back.
   */
  doctorPhone?: WeekHours;
  /**
   * Acute telephone (akuttelefon): when calls about acute needs are answered, by the practice or its substitute (see `acute`).
   */
  acutePhone?: WeekHours;
}

/**
 * Who answers acute calls in the daytime: the practice itself or an agreed substitute practice (stedfortræder). Leave out when not stated.
 */
export type AcuteArrangement = AcuteByPractice | AcuteBySubstitute;

/**
 * Own practice
 */
export interface AcuteByPractice {
  /**
   * The practice answers acute calls itself.
   */
  handledBy: "practice";
  /**
   * E.g. "Ring på hovednummeret og tryk 1".
   */
  note?: Text;
}

/**
 * Substitute practice
 */
export interface AcuteBySubstitute {
  /**
   * An agreed substitute practice answers acute calls.
   */
  handledBy: "substitute";
  /**
   * The substitute practice.
   */
  substitute: SubstitutePractice;
  /**
   * E.g. that the substitute answers from 12:30.
   */
  note?: Text;
}

/**
 * Digital services. Each is true (offered), false (stated as not offered) or "not-stated"; a service left out is not stated either.
 */
export interface DigitalServices {
  /**
   * Online booking (elektronisk tidsbestilling).
   */
  onlineBooking?: StatedBoolean;
  /**
   * Online prescription renewal (elektronisk receptfornyelse).
   */
  onlinePrescriptionRenewal?: StatedBoolean;
  /**
   * E-consultation (e-konsultation).
   */
  eConsultation?: StatedBoolean;
  /**
   * Video consultation arranged in advance (visiteret og aftalt videokonsultation).
   */
  videoConsultation?: StatedBoolean;
}

/**
 * A direct number for municipal staff and other partners that bypasses the phone queue in the daytime (bagom-nummer). The number itself; "not-public" when the practice has one but gives it to partners only; "none" when it states it has none. Leave out when not stated.
 */
export type BagomNumber = PhoneNumber | "not-public" | "none";

/**
 * Time of day
 *
 * A Danish local time, HH:MM on the 24-hour clock, e.g. "07:30".
 */
export type TimeOfDay = string;

/**
 * End time
 *
 * A Danish local time, HH:MM on the 24-hour clock; "24:00" is the end of the day.
 */
export type EndTime = string;

/**
 * Interval
 *
 * An opening interval on one day, from its start up to (not including) its end. The end must be later than the start.
 */
export interface OpeningInterval {
  /**
   * Start, e.g. "08:00".
   */
  from: TimeOfDay;
  /**
   * End, e.g. "12:30".
   */
  to: EndTime;
  /**
   * E.g. "kun blodprøver" (blood samples only).
   */
  note?: Text;
}

/**
 * Day
 *
 * The intervals of one day, in any order. An empty list means closed that day. Intervals that overlap or repeat each other are read together as their union (`praksis-hours check` warns about them); intervals that only touch, such as 08:00–12:00 and 12:00–16:00, are one stretch.
 */
export type DayHours = OpeningInterval[];

/**
 * Week
 *
 * Hours for each day of a regular week. A day left out is not stated; an empty list is stated as closed.
 */
export interface WeekHours {
  /**
   * Monday.
   */
  mon?: DayHours;
  /**
   * Tuesday.
   */
  tue?: DayHours;
  /**
   * Wednesday.
   */
  wed?: DayHours;
  /**
   * Thursday.
   */
  thu?: DayHours;
  /**
   * Friday.
   */
  fri?: DayHours;
  /**
   * Saturday.
   */
  sat?: DayHours;
  /**
   * Sunday.
   */
  sun?: DayHours;
}

/**
 * Telephone number
 *
 * A telephone number as dialled, digits with optional spaces and a leading +, e.g. "+45 70 11 22 33".
 */
export type PhoneNumber = string;

/**
 * Yes, no or not stated
 *
 * true when the practice states it offers this, false when it states it does not, "not-stated" when it says nothing.
 */
export type StatedBoolean = boolean | "not-stated";

/**
 * Substitute practice
 *
 * A practice that has agreed to see this practice's patients (stedfortræder), e.g. during holidays or for acute calls.
 */
export interface SubstitutePractice {
  /**
   * Its name as shown.
   */
  name: Label;
  /**
   * The number patients should call.
   */
  phone: PhoneNumber;
  /**
   * Its web site.
   */
  url?: HttpUrl;
  /**
   * The substitute's own weekly hours, where known (added in version 1.1). When given, a day the substitute covers is judged by these hours together with the practice's own; when left out, the substitute counts as covering the whole day.
   */
  hours?: SubstituteHours;
}

/**
 * Substitute hours
 *
 * A substitute practice's weekly hours, one entry per kind of access, read like the practice's own `hours`.
 */
export interface SubstituteHours {
  /**
   * Consultations with appointment.
   */
  consultation?: WeekHours;
  /**
   * Consultations without appointment.
   */
  walkIn?: WeekHours;
  /**
   * Late consultations.
   */
  lateConsultation?: WeekHours;
  /**
   * General telephone hours.
   */
  phone?: WeekHours;
  /**
   * The doctor's telephone consultation.
   */
  doctorPhone?: WeekHours;
  /**
   * Acute telephone.
   */
  acutePhone?: WeekHours;
}

/**
 * Recurring closure
 *
 * A closure that comes back on a yearly date (`yearly`) or on the nth weekday of every month (`monthly`), all day or from `from` to the end of the day. It never opens anything: kinds of access already closed stay closed.
 */
export type RecurringClosure = ({
  /**
   * Month and day, MM-DD, e.g. "12-24" for Christmas Eve or "06-05" for Constitution Day. "02-29" occurs in leap years only.
   */
  yearly?: string;
  /**
   * The nth weekday of every month, e.g. { "nth": 1, "weekday": "thu" } for the first Thursday; `nth` -1 is the last one.
   */
  monthly?: {
    /**
     * 1 to 4 for the first to the fourth, -1 for the last.
     */
    nth: 1 | 2 | 3 | 4 | -1;
    /**
     * The weekday.
     */
    weekday: "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";
  };
  /**
   * Closed from this time to the end of the day; left out, closed all day.
   */
  from?: TimeOfDay;
  /**
   * Why, e.g. "Juleaften" or "Personalemøde".
   */
  reason: Label;
  /**
   * Where patients go instead (stedfortræder) while the practice is closed.
   */
  substitute?: SubstitutePractice;
}) & ({ yearly: string } | { monthly: {
  /**
   * 1 to 4 for the first to the fourth, -1 for the last.
   */
  nth: 1 | 2 | 3 | 4 | -1;
  /**
   * The weekday.
   */
  weekday: "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";
} });

/**
 * Exception
 *
 * A date or a range of dates (both inclusive) on which the regular hours do not apply. Either `closed` all day, or `hours` giving the changed intervals for the kinds of access listed (kinds not listed keep the hours they would otherwise have). A single date applies on that date whatever the weekday, public holidays included. A range applies on the weekdays in `weekdays`; without it, a range of changed `hours` applies Monday to Friday and a `closed` range every day. A range never opens a public holiday: on a holiday inside a range of changed hours the practice stays closed unless a single-date exception for that date says otherwise. Exceptions layer: where several apply on one date, the more specific one (a shorter range; for equal ranges, fewer weekdays; a single date is the most specific) overrides only the kinds of access it names, or all of them when `closed`, and its `substitute`, if it names one; the rest of the day keeps what the less specific one gives. Two equally specific exceptions that apply on a common date conflict and are rejected.
 */
export type HoursException = ({
  /**
   * The (first) date.
   */
  date: IsoDate;
  /**
   * The last date of a range; not before `date`.
   */
  to?: IsoDate;
  /**
   * For a range (needs `to`): the weekdays on which it applies, e.g. ["wed"] for Wednesdays only, or ["mon", "tue", "wed", "thu", "fri", "sat"] for summer hours that include Saturdays. Each weekday at most once. Left out: Monday to Friday for changed `hours`, every day for `closed`.
   */
  weekdays?: Array<"mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun">;
  /**
   * Why, e.g. "Sommerferie".
   */
  reason: Label;
  /**
   * Closed all day for every kind of access.
   */
  closed?: true;
  /**
   * Changed intervals on each of the dates the exception applies on; an empty list means that kind of access is closed. Kinds of access not listed keep their hours.
   */
  hours?: ExceptionHours;
  /**
   * Where patients go instead (stedfortræder) while the practice is closed.
   */
  substitute?: SubstitutePractice;
}) & ({ closed: true } | { hours: ExceptionHours });

/**
 * Changed intervals on each of the dates the exception applies on; an empty list means that kind of access is closed. Kinds of access not listed keep their hours.
 */
export interface ExceptionHours {
  /**
   * Consultations with appointment.
   */
  consultation?: DayHours;
  /**
   * Consultations without appointment.
   */
  walkIn?: DayHours;
  /**
   * Late consultations.
   */
  lateConsultation?: DayHours;
  /**
   * General telephone hours.
   */
  phone?: DayHours;
  /**
   * The doctor's telephone consultation.
   */
  doctorPhone?: DayHours;
  /**
   * Acute telephone.
   */
  acutePhone?: DayHours;
}

/**
 * Capacity
 *
 * How full a practice or an area is: listed patients against doctor capacities (lægekapaciteter) and a norm that comes with the data, whether the list is open to new patients, and optional context, comparison and trend. Read by `<praksis-capacity-gauge>`.
 */
export interface CapacityDocument {
  /**
   * The schema this document follows.
   */
  $schema: "https://praksis-widgets.dk/schema/v1/capacity.schema.json";
  /**
   * The practice or area the figures describe.
   */
  unit: CapacityUnit;
  /**
   * The date the counts describe.
   */
  asOf: IsoDate;
  /**
   * Patients on the list (tilmeldte patienter), group 1: a whole number, at most 10,000,000 (all of Denmark lists about 5.8 million).
   */
  listedPatients: number;
  /**
   * Doctor capacities (lægekapaciteter) held: an administrative unit, not a headcount. From 0.01 to 10,000 (all of Denmark holds about 3,550).
   */
  capacities: number;
  /**
   * Doctors (persons) working in the practice or area, when known. Needed for a norm per doctor. At most 10,000 (all of Denmark has about 3,750).
   */
  doctors?: number;
  /**
   * The norm the figure is compared with. It is data, not a built-in judgement: e.g. 1,600 patients per capacity (collective agreement) or 1,200 per GP (DSAM).
   */
  norm: CapacityNorm;
  /**
   * Whether the list is open to new patients (åben/lukket for tilgang). For a practice give `status`; for an area give the count of open and closed practices.
   */
  intake?: CapacityIntake;
  /**
   * Context that changes what the figure means.
   */
  context?: CapacityContext;
  /**
   * An optional marker to compare with, e.g. the national figure. Same unit as the main figure (patients per capacity, or per doctor when the norm counts per doctor).
   */
  comparison?: CapacityComparison;
  /**
   * Earlier counts, oldest first, drawn as a small line of patients per capacity on a scale from 0 to a round number above the values, both printed on its axis; a norm per capacity is its labelled dashed line.
   */
  trend?: CapacityTrendPoint[];
  /**
   * Optional judgement bands. Without them the gauge is neutral; with them it shades each band and names its source.
   */
  bands?: CapacityBands;
  description?: Description;
  provenance: Provenance;
}

/**
 * The practice or area the figures describe.
 */
export interface CapacityUnit {
  /**
   * What kind of unit this is.
   */
  kind: UnitKind;
  /**
   * Its name as shown.
   */
  name: Label;
  /**
   * An identifier such as the practice's ydernummer or a municipality code.
   */
  id?: string;
}

/**
 * What kind of unit this is.
 */
export type UnitKind = "practice" | "municipality" | "region" | "country";

/**
 * The norm the figure is compared with. It is data, not a built-in judgement: e.g. 1,600 patients per capacity (collective agreement) or 1,200 per GP (DSAM).
 */
export interface CapacityNorm {
  /**
   * Patients per unit of the basis, from 1 to 100,000.
   */
  value: number;
  /**
   * Whether the norm counts per capacity or per doctor (person).
   */
  basis: NormBasis;
  /**
   * A short name for the norm, e.g. "Normtal".
   */
  label?: Label;
  /**
   * Who sets the norm, and where.
   */
  source: Label;
}

/**
 * Whether the norm counts per capacity or per doctor (person).
 */
export type NormBasis = "capacity" | "doctor";

/**
 * Whether the list is open to new patients (åben/lukket for tilgang). For a practice give `status`; for an area give the count of open and closed practices.
 */
export type CapacityIntake = PracticeIntake | AreaIntake;

/**
 * Practice intake
 */
export interface PracticeIntake {
  status: IntakeStatus;
  /**
   * Since when; not after `asOf`.
   */
  since?: IsoDate;
  /**
   * E.g. that the closure is regional policy.
   */
  note?: Text;
}

export type IntakeStatus = "open" | "closed";

/**
 * Area intake
 */
export interface AreaIntake {
  /**
   * Practices open to new patients, at most 10,000.
   */
  practicesOpen: number;
  /**
   * Practices closed to new patients, at most 10,000.
   */
  practicesClosed: number;
  note?: Text;
}

/**
 * Context that changes what the figure means.
 */
export interface CapacityContext {
  /**
   * Share of listed patients aged 70 or over, 0–1.
   */
  patients70PlusShare?: number;
  /**
   * Whether the practice or area is a lægedækningstruet område (at risk of GP shortage).
   */
  shortageArea?: boolean;
  /**
   * Kommunetype as used by Sundhedsdatastyrelsen.
   */
  municipalityType?: MunicipalityType;
}

/**
 * Kommunetype as used by Sundhedsdatastyrelsen.
 */
export type MunicipalityType = "hovedstad" | "storby" | "provinsby" | "opland" | "land";

/**
 * An optional marker to compare with, e.g. the national figure. Same unit as the main figure (patients per capacity, or per doctor when the norm counts per doctor).
 */
export interface CapacityComparison {
  label: Label;
  /**
   * From 1 to 100,000.
   */
  value: number;
  source?: Label;
}

export interface CapacityTrendPoint {
  date: IsoDate;
  /**
   * As `listedPatients` above: a whole number, at most 10,000,000.
   */
  listedPatients: number;
  /**
   * As `capacities` above: from 0.01 to 10,000.
   */
  capacities: number;
}

/**
 * Optional judgement bands. Without them the gauge is neutral; with them it shades each band and names its source.
 */
export interface CapacityBands {
  source: Label;
  items: CapacityBand[];
}

export interface CapacityBand {
  /**
   * Lower bound, inclusive (patients per basis), at most 100,000.
   */
  from?: number;
  /**
   * Upper bound, exclusive, at most 100,000.
   */
  to?: number;
  label: Label;
  /**
   * How the band is shaded: a sequential step, not a colour.
   */
  tone: BandTone;
}

/**
 * How the band is shaded: a sequential step, not a colour.
 */
export type BandTone = "low" | "mid" | "high";

/**
 * Delegation matrix
 *
 * Who does which task in general practice (opgavedeling og delegation): tasks as rows, columns and one value per row and column on a declared scale. Two shapes are common: one practice, with staff categories as columns and an ordinal level per cell (performs independently / assists / not involved), and a survey or an area, with the five-level scale from doctor only to staff only as columns and the share of practices per cell. Read by `<praksis-delegation-matrix>`, which describes the split and does not score it.
 */
export interface DelegationMatrixDocument {
  /**
   * The schema this document follows.
   */
  $schema: "https://praksis-widgets.dk/schema/v1/delegation-matrix.schema.json";
  /**
   * The practice, area or survey population the matrix describes.
   */
  unit: DelegationUnit;
  /**
   * What the matrix shows, in a sentence; the table's caption, e.g. "Hvem håndterer opgaverne? Andel af praksis".
   */
  title: Label;
  /**
   * What the columns are: `staff` for staff categories (doctor, nurse, secretary …), `delegation-scale` for the steps from doctor only to staff only. With `delegation-scale` every column has a `position`, and the widget can compute the delegation index and draw diverging bars.
   */
  columnKind: "staff" | "delegation-scale";
  /**
   * Heading of the row-header column; "Opgave" / "Task" when left out.
   */
  rowHeader?: Label;
  /**
   * What a cell's value means. `levels`: an ordinal level named in `levels`; `share`: a share 0–1 (e.g. of practices); `count`: a whole number (e.g. of practices). Wherever the widget shows figures (legend, caption, summary, bars, CSV column headers) it names their unit and base: shares as "andel af praksis i procent" / "share of practices in per cent", counts as "antal praksis" / "number of practices", coloured by their share of the row's whole.
   */
  scale: DelegationScale;
  /**
   * The columns, in the order shown. For `delegation-scale`, from doctor only to staff only.
   */
  columns: DelegationColumn[];
  /**
   * The tasks, in the data's own order (the widget keeps it unless asked to sort by the delegation index).
   */
  rows: DelegationRow[];
  /**
   * One entry per row and column (or run of adjacent columns). Every row needs a value or an explicit `null` for every column: a figure that was not measured is not a zero.
   */
  cells: DelegationCell[];
  description?: Description;
  provenance: Provenance;
}

/**
 * Delegation unit
 *
 * The practice, area or survey population the matrix describes.
 */
export interface DelegationUnit {
  /**
   * What kind of unit this is.
   */
  kind: "practice" | "municipality" | "region" | "country";
  /**
   * Its name as shown; the widget's heading.
   */
  name: Label;
  /**
   * An identifier such as the practice's ydernummer or a municipality code.
   */
  id?: string;
}

/**
 * Delegation scale
 *
 * What a cell's value means. `levels`: an ordinal level named in `levels`; `share`: a share 0–1 (e.g. of practices); `count`: a whole number (e.g. of practices). Wherever the widget shows figures (legend, caption, summary, bars, CSV column headers) it names their unit and base: shares as "andel af praksis i procent" / "share of practices in per cent", counts as "antal praksis" / "number of practices", coloured by their share of the row's whole.
 */
export interface DelegationScale {
  /**
   * The kind of value every cell holds.
   */
  type: "levels" | "share" | "count";
  /**
   * With `levels` only: the ordinal levels, from the lowest (e.g. not involved) to the highest (e.g. performs independently). Cells name a level by its `id`.
   */
  levels?: DelegationLevel[];
  /**
   * With `share` or `count`: true when the cells of a row split one whole, e.g. the practices answering for a task. Shares then add up to 1 (within `tolerance`) and counts to `n`; a row with cells that are not measured may add up to less.
   */
  distribution?: boolean;
  /**
   * How far a distribution's shares may miss 1 because of rounding in the source; 0.02 when left out.
   */
  tolerance?: number;
  /**
   * With `share` or `count`: how many units the figures are out of, e.g. 567 practices answering a survey, at most 10,000,000. A row's own `n` overrides it.
   */
  n?: number;
  /**
   * What `n` counts, as a plural noun, e.g. "praksis" / "practices". The widget writes "Antal praksis i alt: 567" / "Total number of practices: 567" and names the figures with it; without it, "n = 567" and "enheder" / "units".
   */
  unitLabel?: Label;
}

/**
 * Delegation id
 *
 * A short identifier cells refer to: lower-case letters, digits and hyphens.
 */
export type DelegationId = string;

/**
 * Delegation level
 *
 * One step of an ordinal scale.
 */
export interface DelegationLevel {
  /**
   * What cells write as their value.
   */
  id: DelegationId;
  /**
   * The level in words, e.g. "Udfører selvstændigt".
   */
  label: Label;
  /**
   * A symbol shown with the label in every cell, so the level never rests on colour alone, e.g. ●. The widget picks one by rank when left out.
   */
  symbol?: string;
  /**
   * What the level means in practice.
   */
  description?: Text;
}

/**
 * Delegation column
 *
 * A staff category or a step of the delegation scale.
 */
export interface DelegationColumn {
  /**
   * What cells refer to.
   */
  id: DelegationId;
  /**
   * The column heading, e.g. "Sygeplejerske" or "Primært læge".
   */
  label: Label;
  /**
   * What the column covers.
   */
  description?: Text;
  /**
   * With `staff`: whether the category is a doctor (GP, trainee, locum) or other staff.
   */
  role?: "doctor" | "staff";
  /**
   * With `delegation-scale` (required there): the step's value in the delegation index, 1 = doctor only, 3 = shared equally, 5 = staff only.
   */
  position?: number;
}

/**
 * Delegation row
 *
 * A task, with what the reader needs to know about it.
 */
export interface DelegationRow {
  /**
   * What cells refer to.
   */
  id: DelegationId;
  /**
   * The task as shown, e.g. "Kronikerkontrol".
   */
  label: Label;
  /**
   * What the task covers, e.g. "spirometri, blodprøver".
   */
  description?: Text;
  /**
   * True when the task is reserved for doctors by law or agreement (lægeforbeholdt), e.g. certificates and referrals. The widget marks it; staff may still help prepare it.
   */
  reservedForDoctors?: boolean;
  /**
   * Notes the widget always shows with the row, e.g. that a figure is probably a misprint in the source.
   */
  notes?: Text[];
  /**
   * True when the row's figures are invented for an example, in a document that otherwise holds real figures. The widget marks the row.
   */
  fictional?: boolean;
  /**
   * How many units this row's figures are out of, when it differs from `scale.n`; at most 10,000,000. The widget shows it with the task, "Sygebesøg (n = 10)", and the CSV gives every row's base in an `n` column.
   */
  n?: number;
  /**
   * With `delegation-scale`: the delegation index as the source publishes it (1 = doctor only … 5 = staff only). Left out, the widget computes it from the shares, or a range when the source gives only combined shares.
   */
  index?: number;
}

/**
 * Delegation cell
 *
 * The value of one row in one column, or in a run of adjacent columns when the source gives only their sum (e.g. "mainly or only doctor: 30 %"). Give `column` or `columns`.
 */
export type DelegationCell = ({
  /**
   * The row's `id`.
   */
  row: DelegationId;
  /**
   * The column's `id`.
   */
  column?: DelegationId;
  /**
   * Adjacent columns, in order, that share one value (only with `share` or `count`).
   */
  columns?: DelegationId[];
  /**
   * A level `id` (`levels`), a share 0–1 (`share`) or a whole number (`count`); `null` when there is no figure.
   */
  value: ShareOrCount | LevelId | NoFigure;
  /**
   * With a `null` value: `not-measured` (the default) when nobody asked or counted, `not-reported` when the source does not give the figure.
   */
  missing?: "not-measured" | "not-reported";
}) & ({ column: DelegationId } | { columns: DelegationId[] });

/**
 * Share or count
 */
export type ShareOrCount = number;

/**
 * Level id
 */
export type LevelId = string;

/**
 * No figure
 */
export type NoFigure = null;

/**
 * Plain text (never HTML) of up to 2,000 characters, such as a note, a caveat, a definition or a source citation: either one string or a string per language. A widget shows the string for its language, falling back to Danish, then English. Each string contains at least one visible character.
 */
export type Text = TextString | LocalizedText;

export interface LocalizedText {
  da?: TextString;
  en?: TextString;
}

/**
 * Text string
 *
 * One language's text: 1–2,000 characters, at least one of them visible: a letter, digit, punctuation mark or symbol that is not a default-ignorable character (so a Hangul filler U+3164 or a blank Braille pattern U+2800 does not count, any more than a zero-width space).
 */
export type TextString = string;

/**
 * The editor's description of the graphic for readers who cannot see it (its alt text or long description): what it shows and what to notice, in plain text (never HTML) of up to 2,000 characters, one string or one per language, as `text`. Widgets give it to screen readers as the chart's description and write it into the SVG download as `<desc>`; an embed snippet's fallback content can quote it.
 */
export type Description = Text;

/**
 * A short plain text (never HTML) of up to 200 characters, such as a name, a title, a heading or a label: either one string or a string per language, shown like `text`. Each string contains at least one visible character.
 */
export type Label = LabelString | LocalizedLabel;

export interface LocalizedLabel {
  da?: LabelString;
  en?: LabelString;
}

/**
 * Label string
 *
 * One language's label: 1–200 characters, at least one of them visible, as for a text string.
 */
export type LabelString = string;

/**
 * Date
 *
 * A calendar date, YYYY-MM-DD, from 1900-01-01 to 2100-12-31.
 */
export type IsoDate = string;

/**
 * Web address
 *
 * An absolute http or https URL. Other schemes (javascript:, data:) are rejected.
 */
export type HttpUrl = string;

/**
 * The period the figures cover, both dates inclusive.
 */
export interface Period {
  from: IsoDate;
  to: IsoDate;
}

/**
 * Source, publisher, licence and timing of a dataset, with the definitions and caveats a reader needs. Give `asOf` for a point in time, `period` for a span, or both.
 */
export type Provenance = ({
  /**
   * The source as it should be cited, e.g. the report and table the figures come from.
   */
  source: Text;
  /**
   * Who published the source.
   */
  publisher: Label;
  /**
   * Where the source can be read.
   */
  url?: HttpUrl;
  /**
   * The licence the data may be reused under, e.g. "CC BY 4.0".
   */
  licence?: Label;
  /**
   * The date the figures describe (e.g. 1 January of a year).
   */
  asOf?: IsoDate;
  period?: Period;
  /**
   * Terms the reader needs, each with its definition. At most 50.
   */
  definitions?: Definition[];
  /**
   * What the figures do not show, or known problems with them. Widgets show every caveat. At most 20.
   */
  caveats?: Text[];
  /**
   * True for invented example data. Widgets then say "Eksempel – fiktive data" / "Example – fictional data".
   */
  fictional: boolean;
}) & ({ asOf: IsoDate } | { period: Period });

export interface Definition {
  term: Label;
  definition: Text;
}

/**
 * Referral flows
 *
 * Flows of referrals (henvisninger) from general practice to where they go: practising specialists, hospitals, imaging, physiotherapy, psychologists, podiatrists, municipalities. A directed graph without cycles: nodes, and links carrying a count or a rate per 100 listed patients, for one period, with provenance. Nationally, per region or per practice, in one or several stages (e.g. region → referral type → specialty). Read by `<praksis-referral-sankey>`.
 */
export interface ReferralFlows {
  /**
   * The schema this document follows.
   */
  $schema: "https://praksis-widgets.dk/schema/v1/referral-flows.schema.json";
  /**
   * The heading the widget shows, e.g. "Henvisninger fra almen praksis, 2022".
   */
  title: Label;
  /**
   * What a link's value counts: `count` is a number of referrals; `per-100-listed-patients` is referrals per 100 listed patients (a rate, shown with one decimal). Counts add up: a node is labelled with what reaches it (or, for a sender, what it sends), the total is what the first senders send, and a flow's share is of what its sender sends. Rates do not add up — two regions' rates have different denominators — so for a rate (and any unit added later that does not add up) the widget shows each flow's own value only: no node values, total, shares or grouping, and the summary and table say why. Small-count suppression applies to counts only.
   */
  unit: FlowUnit;
  /**
   * What is counted, in the plural, if not referrals, e.g. "epikriser" / "discharge letters". Default: "henvisninger" / "referrals" ("1 henvisning" in the singular). Having no singular, a count that takes one is written with the plural in brackets: "1 (epikriser)".
   */
  unitLabel?: Label;
  /**
   * The period the flows cover, both dates inclusive, e.g. the calendar year 2022.
   */
  period: Period;
  /**
   * Headings of the columns, left to right, e.g. ["Region", "Henvisningstype", "Speciale"]. When given, every node must name its `stage` and every link must go from an earlier stage to a later one.
   */
  stages?: Label[];
  /**
   * The publisher's own threshold for small counts: flows of fewer than this many referrals (but more than none) are shown as "< N", never as their value, whatever the embedder sets. Use it for sensitive flows such as psychiatric referrals, so no patient can be singled out. A suppressed flow is left out of every total and share, so a total that would include one is a lower bound and is said as "mindst …" / "at least …" wherever it appears; a number made only of suppressed flows is said as below the threshold once per flow ("< 10" for two flows under 5), never as "mindst 0". Counts only.
   */
  suppressBelow?: number;
  /**
   * The places referrals come from or go to. At least two; each id once.
   */
  nodes: ReferralNode[];
  /**
   * The flows: from `source` to `target` with a value. At least one; no cycles; one link per pair of nodes.
   */
  links: ReferralLink[];
  description?: Description;
  provenance: Provenance;
}

/**
 * Flow unit
 *
 * What a link's value counts: `count` is a number of referrals; `per-100-listed-patients` is referrals per 100 listed patients (a rate, shown with one decimal). Counts add up: a node is labelled with what reaches it (or, for a sender, what it sends), the total is what the first senders send, and a flow's share is of what its sender sends. Rates do not add up — two regions' rates have different denominators — so for a rate (and any unit added later that does not add up) the widget shows each flow's own value only: no node values, total, shares or grouping, and the summary and table say why. Small-count suppression applies to counts only.
 */
export type FlowUnit = "count" | "per-100-listed-patients";

/**
 * Referral node
 *
 * A sender or receiver of referrals, e.g. "Almen praksis" or "Speciallæge".
 */
export interface ReferralNode {
  /**
   * A short identifier that links refer to, unique in the document, e.g. "speciallaege".
   */
  id: string;
  /**
   * The name as shown.
   */
  label: Label;
  /**
   * Nodes with the same group share a colour, e.g. every specialty under "speciallaege". Colour only repeats what the labels say.
   */
  group?: string;
  /**
   * The column the node stands in, counted from 0, when the document has `stages`.
   */
  stage?: number;
}

/**
 * Referral link
 *
 * A flow of referrals from one node to another.
 */
export interface ReferralLink {
  /**
   * The id of the node the referrals come from.
   */
  source: string;
  /**
   * The id of the node they go to.
   */
  target: string;
  /**
   * The number of referrals, or referrals per 100 listed patients (see `unit`): at most 1,000,000,000, and with `count` a whole number (checked beyond the schema). Zero is allowed and shown as a hairline.
   */
  value: number;
}
