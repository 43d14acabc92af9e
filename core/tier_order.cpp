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
  const TierOrder order = tier_order(from, to);
  if (order == TierOrder::higher) return std::nullopt;
  if (order == TierOrder::same)
    return Error{"conflict",
                 say({"{0} is the tier in force: an upgrade goes to a higher service level (§3.8)",
                      "{0} ist der geltende Tarif: ein Upgrade führt zu einem höheren Service-Level (§3.8)",
                      "{0} is het geldende niveau: een upgrade gaat naar een hoger serviceniveau (§3.8)",
                      "{0} er det gældende niveau: en opgradering går til et højere serviceniveau (§3.8)"},
                     {to.name}),
                 path};
  std::string why =
      order == TierOrder::lower
          ? say({"{1} is below {0}", "{1} liegt unter {0}", "{1} ligt onder {0}", "{1} ligger under {0}"},
                {from.name, to.name})
      : order == TierOrder::unordered
          ? say({"the contract does not say whether {1} is above {0} (rank {3} against {2}: higher in one respect, "
                 "lower in another)",
                 "der Vertrag sagt nicht, ob {1} über {0} liegt (Rang {3} gegen {2}: in einer Hinsicht höher, in einer "
                 "anderen niedriger)",
                 "het contract zegt niet of {1} boven {0} ligt (rang {3} tegen {2}: in het ene opzicht hoger, in het "
                 "andere lager)",
                 "kontrakten siger ikke, om {1} ligger over {0} (rang {3} mod {2}: højere i én henseende, lavere i en "
                 "anden)"},
                {from.name, to.name, rank_text(from), rank_text(to)})
          : say({"the profile does not say whether {1} is above {0} (a tier without \"rank\")",
                 "das Profil sagt nicht, ob {1} über {0} liegt (ein Tarif ohne \"rank\")",
                 "het profiel zegt niet of {1} boven {0} ligt (een niveau zonder \"rank\")",
                 "profilen siger ikke, om {1} ligger over {0} (et niveau uden \"rank\")"},
                {from.name, to.name});
  return Error{"not_in_contract",
               say({"{0}: §3.8 provides only for an increase of the service level (\"Erhöhung\", \"Anhebung\"), and "
                    "slacalc does not guess",
                    "{0}: §3.8 sieht nur eine Erhöhung des Service-Levels vor („Erhöhung“, „Anhebung“), und slacalc rät "
                    "nicht",
                    "{0}: §3.8 voorziet alleen in een verhoging van het serviceniveau (\"Erhöhung\", \"Anhebung\"), "
                    "en slacalc gokt niet",
                    "{0}: §3.8 giver kun mulighed for en forhøjelse af serviceniveauet (\"Erhöhung\", \"Anhebung\"), "
                    "og slacalc gætter ikke"},
                   {why}),
               path};
}

}  // namespace slacalc
