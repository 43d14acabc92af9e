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
export interface PeriodSettings {
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
export type BudgetRequest = TargetBudgetRequest | DowntimeBudgetRequest;

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

export declare class SlaError extends Error {
  name: 'SlaError';
  /** "invalid_number", "out_of_range", "missing_field", "wrong_type", "unknown_value", ... */
  code: string;
  /** JSON pointer of the offending field, "" for the whole request. */
  path: string;
}

export interface SlaCalc {
  budget(request: BudgetRequest): BudgetResult;
  nines(request: NinesRequest): NinesResult;
}

export interface SlaCalcOptions {
  /** The .wasm bytes; read from beside the module when omitted. */
  wasmBinary?: ArrayBuffer | Uint8Array;
}

export declare const FUNCTIONS: readonly (keyof SlaCalc)[];
export declare function createSlaCalc(options?: SlaCalcOptions): Promise<SlaCalc>;
