#include "compare.hpp"

#include <algorithm>
#include <memory>

#include "budget.hpp"
#include "contract_reading.hpp"
#include "credit.hpp"
#include "human_duration.hpp"
#include "json_read.hpp"
#include "json_write.hpp"
#include "lang.hpp"
#include "period_json.hpp"
#include "price_request.hpp"
#include "profile_text.hpp"
#include "request_profile.hpp"
#include "result_json.hpp"
#include "span.hpp"
#include "window_hours.hpp"

namespace slacalc {
namespace {

constexpr size_t kMinColumns = 2, kMaxColumns = 6;

constexpr Phrase kNoneStated{"None stated", "Keine Angabe", "Niet vermeld", "Ikke angivet"};

struct Column {
  std::shared_ptr<const Profile> profile;
  const Tier* tier = nullptr;
  std::optional<std::int64_t> monthly_price;  // entered in the request, or computed from `priced`
  std::optional<ColumnPrice> priced;          // computed from the price model's inputs
};

struct Cell {
  std::vector<std::string> lines;
  std::vector<std::string> clauses;
  // Lines for the screen only, by index: another reading of a figure, a
  // prompt to enter something — a printed handout leaves them out.
  std::vector<int> technical;
  void add_technical(std::string line) {
    technical.push_back(static_cast<int>(lines.size()));
    lines.push_back(std::move(line));
  }
  // The downtime row's figures: each commitment's budget under the reading applied.
  struct Budget {
    std::string scope;
    const char* reading;
    Duration seconds;
  };
  std::vector<Budget> budgets;
};

void cite(Cell& cell, const Cite& c) {
  auto& list = cell.clauses;
  if (!c.clause.empty() && std::find(list.begin(), list.end(), c.clause) == list.end())
    list.push_back(c.clause);
}

// The reading the user chose for every column ("monthBasis", "contract" by
// default: contract_reading.hpp) and the month it is shown for, if given.
struct BasisChoice {
  Reading reading = Reading::contract;
  PeriodSpec calendar;  // month/quarter/year from the request's "month", if given
  bool has_month = false;
};

Result<BasisChoice> read_basis_choice(const json& request) {
  BasisChoice choice;
  if (const json* v = find_field(request, "month")) {
    if (!v->is_string())
      return wrong_type("/month", say({"a month \"YYYY-MM\"", "ein Monat \"JJJJ-MM\"", "een maand \"JJJJ-MM\"",
                                       "en måned \"ÅÅÅÅ-MM\""}),
                        *v);
    json only_month = object({{"month", *v}});
    auto spec = read_period_settings(only_month);
    if (!spec.ok()) return spec.error();
    choice.calendar = spec.value();
    choice.has_month = true;
  }
  auto reading = read_reading(request);
  if (!reading.ok()) return reading.error();
  choice.reading = reading.value();
  if (choice.reading == Reading::calendar && !choice.has_month)
    return missing_field("/month", say({"a month \"YYYY-MM\": the calendar basis needs one",
                                        "ein Monat \"JJJJ-MM\": die Kalenderbasis braucht einen",
                                        "een maand \"JJJJ-MM\": de kalenderbasis heeft er een nodig",
                                        "en måned \"ÅÅÅÅ-MM\": kalendergrundlaget kræver en"}));
  if (choice.reading == Reading::window && !choice.has_month)
    return missing_field("/month", say({"a month \"YYYY-MM\": the window's own hours depend on it",
                                        "ein Monat \"JJJJ-MM\": die Stunden der Servicezeit hängen von ihm ab",
                                        "een maand \"JJJJ-MM\": de uren van het servicevenster hangen ervan af",
                                        "en måned \"ÅÅÅÅ-MM\": servicevinduets timer afhænger af den"}));
  return choice;
}

Cell availability_cell(const Column& col) {
  Cell cell;
  for (const auto& c : col.tier->availability) {
    cell.lines.push_back(commitment_text(c));
    cite(cell, c.cite);
  }
  if (cell.lines.empty())
    cell.lines.push_back(say({"No availability commitment", "Keine Verfügbarkeitszusage",
                              "Geen beschikbaarheidstoezegging", "Intet tilgængelighedstilsagn"}));
  return cell;
}

// Each commitment's budget under the chosen reading (contract_reading.hpp),
// the figure windowBudget, measure and credit use for the same month.
Cell downtime_cell(const Column& col, const BasisChoice& choice) {
  Cell cell;
  const Profile& p = *col.profile;
  ClosedDays closed;
  closed.holiday_calendar = p.holiday_calendar;
  std::optional<date::year_month> month;
  if (choice.has_month) month = date::year{choice.calendar.month_year} / date::month{choice.calendar.month};
  for (const auto& c : col.tier->availability) {
    CommitmentReading r = read_commitment(p, c, choice.reading);
    CommitmentBudget b = commitment_budget(p, r, month, closed);
    std::string line = human_duration(b.budget_seconds) + " — " + b.label;
    if (c.stated_max_downtime_seconds && r.denominator != Denominator::stated)
      line = say({"{0}; contract states {1}", "{0}; Vertrag nennt {1}", "{0}; contract noemt {1}",
                  "{0}; kontrakten angiver {1}"},
                 {line, human_duration(*c.stated_max_downtime_seconds)});
    if (!c.scope.empty()) line += " (" + c.scope_name() + ")";
    cell.lines.push_back(line);
    cell.budgets.push_back({c.scope, reading_id(r.reading), b.budget_seconds});
    // The other reading of "downtime in the window" (windowBudget): a share of
    // the window's own hours in the chosen month.
    if (b.window && c.period == PeriodKind::month && p.find_window(c.window) && r.denominator != Denominator::window)
      cell.add_technical(say({"or {0} of the window's {1}", "oder {0} der {1} Servicezeit",
                                "of {0} van de {1} van het servicevenster", "eller {0} af servicevinduets {1}"},
                               {human_duration(b.window->seconds * r.share), hours_text(b.window->seconds)}));
    cite(cell, c.cite);
  }
  if (cell.lines.empty()) cell.lines.push_back("—");
  return cell;
}

Cell window_cell(const Column& col) {
  Cell cell;
  const auto& commitments = col.tier->availability;
  for (const auto& c : commitments) {
    std::string line = window_text(*col.profile, c.window);
    if (commitments.size() > 1 && !c.scope.empty()) line = c.scope_name() + ": " + line;
    cell.lines.push_back(line);
    if (const WeeklyWindow* w = col.profile->find_window(c.window)) cite(cell, w->cite);
  }
  if (cell.lines.empty()) cell.lines.push_back("—");
  return cell;
}

Cell response_cell(const Column& col) {
  Cell cell;
  for (const auto& r : col.tier->response) {
    if (!col.profile->applies(r)) continue;  // another reading of the contract
    cell.lines.push_back(response_text(*col.profile, r));
    cite(cell, r.cite);
  }
  if (cell.lines.empty()) cell.lines.push_back(say(kNoneStated));
  return cell;
}

// What the tier includes, as the contract lists it (Flying Circus §3.4–§3.6).
Cell includes_cell(const Column& col) {
  Cell cell;
  for (const Included& item : col.tier->includes) {
    cell.lines.push_back(included_text(item));
    cite(cell, Cite{item.clause, ""});
  }
  if (cell.lines.empty()) cell.lines.push_back(say(kNoneStated));
  return cell;
}

enum class TermField { minimum, renewal, notice };

Cell term_cell(const Column& col, TermField field) {
  Cell cell;
  const auto& term = col.tier->term;
  if (!term) {
    cell.lines.push_back(say(kNoneStated));
    return cell;
  }
  cite(cell, term->cite);
  switch (field) {
    case TermField::minimum:
      // The event the term starts with is the profile's own words.
      cell.lines.push_back(term->starts_at.empty()
                               ? span_text(term->minimum)
                               : say({"{0} from the {1}", "{0} ab {1}", "{0} vanaf {1}", "{0} fra {1}"},
                                     {span_text(term->minimum), term->starts_at}));
      break;
    case TermField::renewal:
      cell.lines.push_back(term->renewal ? say({"Renews automatically by {0}", "Verlängert sich automatisch um {0}",
                                                "Wordt automatisch verlengd met {0}", "Forlænges automatisk med {0}"},
                                               {span_text(*term->renewal)})
                                         : say({"Does not renew automatically", "Keine automatische Verlängerung",
                                                "Wordt niet automatisch verlengd", "Forlænges ikke automatisk"}));
      break;
    case TermField::notice:
      cell.lines.push_back(term->notice ? say({"Received {0} before the term ends", "Eingang {0} vor Ende der Laufzeit",
                                               "Ontvangen {0} vóór het einde van de looptijd",
                                               "Modtaget {0} før løbetidens udløb"},
                                              {span_text(*term->notice)})
                                        : say(kNoneStated));
      break;
  }
  return cell;
}

Cell credit_cell(const Column& col) {
  Cell cell;
  const Credit& credit = col.tier->credit;
  cell.lines.push_back(credit_text(credit));
  for (const std::string& extra : {claim_text(credit), redemption_text(credit)})
    if (!extra.empty()) cell.lines.push_back(extra);
  cite(cell, credit.cite);
  return cell;
}

Cell price_cell(const Column& col) {
  Cell cell;
  const auto& pricing = col.tier->pricing;
  std::optional<std::int64_t> price = col.monthly_price;
  bool example = false;
  if (!price && pricing && pricing->monthly_price) {
    price = pricing->monthly_price;
    example = pricing->prices_are_examples;
  }
  const Pricing::Model model = pricing ? pricing->model : Pricing::Model::none;
  // Without a price, say how the contract prices the tier: what there is to enter.
  if (col.priced) cell.lines.push_back(col.priced->working);
  else if (price && example)
    cell.lines.push_back(say({"{0} (example price)", "{0} (Beispielpreis)", "{0} (voorbeeldprijs)", "{0} (eksempelpris)"},
                             {money_text(*price, col.profile->currency)}));
  else if (price) cell.lines.push_back(money_text(*price, col.profile->currency));
  else if (model == Pricing::Model::component_factor)
    cell.add_technical(say({"Not entered: component factor × price per unit",
                              "Nicht eingegeben: Komponentenfaktor × Preis pro Einheit",
                              "Niet ingevoerd: componentfactor × prijs per eenheid",
                              "Ikke indtastet: komponentfaktor × pris pr. enhed"}));
  else if (model == Pricing::Model::support_hours)
    cell.add_technical(say({"Not entered: support-hour contingent", "Nicht eingegeben: Kontingent an Supportstunden",
                              "Niet ingevoerd: contingent supporturen", "Ikke indtastet: kontingent af supporttimer"}));
  else if (model == Pricing::Model::infrastructure)  // Flying Circus Hosted: the infrastructure alone, per calendar day (§3.4)
    cell.add_technical(say({"Not entered: infrastructure per calendar day", "Nicht eingegeben: Infrastruktur kalendertäglich",
                              "Niet ingevoerd: infrastructuur per kalenderdag", "Ikke indtastet: infrastruktur pr. kalenderdag"}));
  else cell.add_technical(say({"Not entered", "Nicht eingegeben", "Niet ingevoerd", "Ikke indtastet"}));
  if (pricing) cite(cell, pricing->cite);
  return cell;
}

// The price shown for a column: entered, else the preset's (example) price.
std::optional<std::int64_t> column_price(const Column& col) {
  if (col.monthly_price) return col.monthly_price;
  const auto& pricing = col.tier->pricing;
  return pricing ? pricing->monthly_price : std::nullopt;
}

// The credit the customer would get in a bad month: the tier's
// credit rule at the given availability, on a fee taken from the monthly
// price (an annual fee as 12 of them; Flying Circus's resource group as
// the whole monthly price).
Cell bad_month_cell(const Column& col, const Percent& achieved) {
  Cell cell;
  const Credit& rule = col.tier->credit;
  cite(cell, rule.cite);
  if (rule.kind == Credit::Kind::none) {
    cell.lines.push_back(say({"No financial remedy", "Kein finanzieller Ausgleich", "Geen financiële compensatie",
                              "Ingen økonomisk kompensation"}));
    return cell;
  }
  auto price = column_price(col);
  if (!price) {
    cell.add_technical(
        say({"Enter a monthly price", "Monatspreis eingeben", "Voer een maandprijs in", "Indtast en månedspris"}));
    return cell;
  }
  CreditQuery q;
  q.profile = col.profile.get();
  q.tier = col.tier;
  q.period = commitment_span(rule.period, date::year{2026} / date::January);
  q.fee.minor = rule.fee == Credit::Fee::annual ? *price * 12 : *price;
  q.fee.currency = col.profile->currency;
  for (const auto& c : col.tier->availability)
    if (c.period == rule.period) q.achieved.push_back({&c, achieved, std::nullopt});
  if (q.achieved.empty()) {
    static constexpr Phrase kPer[] = {
        {"No commitment measured per month", "Keine monatlich gemessene Zusage", "Geen toezegging die per maand wordt gemeten",
         "Intet tilsagn, der måles pr. måned"},
        {"No commitment measured per quarter", "Keine pro Quartal gemessene Zusage",
         "Geen toezegging die per kwartaal wordt gemeten", "Intet tilsagn, der måles pr. kvartal"},
        {"No commitment measured per year", "Keine jährlich gemessene Zusage", "Geen toezegging die per jaar wordt gemeten",
         "Intet tilsagn, der måles pr. år"}};
    cell.lines.push_back(say(kPer[rule.period == PeriodKind::quarter ? 1 : rule.period == PeriodKind::year ? 2 : 0]));
    return cell;
  }
  CreditAnswer a = compute_credit(q);
  std::string amount = money_text(a.amount), share = percent_text(a.percent_of_fee), fee = money_text(q.fee);
  if (!a.eligible)
    cell.lines.push_back(say({"None: the target is met", "Keine: das Ziel ist erreicht", "Geen: de doelstelling is gehaald",
                              "Ingen: målet er nået"}));
  else if (rule.fee == Credit::Fee::annual)
    cell.lines.push_back(say({"{0} ({1} of {2}, 12 × the monthly price)", "{0} ({1} von {2}, 12 × Monatspreis)",
                              "{0} ({1} van {2}, 12 × de maandprijs)", "{0} ({1} af {2}, 12 × månedsprisen)"},
                             {amount, share, fee}));
  else
    cell.lines.push_back(say({"{0} ({1} of {2})", "{0} ({1} von {2})", "{0} ({1} van {2})", "{0} ({1} af {2})"},
                             {amount, share, fee}));
  return cell;
}

json row(const char* id, const std::string& label, const std::vector<Cell>& cells) {
  json out_cells = json::array();
  bool differs = false;
  for (const auto& c : cells) {
    json cell = object({{"lines", c.lines}, {"clauses", c.clauses}});
    if (!c.budgets.empty()) {
      json budgets = json::array();
      for (const auto& b : c.budgets)
        budgets.push_back(object({{"scope", b.scope}, {"reading", b.reading}, {"budget", duration_json(b.seconds)}}));
      cell["budgets"] = budgets;
    }
    if (!c.technical.empty()) cell["technical"] = c.technical;
    out_cells.push_back(cell);
    differs = differs || c.lines != cells.front().lines;
  }
  return object({{"id", id}, {"label", label}, {"differs", differs}, {"cells", out_cells}});
}

// The reading shown (contract_reading.hpp) and, where the profile has its
// own month-basis option, what the contract implies.
std::optional<json> basis_explanation(const Profile& p, const BasisChoice& choice) {
  const Option* o = p.find_option("monthBasis");
  if (!o) return std::nullopt;
  std::string text = say({"{0}: the contract's month basis is \"{1}\"", "{0}: Die Monatsbasis des Vertrags ist \"{1}\"",
                          "{0}: de maandbasis van het contract is \"{1}\"", "{0}: kontraktens månedsgrundlag er \"{1}\""},
                         {p.vendor, o->default_choice});
  if (!o->cite.note.empty()) text += " — " + o->cite.note;
  if (choice.reading != Reading::contract)
    text = say({"{0} Shown here: \"{1}\".", "{0} Hier gezeigt: \"{1}\".", "{0} Hier getoond: \"{1}\".",
                "{0} Vist her: \"{1}\"."},
               {text, reading_id(choice.reading)});
  return object({{"code", "month-basis"}, {"text", text}});
}

Result<Column> read_column(const json& v, const std::string& path) {
  if (!v.is_object())
    return wrong_type(path,
                      say({"an object {profile, tier}", "ein Objekt {profile, tier}", "een object {profile, tier}",
                           "et objekt {profile, tier}"}),
                      v);
  if (auto e = reject_unknown_fields(v, path, {"profile", "tier", "monthlyPrice", "price"})) return *e;
  const json* profile = find_field(v, "profile");
  if (!profile) return missing_field(path + "/profile", preset_or_profile());
  auto resolved = resolve_profile(*profile, path + "/profile");
  if (!resolved.ok()) return resolved.error();
  const json* tier = find_field(v, "tier");
  if (!tier) return missing_field(path + "/tier", the_tier_id());
  auto t = resolve_tier(*resolved.value(), *tier, path + "/tier");
  if (!t.ok()) return t.error();
  Column col{resolved.value(), t.value(), std::nullopt, std::nullopt};
  if (const json* price = find_field(v, "monthlyPrice")) {
    if (price->is_number() && price->get<double>() < 0)
      return Error{"negative_money", negative_money_text(), path + "/monthlyPrice"};
    auto minor = read_integer(*price, path + "/monthlyPrice", 0, 1000000000000000LL);
    if (!minor.ok()) return minor.error();
    col.monthly_price = minor.value();
  }
  if (const json* fields = find_field(v, "price")) {
    if (col.monthly_price)
      return Error{"conflict",
                   say({"give either a monthly price or the price model's inputs, not both",
                        "entweder einen Monatspreis oder die Angaben des Preismodells, nicht beides",
                        "geef een maandprijs of de gegevens van het prijsmodel, niet allebei",
                        "angiv enten en månedspris eller prismodellens oplysninger, ikke begge"}),
                   path + "/price"};
    auto priced = column_price(*col.profile, *col.tier, *fields, path + "/price");
    if (!priced.ok()) return priced.error();
    col.priced = priced.value();
    col.monthly_price = priced.value().monthly_minor;
  }
  return col;
}

}  // namespace

Result<json> compare_endpoint(const json& request) {
  if (!request.is_object()) return not_a_request_object(request);
  if (auto e = reject_unknown_fields(request, "", {"columns", "monthBasis", "month", "badMonth"})) return *e;
  const json* list = find_field(request, "columns");
  if (!list)
    return missing_field("/columns", say({"{0} to {1} columns {profile, tier}", "{0} bis {1} Spalten {profile, tier}",
                                          "{0} tot {1} kolommen {profile, tier}", "{0} til {1} kolonner {profile, tier}"},
                                         {std::to_string(kMinColumns), std::to_string(kMaxColumns)}));
  if (!list->is_array())
    return wrong_type("/columns", say({"an array", "ein Array", "een array", "et array"}), *list);
  if (list->size() < kMinColumns || list->size() > kMaxColumns)
    return Error{"out_of_range",
                 say({"compare {0} to {1} tiers, got {2}", "{0} bis {1} Tarife vergleichen, erhalten: {2}",
                      "vergelijk {0} tot {1} niveaus, gekregen: {2}", "sammenlign {0} til {1} niveauer, modtaget: {2}"},
                     {std::to_string(kMinColumns), std::to_string(kMaxColumns), std::to_string(list->size())}),
                 "/columns"};
  auto columns = read_array<Column>(*list, "/columns", kMaxColumns, read_column);
  if (!columns.ok()) return columns.error();
  auto choice = read_basis_choice(request);
  if (!choice.ok()) return choice.error();
  std::optional<Percent> bad_month;
  if (const json* bad = find_field(request, "badMonth")) {
    auto pct = read_percent(*bad, "/badMonth");
    if (!pct.ok()) return pct.error();
    bad_month = pct.value();
  }

  std::vector<Cell> availability, downtime, window, response, includes, minimum, renewal, notice, credit, price, bad;
  bool any_includes = false;
  json heads = json::array(), explain = json::array();
  std::vector<std::string> explained;  // profiles whose month basis is explained
  for (const Column& col : columns.value()) {
    const Profile& p = *col.profile;
    json head = object({{"profile", p.id},       {"vendor", p.vendor},  {"product", p.product},
                        {"tier", col.tier->id},  {"tierName", col.tier->name}, {"family", col.tier->family},
                        {"status", p.is_example ? "example" : "contract"}, {"currency", p.currency}});
    if (!p.caveat.empty()) head["caveat"] = p.caveat;
    if (p.text_lang != lang_code(current_lang())) head["textLang"] = p.text_lang;  // shown as written
    heads.push_back(head);
    availability.push_back(availability_cell(col));
    downtime.push_back(downtime_cell(col, choice.value()));
    window.push_back(window_cell(col));
    response.push_back(response_cell(col));
    includes.push_back(includes_cell(col));
    any_includes = any_includes || !col.tier->includes.empty();
    minimum.push_back(term_cell(col, TermField::minimum));
    renewal.push_back(term_cell(col, TermField::renewal));
    notice.push_back(term_cell(col, TermField::notice));
    credit.push_back(credit_cell(col));
    price.push_back(price_cell(col));
    if (bad_month) bad.push_back(bad_month_cell(col, *bad_month));
    if (std::find(explained.begin(), explained.end(), p.id) == explained.end()) {
      explained.push_back(p.id);
      if (auto e = basis_explanation(p, choice.value())) explain.push_back(*e);
    }
  }
  if (!choice.value().has_month)
    explain.push_back(object({{"code", "calendar"},
                              {"text", say({"No month given: calendar months, quarters and years are taken at their mean "
                                            "Gregorian length (365.2425 days a year).",
                                            "Kein Monat angegeben: Kalendermonate, Quartale und Jahre werden mit ihrer mittleren "
                                            "gregorianischen Länge angesetzt (365,2425 Tage im Jahr).",
                                            "Geen maand opgegeven: kalendermaanden, kwartalen en jaren worden genomen met hun "
                                            "gemiddelde gregoriaanse lengte (365,2425 dagen per jaar).",
                                            "Ingen måned angivet: kalendermåneder, kvartaler og år regnes med deres "
                                            "gennemsnitlige gregorianske længde (365,2425 dage om året)."})}}));
  json rows = json::array(
      {row("availability", say({"Availability", "Verfügbarkeit", "Beschikbaarheid", "Tilgængelighed"}), availability),
       row("downtime", say({"Downtime budget", "Budget für Ausfallzeit", "Downtimebudget", "Nedetidsbudget"}), downtime),
       row("window", say({"Counted window", "Gezählte Servicezeit", "Geteld servicevenster", "Talt servicevindue"}), window),
       row("response",
           say({"Reaction and response times", "Reaktions- und Antwortzeiten", "Reactie- en responstijden",
                "Reaktions- og svartider"}),
           response)});
  // Only where a profile lists what its tiers include; other comparisons stay as they were.
  if (any_includes)
    rows.push_back(
        row("includes", say({"What the tier includes", "Was der Tarif umfasst", "Wat het niveau omvat", "Hvad niveauet omfatter"}),
            includes));
  for (json r : {row("minimum-term", say({"Minimum term", "Mindestlaufzeit", "Minimale looptijd", "Minimumsløbetid"}), minimum),
       row("renewal", say({"Renewal", "Verlängerung", "Verlenging", "Forlængelse"}), renewal),
       row("notice", say({"Notice", "Kündigungsfrist", "Opzegtermijn", "Opsigelsesfrist"}), notice),
       row("credit", say({"Credit on a breach", "Gutschrift bei SLA-Verletzung", "Creditering bij SLA-schending",
                            "Kreditering ved SLA-brud"}),
           credit),
       row("price", say({"Monthly price", "Monatspreis", "Maandprijs", "Månedspris"}), price)})
    rows.push_back(r);
  if (bad_month)
    rows.push_back(row("bad-month",
                       say({"Credit at {0} availability", "Gutschrift bei {0} Verfügbarkeit",
                            "Creditering bij {0} beschikbaarheid", "Kreditering ved {0} tilgængelighed"},
                           {percent_text(*bad_month)}),
                       bad));
  return object({{"columns", heads}, {"rows", rows}, {"explain", explain}});
}

}  // namespace slacalc
