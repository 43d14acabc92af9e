#include "tier_order.hpp"

#include "lang.hpp"

namespace slacalc {

TierOrder tier_order(const Tier& from, const Tier& to) {
  if (&from == &to || from.id == to.id) return TierOrder::same;
  if (from.rank.empty() || to.rank.size() != from.rank.size()) return TierOrder::unranked;
  bool up = false, down = false;
  for (std::size_t i = 0; i < from.rank.size(); ++i) {
    up |= to.rank[i] > from.rank[i];
    down |= to.rank[i] < from.rank[i];
  }
  if (up && down) return TierOrder::unordered;
  return up ? TierOrder::higher : down ? TierOrder::lower : TierOrder::same;
}

namespace {

std::string rank_text(const Tier& t) {
  std::string out;
  for (int level : t.rank) out += (out.empty() ? "" : ", ") + std::to_string(level);
  return "[" + out + "]";
}

}  // namespace

// §3.8: "Eine dauerhafte Erhöhung des Service-Levels ist jederzeit möglich"
// and "Eine temporäre Anhebung des Service-Levels … kann vereinbart werden":
// only increases; the contract has no rule for a lower service level.
std::optional<Error> check_increase(const Tier& from, const Tier& to, const std::string& path) {
  switch (tier_order(from, to)) {
    case TierOrder::higher: return std::nullopt;
    case TierOrder::same:
      return Error{"conflict",
                   say({"{0} is the tier in force: an upgrade goes to a higher service level (§3.8)",
                        "{0} ist der geltende Tarif: ein Upgrade führt zu einem höheren Service-Level (§3.8)",
                        "{0} is het geldende niveau: een upgrade gaat naar een hoger serviceniveau (§3.8)",
                        "{0} er det gældende niveau: en opgradering går til et højere serviceniveau (§3.8)"},
                       {to.name}),
                   path};
    case TierOrder::lower:
      return Error{"not_in_contract",
                   say({"{1} is below {0}: §3.8 provides only for an increase of the service level (\"Erhöhung\", "
                        "\"Anhebung\"); the contract has no rule for a lower one",
                        "{1} liegt unter {0}: §3.8 sieht nur eine Erhöhung des Service-Levels vor („Erhöhung“, "
                        "„Anhebung“); für ein niedrigeres regelt der Vertrag nichts",
                        "{1} ligt onder {0}: §3.8 voorziet alleen in een verhoging van het serviceniveau "
                        "(\"Erhöhung\", \"Anhebung\"); voor een lager niveau heeft het contract geen regel",
                        "{1} ligger under {0}: §3.8 giver kun mulighed for en forhøjelse af serviceniveauet "
                        "(\"Erhöhung\", \"Anhebung\"); for et lavere har kontrakten ingen regel"},
                       {from.name, to.name}),
                   path};
    case TierOrder::unordered:
      return Error{"not_in_contract",
                   say({"the contract does not say whether {1} is above {0} (rank {3} against {2}: higher in one "
                        "respect, lower in another); §3.8 provides only for an increase, and slacalc does not guess",
                        "der Vertrag sagt nicht, ob {1} über {0} liegt (Rang {3} gegen {2}: in einer Hinsicht höher, "
                        "in einer anderen niedriger); §3.8 sieht nur eine Erhöhung vor, und slacalc rät nicht",
                        "het contract zegt niet of {1} boven {0} ligt (rang {3} tegen {2}: in het ene opzicht hoger, "
                        "in het andere lager); §3.8 voorziet alleen in een verhoging, en slacalc gokt niet",
                        "kontrakten siger ikke, om {1} ligger over {0} (rang {3} mod {2}: højere i én henseende, "
                        "lavere i en anden); §3.8 giver kun mulighed for en forhøjelse, og slacalc gætter ikke"},
                       {from.name, to.name, rank_text(from), rank_text(to)}),
                   path};
    case TierOrder::unranked: break;
  }
  return Error{"not_in_contract",
               say({"the profile does not say whether {1} is above {0} (a tier without \"rank\"); §3.8 provides "
                    "only for an increase, and slacalc does not guess",
                    "das Profil sagt nicht, ob {1} über {0} liegt (ein Tarif ohne \"rank\"); §3.8 sieht nur eine "
                    "Erhöhung vor, und slacalc rät nicht",
                    "het profiel zegt niet of {1} boven {0} ligt (een niveau zonder \"rank\"); §3.8 voorziet alleen "
                    "in een verhoging, en slacalc gokt niet",
                    "profilen siger ikke, om {1} ligger over {0} (et niveau uden \"rank\"); §3.8 giver kun mulighed "
                    "for en forhøjelse, og slacalc gætter ikke"},
                   {from.name, to.name}),
               path};
}

}  // namespace slacalc
