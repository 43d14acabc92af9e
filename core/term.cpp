#include "term.hpp"

#include <algorithm>

#include "iso_time.hpp"
#include "span.hpp"

namespace slacalc {

using date::days;
using date::local_days;

local_days term_last_day(local_days first, const Span& length, TermEnd rule) {
  bool clamped = false;
  local_days same = add_span(first, length, 1, &clamped);
  if (length.unit == Span::Unit::day || length.unit == Span::Unit::week) return same - days{1};
  if (rule == TermEnd::same_date) return same;
  // §188 (2) BGB: the day before the same date; (3): that date does not
  // exist → the month's last day, which the clamp gave.
  return clamped ? same : same - days{1};
}

local_days notice_deadline(local_days last, const Span& notice, NoticeDeadline rule) {
  if (rule == NoticeDeadline::same_day_number) return add_span(last, notice, -1);
  // Expiry is the moment `last` ends, i.e. the start of the next day. N
  // months before it is the start of that day N months back: notice must be
  // in by the day before. Where that day does not exist (31 May − 3 months),
  // the month's last day ends the period, as §188 (3) BGB counts.
  bool clamped = false;
  local_days back = add_span(last + days{1}, notice, -1, &clamped);
  return clamped ? back : back - days{1};
}

namespace {

constexpr int kMaxTerms = 100000;  // one-day terms over a century stay below

bool renews_term(const TermChange& c) { return c.kind != TermChange::Kind::temporary_upgrade; }

}  // namespace

TermAnswer compute_term(const TermQuery& q) {
  TermAnswer a;
  std::vector<const TermChange*> renewing;
  for (const auto& c : q.changes)
    if (renews_term(c)) renewing.push_back(&c);

  const Tier* tier = q.tier;
  local_days first = q.start;
  Span length = tier->term->minimum;
  auto kind = TermStretch::Kind::minimum;
  std::size_t next_change = 0;
  int after_current = 0;
  for (int guard = 0; guard < kMaxTerms; ++guard) {
    const Term& term = *tier->term;
    local_days last = term_last_day(first, length, q.term_end);
    // §3.8 / §3.7.1: a change on a later day of this term starts a new
    // minimum term; the one running ends the day before.
    if (next_change < renewing.size() && renewing[next_change]->from <= last) {
      const TermChange& c = *renewing[next_change++];
      if (c.from > first) {
        TermStretch cut{kind, tier, first, c.from - days{1}, true, std::nullopt};
        a.terms.push_back(cut);
      }
      if (c.kind == TermChange::Kind::upgrade) tier = c.tier;
      first = c.from;
      length = tier->term->minimum;
      kind = TermStretch::Kind::renewed_by_change;
      continue;
    }
    TermStretch stretch{kind, tier, first, last, false, std::nullopt};
    if (term.renewal) stretch.notice_by = term.notice ? notice_deadline(last, *term.notice, q.notice) : last;
    a.terms.push_back(stretch);
    if (first <= q.as_of && q.as_of <= last) a.current = a.terms.size() - 1;
    else if (a.current && ++after_current >= 2 && next_change >= renewing.size()) break;
    if (!term.renewal) {
      a.open_ended = true;
      break;
    }
    first = last + days{1};
    length = *term.renewal;
    kind = TermStretch::Kind::renewal;
  }

  for (const auto& t : a.terms) a.renewals += t.kind == TermStretch::Kind::renewal && t.first <= q.as_of;

  // The earliest end: the current term's last day while its notice
  // deadline is still ahead, else the next term's.
  a.earliest_end = std::max(q.as_of, a.terms.back().last);
  if (!a.open_ended) {
    for (std::size_t i = a.current.value_or(0); i < a.terms.size(); ++i) {
      const auto& t = a.terms[i];
      if (t.cut_short || !t.notice_by || *t.notice_by < q.as_of) continue;
      a.notice_by = t.notice_by;
      a.earliest_end = t.last;
      break;
    }
  }
  return a;
}

}  // namespace slacalc
