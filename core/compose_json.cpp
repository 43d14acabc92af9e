#include "compose_json.hpp"

#include "result_json.hpp"
#include "compose.hpp"
#include "explain.hpp"
#include "json_read.hpp"
#include "json_write.hpp"
#include "lang.hpp"
#include "local_text.hpp"
#include "period_json.hpp"

namespace slacalc {
namespace {

constexpr std::size_t kMaxParts = 100;           // per group
constexpr int kMaxDependencies = 200;            // in the whole tree
constexpr int kMaxDependencyNameLength = 200;
struct Reader {
  int count = 0;

  Result<Dependency> node(const json& v, const std::string& path) {
    if (!v.is_object())
      return wrong_type(path,
                        say({"a dependency {name, availability} or a group {name, serial | parallel}",
                             "eine Abhängigkeit {name, availability} oder eine Gruppe {name, serial | parallel}",
                             "een afhankelijkheid {name, availability} of een groep {name, serial | parallel}",
                             "en afhængighed {name, availability} eller en gruppe {name, serial | parallel}"}),
                        v);
    if (auto e = reject_unknown_fields(v, path, {"name", "availability", "serial", "parallel"})) return *e;
    if (++count > kMaxDependencies)
      return Error{"out_of_range",
                   say({"at most {0} dependencies", "höchstens {0} Abhängigkeiten", "hoogstens {0} afhankelijkheden",
                        "højst {0} afhængigheder"},
                       {std::to_string(kMaxDependencies)}),
                   path};
    Dependency d;
    d.path = path;
    if (const json* name = find_field(v, "name")) {
      auto text = read_string(*name, path + "/name");
      if (!text.ok()) return text.error();
      if (text.value().size() > kMaxDependencyNameLength)
        return Error{"out_of_range",
                     say({"a name of at most 200 bytes", "ein Name mit höchstens 200 Bytes", "een naam van hoogstens 200 bytes",
                          "et navn på højst 200 bytes"}),
                     path + "/name"};
      d.name = text.value();
    }
    const json* availability = find_field(v, "availability");
    const json* serial = find_field(v, "serial");
    const json* parallel = find_field(v, "parallel");
    if (!!availability + !!serial + !!parallel != 1)
      return availability || serial || parallel
                 ? Error{"conflict",
                         say({"give one of \"availability\", \"serial\" or \"parallel\"",
                              "geben Sie nur eines von \"availability\", \"serial\" oder \"parallel\" an",
                              "geef één van \"availability\", \"serial\" of \"parallel\"",
                              "angiv én af \"availability\", \"serial\" eller \"parallel\""}),
                         path + (availability ? (serial ? "/serial" : "/parallel") : "/parallel")}
                 : missing_field(path + "/availability",
                                 say({"the dependency's availability, or \"serial\" / \"parallel\" parts",
                                      "die Verfügbarkeit der Abhängigkeit oder Teile unter \"serial\" / \"parallel\"",
                                      "de beschikbaarheid van de afhankelijkheid, of delen onder \"serial\" / \"parallel\"",
                                      "afhængighedens tilgængelighed eller dele under \"serial\" / \"parallel\""}));
    if (availability) {
      auto pct = read_percent(*availability, path + "/availability");
      if (!pct.ok()) return pct.error();
      d.availability = pct.value().share();
      return d;
    }
    d.kind = serial ? Dependency::Kind::serial : Dependency::Kind::parallel;
    std::string list_path = path + (serial ? "/serial" : "/parallel");
    const json& list = serial ? *serial : *parallel;
    if (!list.is_array() || list.empty())
      return wrong_type(list_path,
                        say({"an array of 1–100 dependencies", "ein Array mit 1–100 Abhängigkeiten",
                             "een array van 1–100 afhankelijkheden", "et array med 1–100 afhængigheder"}),
                        list);
    if (list.size() > kMaxParts)
      return Error{"out_of_range",
                   say({"at most 100 dependencies in one group (got {0})", "höchstens 100 Abhängigkeiten in einer Gruppe "
                        "(erhalten: {0})", "hoogstens 100 afhankelijkheden in één groep (gekregen: {0})",
                        "højst 100 afhængigheder i én gruppe (fik {0})"},
                       {std::to_string(list.size())}),
                   list_path};
    for (std::size_t i = 0; i < list.size(); ++i) {
      auto part = node(list[i], list_path + "/" + std::to_string(i));
      if (!part.ok()) return part.error();
      d.parts.push_back(std::move(part.value()));
    }
    return d;
  }
};

// a / b as a percentage, both fractions with denominators up to 10^18: over
// their least common multiple, so no product exceeds it.
Percent share(const Rational& a, const Rational& b) {
  Rational::Int g = Rational::fraction(a.den(), b.den()).den();  // b.den / gcd
  Rational::Int lcm = a.den() * g;
  return Percent(Rational::fraction(a.num() * (lcm / a.den()) * 100, b.num() * (lcm / b.den())));
}

std::string label(const Dependency& d) {
  if (!d.name.empty()) return d.name;
  if (d.path == "/system") return say({"The system", "Das System", "Het systeem", "Systemet"});
  return say({"The dependency at {0}", "Die Abhängigkeit bei {0}", "De afhankelijkheid bij {0}", "Afhængigheden ved {0}"},
             {d.path});
}

// A fraction as a percentage, "…" where the decimals are cut.
std::string fraction_text(const Rational& fraction) {
  bool exact = false;
  std::string text = (fraction * Rational(100)).to_decimal(kMaxDecimalPlaces, &exact);
  std::string hundred = slacalc::percent_text(Percent::hundred());
  return local_decimal(text) + (exact ? "" : "…") + hundred.substr(3);
}

const char* kind_id(Dependency::Kind k) {
  return k == Dependency::Kind::single ? "single" : k == Dependency::Kind::serial ? "serial" : "parallel";
}

json node_json(const Dependency& d, const Duration& period_seconds) {
  json out = object({{"name", d.name},
                     {"path", d.path},
                     {"kind", kind_id(d.kind)},
                     {"availability", percent_json(Percent::of_share(d.availability), kMaxDecimalPlaces)},
                     {"downtime", duration_json(period_seconds * (Rational(1) - d.availability))}});
  if (d.kind != Dependency::Kind::single) {
    json parts = json::array();
    for (const auto& p : d.parts) parts.push_back(node_json(p, period_seconds));
    out["parts"] = parts;
  }
  return out;
}

// One line per group, inner groups first, with the numbers put in.
void explain_groups(const Dependency& d, Explain& explain) {
  if (d.kind == Dependency::Kind::single) return;
  for (const auto& p : d.parts) explain_groups(p, explain);
  std::string terms;
  bool serial = d.kind == Dependency::Kind::serial;
  for (const auto& p : d.parts)
    terms += (terms.empty() ? "" : " × ") + fraction_text(serial ? p.availability : Rational(1) - p.availability);
  if (serial) {
    explain.push_back({"serial", say({"{0} (serial: up only while every part is up): {1} = {2}.",
                                      "{0} (in Reihe: verfügbar nur, solange jeder Teil verfügbar ist): {1} = {2}.",
                                      "{0} (in serie: beschikbaar alleen zolang elk deel beschikbaar is): {1} = {2}.",
                                      "{0} (i serie: tilgængelig kun, så længe hver del er tilgængelig): {1} = {2}."},
                                     {label(d), terms, fraction_text(d.availability)})});
    return;
  }
  explain.push_back({"parallel", say({"{0} (parallel: up while any part is up): {1} − {2} = {3}.",
                                      "{0} (parallel: verfügbar, solange ein Teil verfügbar ist): {1} − {2} = {3}.",
                                      "{0} (parallel: beschikbaar zolang een deel beschikbaar is): {1} − {2} = {3}.",
                                      "{0} (parallelt: tilgængelig, så længe en del er tilgængelig): {1} − {2} = {3}."},
                                     {label(d), fraction_text(Rational(1)), d.parts.size() > 1 ? "(" + terms + ")" : terms,
                                      fraction_text(d.availability)})});
}

}  // namespace

Result<json> compose_endpoint(const json& r) {
  if (!r.is_object())
    return not_a_request_object(r);
  if (auto e = reject_unknown_fields(r, "", {"system", "target", "period", SLACALC_PERIOD_FIELDS})) return *e;
  const json* system = find_field(r, "system");
  if (!system)
    return missing_field("/system", say({"the dependencies: {serial: [...]} or {parallel: [...]}",
                                         "die Abhängigkeiten: {serial: [...]} oder {parallel: [...]}",
                                         "de afhankelijkheden: {serial: [...]} of {parallel: [...]}",
                                         "afhængighederne: {serial: [...]} eller {parallel: [...]}"}));
  Reader reader;
  auto root = reader.node(*system, "/system");
  if (!root.ok()) return root.error();
  Dependency& tree = root.value();
  bool rounded = compose(tree);

  PeriodKind kind = PeriodKind::month;
  if (const json* k = find_field(r, "period")) {
    if (auto e = read_id(*k, "/period", kPeriodKindIds, kind)) return *e;
  }
  // Without a period: a 30-day month (said in the explanation).
  json settings = r;
  if (kind == PeriodKind::month && !find_field(r, "month") && !find_field(r, "monthBasis")) settings["monthBasis"] = "30d";
  auto spec = read_period_settings(settings);
  if (!spec.ok()) return spec.error();
  if (auto e = complete_period(spec.value(), kind)) return *e;
  ResolvedPeriod period = resolve_period(spec.value());

  Explain explain;
  explain_groups(tree, explain);
  if (rounded)
    explain.push_back({"rounded", say({"The exact value needs more than 16 decimal places of a percentage: each step was "
                                       "rounded half up to 16 (an error below 10⁻¹⁴ percentage points).",
                                       "Der exakte Wert braucht mehr als 16 Nachkommastellen eines Prozentsatzes: jeder "
                                       "Schritt wurde kaufmännisch auf 16 gerundet (ein Fehler unter 10⁻¹⁴ Prozentpunkten).",
                                       "De exacte waarde heeft meer dan 16 decimalen van een percentage nodig: elke stap is "
                                       "half naar boven afgerond op 16 (een fout onder 10⁻¹⁴ procentpunt).",
                                       "Den eksakte værdi kræver mere end 16 decimaler af en procentsats: hvert trin er "
                                       "afrundet (halve op) til 16 (en fejl under 10⁻¹⁴ procentpoint)."})});
  explain.push_back({"independence", say({"Assumes the dependencies fail independently: a shared cause (the same power "
                                          "feed, the same deployment) makes redundancy worth less than this.",
                                          "Setzt voraus, dass die Abhängigkeiten unabhängig voneinander ausfallen: eine "
                                          "gemeinsame Ursache (dieselbe Stromversorgung, dasselbe Deployment) macht "
                                          "Redundanz weniger wert als hier berechnet.",
                                          "Gaat ervan uit dat de afhankelijkheden onafhankelijk van elkaar uitvallen: een "
                                          "gemeenschappelijke oorzaak (dezelfde stroomvoorziening, dezelfde deployment) "
                                          "maakt redundantie minder waard dan dit.",
                                          "Forudsætter, at afhængighederne fejler uafhængigt af hinanden: en fælles årsag "
                                          "(samme strømforsyning, samme udrulning) gør redundans mindre værd end dette."})});
  std::string budget = duration_json(period.seconds * (Rational(1) - tree.availability))["human"].get<std::string>();
  explain.push_back({"budget", say({"Downtime budget: ({0} − {1}) × {2} {3}.", "Ausfallbudget: ({0} − {1}) × {2} {3}.",
                                    "Downtimebudget: ({0} − {1}) × {2} {3}.", "Nedetidsbudget: ({0} − {1}) × {2} {3}."},
                                   {fraction_text(Rational(1)), fraction_text(tree.availability), period.label,
                                    (budget.rfind("≈", 0) == 0 ? "" : "= ") + budget})});
  json ranked = json::array();
  auto ranking = influences(tree);
  for (const auto& i : ranking)
    ranked.push_back(object({{"name", i.dependency->name}, {"path", i.dependency->path},
                             {"availability", percent_json(Percent::of_share(i.dependency->availability), kMaxDecimalPlaces)},
                             {"gainIfPerfect", percent_json(Percent::of_share(i.gain), kMaxDecimalPlaces)},
                             {"shareOfDowntime", tree.availability == Rational(1)
                                                     ? json(nullptr)
                                                     : percent_json(share(i.gain, Rational(1) - tree.availability), 1)}}));
  json dominant = nullptr;
  if (!ranking.empty() && Rational(0) < ranking.front().gain) {
    dominant = ranked.front();
    explain.push_back({"dominant", say({"{0} dominates: were it never down, the composite would rise by {1} percentage "
                                        "points to {2}.",
                                        "{0} dominiert: fiele sie nie aus, stiege die Gesamtverfügbarkeit um {1} "
                                        "Prozentpunkte auf {2}.",
                                        "{0} overheerst: zou die nooit uitvallen, dan steeg het geheel met {1} "
                                        "procentpunt naar {2}.",
                                        "{0} dominerer: var den aldrig nede, ville den samlede tilgængelighed stige med {1} "
                                        "procentpoint til {2}."},
                                       {label(*ranking.front().dependency),
                                        local_decimal((ranking.front().gain * Rational(100)).to_decimal(kMaxDecimalPlaces)),
                                        fraction_text(ranking.front().improved)})});
  }

  json out;
  out["availability"] = percent_json(Percent::of_share(tree.availability), kMaxDecimalPlaces);
  out["period"] = period_json(period);
  out["downtime"] = duration_json(period.seconds * (Rational(1) - tree.availability));
  out["system"] = node_json(tree, period.seconds);
  out["dependencies"] = ranked;
  out["dominant"] = dominant;
  out["target"] = nullptr;
  if (const json* t = find_field(r, "target")) {
    auto target = read_percent(*t, "/target");
    if (!target.ok()) return target.error();
    Rational goal = target.value().share();
    bool meets = !(tree.availability < goal);
    out["target"] = object({{"target", percent_json(target.value(), kMaxDecimalPlaces)},
                            {"meets", meets},
                            {"budget", duration_json(period.seconds * (Rational(1) - goal))}});
    std::string goal_budget = duration_json(period.seconds * (Rational(1) - goal))["human"].get<std::string>();
    std::string used = duration_json(period.seconds * (Rational(1) - tree.availability))["human"].get<std::string>();
    explain.push_back(
        {"target", meets ? say({"Meets the target of {0}: its budget is {1}, the dependencies alone use {2}.",
                                "Erreicht das Ziel von {0}: sein Budget ist {1}, die Abhängigkeiten allein brauchen {2}.",
                                "Haalt het doel van {0}: het budget is {1}, de afhankelijkheden alleen gebruiken {2}.",
                                "Når målet på {0}: budgettet er {1}, afhængighederne alene bruger {2}."},
                               {fraction_text(goal), goal_budget, used})
                         : say({"Misses the target of {0}: its budget is {1}, the dependencies alone use {2}.",
                                "Verfehlt das Ziel von {0}: sein Budget ist {1}, die Abhängigkeiten allein brauchen {2}.",
                                "Haalt het doel van {0} niet: het budget is {1}, de afhankelijkheden alleen gebruiken {2}.",
                                "Når ikke målet på {0}: budgettet er {1}, afhængighederne alene bruger {2}."},
                               {fraction_text(goal), goal_budget, used})});
  }
  out["explain"] = explain_json(explain);
  return out;
}

}  // namespace slacalc
