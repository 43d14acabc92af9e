// Contract terms (issue 6): the minimum term, automatic renewals, the notice
// deadline and the earliest possible end, with changes during the term.
// Whole calendar days: a term runs from its first to its last day, both
// included, and notice must be received by the end of a day.
//
// Flying Circus §11.1: Guided 3 months, renewing by 3, notice received 1
// month before expiry; Managed 12 / 12 / 3 months; the minimum term starts
// with the Cleared-For-Takeoff notice (§4.4). A permanent upgrade renews the
// minimum term of the new tier (§3.8), and so does committing the whole
// increased component factor (§3.7.1); a temporary upgrade leaves the term
// as it is (§3.8).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <date/date.h>

#include "explain.hpp"
#include "profile.hpp"

namespace slacalc {

// How "N months" from a first day ends (the contracts do not say):
//   day_before_same_date  the day before the same date N months later; when
//                         that date does not exist, the month's last day —
//                         §188 (2), (3) BGB: 31 Jan + 1 month → 28/29 Feb,
//                         15 Jan + 12 months → 14 Jan (the default)
//   same_date             the same date N months later, included (15 Jan)
enum class TermEnd { day_before_same_date, same_date };

// "Notice received N months before expiry" (§11.1):
//   whole_months_before_expiry  the term expires as its last day ends; N
//                               months before that moment: 30 Jun → by 31 Mar
//                               (the default, as German practice counts it)
//   same_day_number             the same day number N months before the last
//                               day: 30 Jun → by 30 Mar (one day earlier: the
//                               cautious reading)
enum class NoticeDeadline { whole_months_before_expiry, same_day_number };

struct TermChange {
  enum class Kind { upgrade, recommit, temporary_upgrade };
  Kind kind = Kind::upgrade;
  const Tier* tier = nullptr;  // upgrade, temporary_upgrade
  date::local_days from, to;   // to: the last day of a temporary upgrade
};

struct TermQuery {
  const Profile* profile = nullptr;
  const Tier* tier = nullptr;
  date::local_days start, as_of;
  std::vector<TermChange> changes;  // sorted by `from`
  TermEnd term_end = TermEnd::day_before_same_date;
  NoticeDeadline notice = NoticeDeadline::whole_months_before_expiry;
};

struct TermStretch {
  enum class Kind { minimum, renewal, renewed_by_change };
  Kind kind = Kind::minimum;
  const Tier* tier = nullptr;
  date::local_days first, last;
  bool cut_short = false;                      // ended early: a change renewed the term
  std::optional<date::local_days> notice_by;  // notice must be received by this day to end with `last`
};

struct TermAnswer {
  std::vector<TermStretch> terms;   // from the start to two terms after the current one
  std::optional<std::size_t> current;  // the term containing "as of"; none after an open-ended minimum
  int renewals = 0;                  // automatic renewals begun by "as of"
  std::optional<date::local_days> notice_by;  // the next day by which notice ends the contract
  date::local_days earliest_end;     // the last day of the contract with notice given now
  bool open_ended = false;           // no renewal rule: after the minimum, any day
  Explain explain;
};

// The term's last day and the notice deadline, by the conventions above.
date::local_days term_last_day(date::local_days first, const Span& length, TermEnd rule);
date::local_days notice_deadline(date::local_days last, const Span& notice, NoticeDeadline rule);

// Every tier of the query has a term (checked by the reader).
TermAnswer compute_term(const TermQuery& query);

}  // namespace slacalc
