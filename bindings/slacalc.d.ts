// Types of the slacalc ES module (hand-written; checked by `tsc --noEmit`
// in the tests against tests/node/types-check.ts).

/** A percentage 0–100: "99.9", "99,9", "99.9 %" or a number. Decimal text is exact. */
export type Percent = string | number;
/** "3h 45m", "49 min", "0:49:00", "2505.6s" — or a number of seconds. */
export type Duration = string | number;

export type PeriodKind =
  | 'day' | 'week' | 'month' | 'quarter' | 'year' | 'rolling-28d' | 'rolling-30d' | 'custom';
export type MonthBasis = 'calendar' | '30d' | '730h' | 'mean-gregorian' | '750h' | 'custom';
export type QuarterBasis = 'calendar' | 'mean-gregorian';
export type YearBasis = 'calendar' | '365d' | 'mean-gregorian';
export type Rounding = 'exact' | 'round-second' | 'truncate-second';

/** Settings that fix the length of a period. */
/** Any request may name the language of its result's texts. */
export interface LangOption {
  lang?: Lang;
}

export interface PeriodSettings extends LangOption {
  /** Calendar month "YYYY-MM", needed by monthBasis "calendar" (the default). */
  month?: string;
  monthBasis?: MonthBasis;
  /** Hours of a month for monthBasis "custom". */
  monthHours?: string | number;
  /** Calendar quarter "YYYY-Qn", needed by quarterBasis "calendar" (the default). */
  quarter?: string;
  quarterBasis?: QuarterBasis;
  /** Calendar year, needed by yearBasis "calendar" (the default). */
  year?: string | number;
  yearBasis?: YearBasis;
  /** Length of period "custom". */
  duration?: Duration;
}

interface BudgetRequestBase extends PeriodSettings {
  period: PeriodKind;
  rounding?: Rounding;
  /** Decimals shown in availability.text (0–12, default 6, truncated). */
  decimals?: number;
}
export interface TargetBudgetRequest extends BudgetRequestBase { target: Percent; downtime?: never }
export interface DowntimeBudgetRequest extends BudgetRequestBase { downtime: Duration; target?: never }
/** A tier's commitment under the one reading of the contract (docs/api.md, "One reading of a contract"). */
export interface ContractBudgetRequest extends LangOption {
  profile: string | object;
  tier: string;
  /** Which commitment; default the tier's first. */
  scope?: string;
  /** "YYYY-MM": needed by monthBasis "window" (and "calendar" shows that month). */
  month?: string;
  monthBasis?: BudgetReading;
  /** The availability this downtime leaves, instead of the budget. */
  downtime?: Duration;
  rounding?: Rounding;
  decimals?: number;
  closedDays?: string[];
  holidayOptions?: HolidaysRequest['options'];
  target?: never;
  period?: never;
}
export type BudgetRequest = TargetBudgetRequest | DowntimeBudgetRequest | ContractBudgetRequest;

export interface DurationValue {
  /** Nearest double; `exact` is authoritative. */
  seconds: number;
  /** Exact decimal seconds, e.g. "2629.746". */
  exact: string;
  /** "3d 15h 39m 29.52s"; "≈ " in front when rounded to the millisecond. */
  human: string;
}

export interface PercentValue {
  percent: number;
  /** Truncated to the requested decimals, "…" appended when cut. */
  text: string;
  /** Exact decimal, or "numerator/denominator" when it does not terminate. */
  exact: string;
  isExact: boolean;
}

export interface ResolvedPeriod extends DurationValue {
  kind: PeriodKind;
  /** Month/quarter/year basis id, "" for periods without one. */
  basis: string;
  label: string;
}

export interface Explanation {
  /** Stable id: "period", "formula", "rounding", ... */
  code: string;
  text: string;
}

export interface BudgetResult {
  direction: 'target-to-downtime' | 'downtime-to-availability';
  period: ResolvedPeriod;
  /** The target, or the availability the downtime leaves. */
  availability: PercentValue;
  /** Allowed downtime (after rounding), or the downtime given. */
  downtime: DurationValue;
  /** Present when rounding changed the downtime. */
  unroundedDowntime?: DurationValue;
  rounding: Rounding;
  explain: Explanation[];
  /** With a profile: the commitment read, and the reading applied. */
  contract?: { profile: string; tier: string; scope: string; clause: string };
  options?: MonthBasisOption[];
}

export interface NinesRequest extends PeriodSettings {
  /** Default: 90, 95, 99, 99.5, 99.9, 99.95, 99.99, 99.999. */
  targets?: Percent[];
  /** Default: day, week, month, quarter, year, rolling-28d, rolling-30d (+ custom with duration). */
  periods?: PeriodKind[];
  rounding?: Rounding;
}

export interface NinesResult {
  periods: ResolvedPeriod[];
  rows: { target: PercentValue; downtime: DurationValue[] }[];
  rounding: Rounding;
  explain: Explanation[];
}

// ---------------------------------------------------------------- profiles
// The format is documented in docs/profile-format.md (JSON Schema beside it).

/** Whole minor units of the profile's currency: 160000 = 1 600.00 DKK. */
export type Money = number;
/** "3 months", "15 days", "1 year". */
export type Span = string;
export type ProfileMonthBasis = Exclude<MonthBasis, 'custom'>;

export interface Cited {
  /** Where the rule comes from, e.g. "§9.2". */
  clause?: string;
  note?: string;
  /** The object's words for people in other languages: language → field → text (docs/profile-format.md, "Languages"). */
  translations?: Partial<Record<Lang, Record<string, string>>>;
}

export interface WeeklyWindow extends Cited {
  label: string;
  /** Day keys ("mon", "mon-fri") → ranges "08:00-16:00" or "20:00-04:00+1". */
  weekly: Record<string, string[]>;
  holidaysClosed?: boolean;
}

export interface Commitment extends Cited {
  scope?: string;
  kind: 'guarantee' | 'target';
  target: Percent;
  period: 'month' | 'quarter' | 'year';
  monthBasis?: ProfileMonthBasis;
  window?: string;
  maxDowntime?: Duration;
  excluded?: ('planned-maintenance' | 'announced-service-windows' | 'force-majeure' |
    'customer-caused' | 'third-party' | 'redundant-system-failure')[];
  denominator?: 'period' | 'period-minus-planned';
}

export interface ResponseRule extends Cited {
  measure: 'reaction' | 'response' | 'resolution';
  class?: 'any' | 'incident' | 'change' | 'request';
  priority?: string;
  time?: Duration;
  workingDays?: number;
  bestEffort?: true;
  window?: string;
  reportedIn?: string;
  /** The rule applies only under these choices of the profile's options: option id → choice. */
  when?: Record<string, string>;
}

export interface Term extends Cited {
  minimum: Span;
  renewal?: Span;
  notice?: Span;
  startsAt?: string;
  /** Ended by the provider for cause: percent of the monthly fees until the term's end, at most percent of capMonths months' fees (term's damages). */
  damagesForCause?: Cited & { percent: Percent; capMonths: number };
}

export type FeeBasis = 'monthly-fee' | 'previous-month-resource-group-fee' | 'annual-fee' | 'period-fee';

interface CreditTerms extends Cited {
  fee: FeeBasis;
  period?: 'month' | 'quarter' | 'year';
  cap?: Percent;
  minimumAmount?: Money;
  claim?: Cited & { within: Span; after: 'period-end' | 'incident'; form?: string };
  redemption?: Cited & {
    /** Where the contract fixes the dates (docs/profile-format.md, "credit"): credit's redemptionDates. */
    availableAt?: 'unspecified' | 'calendar-year-end';
    redeemIn?: 'unspecified' | 'next-service-year';
    available?: string; method?: string; cash?: boolean; expiry?: string;
  };
}

export type CreditRule =
  | (Cited & { kind: 'none'; reason: string })
  | (CreditTerms & { kind: 'flat-percent-of-fee'; percent: Percent })
  | (CreditTerms & { kind: 'proportional-shortfall' })
  | (CreditTerms & { kind: 'tiered-schedule'; steps: (Cited & { below: Percent; percent: Percent })[] });

export interface Pricing extends Cited {
  model: 'none' | 'fixed-monthly' | 'component-factor' | 'support-hours' | 'infrastructure';
  monthlyPrice?: Money;
  pricePerFactorUnit?: Money;
  increaseSurcharge?: Percent;
  temporaryUpgradeSurcharge?: Percent;
  supportHoursPerMonth?: number | string;
  introductionMultiplier?: number;
  hourlyRate?: Money;
  pricesAreExamples?: boolean;
}

export interface Tier extends Cited {
  id: string;
  name: string;
  family?: string;
  /** Service level, higher = more: one level or one per axis (a change of service level goes up only, §3.8). */
  rank?: number | number[];
  availability: Commitment[];
  response?: ResponseRule[];
  term?: Term;
  credit: CreditRule;
  pricing?: Pricing;
  /** What the tier includes, as the contract lists it (docs/profile-format.md "includes"). */
  includes?: { text: string; clause?: string; note?: string; translations?: Partial<Record<'en' | 'de' | 'nl' | 'da', { text: string }>> }[];
}

/** A profile document (docs/profile-format.md; docs/profile.schema.json is the whole rule). */
export interface Profile extends Cited {
  format: 'slacalc-profile/1';
  id: string;
  vendor: string;
  product: string;
  status: 'contract' | 'example';
  /** The language its texts are written in (default 'en'); `translations` on any object give them in the others. */
  lang?: 'en' | 'de' | 'nl' | 'da';
  caveat?: string;
  source?: Cited & { document?: string; date?: string; url?: string };
  languages: string[];
  currency: string;
  timeZone: string;
  holidays: Cited & { calendar: string };
  windows?: Record<string, WeeklyWindow>;
  priorities?: Cited & {
    levels: (Cited & { id: string; label: string })[];
    matrix?: Cited & {
      rows: Cited & { label: string; ids: string[] };
      columns: Cited & { label: string; ids: string[] };
      cells: string[][];
    };
  };
  options?: Record<string, Omit<Cited, 'translations'> & { label: string; choices: string[]; default: string;
    choiceLabels?: Record<string, string>;
    translations?: Partial<Record<Lang, { label?: string; note?: string; choiceLabels?: Record<string, string> }>> }>;
  tiers: Tier[];
  /** Deadlines counted from an invoice or from the regular end of the term (term's deadlines). */
  deadlines?: (Cited & { id: string; label: string; after: 'invoice' | 'regular-end'; within: Span })[];
  /** A planned outage counts as announced only when announced at least this long ahead (measure's lateNotice). */
  maintenanceNotice?: Cited & { atLeast: Duration };
}

/** A preset id ("flying-circus") or a whole profile. */
export type ProfileRef = string | Profile;

export interface ProfileSummary {
  id: string;
  vendor: string;
  product: string;
  status: 'contract' | 'example';
  caveat?: string;
  /** Present when the profile's texts in this answer are not in the call's language: the language they are in (as written). */
  textLang?: 'en' | 'de' | 'nl' | 'da';
  languages: string[];
  currency: string;
  /** Decimals of the currency's minor unit: 2 for EUR, 0 for JPY. */
  currencyDecimals: number;
  /** `includes`: what the tier includes (docs/profile-format.md "includes"), in the call's language; only where the profile lists it. */
  tiers: { id: string; name: string; family: string; includes?: { text: string; clause: string }[] }[];
}

export interface Problem {
  /** "missing_field", "unknown_reference", "overlapping_ranges", ... (docs/profile-format.md) */
  code: string;
  /** JSON pointer into the profile document. */
  path: string;
  message: string;
}

export interface ValidationResult {
  valid: boolean;
  errors: Problem[];
  /** Unknown fields and options: kept out of the calculation, never silently. */
  warnings: Problem[];
  /** Errors beyond the first 1000, counted but not listed. */
  unlistedErrors?: number;
  /** When valid: the profile as profiles() lists a preset. */
  summary?: ProfileSummary;
}

export interface CompareRequest extends LangOption {
  /** 2 to 6 tiers, any mix of profiles. */
  /**
   * `price`: the price model's inputs instead of a monthly price, read as price reads them
   * (component-factor: pricePerFactorUnit, resourceGroup, infrastructurePrices; infrastructure:
   * resourceGroup, infrastructurePrices); the row "price" then shows the working.
   */
  columns: {
    profile: ProfileRef; tier: string; monthlyPrice?: Money;
    price?: Pick<PriceRequest, 'pricePerFactorUnit' | 'resourceGroup' | 'infrastructurePrices'>;
  }[];
  /** "99": a row with each tier's credit at this availability (on the monthly price). */
  badMonth?: Percent;
  /** Which hours the budgets are a share of; "contract" (default): what each contract says. */
  monthBasis?: BudgetReading;
  /** "YYYY-MM": the month shown (and its quarter and year); needed by "calendar" and "window". */
  month?: string;
  /**
   * A ledger replayed on every column, with `from` and `to` (all three or none): the row "replay".
   * Read as measure reads it, with each column's contract (its scopes; a contract naming none counts any).
   */
  outages?: OutageRecord[];
  /** "YYYY-MM": the first and last month of the replay, at most 120 months. */
  from?: string;
  to?: string;
  /** The zone of the ledger's times without an offset: "column" (default: each column's own) or a zone name. */
  outageZone?: string;
  /** How a local time the clocks skip or repeat is read, as measure takes it. */
  disambiguation?: Disambiguation;
}

/** One period of a tier in the replay row: measured as measure does, credited as credit does. */
export interface ReplayPeriod {
  period: { label: string; from: string; to: string };
  /** The commitment's scope ("" when the tier has one commitment without a scope). */
  scope: string;
  /** As measure's period `availability`; null when nothing was counted in the period. */
  availability: PercentValue | null;
  /** The commitment's target, "99.5". */
  target: string;
  breached: boolean;
  /**
   * The period's credit on the column's fee, as credit answers it (0 when none is owed); null without a
   * price, without a financial remedy, or for a commitment not measured over the credit rule's period.
   * A period with several commitments has one credit: each of its entries shows it.
   */
  credit: { minor: number; text: string } | null;
}

export interface CompareResult {
  columns: {
    profile: string; vendor: string; product: string; tier: string; tierName: string; family: string;
    status: 'contract' | 'example'; caveat?: string; currency: string;
    /** Present when the profile's texts are not in the call's language: the language they are written in. */
    textLang?: Lang;
  }[];
  rows: {
    /** "bad-month": with the request's badMonth; "replay": with its outages, from and to. */
    /** "includes": only when a tier lists what it includes. */
    id: 'availability' | 'downtime' | 'window' | 'response' | 'includes' | 'minimum-term' | 'renewal' |
      'notice' | 'credit' | 'price' | 'bad-month' | 'replay';
    label: string;
    /** True when the cells' lines are not all the same. */
    differs: boolean;
    /**
     * `clauses`: the clauses the cell's lines cite, each once; `budgets` (row "downtime"): each commitment's budget;
     * `technical`: indexes of lines for the screen only (another reading of a figure, a prompt to enter a price).
     */
    cells: {
      lines: string[]; clauses: string[]; budgets?: { scope: string; reading: BudgetReading; budget: DurationValue }[];
      technical?: number[];
      /** Row "replay": each period of the tier in the range, and the credits' sum (null without a price or remedy). */
      periods?: ReplayPeriod[]; creditTotal?: { minor: number; text: string } | null;
    }[];
  }[];
  explain: Explanation[];
}

// ---------------------------------------------------------------- calendars and zones

/** "none", "DE" (nationwide), "DE-BW" … "DE-TH" (the 16 states), "NL", "DK". */
export type HolidayCalendar = string;

export interface HolidaysRequest extends LangOption {
  calendar: HolidayCalendar;
  /** One year 1900–2200, or a range from–to (at most 300 years). */
  year?: number;
  from?: number;
  to?: number;
  /** NL only: Bevrijdingsdag "every-year" (default, Algemene termijnenwet art. 3 lid 1) or "lustrum"; Goede Vrijdag as a holiday (default true, art. 3 lid 2). */
  options?: { liberationDay?: 'lustrum' | 'every-year'; goodFriday?: boolean };
}

export interface HolidaysResult {
  calendar: HolidayCalendar;
  /** Sorted; feasts on one day share an entry ("labour-day+ascension-day"). */
  holidays: { date: string; id: string; name: string; localName: string }[];
  explain: Explanation[];
}

/** closedDaysIcs: a profile's holiday calendar (or one named) and a year's closed days as an .ics (docs/api.md). */
export type ClosedDaysIcsRequest = ({ profile: string | object; calendar?: never } | { calendar: HolidayCalendar; profile?: never }) & {
  /** 1900–2200. */
  year: number;
  /** Closed days of one's own ("2026-12-24"); those of other years are not this year's. */
  closedDays?: string[];
  holidayOptions?: { liberationDay?: 'lustrum' | 'every-year'; goodFriday?: boolean };
} & LangOption;

export interface ClosedDaysIcsResult {
  calendar: HolidayCalendar;
  year: number;
  /** One per day, in order: a public holiday by its local name, or a closed day of one's own. */
  days: { date: string; name: string; kind: 'holiday' | 'closedDay' }[];
  /** The iCalendar file (RFC 5545): one all-day event a day, CRLF line ends. */
  ics: string;
  explain: Explanation[];
}

/** parseClosedDays: an iCalendar file's all-day events → closedDays (docs/api.md). */
export interface ParseClosedDaysRequest extends LangOption {
  /** The file's text. */
  ics: string;
  /** Years 1900–2200, both or neither: days outside are left out; a yearly event without an end needs them. */
  from?: number;
  to?: number;
  /** An event with a time of day: "refuse" (default: the error names its line) or "skip" (listed in timedSkipped). */
  timedEvents?: 'refuse' | 'skip';
}

export interface ParseClosedDaysResult {
  /** What requests take as closedDays, in order. */
  closedDays: string[];
  /** The same days with their events' names (" / " between two) and the line of the first event's BEGIN:VEVENT. */
  days: { date: string; name: string; line: number }[];
  /** All-day events read, of them repeating every year, cancelled ones (closing nothing). */
  events: number;
  yearly: number;
  cancelled: number;
  /** Days of single events outside from–to, left out. */
  outside: number;
  /** Lines of events with a time of day, skipped (timedEvents: "skip"). */
  timedSkipped: number[];
  explain: Explanation[];
}

export interface ZoneTransition {
  /** UTC instant from which `offset` applies, "2026-03-29T01:00:00Z". */
  at: string;
  /** Seconds east of UTC. */
  offset: number;
  abbrev: string;
  dst: boolean;
}

export interface ZoneList {
  tzdata: string;
  zones: { name: string; validFrom: number }[];
  aliases: { name: string; zone: string }[];
}

export interface ZoneRules {
  zone: string;
  /** First year from which the current rule is exact. */
  validFrom: number;
  posix: string;
  tzdata: string;
  from: number;
  to: number;
  transitions: ZoneTransition[];
  explain: Explanation[];
}

// ---------------------------------------------------------------- deadlines

export interface DeadlineCommon extends LangOption {
  /** "2026-03-27T15:30" (the provider's local time) or with "Z" / "+01:00". */
  reported: string;
  /** How a local time in a DST gap or overlap is read; "reject" refuses it. Default "compatible". */
  disambiguation?: Disambiguation;
  /** Shows every instant in this zone too (the page passes Intl's). */
  viewerZone?: string;
  /** Extra closed days ("2026-12-24") for windows that close on holidays. */
  closedDays?: string[];
  holidayOptions?: HolidaysRequest['options'];
  /** How "N working days" is read. Default "same-time". */
  workingDayRule?: 'same-time' | 'end-of-day';
}

export interface DeadlineProfileRequest extends DeadlineCommon {
  profile: string | object;
  tier: string;
  measure?: 'reaction' | 'response' | 'resolution';
  /** Without a class: the tier's rules for any class where it has them, else every class's rules. */
  class?: 'incident' | 'change' | 'request';
  /** A priority level, or impact and urgency where the profile has a matrix. */
  priority?: string;
  impact?: string;
  urgency?: string;
  /** The profile's options, e.g. { splitReaction: 'inside-window' } or { hostedReaction: 'round-the-clock' }. */
  options?: Record<string, string>;
}

export interface DeadlineWindowRequest extends DeadlineCommon {
  window: { label?: string; weekly: Record<string, string[]>; holidaysClosed?: boolean };
  timeZone?: string;
  holidays?: HolidayCalendar;
  time?: string | number;
  workingDays?: number;
}

export interface Instant {
  utc: string;
  /** The provider's local time with its offset, and for people. */
  local: string;
  localText: string;
  viewer?: string;
  viewerText?: string;
}

export interface Deadline {
  measure: 'reaction' | 'response' | 'resolution';
  class: string;
  priority: string;
  promise: string;
  kind: 'duration' | 'workingDays' | 'bestEffort';
  seconds?: number;
  workingDays?: number;
  window: string;
  clause: string;
  note: string;
  /** null for best effort. */
  clockStart: Instant | null;
  due: Instant | null;
  unreachable: boolean;
  countedSeconds: number;
  elapsedSeconds: number | null;
  segments: { day: string; begin: string; end: string; seconds: number }[];
  closedDays: { date: string; name: string }[];
  explain: Explanation[];
}

export interface DeadlineResult {
  profile: string;
  tier: string;
  zone: string;
  viewerZone: string | null;
  reported: Instant;
  priority?: { id: string; label: string; impact: string; urgency: string; clause: string };
  workingDayRule: 'same-time' | 'end-of-day';
  options: AppliedOption[];
  deadlines: Deadline[];
  explain: Explanation[];
}

/**
 * Which hours a commitment's budget is a share of (docs/api.md, "One reading
 * of a contract"): "contract" (default) — the contract's stated maximum where
 * it states one, else its own basis or the window's hours; "window" — the
 * service window's own hours; or a month basis.
 */
/** A local time the clocks skip or repeat: how it is read (docs/api.md, "Local times"). */
export type Disambiguation = 'compatible' | 'earlier' | 'later' | 'reject';
/** How an outage file's slashed dates (03/04/2026) are read when none of its dates settles it (docs/api.md, parseOutages). */
export type DateOrder = 'day-month' | 'month-day';

export type BudgetReading = 'contract' | 'window' | ProfileMonthBasis;

/** An option the result applied, with its choices and the default — every function lists them alike. */
export interface AppliedOption {
  id: string;
  label: string;
  /** Empty for a whole number the request may give (price: introductionMonths). */
  choices: string[];
  default: string;
  choice: string;
  clause: string;
  note: string;
  /** How each choice is named to people, parallel to `choices`, in the call's language (deadline). */
  choiceLabels?: string[];
}

/** The reading of the budgets, as budget, compare's page, windowBudget, measure and credit echo it. */
export interface MonthBasisOption extends AppliedOption {
  id: 'monthBasis';
  choices: BudgetReading[];
  default: 'contract';
  choice: BudgetReading;
}

export interface WindowBudgetRequest extends LangOption {
  profile: string | object;
  tier: string;
  /** "2026-04"; quarterly and yearly commitments use its quarter or year. */
  month: string;
  closedDays?: string[];
  holidayOptions?: HolidaysRequest['options'];
  monthBasis?: BudgetReading;
}

export interface WindowBudgetResult {
  profile: string;
  tier: string;
  zone: string;
  commitments: {
    scope: string;
    target: string;
    period: { kind: 'month' | 'quarter' | 'year'; label: string; from: string; to: string };
    window: { id: string; label: string };
    /** The window's open time in the period: real elapsed seconds, "160" hours, open days. */
    windowHours: { seconds: number; hours: string; days: number };
    /** The reading applied to this commitment. */
    reading: BudgetReading;
    /** Every reading: `period` the hours the percentage is of; `default` the one applied. */
    readings: { id: BudgetReading; label: string; period: DurationValue; budget: DurationValue; default: boolean }[];
    clause: string;
    explain: Explanation[];
  }[];
  options: MonthBasisOption[];
}

// ---------------------------------------------------------------- measured availability

export interface OutageRecord {
  /** "2026-02-03T10:00:00Z", "…+01:00", or the profile's local time "2026-02-03T11:00". */
  start: string;
  end: string;
  /** Default "unplanned". Whether planned or excluded time counts is the commitment's `excluded` list. */
  kind?: 'unplanned' | 'planned' | 'excluded';
  /** kind "excluded" only. */
  reason?: 'force-majeure' | 'customer-caused' | 'third-party' | 'redundant-system-failure';
  /** What it hit: "all" (default) or one of the profile's scopes ("platform", "application"). */
  scope?: string;
  /** kind "planned" only: when it was announced (WP Heaven §10.1: less than 48 h ahead is downtime). */
  announced?: string;
  note?: string;
}

export interface MeasureRequest extends LangOption {
  profile: string | object;
  tier: string;
  /** Months "YYYY-MM"; every period of each commitment overlapping them. */
  from: string;
  to?: string;
  outages: OutageRecord[];
  closedDays?: string[];
  holidayOptions?: HolidaysRequest['options'];
  /** Each merged outage counted to the second (default) or in whole minutes. */
  granularity?: 'second' | 'minute-up' | 'minute-down';
  /** Shorter outages do not count. */
  minimumOutage?: Duration;
  /** The period containing it reports `current`. */
  asOf?: string;
  monthBasis?: BudgetReading;
  /** A local time the clocks skip or repeat (default "compatible"). */
  disambiguation?: Disambiguation;
}

/** A period's figures under one reading. */
export interface ReadingFigures {
  measured: DurationValue;
  budget: DurationValue;
  remaining: DurationValue;
  /** null when nothing was measured. */
  availability: PercentValue | null;
  met: boolean | null;
}

export interface MeasuredPeriod extends ReadingFigures {
  label: string;
  from: string;
  to: string;
  counted: DurationValue;
  planned: DurationValue;
  excluded: DurationValue;
  /** Planned time announced too late (part of downtime). */
  lateNotice: DurationValue;
  downtime: DurationValue;
  /** The same period under every reading of the commitment. */
  readings: (ReadingFigures & { id: BudgetReading; label: string; applied: boolean })[];
  current?: {
    asOf: string;
    elapsed: DurationValue;
    downtime: DurationValue;
    /** Budget share used ÷ period share gone, "0.83"; null before anything is counted. */
    burnRate: string | null;
    exhausted: boolean;
    /** When the budget runs out at the rate so far; null if not within the period. */
    runsOut: string | null;
  };
}

export interface MeasureResult {
  profile: string;
  tier: string;
  zone: string;
  outages: number;
  /** Outages that touch none of the measured periods (not counted). */
  outside: number;
  /** Planned outages announced later than the contract's notice. */
  lateNotice: number;
  commitments: {
    scope: string;
    target: string;
    period: 'month' | 'quarter' | 'year';
    window: string;
    clause: string;
    /** The reading applied to this commitment. */
    reading: BudgetReading;
    periods: MeasuredPeriod[];
    /**
     * The outages within its periods this commitment does not count: `count`
     * in all, the first 100 listed in time order — `outage` the index in the
     * request's list (or the file's data rows), `reason` one of the
     * commitment's exclusions ("planned-maintenance", "force-majeure", …) or
     * "other-scope", `text` why in words.
     */
    notCounted: { count: number; outages: { outage: number; reason: string; text: string }[] };
    explain: Explanation[];
  }[];
  options: MonthBasisOption[];
  /** The request's working, e.g. local times read by disambiguation (code "local-time"). */
  explain: Explanation[];
}

/** What a text or file of outages is (docs/importing.md): a table, or a monitor's own export. */
export type OutageSourceFormat = 'table' | 'uptimerobot' | 'uptime-kuma' | 'betterstack' | 'pingdom' | 'prometheus';

/** How a monitor's export is read (docs/importing.md); a table takes only `zone`. */
export interface MonitorReadingOptions {
  /** One monitor's outages, by its name in the file; without it all monitors as one service. */
  monitor?: string;
  /** The zone of times without an offset (default: the profile's, UTC without one). */
  zone?: string;
  /** The end of an incident the export has as unresolved (default: the last time the file has for it). */
  ongoingUntil?: string;
}

/** How a file was read: its format, its monitors and what in it was not an outage. */
export interface OutageReading {
  format: OutageSourceFormat;
  /** Each monitor the export names, with its outages before they were joined; empty for a table. */
  monitors: { name: string; outages: number }[];
  /** What was read and is not an outage, counted: up, pending, unknown, gap, zero-length, other. */
  ignored: Partial<Record<'up' | 'pending' | 'unknown' | 'gap' | 'zero-length' | 'other', number>>;
  /** First "format" (what the file was read as), then how (codes such as "monitors-as-one", "ongoing", "local-time"). */
  explain: Explanation[];
}

export interface ParseOutagesResult extends OutageReading {
  /** Records as measure and credit take them; empty cells are left out. A monitor's times are UTC ("…Z"). */
  outages: OutageRecord[];
  /** CSV only. */
  delimiter?: ',' | ';' | '\t';
  /** A table's: which header each field came from, e.g. { start: "Beginn", end: "Ende" }. */
  columns?: Partial<Record<keyof OutageRecord, string>>;
  /** The rows (or JSON records) read. */
  rows: number;
}

/**
 * A file of outages beyond a request's 1 MiB, read in pieces (openOutageFile): a table, or a monitor's export.
 *
 * **Call close() when done with it.** Until then the file's rows stay in the
 * module's memory (about 630 B a file opened, 24 B an outage); a file that is
 * never closed is freed only once it is garbage and the collector gets to it.
 */
export interface OutageFile {
  /**
   * The next piece, in order; any size, cut anywhere. Text, or the file's
   * bytes as UTF-8 (a Uint8Array, Buffer or ArrayBuffer), which may end inside
   * a character: its other bytes come first in the next piece. Bytes that are
   * not UTF-8 throw invalid_csv and spend the file; anything else throws
   * wrong_type.
   */
  append(piece: string | Uint8Array | ArrayBuffer | ArrayBufferView): { rows: number; bytes: number };
  /** The end of the file: rows sorted, exact repeats refused; a monitor's export says how it was read. */
  finish(): Partial<OutageReading> & {
    rows: number;
    bytes: number;
    /** The outages read (a monitor's rows are checks and events). */
    outages: number;
    /** CSV only. */
    delimiter?: ',' | ';' | '\t';
    /** A table's. */
    columns?: Partial<Record<keyof OutageRecord, string>>;
    /** The earliest start and latest end, in the profile's local time; null without rows. */
    first: string | null;
    last: string | null;
  };
  measure(request: Omit<MeasureRequest, 'outages'>): MeasureResult;
  credit(request: Omit<CreditRequest, 'outages' | 'availability'>): CreditResult;
  /**
   * The file replayed on every column (the row "replay"; from and to required): its times were read in the
   * zone it was opened with, for every column. The whole core only: a page's module answers unknown_function.
   */
  compare(request: Omit<CompareRequest, 'outages' | 'outageZone' | 'disambiguation'>): CompareResult;
  /** Frees the file's memory in the module, at once. Every call after it throws conflict: open the file again. */
  close(): void;
}

export interface CreditRequest extends LangOption {
  profile: string | object;
  tier: string;
  /** "2026-04": the credit period (month, quarter, year) containing it. */
  month: string;
  /** Achieved availability: one value, or per commitment scope. Or give `outages`. */
  availability?: Percent | Record<string, Percent>;
  outages?: OutageRecord[];
  /** The fee the rule names, in minor units (cents, øre). */
  fee?: number;
  /** Flying Circus §9.7: the previous month's resource group, in minor units. */
  resourceGroup?: { serviceLevel: number; vcpu: number; ram: number; storage: number };
  closedDays?: string[];
  holidayOptions?: HolidaysRequest['options'];
  /** Any year's first day of a service year (only day and month count): Arena's redemption dates. */
  serviceYearStart?: string;
  /** "Redeem in the next service year": the one after the credit is made available (default) or after the one the period ends in. */
  redemptionYear?: 'after-available' | 'after-earned';
  /** With outages: the reading of the budgets, as measure takes it. */
  monthBasis?: BudgetReading;
  /** With outages: a local time the clocks skip or repeat (default "compatible"). */
  disambiguation?: Disambiguation;
  /** "2026-12-05": the day to look from (the reader's today); the answer then says whether the claim deadline has passed. */
  asOf?: string;
  /** Who claims, for the letter: name and number one line each, contact and signature may have line breaks; at most 500 bytes each. */
  claimant?: { name?: string; number?: string; contact?: string; signature?: string };
}

export interface CreditResult {
  profile: string;
  tier: string;
  currency: string;
  period: { label: string; from: string; to: string };
  /** "none": the contract has no financial remedy (explain says why, with the clause). */
  kind: 'credit' | 'none';
  eligible: boolean;
  percentOfFee: string;
  fee: { minor: number; text: string };
  amount: { minor: number; text: string };
  /** The last day to claim, "2026-07-15"; null when the rule sets none. */
  claimDeadline: string | null;
  /** With `asOf` in the request only: that day, as read. */
  asOf?: string;
  /** With `asOf` in the request only: whether that day is after claimDeadline; null when the rule sets no deadline. */
  claimDeadlinePassed?: boolean | null;
  claim: string;
  redemption: string;
  redemptionYear: 'after-available' | 'after-earned';
  /** Where the rule fixes the dates and a credit is owed (Arena); the rest need serviceYearStart. */
  redemptionDates: {
    available: string;
    serviceYearFirst: string | null;
    lapsesAfter: string | null;
    offsetAt: string | null;
    lapsesUnused: boolean;
  } | null;
  clause: string;
  /** When eligible: the claim deadline and redemption dates as an iCalendar file. */
  calendar: string | null;
  /** `downtime` and `budget` when measured from outages. */
  achieved: { scope: string; target: string; achieved: PercentValue; met: boolean; downtime?: DurationValue; budget?: DurationValue }[];
  /** A claim to copy, when eligible. */
  letter: { en: string; de: string; nl: string; da: string } | null;
  explain: Explanation[];
  /** With outages: the reading applied. */
  options?: MonthBasisOption[];
}

export interface TermRequest extends LangOption {
  profile: string | object;
  tier: string;
  /** "2026-01-31": the first day of the minimum term (Flying Circus: the Cleared-For-Takeoff notice). */
  start: string;
  /** The day to look from, e.g. today; not before `start`. */
  asOf: string;
  changes?: (
    | { kind: 'upgrade'; tier: string; from: string }
    | { kind: 'recommit'; from: string }
    | { kind: 'temporary-upgrade'; tier: string; from: string; to: string }
  )[];
  /** For the deadlines counted from an invoice (payment, objection). */
  invoiceDate?: string;
  /** Ended by the provider for cause: the damages (Flying Circus §11.2). Fee in minor units. */
  terminationForCause?: { date: string; monthlyFee: number };
  /** How "N months" ends; default "day-before-same-date" (§188 BGB). */
  termEnd?: 'day-before-same-date' | 'same-date';
  /** "Received N months before expiry"; default "whole-months-before-expiry". */
  noticeDeadline?: 'whole-months-before-expiry' | 'same-day-number';
  /** Fees left for the damages; default "days-at-1/30". */
  remainingFees?: 'days-at-1/30' | 'whole-months-up';
  /** "N months after the regular end" (§11.2.1); default "end-as-event" (30 Apr → 30 May), or 31 May. */
  afterEnd?: 'end-as-event' | 'from-next-day';
}

export interface TermStretch {
  kind: 'minimum' | 'renewal' | 'renewed-by-change';
  tier: string;
  tierName: string;
  first: string;
  last: string;
  /** The last day notice may be received to end the contract with this term; null without renewal. */
  noticeBy: string | null;
  /** Ended before its last day because a change started a new minimum term. */
  cutShort: boolean;
  status: 'past' | 'current' | 'future';
}

export interface TermResult {
  profile: string;
  tier: string;
  start: string;
  asOf: string;
  /** termEnd, noticeDeadline, remainingFees, afterEnd. */
  options: AppliedOption[];
  /** From the start to two terms after the current one. */
  terms: TermStretch[];
  current: number | null;
  renewals: number;
  noticeBy: string | null;
  earliestEnd: string;
  openEnded: boolean;
  changes: { kind: string; tier?: string; from: string; to?: string; effect: string }[];
  deadlines: { id: string; label: string; after: 'invoice' | 'regular-end'; within: string; date: string | null;
    clause: string; text: string }[];
  damages: null | { date: string; termLast: string; remainingMonths: { whole: number; days: number; exact: string };
    percent: string; capMonths: number; capped: boolean; amount: { minor: number; text: string }; clause: string };
  /** The deadlines as an iCalendar file (RFC 5545). */
  calendar: string;
  explain: Explanation[];
}

// ---------------------------------------------------------------- prices

/** Hours or GB as decimal text ("12.5", "12,5") or a number; read exactly. */
export type Decimal = string | number;

export interface PriceVm {
  /** Unique in the group (case-insensitive). */
  name: string;
  /** Whole vCPUs, 1–1024. */
  vcpus: number;
  /** Default 0; at most 3 decimal places. */
  ramGb?: Decimal;
  storageGb?: Decimal;
  /** Component names, compared case-insensitively ("PostgreSQL" = "postgresql"). */
  components?: string[];
}

export interface ResourceGroup {
  vms: PriceVm[];
}

export interface PriceRequest extends LangOption {
  profile: string | object;
  tier: string;
  // component-factor (Flying Circus §3.7)
  /** Minor units per factor unit and month; required unless the tier's pricing has one. */
  pricePerFactorUnit?: Money;
  resourceGroup?: ResourceGroup;
  /** Minor units per unit and month; each defaults to 0. */
  infrastructurePrices?: { vcpu?: Money; ramGb?: Money; storageGb?: Money };
  /** "2026-04": meter this month by day (§10.1). */
  month?: string;
  /** In order, inside `month`; each resource group holds from its day on; recommit: its whole factor the new minimum (§3.7.1). */
  changes?: { from: string; resourceGroup: ResourceGroup; recommit?: boolean }[];
  /** §3.7: the Cleared-For-Takeoff factor, "2", "2.5" or "10/3"; default the resourceGroup's. */
  committedFactor?: Decimal;
  /** Default "every-day": each calendar day is 1/30 (a 31-day month 31/30). */
  dayBilling?: 'every-day' | 'changed-months-only';
  /** Default "per-vm": a VM counts with its largest size of the day. */
  dayMaximum?: 'per-vm' | 'group-total';
  /** §3.7.1: option A (+surcharge on the difference) against option B (new minimum, term renewed). */
  factorIncrease?: {
    resourceGroup: ResourceGroup;
    /** k: months the larger factor is needed, 1–1200. */
    neededMonths: number;
    /** M: the renewed minimum term; default the tier's term in months. */
    newMinimumMonths?: number;
    /** H ≥ max(k, M) (else out_of_range); default max(k, M). */
    horizonMonths?: number;
  };
  /** §3.8: a higher tier for some days at +surcharge. */
  temporaryUpgrade?: { tier: string; pricePerFactorUnit?: Money; days: number };
  // support-hours (NMS Prime)
  supportHours?: {
    /** Hours a month in the operation phase; required unless the tier's pricing has them. At most 4 decimal places. */
    perMonth?: Decimal;
    /** Minor units per hour; required with `used` unless the tier's pricing has one. */
    hourlyRate?: Money;
    /** Months of the introduction phase, default 1 (0–120). */
    introductionMonths?: number;
    /** Hours used, month by month from the start. */
    used?: Decimal[];
  };
  // fixed-monthly
  monthlyPrice?: Money;
}

/** An exact amount: rounded half up to the minor unit once, `exact` in minor units ("40004/3"). */
export interface MoneyValue {
  minor: number;
  text: string;
  exact: string;
}

/** An exact number: `exact` "8/3" or "2.5", `text` "2.6666…" (4 places, truncated). */
export interface ExactNumber {
  exact: string;
  text: string;
}

export interface PricedConfig {
  factor: ExactNumber;
  vcpus: number;
  ramGb: string;
  storageGb: string;
}

export interface PriceResult {
  profile: string;
  tier: string;
  currency: string;
  /** "none": no price model in this contract (explain says so); nothing else is computed. */
  model: 'none' | 'fixed-monthly' | 'component-factor' | 'support-hours' | 'infrastructure';
  clause: string;
  pricesAreExamples: boolean;
  factor?: {
    components: { name: string; instances: number; vms: { name: string; vcpus: number }[]; factor: ExactNumber; working: string }[];
    total: ExactNumber;
  };
  resources?: { vms: number; vcpus: number; ramGb: string; storageGb: string };
  /** infrastructure: without pricePerFactorUnit(From). */
  prices?: {
    pricePerFactorUnit?: MoneyValue;
    pricePerFactorUnitFrom?: 'request' | 'profile';
    vcpu: MoneyValue;
    ramGb: MoneyValue;
    storageGb: MoneyValue;
  };
  /** fixed-monthly: only `total`. */
  monthly?: {
    serviceLevel?: MoneyValue;
    vcpu?: MoneyValue;
    ramGb?: MoneyValue;
    storageGb?: MoneyValue;
    infrastructure?: MoneyValue;
    total: MoneyValue;
  };
  metering?: {
    month: string;
    label: string;
    from: string;
    /** Exclusive: the first day of the next month. */
    to: string;
    daysInMonth: number;
    /** false: changed-months-only and no change, one monthly price. */
    billedPerDay: boolean;
    changes: number;
    /** Days with the same counted configuration and commitment; `to` exclusive. committedFactor, extraFactor: component-factor. */
    rows: { from: string; to: string; days: number; config: PricedConfig; monthly: MoneyValue; amount: MoneyValue;
      committedFactor?: ExactNumber; extraFactor?: ExactNumber }[];
    total: MoneyValue;
    /** component-factor: the minimum purchase at the month's start (§3.7). */
    committed?: { factor: ExactNumber; from: 'request' | 'resource-group' };
  };
  factorIncrease?: {
    oldFactor: ExactNumber;
    newFactor: ExactNumber;
    delta: ExactNumber;
    neededMonths: number;
    newMinimumMonths: number;
    newMinimumFrom: 'term' | 'request';
    horizonMonths: number;
    /** Percent, "30". */
    surcharge: string;
    optionA: { extraPerMonth: MoneyValue; total: MoneyValue; termRenewed: false };
    optionB: { monthsAtNewFactor: number; perMonth: MoneyValue; total: MoneyValue; termRenewed: true };
    cheaper: 'A' | 'B' | 'equal';
    saving: MoneyValue;
    /** k* = M / (1 + surcharge): A is cheaper iff neededMonths < k*. */
    breakEven: { months: ExactNumber; text: string };
  };
  temporaryUpgrade?: {
    tier: string;
    name: string;
    days: number;
    surcharge: string;
    pricePerFactorUnit: MoneyValue;
    monthlyServiceLevel: MoneyValue;
    cost: MoneyValue;
    /** The same days on the current tier. */
    staying: MoneyValue;
    difference: MoneyValue;
    termRenewed: false;
  };
  supportHours?: {
    perMonth: string;
    introductionMultiplier: number;
    introductionMonths: number;
    hourlyRate: MoneyValue | null;
    contingent: { introduction: string; operation: string };
    /** With `used`: hours as exact decimals. */
    months?: { month: number; phase: 'introduction' | 'operation'; included: string; used: string; overage: string; cost: MoneyValue }[];
    totals?: { included: string; used: string; overage: string; cost: MoneyValue };
  };
  /** The readings applied: dayBilling and dayMaximum (component-factor, infrastructure), introductionMonths (support-hours). */
  options: AppliedOption[];
  explain: Explanation[];
}

/**
 * Each function's answer by name, as call() gives it: what the functions of
 * SlaCalc return (types-check.ts holds the two together), and what
 * tests/node/answer-types.test.mjs checks the core's real answers against.
 */
export interface Results {
  budget: BudgetResult;
  nines: NinesResult;
  profiles: { profiles: ProfileSummary[] };
  profile: Profile;
  validateProfile: ValidationResult;
  compare: CompareResult;
  holidays: HolidaysResult;
  /** ZoneList without a zone, ZoneRules for one. */
  zones: ZoneList | ZoneRules;
  deadline: DeadlineResult;
  closedDaysIcs: ClosedDaysIcsResult;
  parseClosedDays: ParseClosedDaysResult;
  windowBudget: WindowBudgetResult;
  measure: MeasureResult;
  credit: CreditResult;
  parseOutages: ParseOutagesResult;
  term: TermResult;
  price: PriceResult;
  compose: ComposeResult;
}

/** One of several problems of one call: a bad row of an outage file, at its line and column (0: the whole row). */
export interface LineProblem {
  line: number;
  column: number;
  code: string;
  /** The whole sentence, place included: "line 3, column 2 (end): …". */
  message: string;
}

/** A failed call's answer: what SlaError carries. */
export interface ErrorAnswer {
  code: string;
  message: string;
  path: string;
  /** parseOutages and an outage file: every bad row, up to 20, the first of them the error itself. */
  problems?: LineProblem[];
  /** How many bad rows beyond `problems`. */
  more?: number;
  /** parseClosedDays: the line of the .ics the error is on. */
  line?: number;
}

export declare class SlaError extends Error {
  name: 'SlaError';
  /** "invalid_number", "out_of_range", "missing_field", "wrong_type", "unknown_value", ... */
  code: string;
  /** JSON pointer of the offending field, "" for the whole request. */
  path: string;
  /** parseOutages and an outage file: every bad row, up to 20, the first of them the error itself. */
  problems?: LineProblem[];
  /** How many bad rows beyond `problems`. */
  more?: number;
  /** parseClosedDays: the line of the .ics the error is on. */
  line?: number;
}

export interface SlaCalc {
  budget(request: BudgetRequest): BudgetResult;
  nines(request: NinesRequest): NinesResult;
  profiles(): { profiles: ProfileSummary[] };
  /** A preset as written. */
  profile(id: string): Profile;
  /** The document as text (broken JSON is a reported problem) or an object. */
  validateProfile(document: string | object): ValidationResult;
  /**
   * NDJSON lines, each {"fn": name, "request": {…}} (an iterable of strings, or one text) → one line out for
   * each, in order: {"ok":true,"result":…} or {"ok":false,"error":{code,message,path}} (docs/batch.md).
   * The whole core only (createSlaCalc() without a view).
   */
  batch?(lines: Iterable<string> | string): Generator<string, void, undefined>;
  compare(request: CompareRequest): CompareResult;
  holidays(request: HolidaysRequest): HolidaysResult;
  zones(request: LangOption): ZoneList;
  zones(request: { zone: string; from?: number; to?: number } & LangOption): ZoneRules;
  deadline(request: DeadlineProfileRequest | DeadlineWindowRequest): DeadlineResult;
  /** The public holidays and closed days of a year as an .ics of all-day events. */
  closedDaysIcs(request: ClosedDaysIcsRequest): ClosedDaysIcsResult;
  /** An .ics file's all-day events, yearly ones expanded → closedDays; errors name the line. */
  parseClosedDays(request: ParseClosedDaysRequest): ParseClosedDaysResult;
  windowBudget(request: WindowBudgetRequest): WindowBudgetResult;
  measure(request: MeasureRequest): MeasureResult;
  credit(request: CreditRequest): CreditResult;
  /**
   * A table of outages (CSV: comma, semicolon or tab; BOM; quotes) or a monitor's export (docs/importing.md)
   * → outage records; errors name line and column.
   */
  parseOutages(request: { text: string; profile?: string | object; disambiguation?: Disambiguation;
    dateOrder?: DateOrder } & MonitorReadingOptions & LangOption): ParseOutagesResult;
  /** Terms, renewals, notice deadlines, other deadlines, damages for cause, and an .ics calendar. */
  term(request: TermRequest): TermResult;
  /** What a tier costs a month under its contract's price model, and the contract's what-ifs. */
  price(request: PriceRequest): PriceResult;
  /** Composite availability of serial and parallel dependencies, nested. */
  compose(request: ComposeRequest): ComposeResult;
  /** Times without an offset are read in the profile's zone (UTC without one). */
  openOutageFile(request?: { profile?: string | object; disambiguation?: Disambiguation; dateOrder?: DateOrder } &
    MonitorReadingOptions & LangOption): OutageFile;
}

export type ComposeNode =
  | { name?: string; availability: Percent; serial?: never; parallel?: never }
  | { name?: string; serial: ComposeNode[]; availability?: never; parallel?: never }
  | { name?: string; parallel: ComposeNode[]; availability?: never; serial?: never };

export interface ComposeRequest extends PeriodSettings {
  system: ComposeNode;
  /** A target to check the composite against. */
  target?: Percent;
  /** Default: a 30-day month. */
  period?: PeriodKind;
}

export interface ComposeNodeResult {
  name: string;
  /** The request's JSON pointer: "/system/parallel/0/serial/2". */
  path: string;
  kind: 'single' | 'serial' | 'parallel';
  availability: PercentValue;
  downtime: DurationValue;
  parts?: ComposeNodeResult[];
}

export interface ComposeDependency {
  name: string;
  path: string;
  availability: PercentValue;
  /** Percentage points the composite would gain were this dependency never down. */
  gainIfPerfect: PercentValue;
  shareOfDowntime: PercentValue | null;
}

export interface ComposeResult {
  availability: PercentValue;
  period: ResolvedPeriod;
  downtime: DurationValue;
  system: ComposeNodeResult;
  /** Largest gain first. */
  dependencies: ComposeDependency[];
  dominant: ComposeDependency | null;
  target: { target: PercentValue; meets: boolean; budget: DurationValue } | null;
  explain: Explanation[];
}

export interface SlaCalcOptions {
  /** The .wasm bytes; read from beside the module when omitted. */
  wasmBinary?: ArrayBuffer | Uint8Array;
  /**
   * Where the module's files are, for a site that renames them (e.g. with
   * content hashes): called with a file's name (slacalc-credit.mjs,
   * slacalc-credit.wasm), returns its URL. By default, beside slacalc.mjs.
   */
  locateFile?: (file: string) => string;
  /**
   * The language of the texts (explain lines, durations, letters, error
   * messages, validateProfile's problems) of every call that names none.
   * Another code than en, de, nl, da throws SlaError unknown_value at /lang.
   */
  lang?: Lang;
  /**
   * Load one page's smaller module (slacalc-<view>.wasm) instead of the whole
   * core: its functions work, the others fail with unknown_function. The
   * site's build has them; the npm package holds the whole core only, and
   * throws SlaError unknown_value at /view for any view.
   */
  view?: View;
}

/** The pages whose functions have a module of their own (bindings/views.json; tests/node/views-list.test.mjs keeps this to it). */
export type View = 'budget' | 'contract' | 'compare' | 'deadline' | 'credit' | 'term' | 'calendar' | 'compose';
export declare const VIEWS: readonly View[];

/** The languages of the results' texts; any request may carry `lang`. */
export type Lang = 'en' | 'de' | 'nl' | 'da';

export declare const FUNCTIONS: readonly Exclude<keyof SlaCalc, 'openOutageFile' | 'batch'>[];
export declare function createSlaCalc(options?: SlaCalcOptions): Promise<SlaCalc>;
