#include "result_json.hpp"

#include "human_duration.hpp"
#include "json_read.hpp"
#include "json_write.hpp"

namespace slacalc {

// Exact decimal where it terminates, else "numerator/denominator".
namespace {

std::string exact_text(const Rational& r) {
  bool exact = false;
  std::string d = r.to_decimal(kMaxDecimalPlaces, &exact);
  return exact ? d : to_string(r.num()) + "/" + to_string(r.den());
}

}  // namespace

json percent_json(const Percent& p, int decimals) {
  const Rational& percent = p.value();
  bool exact = false;
  std::string shown = percent.to_decimal(decimals, &exact);
  return object({{"percent", percent.to_double()},
                 {"text", exact ? shown : shown + "…"},
                 {"exact", exact_text(percent)},
                 {"isExact", exact}});
}

json period_json(const ResolvedPeriod& p) {
  json out = duration_json(p.seconds);
  out["kind"] = p.kind;
  out["basis"] = p.basis;
  out["label"] = p.label;
  return out;
}

json duration_json(const Duration& length) {
  const Rational& seconds = length.seconds();
  return object({{"seconds", seconds.to_double()},
                 {"exact", seconds.to_decimal(kMaxDecimalPlaces)},
                 {"human", human_duration(length)}});
}

json options_json(const std::vector<AppliedOption>& options) {
  json out = json::array();
  for (const AppliedOption& o : options) {
    json option = object({{"id", o.id},
                          {"label", o.label},
                          {"choices", o.choices},
                          {"default", o.default_choice},
                          {"choice", o.choice},
                          {"clause", o.clause},
                          {"note", o.note}});
    if (!o.choice_labels.empty()) option["choiceLabels"] = o.choice_labels;
    out.push_back(std::move(option));
  }
  return out;
}

}  // namespace slacalc
