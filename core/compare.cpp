#include "compare.hpp"

#include <algorithm>
#include <memory>

#include "budget.hpp"
#include "contract_reading.hpp"
#include "credit.hpp"
#include "human_duration.hpp"
#include "iso_time.hpp"
#include "json_read.hpp"
#include "json_write.hpp"
#include "lang.hpp"
#include "period_json.hpp"
#include "price_request.hpp"
#include "profile_text.hpp"
#include "replay.hpp"
#include "request_calendar.hpp"
#include "request_outages.hpp"
#include "request_profile.hpp"
#include "result_json.hpp"
#include "span.hpp"
#include "window_hours.hpp"
#include "zones.hpp"

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
  // The replay row's figures: each period's entry, and the credits' sum.
  std::optional<json> periods, credit_total;
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

constexpr Phrase kEnterPrice{"Enter a monthly price", "Monatspreis eingeben", "Voer een maandprijs in",
                             "Indtast en månedspris"};
constexpr Phrase kNoRemedy{"No financial remedy", "Kein finanzieller Ausgleich", "Geen financiële compensatie",
                           "Ingen økonomisk kompensation"};

// The fee a column's credit rule is a share of, from its monthly price: an
// annual fee as 12 of them; Flying Circus's resource group (§9.7) as the
// whole monthly price. None without a price.
std::optional<Money> credit_fee(const Column& col) {
  auto price = column_price(col);
  if (!price) return std::nullopt;
  return Money{col.tier->credit.fee == Credit::Fee::annual ? *price * 12 : *price, col.profile->currency};
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
    cell.lines.push_back(say(kNoRemedy));
    return cell;
  }
  auto fee = credit_fee(col);
  if (!fee) {
    cell.add_technical(say(kEnterPrice));
    return cell;
  }
  CreditQuery q;
  q.profile = col.profile.get();
  q.tier = col.tier;
  q.period = commitment_span(rule.period, date::year{2026} / date::January);
  q.fee = *fee;
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
  std::string amount = money_text(a.amount), share = percent_text(a.percent_of_fee), fee_text = money_text(q.fee);
  if (!a.eligible)
    cell.lines.push_back(say({"None: the target is met", "Keine: das Ziel ist erreicht", "Geen: de doelstelling is gehaald",
                              "Ingen: målet er nået"}));
  else if (rule.fee == Credit::Fee::annual)
    cell.lines.push_back(say({"{0} ({1} of {2}, 12 × the monthly price)", "{0} ({1} von {2}, 12 × Monatspreis)",
                              "{0} ({1} van {2}, 12 × de maandprijs)", "{0} ({1} af {2}, 12 × månedsprisen)"},
                             {amount, share, fee_text}));
  else
    cell.lines.push_back(say({"{0} ({1} of {2})", "{0} ({1} von {2})", "{0} ({1} van {2})", "{0} ({1} af {2})"},
                             {amount, share, fee_text}));
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
    if (c.periods) cell["periods"] = *c.periods;
    if (c.credit_total) cell["creditTotal"] = *c.credit_total;
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

// ---------------------------------------------------------------- the replay row

constexpr int kMaxReplayMonths = 120;  // as measure takes them

// "outages" with "from" and "to": a ledger replayed on every column. Its
// times without an offset are read in `zone` (the request's "outageZone"),
// or, by default, in each column's own zone, as measure reads them for that
// contract.
struct ReplayRequest {
  const json* outages = nullptr;  // or, in their place:
  const OutageFile* file = nullptr;
  PeriodSpec first, last;
  const Zone* zone = nullptr;  // none: each column's zone
  LocalReading local;
};

// A month of the range: "from" or "to".
std::optional<Error> read_range_month(const json& request, const char* key, PeriodSpec& month) {
  const json* v = find_field(request, key);
  if (!v)
    return missing_field(std::string("/") + key,
                         say({"a month \"YYYY-MM\": \"from\" and \"to\" come together",
                              "ein Monat \"JJJJ-MM\": \"from\" und \"to\" gehören zusammen",
                              "een maand \"JJJJ-MM\": \"from\" en \"to\" horen bij elkaar",
                              "en måned \"ÅÅÅÅ-MM\": \"from\" og \"to\" hører sammen"}));
  return read_zoned_month(*v, std::string("/") + key, month);
}

Result<std::optional<ReplayRequest>> read_replay_request(const json& request, const OutageFile* file) {
  if (auto e = check_outage_source(request, file)) return *e;
  if (file && find_field(request, "outageZone"))
    return Error{"conflict",
                 say({"the file's local times were read in {0} when it was opened",
                      "die Ortszeiten der Datei wurden beim Öffnen in {0} gelesen",
                      "de lokale tijden van het bestand zijn bij het openen gelezen in {0}",
                      "filens lokale tider blev læst i {0}, da den blev åbnet"},
                     {file->zone->name}),
                 "/outageZone"};
  const json* outages = find_field(request, "outages");
  const bool any = file || outages || find_field(request, "from") || find_field(request, "to");
  if (!any) {
    for (const char* key : {"outageZone", "disambiguation"})
      if (find_field(request, key))
        return Error{"unknown_field",
                     say({"only with \"outages\", \"from\" and \"to\"", "nur mit \"outages\", \"from\" und \"to\"",
                          "alleen met \"outages\", \"from\" en \"to\"", "kun med \"outages\", \"from\" og \"to\""}),
                     std::string("/") + key};
    return std::optional<ReplayRequest>{};
  }
  ReplayRequest replay;
  if (auto e = read_range_month(request, "from", replay.first)) return *e;
  if (auto e = read_range_month(request, "to", replay.last)) return *e;
  int months = (replay.last.month_year - replay.first.month_year) * 12 + static_cast<int>(replay.last.month) -
               static_cast<int>(replay.first.month) + 1;
  if (months < 1)
    return Error{"inverted_range",
                 say({"\"to\" is before \"from\"", "\"to\" liegt vor \"from\"", "\"to\" ligt vóór \"from\"",
                      "\"to\" ligger før \"from\""}),
                 "/to"};
  if (months > kMaxReplayMonths)
    return Error{"out_of_range",
                 say({"at most 120 months", "höchstens 120 Monate", "hoogstens 120 maanden", "højst 120 måneder"}), "/to"};
  if (file) {
    replay.file = file;
    replay.zone = file->zone;
    replay.local = file->local;
    return std::optional<ReplayRequest>{replay};
  }
  if (!outages)
    return missing_field("/outages", say({"the outages to replay, [] for none", "die nachzuspielenden Ausfälle, [] für keine",
                                          "de na te spelen storingen, [] voor geen",
                                          "nedbruddene, der skal genspilles, [] for ingen"}));
  replay.outages = outages;
  if (const json* zone = find_field(request, "outageZone")) {
    auto name = read_string(*zone, "/outageZone");
    if (!name.ok()) return name.error();
    if (name.value() != "column") {
      replay.zone = find_zone(name.value());
      if (!replay.zone) return unknown_zone_error(name.value(), "/outageZone");
    }
  }
  auto local = read_local_reading(request);
  if (!local.ok()) return local.error();
  replay.local = local.value();
  return std::optional<ReplayRequest>{replay};
}

// The ledger as the column's contract reads it: its scopes and its notice
// for planned work (WP Heaven §10.1). A contract whose commitments name no
// scopes counts an outage of any scope (it covers the whole service).
Result<std::vector<Outage>> column_outages(const Column& col, const ReplayRequest& replay,
                                           std::vector<AdjustedTime>& adjusted) {
  OutageContext context = outage_context(col.profile.get());
  if (replay.zone) context.zone = replay.zone;
  context.local = replay.local;
  context.knows_scopes = !context.scopes.empty();
  return read_outages(*replay.outages, "/outages", context, &adjusted);
}

// "99.873456… %": the availability as measure gives it, cut at six places and marked.
std::string availability_text(const Percent& p) {
  bool exact = false;
  p.value().to_decimal(6, &exact);
  std::string text = percent_text(p, 6);
  if (!exact) text.insert(text.find_last_of("0123456789") + 1, "…");
  return text;
}

// One period of one commitment: a line and its entry in `periods`.
void add_replay_period(Cell& cell, const Column& col, const ReplayPeriod& p, json& periods) {
  const Commitment& c = *p.commitment;
  const PeriodMeasure& m = p.measured;
  const auto& achieved = m.figures.availability_percent;
  const bool breached = achieved && !m.figures.met;
  std::string head = m.span.label;
  if (col.tier->availability.size() > 1 && !c.scope.empty()) head += ", " + c.scope_name();
  std::string line =
      !achieved ? say({"{0}: nothing measured", "{0}: nichts gemessen", "{0}: niets gemeten", "{0}: intet målt"}, {head})
      : breached ? say({"{0}: {1} — below {2}, breached", "{0}: {1} — unter {2}, verletzt", "{0}: {1} — onder {2}, geschonden",
                        "{0}: {1} — under {2}, brudt"},
                       {head, availability_text(*achieved), percent_text(c.target_percent)})
                 : say({"{0}: {1} — {2} met", "{0}: {1} — {2} erreicht", "{0}: {1} — {2} gehaald", "{0}: {1} — {2} nået"},
                       {head, availability_text(*achieved), percent_text(c.target_percent)});
  json credit;
  if (p.credit && p.credit->eligible) {
    line += say({"; credit {0}", "; Gutschrift {0}", "; creditering {0}", "; kreditering {0}"}, {money_text(p.credit->amount)});
    credit = object({{"minor", p.credit->amount.minor}, {"text", money_text(p.credit->amount)}});
  } else if (p.credit) {
    credit = object({{"minor", 0}, {"text", money_text(p.credit->amount)}});
  }
  cell.lines.push_back(line);
  periods.push_back(object({{"period", object({{"label", m.span.label}, {"from", iso_date(m.span.from)},
                                               {"to", iso_date(m.span.to)}})},
                            {"scope", c.scope},
                            {"availability", achieved ? percent_json(*achieved, 6) : json()},
                            {"target", c.target_percent.value().to_decimal(6)},
                            {"breached", breached},
                            {"credit", credit}}));
}

// The column's periods in the range with the ledger's outages: availability
// against the tier's own commitments and windows, breaches, and the credit
// on the column's monthly price (the fee as the bad-month row takes it).
Result<Cell> replay_cell(const Column& col, const ReplayRequest& replay, Reading reading,
                         std::vector<AdjustedTime>& adjusted) {
  Cell cell;
  const Profile& p = *col.profile;
  std::vector<Outage> listed;
  if (!replay.file) {
    auto read = column_outages(col, replay, adjusted);
    if (!read.ok()) return read.error();
    listed = std::move(read.value());
  }
  auto closed = read_closures(json::object(), p);  // the profile's holidays, as measure reads them by default
  if (!closed.ok()) return closed.error();
  ReplayQuery q;
  q.measure.profile = &p;
  q.measure.tier = col.tier;
  q.measure.reading = reading;
  q.measure.first_year = replay.first.month_year;
  q.measure.first_month = replay.first.month;
  q.measure.last_year = replay.last.month_year;
  q.measure.last_month = replay.last.month;
  q.measure.outages = replay.file ? &replay.file->outages : &listed;
  q.measure.closed = closed.value();
  const Credit& rule = col.tier->credit;
  if (rule.kind != Credit::Kind::none) q.fee = credit_fee(col);
  json periods = json::array();
  std::optional<Money> total;
  if (q.fee) total = Money{0, q.fee->currency};
  std::optional<date::local_days> counted_until;  // one credit per period, though several commitments show it
  for (const ReplayPeriod& period : replay_tier(q)) {
    add_replay_period(cell, col, period, periods);
    if (total && period.credit && period.credit->eligible && counted_until != period.measured.span.to) {
      total->minor += period.credit->amount.minor;
      counted_until = period.measured.span.to;
    }
  }
  if (col.tier->availability.empty())
    cell.lines.push_back(say({"No availability commitment", "Keine Verfügbarkeitszusage",
                              "Geen beschikbaarheidstoezegging", "Intet tilgængelighedstilsagn"}));
  if (rule.kind == Credit::Kind::none) cell.lines.push_back(say(kNoRemedy));
  else if (!q.fee) cell.add_technical(say(kEnterPrice));
  else
    cell.lines.push_back(say({"Credits in all: {0}", "Gutschriften insgesamt: {0}", "Crediteringen in totaal: {0}",
                              "Krediteringer i alt: {0}"},
                             {money_text(*total)}));
  cite(cell, rule.cite);
  for (const auto& c : col.tier->availability) cite(cell, c.cite);
  cell.periods = periods;
  cell.credit_total = total ? object({{"minor", total->minor}, {"text", money_text(*total)}}) : json();
  return cell;
}

// How the ledger's local times were read: the explain line "outage-zone"
// (an explicit option: "outageZone", each column's zone by default).
json outage_zone_explanation(const ReplayRequest& replay) {
  std::string text =
      replay.file ? say({"Outage times without an offset were read in {0} for every column, when the file was opened.",
                         "Ausfallzeiten ohne Zeitversatz wurden beim Öffnen der Datei für jede Spalte in {0} gelesen.",
                         "Storingstijden zonder offset zijn bij het openen van het bestand voor elke kolom gelezen in {0}.",
                         "Nedbrudstider uden UTC-forskydning blev læst i {0} for hver kolonne, da filen blev åbnet."},
                        {replay.zone->name})
      : replay.zone ? say({"Outage times without an offset are read in {0} for every column (outageZone).",
                         "Ausfallzeiten ohne Zeitversatz werden für jede Spalte in {0} gelesen (outageZone).",
                         "Storingstijden zonder offset worden voor elke kolom gelezen in {0} (outageZone).",
                         "Nedbrudstider uden UTC-forskydning læses i {0} for hver kolonne (outageZone)."},
                        {replay.zone->name})
                  : say({"Outage times without an offset are read in each column's contract zone, as measure reads them "
                         "(outageZone \"column\", the default; name a zone to read them all in one).",
                         "Ausfallzeiten ohne Zeitversatz werden in der Zeitzone des Vertrags jeder Spalte gelesen, wie "
                         "measure sie liest (outageZone \"column\", die Voreinstellung; nennen Sie eine Zeitzone, um alle "
                         "in einer zu lesen).",
                         "Storingstijden zonder offset worden gelezen in de tijdzone van het contract van elke kolom, "
                         "zoals measure ze leest (outageZone \"column\", de standaard; noem een tijdzone om ze allemaal "
                         "in één te lezen).",
                         "Nedbrudstider uden UTC-forskydning læses i hver kolonnes kontrakts tidszone, som measure læser "
                         "dem (outageZone \"column\", standard; angiv en tidszone for at læse dem alle i én)."});
  return object({{"code", "outage-zone"}, {"text", text}});
}

// The row "replay" and its working: every column's periods with the ledger.
Result<json> replay_row(const std::vector<Column>& columns, const ReplayRequest& replay, Reading reading,
                        json& explain) {
  std::vector<Cell> cells;
  std::vector<std::string_view> zones_explained;
  explain.push_back(outage_zone_explanation(replay));
  for (const Column& col : columns) {
    std::vector<AdjustedTime> adjusted;
    auto cell = replay_cell(col, replay, reading, adjusted);
    if (!cell.ok()) return cell.error();
    cells.push_back(std::move(cell.value()));
    const Zone& zone = replay.zone ? *replay.zone : *find_zone(col.profile->time_zone);
    if (std::find(zones_explained.begin(), zones_explained.end(), zone.name) != zones_explained.end()) continue;
    if (auto line = adjusted_times_line(replay.file ? replay.file->adjusted : adjusted, replay.local, zone)) {
      zones_explained.push_back(zone.name);
      explain.push_back(object({{"code", line->code}, {"text", line->text}}));
    }
  }
  return row("replay", say({"Replayed outages", "Nachgespielte Ausfälle", "Nagespeelde storingen", "Genspillede nedbrud"}),
             cells);
}

}  // namespace

Result<json> compare_endpoint(const json& request, const OutageFile* file) {
  if (!request.is_object()) return not_a_request_object(request);
  if (auto e = reject_unknown_fields(request, "", {"columns", "monthBasis", "month", "badMonth", "outages", "from",
                                                                "to", "outageZone", "disambiguation"})) return *e;
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
  auto replay = read_replay_request(request, file);
  if (!replay.ok()) return replay.error();

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
  if (replay.value()) {
    auto r = replay_row(columns.value(), *replay.value(), choice.value().reading, explain);
    if (!r.ok()) return r.error();
    rows.push_back(r.value());
  }
  return object({{"columns", heads}, {"rows", rows}, {"explain", explain}});
}

}  // namespace slacalc
