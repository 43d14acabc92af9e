#include "credit_rule.hpp"

namespace slacalc {

Percent credit_percent(const Credit& rule, const Percent& target, const Percent& achieved) {
  Percent share;
  switch (rule.kind) {
    case Credit::Kind::none: break;
    case Credit::Kind::flatPercentOfFee:
      if (achieved < target) share = rule.percent;
      break;
    case Credit::Kind::proportionalShortfall:
      if (achieved < target) share = target - achieved;
      break;
    case Credit::Kind::tieredSchedule:
      // Steps are validated: below strictly falling, percent rising. The last
      // step whose bound lies above the achieved value is the one that applies.
      for (const auto& step : rule.steps)
        if (achieved < step.below_percent) share = step.credit_percent;
      break;
  }
  if (rule.cap_percent && share > *rule.cap_percent) share = *rule.cap_percent;
  return share;
}

}  // namespace slacalc
