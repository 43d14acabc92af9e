// Contract terms: the minimum term, automatic renewals, the notice
// deadline and the earliest possible end, with changes during the term; the
// deadlines the contract counts from an invoice or from the regular end.
// Whole calendar days: a term runs from its first to its last day, both
// included, and notice must be received by the end of a day.
//
// Flying Circus §11.1: Guided 3 months, renewing by 3, notice received 1
// month before expiry; Managed 12 / 12 / 3 months; the minimum term starts
// with the Cleared-For-Takeoff notice (§4.4). A permanent upgrade renews the
// minimum term of the new tier (§3.8), and so does committing the whole
// increased component factor (§3.7.1); a temporary upgrade leaves the term
// as it is (§3.8).
//
// A calculator: typed query in, typed answer out with its explain lines and
// the readings it applied (reading.hpp); term_json.cpp reads the request.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <date/date.h>

#include "error.hpp"
#include "explain.hpp"
#include "id_table.hpp"
#include "profile.hpp"
#include "rational.hpp"
#include "applied_option.hpp"

namespace slacalc {

// How "N months" from a first day ends (the contracts do not say):
//   day_before_same_date  the day before the same date N months later; when
//                         that date does not exist, the month's last day —
//                         §188 (2), (3) BGB: 31 Jan + 1 month → 28/29 Feb,
//                         15 Jan + 12 months → 14 Jan (the default)
//   same_date             the same date N months later, included (15 Jan)
enum class TermEnd { day_before_same_date, same_date };
// Each reading's ids, the default first (a request without the field).
inline constexpr IdOf<TermEnd> kTermEndIds[] = {{TermEnd::day_before_same_date, "day-before-same-date"},
                                                {TermEnd::same_date, "same-date"}};

// "Notice received N months before expiry" (§11.1):
//   whole_months_before_expiry  the term expires as its last day ends; N
//                               months before that moment: 30 Jun → by 31 Mar
//                               (the default, as German practice counts it)
//   same_day_number             the same day number N months before the last
//                               day: 30 Jun → by 30 Mar (one day earlier: the
//                               cautious reading)
enum class NoticeDeadline { whole_months_before_expiry, same_day_number };
inline constexpr IdOf<NoticeDeadline> kNoticeDeadlineIds[] = {
    {NoticeDeadline::whole_months_before_expiry, "whole-months-before-expiry"},
    {NoticeDeadline::same_day_number, "same-day-number"}};

// The fees left for the damages of §11.2: whole months and each further day
// at 1/30 (§10.1, the default), or each begun month whole.
enum class RemainingFees { days_at_1_30, whole_months_up };
inline constexpr IdOf<RemainingFees> kRemainingFeesIds[] = {{RemainingFees::days_at_1_30, "days-at-1/30"},
                                                            {RemainingFees::whole_months_up, "whole-months-up"}};

// "N months after the regular end" (§11.2.1, data kept 1 month):
//   end_as_event   the end (30 Apr) is the event the period runs from: it ends
//                  on the later month's day with the same number, 30 May —
//                  §187 (1), §188 (2) BGB (the default)
//   from_next_day  the period begins with the day after the end (1 May) and
//                  ends the day before the same date a month later, 31 May —
//                  §187 (2), §188 (2) BGB
// Days and weeks come out the same either way.
enum class AfterEnd { end_as_event, from_next_day };
inline constexpr IdOf<AfterEnd> kAfterEndIds[] = {{AfterEnd::end_as_event, "end-as-event"},
                                                  {AfterEnd::from_next_day, "from-next-day"}};

struct TermChange {
  enum class Kind { upgrade, recommit, temporary_upgrade };
  static constexpr IdOf<Kind> kKindIds[] = {
      {Kind::upgrade, "upgrade"}, {Kind::recommit, "recommit"}, {Kind::temporary_upgrade, "temporary-upgrade"}};
  Kind kind = Kind::upgrade;
  const Tier* tier = nullptr;  // upgrade, temporary_upgrade
  date::local_days from, to;   // to: the last day of a temporary upgrade
};

// Ended for cause by the provider on `date` (§11.2).
struct TerminationForCause {
  date::local_days date;
  long long monthly_fee = 0;  // minor units
};

struct TermQuery {
  const Profile* profile = nullptr;
  const Tier* tier = nullptr;
  date::local_days start, as_of;
  std::vector<TermChange> changes;  // sorted by `from`
  TermEnd term_end = TermEnd::day_before_same_date;
  NoticeDeadline notice = NoticeDeadline::whole_months_before_expiry;
  RemainingFees remaining = RemainingFees::days_at_1_30;
  AfterEnd after_end = AfterEnd::end_as_event;
  std::optional<date::local_days> invoice;  // for the deadlines counted from an invoice
};

struct TermStretch {
  enum class Kind { minimum, renewal, renewed_by_change };
  Kind kind = Kind::minimum;
  const Tier* tier = nullptr;
  date::local_days first, last;
  bool cut_short = false;                      // ended early: a change renewed the term
  std::optional<date::local_days> notice_by;  // notice must be received by this day to end with `last`
};

// One of the profile's deadlines (§10, §10.2, §11.2.1), dated where its event is known.
struct DatedDeadline {
  const ContractDeadline* rule = nullptr;
  std::optional<date::local_days> due;
  std::string rule_text;  // "14 days after the invoice"
  std::string text;       // "Payment of an invoice: 14 days after the invoice → 2026-11-15 — §10"
};

struct TermAnswer {
  std::vector<TermStretch> terms;   // from the start to two terms after the current one
  std::optional<std::size_t> current;  // the term containing "as of"; none after an open-ended minimum
  int renewals = 0;                  // automatic renewals begun by "as of"
  std::optional<date::local_days> notice_by;  // the next day by which notice ends the contract
  date::local_days earliest_end;     // the last day of the contract with notice given now
  bool open_ended = false;           // no renewal rule: after the minimum, any day
  std::vector<std::string> change_effects;  // one sentence per query change, in its order
  std::vector<DatedDeadline> deadlines;     // the profile's, in its order
  std::vector<AppliedOption> readings;            // termEnd, noticeDeadline, remainingFees, afterEnd
  Explain explain;
};

// The term's last day and the notice deadline, by the conventions above.
date::local_days term_last_day(date::local_days first, const Span& length, TermEnd rule);
date::local_days notice_deadline(date::local_days last, const Span& notice, NoticeDeadline rule);

// Every tier of the query has a term (checked by the reader).
TermAnswer compute_term(const TermQuery& query);

// §11.2: the damages for a termination for cause.
struct Damages {
  date::local_days date, term_last;
  long long months = 0, days = 0;  // whole months and days left after `date`
  Rational remaining;              // the months the fees are counted for
  const DamagesForCause* rule = nullptr;
  bool capped = false;
  long long amount = 0;  // minor units, rounded half up
};
// Errors point into `at` (the request's "/terminationForCause"): no term runs
// on the day (at + "/date"), or its tier has no damages rule (at). Into
// `out`; adds the "damages" explain line to `answer`.
std::optional<Error> damages_for_cause(const TermQuery& query, TermAnswer& answer, const TerminationForCause& cause,
                                       const std::string& at, Damages& out);

}  // namespace slacalc
