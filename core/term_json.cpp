#include "term_json.hpp"

#include <algorithm>

#include "ics.hpp"
#include "iso_time.hpp"
#include "json_read.hpp"
#include "period_json.hpp"
#include "profile_json.hpp"
#include "profile_text.hpp"
#include "span.hpp"
#include "term.hpp"

namespace slacalc {
namespace {

using date::days;
using date::local_days;

constexpr int kMaxYears = 100;  // between the start and any date of the request
constexpr std::size_t kMaxChanges = 100;
constexpr long long kMaxMinor = 1'000'000'000'000'000LL;

// A date at `path` within a century after the start.
Result<local_days> read_later_day(const json& v, const std::string& path, local_days start) {
  auto day = read_day(v, path);
  if (!day.ok()) return day;
  if (day.value() < start) return Error{"inverted_range", "this date is before the term's start", path};
  if (day.value() > local_days{date::year_month_day{start} + date::years{kMaxYears}})
    return Error{"out_of_range", "at most 100 years after the start", path};
  return day;
}

std::string term_rule_text(const Tier& t) {
  const Term& term = *t.term;
  std::string text = t.name + ": minimum " + span_text(term.minimum) +
                     (term.starts_at.empty() ? "" : " from the " + term.starts_at);
  if (term.renewal) {
    text += ", renewing by " + span_text(*term.renewal) +
            (term.notice ? " unless notice is received " + span_text(*term.notice) + " before expiry"
                         : " unless notice is given before it ends");
  } else {
    text += "; no automatic renewal: afterwards it can end on any day";
  }
  return text + (term.cite.clause.empty() ? "" : " — " + term.cite.clause) + ".";
}

Result<std::vector<TermChange>> read_changes(const json* list, const Profile& p, local_days start) {
  std::vector<TermChange> changes;
  if (!list) return changes;
  if (!list->is_array()) return wrong_type("/changes", "an array of changes", *list);
  if (list->size() > kMaxChanges) return Error{"out_of_range", "at most 100 changes", "/changes"};
  for (std::size_t i = 0; i < list->size(); ++i) {
    const json& c = (*list)[i];
    std::string path = "/changes/" + std::to_string(i);
    if (!c.is_object()) return wrong_type(path, "a change object", c);
    if (auto e = reject_unknown_fields(c, path, {"kind", "tier", "from", "to"})) return *e;
    const json* kind_field = find_field(c, "kind");
    if (!kind_field) return missing_field(path + "/kind", "upgrade, recommit, temporary-upgrade or downgrade");
    auto kind = read_choice(*kind_field, path + "/kind", {"upgrade", "recommit", "temporary-upgrade", "downgrade"});
    if (!kind.ok()) return kind.error();
    if (kind.value() == 3)
      return Error{"not_in_contract", "the contract has no rule for a downgrade: only upgrades (§3.8) and factor "
                                      "changes (§3.7.1) are provided for",
                   path + "/kind"};
    TermChange change;
    change.kind = static_cast<TermChange::Kind>(kind.value());
    const json* from = find_field(c, "from");
    if (!from) return missing_field(path + "/from", "the first day of the change");
    auto first = read_later_day(*from, path + "/from", start);
    if (!first.ok()) return first.error();
    change.from = change.to = first.value();
    const json* tier = find_field(c, "tier");
    if (change.kind == TermChange::Kind::recommit) {
      if (tier) return Error{"unknown_field", "a recommitment keeps the tier", path + "/tier"};
    } else {
      if (!tier) return missing_field(path + "/tier", "the tier changed to");
      auto t = resolve_tier(p, *tier, path + "/tier");
      if (!t.ok()) return t.error();
      if (!t.value()->term) return Error{"no_term", t.value()->name + " has no term rule in this contract", path + "/tier"};
      change.tier = t.value();
    }
    const json* to = find_field(c, "to");
    if (change.kind == TermChange::Kind::temporary_upgrade) {
      if (!to) return missing_field(path + "/to", "the last day of the temporary upgrade");
      auto last = read_later_day(*to, path + "/to", start);
      if (!last.ok()) return last.error();
      if (last.value() < change.from)
        return Error{"inverted_range", "the temporary upgrade ends before it starts", path + "/to"};
      change.to = last.value();
    } else if (to) {
      return Error{"unknown_field", "only a temporary upgrade has an end", path + "/to"};
    }
    changes.push_back(change);
  }
  std::stable_sort(changes.begin(), changes.end(), [](const TermChange& a, const TermChange& b) { return a.from < b.from; });
  return changes;
}

const char* kind_id(TermStretch::Kind k) {
  switch (k) {
    case TermStretch::Kind::minimum: return "minimum";
    case TermStretch::Kind::renewal: return "renewal";
    case TermStretch::Kind::renewed_by_change: return "renewed-by-change";
  }
  return "minimum";
}

json day_json(std::optional<local_days> day) { return day ? json(iso_date(*day)) : json(); }

// §11.2: damages = percent × the monthly fees until the end of the term in
// force, at most percent × cap months of fees. The fees run from the day
// after the termination to the term's last day.
Result<json> damages_json(const json& request, const TermAnswer& a, const Profile& p, local_days start, TermEnd rule,
                          bool whole_months_up, Explain& explain) {
  const json& r = request;
  if (auto e = reject_unknown_fields(r, "/terminationForCause", {"date", "monthlyFee"})) return *e;
  const json* date_field = find_field(r, "date");
  if (!date_field) return missing_field("/terminationForCause/date", "the day the contract was ended for cause");
  auto day = read_later_day(*date_field, "/terminationForCause/date", start);
  if (!day.ok()) return day.error();
  const json* fee_field = find_field(r, "monthlyFee");
  if (!fee_field) return missing_field("/terminationForCause/monthlyFee", "the monthly fee, in minor units");
  auto fee = read_integer(*fee_field, "/terminationForCause/monthlyFee", 0, kMaxMinor);
  if (!fee.ok()) return fee.error();
  const TermStretch* in_force = nullptr;
  for (const auto& t : a.terms)
    if (t.first <= day.value() && day.value() <= t.last) in_force = &t;
  if (!in_force)
    return Error{"out_of_range", "no term is running on this day (after an open-ended minimum term nothing is owed)",
                 "/terminationForCause/date"};
  const DamagesForCause* rule_of_tier = in_force->tier->term->damages_for_cause ? &*in_force->tier->term->damages_for_cause : nullptr;
  if (!rule_of_tier)
    return Error{"not_in_contract", in_force->tier->name + " has no damages rule for a termination for cause",
                 "/terminationForCause"};
  const DamagesForCause& d = *rule_of_tier;
  // Whole months from the day after, then the days left.
  local_days from = day.value() + days{1};
  long long months = 0;
  while (from <= in_force->last &&
         term_last_day(from, Span{static_cast<int>(months + 1), Span::Unit::month}, rule) <= in_force->last)
    ++months;
  local_days covered = months ? term_last_day(from, Span{static_cast<int>(months), Span::Unit::month}, rule) : from - days{1};
  long long left = (in_force->last - covered).count();
  Rational remaining = whole_months_up ? Rational(months + (left > 0 ? 1 : 0))
                                       : Rational(months) + Rational::fraction(left, 30);
  Rational share = d.percent / Rational(100);
  Rational owed = share * remaining * Rational(fee.value());
  Rational cap = share * Rational(d.cap_months) * Rational(fee.value());
  bool capped = cap < owed;
  long long amount = static_cast<long long>((capped ? cap : owed).round_half_up());
  std::string fee_text = money_text(fee.value(), p.currency);
  explain.push_back({"damages", "Ended for cause on " + iso_date(day.value()) + ": the term ran until " +
                                    iso_date(in_force->last) + ", " + std::to_string(months) + " whole months and " +
                                    std::to_string(left) + " days left = " + remaining.to_decimal(4) + " months of " +
                                    fee_text + "; " + percent_text(d.percent) + " of it" +
                                    (capped ? ", capped at " + percent_text(d.percent) + " of " +
                                                  std::to_string(d.cap_months) + " months' fees"
                                            : "") +
                                    " = " + money_text(amount, p.currency) + ", rounded half up" +
                                    (d.cite.clause.empty() ? "" : " — " + d.cite.clause) + "."});
  return json{{"date", iso_date(day.value())},
              {"termLast", iso_date(in_force->last)},
              {"remainingMonths", {{"whole", months}, {"days", left}, {"exact", remaining.to_decimal(12)}}},
              {"percent", d.percent.to_decimal(6)},
              {"capMonths", d.cap_months},
              {"capped", capped},
              {"amount", {{"minor", amount}, {"text", money_text(amount, p.currency)}}},
              {"clause", d.cite.clause}};
}

}  // namespace

Result<json> term_endpoint(const json& r) {
  if (!r.is_object()) return wrong_type("", "a request object", r);
  if (auto e = reject_unknown_fields(r, "", {"profile", "tier", "start", "asOf", "changes", "invoiceDate",
                                             "terminationForCause", "termEnd", "noticeDeadline", "remainingFees"}))
    return *e;
  auto resolved = resolve_profile_tier(r);
  if (!resolved.ok()) return resolved.error();
  const Profile& p = *resolved.value().profile;
  const Tier& tier = *resolved.value().tier;
  if (!tier.term) return Error{"no_term", tier.name + " has no term rule in this contract", "/tier"};

  const json* start_field = find_field(r, "start");
  if (!start_field) return missing_field("/start", "the first day of the minimum term, e.g. 2026-01-31");
  auto start = read_day(*start_field, "/start");
  if (!start.ok()) return start.error();
  if (date::year_month_day{start.value()}.year() < date::year{1900} ||
      date::year_month_day{start.value()}.year() > date::year{2200})
    return Error{"out_of_range", "the start must lie in 1900–2200", "/start"};
  const json* as_of_field = find_field(r, "asOf");
  if (!as_of_field) return missing_field("/asOf", "the day to look from, e.g. today");
  auto as_of = read_day(*as_of_field, "/asOf");
  if (!as_of.ok()) return as_of.error();
  if (as_of.value() < start.value())
    return Error{"inverted_range", "the day to look from is before the term starts", "/asOf"};
  if (auto later = read_later_day(*as_of_field, "/asOf", start.value()); !later.ok()) return later.error();

  TermQuery q;
  q.profile = &p;
  q.tier = &tier;
  q.start = start.value();
  q.as_of = as_of.value();
  auto changes = read_changes(find_field(r, "changes"), p, q.start);
  if (!changes.ok()) return changes.error();
  q.changes = changes.value();
  auto choice = [&r](const char* key, std::initializer_list<const char*> ids) -> Result<int> {
    const json* v = find_field(r, key);
    return v ? read_choice(*v, std::string("/") + key, ids) : Result<int>(0);
  };
  auto term_end = choice("termEnd", {"day-before-same-date", "same-date"});
  if (!term_end.ok()) return term_end.error();
  auto notice = choice("noticeDeadline", {"whole-months-before-expiry", "same-day-number"});
  if (!notice.ok()) return notice.error();
  auto remaining = choice("remainingFees", {"days-at-1/30", "whole-months-up"});
  if (!remaining.ok()) return remaining.error();
  q.term_end = static_cast<TermEnd>(term_end.value());
  q.notice = static_cast<NoticeDeadline>(notice.value());

  TermAnswer a = compute_term(q);
  Explain explain;
  explain.push_back({"term", term_rule_text(tier)});
  explain.push_back({"term-end", term_end.value() == 0
                                     ? "A term of N months ends the day before the same date N months later; where that "
                                       "date does not exist, on the month's last day (§188 (2), (3) BGB): 31 Jan + 1 "
                                       "month ends on 28/29 Feb."
                                     : "Read as: a term of N months ends on the same date N months later, included."});
  if (a.notice_by) {
    // The other reading's date for the same term, so the user sees what the choice changes.
    const TermStretch* t = nullptr;
    for (const auto& s : a.terms)
      if (s.notice_by == a.notice_by && s.last == a.earliest_end) t = &s;
    std::string other;
    if (t && t->tier->term->notice) {
      auto o = notice_deadline(t->last, *t->tier->term->notice,
                               q.notice == NoticeDeadline::same_day_number ? NoticeDeadline::whole_months_before_expiry
                                                                            : NoticeDeadline::same_day_number);
      if (o != *a.notice_by) other = " The other reading gives " + iso_date(o) + ".";
    }
    explain.push_back({"notice-deadline",
                       (q.notice == NoticeDeadline::whole_months_before_expiry
                            ? std::string("Notice \"N months before expiry\" counted back from the moment the term "
                                          "expires (the end of its last day): a term ending 30 Jun needs notice by 31 Mar.")
                            : std::string("Notice \"N months before expiry\" read as the same day number N months before "
                                          "the last day: a term ending 30 Jun needs notice by 30 Mar (the cautious "
                                          "reading).")) +
                           other});
  }

  json terms = json::array();
  for (std::size_t i = 0; i < a.terms.size(); ++i) {
    const auto& t = a.terms[i];
    const char* status = a.current && i == *a.current ? "current" : t.last < q.as_of ? "past" : "future";
    terms.push_back({{"kind", kind_id(t.kind)},   {"tier", t.tier->id},          {"tierName", t.tier->name},
                     {"first", iso_date(t.first)}, {"last", iso_date(t.last)},    {"noticeBy", day_json(t.notice_by)},
                     {"cutShort", t.cut_short},    {"status", status}});
  }
  json changes_out = json::array();
  for (const auto& c : q.changes) {
    json item = {{"kind", c.kind == TermChange::Kind::upgrade     ? "upgrade"
                          : c.kind == TermChange::Kind::recommit ? "recommit"
                                                                  : "temporary-upgrade"},
                 {"from", iso_date(c.from)}};
    if (c.tier) item["tier"] = c.tier->id;
    if (c.kind == TermChange::Kind::temporary_upgrade) {
      item["to"] = iso_date(c.to);
      item["effect"] = "The higher tier for " + std::to_string((c.to - c.from).count() + 1) +
                       " days, billed with the surcharge; the minimum term is unchanged (§3.8).";
    } else {
      item["effect"] = c.kind == TermChange::Kind::upgrade
                           ? "A new minimum term of " + c.tier->name + " starts (§3.8)."
                           : "The whole component factor committed as the new minimum: the minimum term starts again "
                             "(§3.7.1).";
    }
    changes_out.push_back(item);
  }

  // Deadlines the contract counts from an invoice or from the regular end.
  std::optional<local_days> invoice;
  if (const json* v = find_field(r, "invoiceDate")) {
    auto day = read_later_day(*v, "/invoiceDate", q.start);
    if (!day.ok()) return day.error();
    invoice = day.value();
  }
  std::vector<IcsEvent> events;
  auto event = [&](const std::string& what, local_days day, const std::string& summary, const std::string& description) {
    events.push_back({p.id + "-" + tier.id + "-" + what + "-" + iso_date(day) + "@slacalc", day, summary, description});
  };
  json deadlines = json::array();
  for (const auto& d : p.deadlines) {
    std::optional<local_days> from =
        d.after == ContractDeadline::After::invoice ? invoice : std::optional<local_days>(a.earliest_end);
    std::optional<local_days> due = from ? std::optional<local_days>(add_span(*from, d.within)) : std::nullopt;
    std::string after = d.after == ContractDeadline::After::invoice ? "the invoice" : "the regular end";
    deadlines.push_back({{"id", d.id},
                         {"label", d.label},
                         {"after", d.after == ContractDeadline::After::invoice ? "invoice" : "regular-end"},
                         {"within", span_text(d.within)},
                         {"date", day_json(due)},
                         {"clause", d.cite.clause},
                         {"text", d.label + ": " + span_text(d.within) + " after " + after +
                                      (due ? " → " + iso_date(*due) : " (give the invoice date)") +
                                      (d.cite.clause.empty() ? "" : " — " + d.cite.clause)}});
    if (due) event(d.id, *due, d.label, d.label + ", " + span_text(d.within) + " after " + after + ". " + d.cite.clause);
  }
  // Calendar: the notice deadlines and ends of the current and next terms.
  for (std::size_t i = a.current.value_or(0); i < a.terms.size(); ++i) {
    const auto& t = a.terms[i];
    if (t.cut_short) continue;
    if (t.notice_by && *t.notice_by >= q.as_of)
      event("notice", *t.notice_by, "Last day for notice: " + p.product + ", " + t.tier->name,
            "Notice must be received by today to end the term on " + iso_date(t.last) + ". " + t.tier->term->cite.clause);
    event("term-end", t.last, "Term ends: " + p.product + ", " + t.tier->name,
          "Last day of the term (" + iso_date(t.first) + " to " + iso_date(t.last) + "); it renews unless notice was "
          "given in time. " + t.tier->term->cite.clause);
  }

  json out;
  out["profile"] = p.id;
  out["tier"] = tier.id;
  out["start"] = iso_date(q.start);
  out["asOf"] = iso_date(q.as_of);
  out["conventions"] = {{"termEnd", term_end.value() == 0 ? "day-before-same-date" : "same-date"},
                        {"noticeDeadline", notice.value() == 0 ? "whole-months-before-expiry" : "same-day-number"},
                        {"remainingFees", remaining.value() == 0 ? "days-at-1/30" : "whole-months-up"}};
  out["terms"] = terms;
  out["current"] = a.current ? json(*a.current) : json();
  out["renewals"] = a.renewals;
  out["noticeBy"] = day_json(a.notice_by);
  out["earliestEnd"] = iso_date(a.earliest_end);
  out["openEnded"] = a.open_ended;
  out["changes"] = changes_out;
  out["deadlines"] = deadlines;
  out["damages"] = nullptr;
  if (const json* cause = find_field(r, "terminationForCause")) {
    if (!cause->is_object()) return wrong_type("/terminationForCause", "an object {date, monthlyFee}", *cause);
    auto damages = damages_json(*cause, a, p, q.start, q.term_end, remaining.value() == 1, explain);
    if (!damages.ok()) return damages.error();
    out["damages"] = damages.value();
  }
  out["calendar"] = ics_calendar(events, q.as_of);
  json lines = json::array();
  for (const auto& e : explain) lines.push_back({{"code", e.code}, {"text", e.text}});
  out["explain"] = lines;
  return out;
}

}  // namespace slacalc
