// Holiday rules as data: one table per country, one row per rule, each row
// with the years it is in force and the law it comes from.
//
// Scope and choices (the law is the source; where it is not, we say so):
// - Public holidays are the days a statute makes holidays ("gesetzliche
//   Feiertage", "algemeen erkende feestdagen", "helligdage"), state-wide.
//   Holidays kept only in parts of a state are left out and named in the
//   calendar's notes: Assumption (15 Aug) in Bavaria's mainly Catholic
//   communities and the Augsburg Peace Festival (8 Aug, city of Augsburg),
//   Corpus Christi in Catholic parts of Saxony (Bautzen district) and
//   Thuringia (Eichsfeld, parts of Unstrut-Hainich and Wartburg districts).
// - Sunday feasts are listed where a law names them (Ostersonntag and
//   Pfingstsonntag in Brandenburg; Eerste Paasdag/Pinksterdag in NL, Påskedag
//   and Pinsedag in DK): they are Sundays anyway.
// - History is modelled from 1990 on as enacted (see each row). Years before
//   1990 are an approximation for Germany: the Federal Republic's rules
//   (17 June as Day of German Unity 1954–1990, Repentance Day in every state
//   until 1994, Labour Day in 1919 and from 1933) with today's state lists; the
//   GDR's holidays and pre-1949 state laws are not modelled, and the eastern
//   states' own holidays start in 1990. holiday_calendar_notes() says so.
#include "holidays.hpp"

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <span>
#include <utility>

#include "lang.hpp"
#include "local_text.hpp"

namespace slacalc {
namespace {

using namespace date;

enum class Country : std::uint8_t { none, de, nl, dk };

// German states, one bit each, in the order of their codes below.
enum : std::uint16_t {
  BW = 1 << 0, BY = 1 << 1, BE = 1 << 2, BB = 1 << 3, HB = 1 << 4, HH = 1 << 5,
  HE = 1 << 6, MV = 1 << 7, NI = 1 << 8, NW = 1 << 9, RP = 1 << 10, SL = 1 << 11,
  SN = 1 << 12, ST = 1 << 13, SH = 1 << 14, TH = 1 << 15,
};
constexpr std::uint16_t kAllStates = 0xFFFF;
constexpr std::uint16_t kNewStates = BB | MV | SN | ST | TH;  // re-established 1990

struct Calendar {
  std::string_view code;
  Country country;
  std::uint16_t state;  // DE: the state's bit; 0 = "DE", the holidays of every state
  Phrase scope;         // for the notes
};

constexpr Calendar kCalendars[] = {
    {"none", Country::none, 0,
     {"no public holidays: every day is a working day", "keine Feiertage: jeder Tag ist ein Arbeitstag",
      "geen feestdagen: elke dag is een werkdag", "ingen helligdage: hver dag er en arbejdsdag"}},
    {"DE", Country::de, 0,
     {"the holidays of every German state (a state's own, such as Epiphany or Reformation Day, need its code, "
      "e.g. DE-ST)",
      "die Feiertage aller deutschen Länder (die eines Landes allein, etwa Heilige Drei Könige oder der "
      "Reformationstag, brauchen seinen Code, z. B. DE-ST)",
      "de feestdagen van alle Duitse deelstaten (die van één deelstaat, zoals Driekoningen of Hervormingsdag, "
      "hebben de code van die deelstaat nodig, bijv. DE-ST)",
      "helligdagene i alle tyske delstater (en delstats egne, som helligtrekongersdag eller reformationsdagen, "
      "kræver dens kode, f.eks. DE-ST)"}},
    {"DE-BW", Country::de, BW,
     {"Baden-Württemberg (Feiertagsgesetz BW §1)", "Baden-Württemberg (Feiertagsgesetz BW §1)",
      "Baden-Württemberg (Feiertagsgesetz BW §1)", "Baden-Württemberg (Feiertagsgesetz BW §1)"}},
    {"DE-BY", Country::de, BY,
     {"Bavaria (Feiertagsgesetz BY Art. 1)", "Bayern (Feiertagsgesetz BY Art. 1)", "Beieren (Feiertagsgesetz BY Art. 1)",
      "Bayern (Feiertagsgesetz BY Art. 1)"}},
    {"DE-BE", Country::de, BE,
     {"Berlin (Gesetz über die Sonn- und Feiertage §1)", "Berlin (Gesetz über die Sonn- und Feiertage §1)",
      "Berlijn (Gesetz über die Sonn- und Feiertage §1)", "Berlin (Gesetz über die Sonn- und Feiertage §1)"}},
    {"DE-BB", Country::de, BB,
     {"Brandenburg (Feiertagsgesetz BB §2)", "Brandenburg (Feiertagsgesetz BB §2)",
      "Brandenburg (Feiertagsgesetz BB §2)", "Brandenburg (Feiertagsgesetz BB §2)"}},
    {"DE-HB", Country::de, HB,
     {"Bremen (Gesetz über die Sonn- und Feiertage §2)", "Bremen (Gesetz über die Sonn- und Feiertage §2)",
      "Bremen (Gesetz über die Sonn- und Feiertage §2)", "Bremen (Gesetz über die Sonn- und Feiertage §2)"}},
    {"DE-HH", Country::de, HH,
     {"Hamburg (Feiertagsgesetz HH §1)", "Hamburg (Feiertagsgesetz HH §1)", "Hamburg (Feiertagsgesetz HH §1)",
      "Hamborg (Feiertagsgesetz HH §1)"}},
    {"DE-HE", Country::de, HE,
     {"Hesse (Hessisches Feiertagsgesetz §1)", "Hessen (Hessisches Feiertagsgesetz §1)",
      "Hessen (Hessisches Feiertagsgesetz §1)", "Hessen (Hessisches Feiertagsgesetz §1)"}},
    {"DE-MV", Country::de, MV,
     {"Mecklenburg-Western Pomerania (Feiertagsgesetz MV §2)", "Mecklenburg-Vorpommern (Feiertagsgesetz MV §2)",
      "Mecklenburg-Voor-Pommeren (Feiertagsgesetz MV §2)", "Mecklenborg-Forpommern (Feiertagsgesetz MV §2)"}},
    {"DE-NI", Country::de, NI,
     {"Lower Saxony (Niedersächsisches Gesetz über die Feiertage §2)",
      "Niedersachsen (Niedersächsisches Gesetz über die Feiertage §2)",
      "Nedersaksen (Niedersächsisches Gesetz über die Feiertage §2)",
      "Niedersachsen (Niedersächsisches Gesetz über die Feiertage §2)"}},
    {"DE-NW", Country::de, NW,
     {"North Rhine-Westphalia (Feiertagsgesetz NW §2)", "Nordrhein-Westfalen (Feiertagsgesetz NW §2)",
      "Noordrijn-Westfalen (Feiertagsgesetz NW §2)", "Nordrhein-Westfalen (Feiertagsgesetz NW §2)"}},
    {"DE-RP", Country::de, RP,
     {"Rhineland-Palatinate (Landesfeiertagsgesetz RP §2)", "Rheinland-Pfalz (Landesfeiertagsgesetz RP §2)",
      "Rijnland-Palts (Landesfeiertagsgesetz RP §2)", "Rheinland-Pfalz (Landesfeiertagsgesetz RP §2)"}},
    {"DE-SL", Country::de, SL,
     {"Saarland (Feiertagsgesetz SL §2)", "Saarland (Feiertagsgesetz SL §2)", "Saarland (Feiertagsgesetz SL §2)",
      "Saarland (Feiertagsgesetz SL §2)"}},
    {"DE-SN", Country::de, SN,
     {"Saxony (Sächsisches Sonn- und Feiertagsgesetz §1)", "Sachsen (Sächsisches Sonn- und Feiertagsgesetz §1)",
      "Saksen (Sächsisches Sonn- und Feiertagsgesetz §1)", "Sachsen (Sächsisches Sonn- und Feiertagsgesetz §1)"}},
    {"DE-ST", Country::de, ST,
     {"Saxony-Anhalt (Feiertagsgesetz LSA §2)", "Sachsen-Anhalt (Feiertagsgesetz LSA §2)",
      "Saksen-Anhalt (Feiertagsgesetz LSA §2)", "Sachsen-Anhalt (Feiertagsgesetz LSA §2)"}},
    {"DE-SH", Country::de, SH,
     {"Schleswig-Holstein (Sonn- und Feiertagsgesetz SH §2)", "Schleswig-Holstein (Sonn- und Feiertagsgesetz SH §2)",
      "Sleeswijk-Holstein (Sonn- und Feiertagsgesetz SH §2)", "Slesvig-Holsten (Sonn- und Feiertagsgesetz SH §2)"}},
    {"DE-TH", Country::de, TH,
     {"Thuringia (Thüringer Feiertagsgesetz §2)", "Thüringen (Thüringer Feiertagsgesetz §2)",
      "Thüringen (Thüringer Feiertagsgesetz §2)", "Thüringen (Thüringer Feiertagsgesetz §2)"}},
    {"NL", Country::nl, 0,
     {"the Netherlands (Algemene termijnenwet art. 3, with Easter and Whit Sunday and the options below)",
      "die Niederlande (Algemene termijnenwet Art. 3, mit Ostersonntag und Pfingstsonntag und den Optionen unten)",
      "Nederland (Algemene termijnenwet art. 3, met Eerste Paasdag en Eerste Pinksterdag en de opties hieronder)",
      "Nederlandene (Algemene termijnenwet art. 3, med påskedag og pinsedag og indstillingerne nedenfor)"}},
    {"DK", Country::dk, 0,
     {"Denmark (helligdage, Lov om helligdagsfred §1)", "Dänemark (helligdage, Lov om helligdagsfred §1)",
      "Denemarken (helligdage, Lov om helligdagsfred §1)", "Danmark (helligdage, Lov om helligdagsfred §1)"}},
};

enum class When : std::uint8_t {
  fixed,           // month/day
  easter,          // Easter Sunday + day (an offset)
  before_nov23,    // the Wednesday before 23 November
  sunday_back,     // month/day, a day earlier when that is a Sunday
  sunday_forward,  // month/day, a day later when that is a Sunday
};

enum class Gate : std::uint8_t { always, nl_good_friday, nl_liberation_day };

struct Rule {
  const char* id;
  const char* name;
  const char* local_name;
  When when;
  std::uint8_t month;
  std::int16_t day;  // day of month, or the offset from Easter Sunday
  std::int16_t from, to;  // years in force, inclusive
  std::uint16_t states;   // DE only: where the rule holds
  Gate gate = Gate::always;
};

constexpr std::int16_t kAlways = kFirstHolidayYear, kOpen = kLastHolidayYear;

// Germany. The federal level fixes only 3 October (Einigungsvertrag Art. 2
// Abs. 2); every other holiday is in the state laws named in kCalendars.
constexpr Rule kGermany[] = {
    {"new-years-day", "New Year's Day", "Neujahr", When::fixed, 1, 1, kAlways, kOpen, kAllStates},
    {"epiphany", "Epiphany", "Heilige Drei Könige", When::fixed, 1, 6, kAlways, kOpen, BW | BY},
    // Saxony-Anhalt: from the state's re-establishment in 1990 here (its
    // holiday law followed in the early 1990s; the first year is not modelled).
    {"epiphany", "Epiphany", "Heilige Drei Könige", When::fixed, 1, 6, 1990, kOpen, ST},
    // Berlin since 2019 (amendment of 24 Jan 2019); Mecklenburg-Western
    // Pomerania since 2023 (4th amendment of its Feiertagsgesetz).
    {"womens-day", "International Women's Day", "Internationaler Frauentag", When::fixed, 3, 8,
     2019, kOpen, BE},
    {"womens-day", "International Women's Day", "Internationaler Frauentag", When::fixed, 3, 8,
     2023, kOpen, MV},
    {"good-friday", "Good Friday", "Karfreitag", When::easter, 0, -2, kAlways, kOpen, kAllStates},
    // Brandenburg alone names the two Sundays (Feiertagsgesetz BB §2 Abs. 1).
    {"easter-sunday", "Easter Sunday", "Ostersonntag", When::easter, 0, 0, 1990, kOpen, BB},
    {"easter-monday", "Easter Monday", "Ostermontag", When::easter, 0, 1, kAlways, kOpen,
     kAllStates},
    // Once in 1919 (a law of the National Assembly, April 1919); a holiday
    // since the law of 10 April 1933, kept by every state after 1945.
    {"labour-day", "Labour Day", "Tag der Arbeit", When::fixed, 5, 1, 1919, 1919, kAllStates},
    {"labour-day", "Labour Day", "Tag der Arbeit", When::fixed, 5, 1, 1933, kOpen, kAllStates},
    // Berlin: one-off holidays for the 75th and 80th anniversary of the end of
    // the war (one-off amendments of Berlin's Feiertagsgesetz, 2019 and 2024).
    {"liberation-day", "Day of Liberation", "Tag der Befreiung", When::fixed, 5, 8, 2020, 2020, BE},
    {"liberation-day", "Day of Liberation", "Tag der Befreiung", When::fixed, 5, 8, 2025, 2025, BE},
    {"ascension-day", "Ascension Day", "Christi Himmelfahrt", When::easter, 0, 39, kAlways, kOpen,
     kAllStates},
    {"whit-sunday", "Whit Sunday", "Pfingstsonntag", When::easter, 0, 49, 1990, kOpen, BB},
    {"whit-monday", "Whit Monday", "Pfingstmontag", When::easter, 0, 50, kAlways, kOpen,
     kAllStates},
    // State-wide only where the state law says so (SN and TH: some
    // communities only, left out; see the notes).
    {"corpus-christi", "Corpus Christi", "Fronleichnam", When::easter, 0, 60, kAlways, kOpen,
     BW | BY | HE | NW | RP | SL},
    // West Germany's Day of German Unity, Gesetz vom 4. August 1953, first
    // kept 1954; replaced by 3 October (Einigungsvertrag), 1990 the last.
    {"unity-day-17-june", "Day of German Unity (17 June)", "Tag der deutschen Einheit",
     When::fixed, 6, 17, 1954, 1990, kAllStates},
    // Berlin: one-off holiday for the 75th anniversary of the 1953 uprising,
    // announced with the 2025 one (as date-holidays lists it; not checked
    // against Berlin's law gazette). A Saturday.
    {"uprising-anniversary", "Anniversary of the 17 June 1953 uprising",
     "Jahrestag des Volksaufstandes vom 17. Juni 1953", When::fixed, 6, 17, 2028, 2028, BE},
    // Saarland state-wide; Bavaria only in mainly Catholic communities (left out).
    {"assumption-day", "Assumption Day", "Mariä Himmelfahrt", When::fixed, 8, 15, kAlways, kOpen,
     SL},
    // Thuringia since 2019 (Thüringer Feiertagsgesetz, amendment of 2019).
    {"world-childrens-day", "World Children's Day", "Weltkindertag", When::fixed, 9, 20, 2019,
     kOpen, TH},
    {"german-unity-day", "German Unity Day", "Tag der Deutschen Einheit", When::fixed, 10, 3, 1990,
     kOpen, kAllStates},
    // The eastern states since 1990; everywhere once in 2017 (500 years of
    // the Reformation, each state's decree); Bremen, Hamburg, Lower Saxony
    // and Schleswig-Holstein since 2018 (their 2018 amendments).
    {"reformation-day", "Reformation Day", "Reformationstag", When::fixed, 10, 31, 1990, kOpen,
     kNewStates},
    {"reformation-day", "Reformation Day", "Reformationstag", When::fixed, 10, 31, 2017, 2017,
     kAllStates},
    {"reformation-day", "Reformation Day", "Reformationstag", When::fixed, 10, 31, 2018, kOpen,
     HB | HH | NI | SH},
    {"all-saints-day", "All Saints' Day", "Allerheiligen", When::fixed, 11, 1, kAlways, kOpen,
     BW | BY | NW | RP | SL},
    // Abolished from 1995 to fund long-term care insurance (SGB XI §58);
    // Saxony kept it, its employees paying the higher share (§58 Abs. 3).
    {"repentance-day", "Day of Repentance and Prayer", "Buß- und Bettag", When::before_nov23, 11,
     23, kAlways, 1994, kAllStates},
    {"repentance-day", "Day of Repentance and Prayer", "Buß- und Bettag", When::before_nov23, 11,
     23, 1995, kOpen, SN},
    {"christmas-day", "Christmas Day", "1. Weihnachtstag", When::fixed, 12, 25, kAlways, kOpen,
     kAllStates},
    {"second-day-of-christmas", "Second Day of Christmas", "2. Weihnachtstag", When::fixed, 12, 26,
     kAlways, kOpen, kAllStates},
};

// The Netherlands: Algemene termijnenwet art. 3. Lid 1 names New Year, Easter
// and Whit Monday, Ascension, both Christmas days, the King's birthday and
// "de vijfde mei"; lid 2 puts Good Friday on a par with them ("Voor de
// toepassing van deze wet wordt de Goede Vrijdag met de in het vorige lid
// genoemde dagen gelijkgesteld"). Both count by default; the common practice
// of collective agreements (5 May off in lustrum years, Good Friday a working
// day) is the option. The Sunday feasts are listed too; days put on a par by
// decree under lid 3 (bridge days, announced a few years ahead) are not.
constexpr Rule kNetherlands[] = {
    {"new-years-day", "New Year's Day", "Nieuwjaarsdag", When::fixed, 1, 1, kAlways, kOpen, 0},
    {"good-friday", "Good Friday", "Goede Vrijdag", When::easter, 0, -2, kAlways, kOpen, 0,
     Gate::nl_good_friday},
    {"easter-sunday", "Easter Sunday", "Eerste Paasdag", When::easter, 0, 0, kAlways, kOpen, 0},
    {"easter-monday", "Easter Monday", "Tweede Paasdag", When::easter, 0, 1, kAlways, kOpen, 0},
    // Koningsdag: 27 April, on Saturday 26 April when the 27th is a Sunday
    // (government.nl, "Koningsdag"). Koninginnedag 30 April 1949–2013: a Sunday
    // moved it to Monday 1 May under Juliana, to Saturday 29 April from 1980.
    // 1900–1948 Wilhelmina's birthday, 31 August (no Sunday rule modelled).
    {"kings-day", "King's Day", "Koningsdag", When::sunday_back, 4, 27, 2014, kOpen, 0},
    {"queens-day", "Queen's Day", "Koninginnedag", When::sunday_forward, 4, 30, 1949, 1979, 0},
    {"queens-day", "Queen's Day", "Koninginnedag", When::sunday_back, 4, 30, 1980, 2013, 0},
    {"queens-day", "Queen's Day", "Koninginnedag", When::fixed, 8, 31, kAlways, 1948, 0},
    // Bevrijdingsdag, kept since 1946: see liberation_day_counts().
    {"liberation-day", "Liberation Day", "Bevrijdingsdag", When::fixed, 5, 5, 1946, kOpen, 0,
     Gate::nl_liberation_day},
    {"ascension-day", "Ascension Day", "Hemelvaartsdag", When::easter, 0, 39, kAlways, kOpen, 0},
    {"whit-sunday", "Whit Sunday", "Eerste Pinksterdag", When::easter, 0, 49, kAlways, kOpen, 0},
    {"whit-monday", "Whit Monday", "Tweede Pinksterdag", When::easter, 0, 50, kAlways, kOpen, 0},
    {"christmas-day", "Christmas Day", "Eerste Kerstdag", When::fixed, 12, 25, kAlways, kOpen, 0},
    {"second-day-of-christmas", "Second Day of Christmas", "Tweede Kerstdag", When::fixed, 12, 26,
     kAlways, kOpen, 0},
};

// Denmark: the helligdage of Lov om helligdagsfred §1 (Sundays apart).
// Grundlovsdag (5 June), Juleaften and Nytårsaften are no helligdage: shops
// close by law on 5 June and 24 December, and many employers give them off,
// but they are not public holidays (as date-holidays counts them too).
constexpr Rule kDenmark[] = {
    {"new-years-day", "New Year's Day", "Nytårsdag", When::fixed, 1, 1, kAlways, kOpen, 0},
    {"maundy-thursday", "Maundy Thursday", "Skærtorsdag", When::easter, 0, -3, kAlways, kOpen, 0},
    {"good-friday", "Good Friday", "Langfredag", When::easter, 0, -2, kAlways, kOpen, 0},
    {"easter-sunday", "Easter Sunday", "Påskedag", When::easter, 0, 0, kAlways, kOpen, 0},
    {"easter-monday", "Easter Monday", "2. påskedag", When::easter, 0, 1, kAlways, kOpen, 0},
    // The fourth Friday after Easter; abolished from 2024 (Lov om afskaffelse
    // af store bededag som helligdag, 2023).
    {"great-prayer-day", "Great Prayer Day", "Store bededag", When::easter, 0, 26, kAlways, 2023,
     0},
    {"ascension-day", "Ascension Day", "Kristi himmelfartsdag", When::easter, 0, 39, kAlways, kOpen,
     0},
    {"whit-sunday", "Whit Sunday", "Pinsedag", When::easter, 0, 49, kAlways, kOpen, 0},
    {"whit-monday", "Whit Monday", "2. pinsedag", When::easter, 0, 50, kAlways, kOpen, 0},
    {"christmas-day", "Christmas Day", "Juledag", When::fixed, 12, 25, kAlways, kOpen, 0},
    {"second-day-of-christmas", "Second Day of Christmas", "2. juledag", When::fixed, 12, 26,
     kAlways, kOpen, 0},
};

struct RuleTable {
  const Rule* begin;
  const Rule* end;
};

template <size_t N>
constexpr RuleTable table(const Rule (&rules)[N]) {
  return {rules, rules + N};
}

constexpr size_t kMaxRules = std::max({std::size(kGermany), std::size(kNetherlands),
                                        std::size(kDenmark)});

RuleTable rules_of(Country country) {
  switch (country) {
    case Country::de: return table(kGermany);
    case Country::nl: return table(kNetherlands);
    case Country::dk: return table(kDenmark);
    case Country::none: break;
  }
  return {nullptr, nullptr};
}

const Calendar* find_calendar(std::string_view code) {
  for (const auto& c : kCalendars)
    if (code == c.code) return &c;
  return nullptr;
}

// Bevrijdingsdag: a national holiday every year since 1990, listed in art. 3
// lid 1, so the default counts it every year from 1990. Option "lustrum":
// only in lustrum years (2025, 2030, ...), as most collective agreements give
// the day off. Before 1990 it was kept as a holiday in lustrum years only.
bool liberation_day_counts(int year, const HolidayOptions& options) {
  if (year % 5 == 0) return true;
  return options.nl_liberation_day == LiberationDay::every_year && year >= 1990;
}

bool gate_open(Gate gate, int year, const HolidayOptions& options) {
  switch (gate) {
    case Gate::always: return true;
    case Gate::nl_good_friday: return options.nl_good_friday;
    case Gate::nl_liberation_day: return liberation_day_counts(year, options);
  }
  return false;
}

// "DE" keeps the rules that hold in every state.
bool rule_applies(const Rule& r, const Calendar& c) {
  if (c.country != Country::de) return true;
  return c.state == 0 ? r.states == kAllStates : (r.states & c.state) != 0;
}

bool rule_holds(const Rule& r, const Calendar& c, int year, const HolidayOptions& options) {
  if (year < r.from || year > r.to || !rule_applies(r, c)) return false;
  return gate_open(r.gate, year, options);
}

sys_days rule_day(const Rule& r, int y, sys_days easter) {
  if (r.when == When::easter) return easter + days{r.day};
  sys_days d{year{y} / month{r.month} / day{static_cast<unsigned>(r.day)}};
  switch (r.when) {
    case When::before_nov23: {
      // 16–22 November: back to the Wednesday, a full week if the 23rd is one.
      int back = (weekday{d} - Wednesday).count();
      return d - days{back == 0 ? 7 : back};
    }
    case When::sunday_back: return weekday{d} == Sunday ? d - days{1} : d;
    case When::sunday_forward: return weekday{d} == Sunday ? d + days{1} : d;
    default: return d;
  }
}

// Is `id` one of the "+"-joined ids in `joined`?
bool has_id(std::string_view joined, std::string_view id) {
  for (size_t start = 0;;) {
    size_t end = joined.find('+', start);
    if (joined.substr(start, end - start) == id) return true;
    if (end == std::string_view::npos) return false;
    start = end + 1;
  }
}

bool in_range(int year) { return year >= kFirstHolidayYear && year <= kLastHolidayYear; }

// The calendar's holidays that start, end or hold once within from–to:
// "Women's Day from 2019; Reformation Day in 2017 only". Rows of one feast
// that overlap or follow each other (Repentance Day in Saxony: every state
// until 1994, Saxony from 1995) count as one. Option-gated rows have notes of
// their own.
std::string rule_changes(const Calendar& c, int from, int to) {
  struct Span {
    const Rule* rule;
    int from, to;
  };
  std::vector<Span> spans;
  RuleTable rules = rules_of(c.country);
  for (const Rule* r = rules.begin; r != rules.end; ++r)
    if (r->gate == Gate::always && rule_applies(*r, c)) spans.push_back({r, r->from, r->to});
  // Join spans of one feast that overlap or touch, until none do.
  for (bool joined = true; joined;) {
    joined = false;
    for (size_t i = 0; i < spans.size() && !joined; ++i)
      for (size_t j = i + 1; j < spans.size() && !joined; ++j) {
        Span &a = spans[i], &b = spans[j];
        if (std::string_view(a.rule->id) != b.rule->id || a.from > b.to + 1 || b.from > a.to + 1)
          continue;
        a.from = std::min(a.from, b.from);
        a.to = std::max(a.to, b.to);
        spans.erase(spans.begin() + static_cast<std::ptrdiff_t>(j));
        joined = true;
      }
  }
  std::string out;
  for (const Span& s : spans) {
    bool starts = s.from > from && s.from <= to, ends = s.to >= from && s.to < to;
    // The feast by its English name in English, else by the calendar's own.
    std::string name = current_lang() == Lang::en ? s.rule->name : s.rule->local_name;
    std::string first = std::to_string(s.from), last = std::to_string(s.to), text;
    if (s.from == s.to && s.from >= from && s.from <= to)
      text = say({"{0} in {1} only", "{0} nur {1}", "{0} alleen in {1}", "{0} kun i {1}"}, {name, first});
    else if (starts && ends)
      text = name + " " + first + "–" + last;
    else if (starts)
      text = say({"{0} from {1}", "{0} ab {1}", "{0} vanaf {1}", "{0} fra {1}"}, {name, first});
    else if (ends)
      text = say({"{0} until {1}", "{0} bis {1}", "{0} tot en met {1}", "{0} indtil {1}"}, {name, last});
    else
      continue;
    out += (out.empty() ? "" : "; ") + text;
  }
  return out;
}

}  // namespace

year_month_day easter_sunday(int y) {
  // Anonymous Gregorian algorithm (Meeus, Astronomical Algorithms, ch. 8;
  // Jones 1876, Butcher 1876): a = place in the 19-year Metonic cycle, h =
  // epact-based age of the Paschal full moon, l = days to the next Sunday.
  int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4;
  int f = (b + 8) / 25, g = (b - f + 1) / 3;
  int h = (19 * a + b - d - g + 15) % 30;
  int i = c / 4, k = c % 4;
  int l = (32 + 2 * e + 2 * i - h - k) % 7;
  int m = (a + 11 * h + 22 * l) / 451;
  int month_ = (h + l - 7 * m + 114) / 31, day_ = (h + l - 7 * m + 114) % 31 + 1;
  return year{y} / month{static_cast<unsigned>(month_)} / day{static_cast<unsigned>(day_)};
}

bool is_known_holiday_calendar(std::string_view code) { return find_calendar(code) != nullptr; }

std::vector<std::string_view> holiday_calendar_codes() {
  std::vector<std::string_view> codes;
  for (const auto& c : kCalendars) codes.push_back(c.code);
  return codes;
}

std::vector<Holiday> holidays_in_year(std::string_view calendar, int y,
                                      const HolidayOptions& options) {
  std::vector<Holiday> out;
  const Calendar* c = find_calendar(calendar);
  if (!c || !in_range(y)) return out;
  RuleTable rules = rules_of(c->country);
  sys_days easter{easter_sunday(y)};
  struct Hit {
    sys_days day;
    const Rule* rule;
  };
  Hit hits[kMaxRules];
  size_t count = 0;
  for (const Rule* r = rules.begin; r != rules.end; ++r)
    if (rule_holds(*r, *c, y, options)) hits[count++] = {rule_day(*r, y, easter), r};
  // Insertion sort: a few dozen rows at most, and stable, so feasts on one
  // day keep the table's order (std::stable_sort costs kilobytes of wasm).
  for (size_t i = 1; i < count; ++i)
    for (size_t j = i; j > 0 && hits[j].day < hits[j - 1].day; --j) std::swap(hits[j], hits[j - 1]);
  for (const Hit& hit : std::span(hits, count)) {
    const Rule& r = *hit.rule;
    if (!out.empty() && sys_days{out.back().day} == hit.day) {
      Holiday& h = out.back();
      // The same feast from two rules (Reformation Day 2017 in DE-ST) is one.
      if (has_id(h.id, r.id)) continue;
      h.id += std::string("+") + r.id;
      h.name += std::string(" / ") + r.name;
      h.local_name += std::string(" / ") + r.local_name;
      continue;
    }
    out.push_back({year_month_day{hit.day}, r.id, r.name, r.local_name});
  }
  return out;
}

bool is_holiday(std::string_view calendar, year_month_day day, const HolidayOptions& options) {
  const Calendar* c = find_calendar(calendar);
  int y = static_cast<int>(day.year());
  if (!c || !day.ok() || !in_range(y)) return false;
  RuleTable rules = rules_of(c->country);
  sys_days target{day}, easter{easter_sunday(y)};
  int after_easter = static_cast<int>((target - easter).count());
  unsigned m = static_cast<unsigned>(day.month()), d = static_cast<unsigned>(day.day());
  for (const Rule* r = rules.begin; r != rules.end; ++r) {
    // Most rows are a fixed date or an Easter offset: compare without
    // building dates; the few movable ones are computed.
    bool on_day = r->when == When::fixed    ? r->month == m && static_cast<unsigned>(r->day) == d
                  : r->when == When::easter ? r->day == after_easter
                                            : rule_day(*r, y, easter) == target;
    if (on_day && rule_holds(*r, *c, y, options)) return true;
  }
  return false;
}

Explain holiday_calendar_notes(std::string_view calendar, int from, int to,
                               const HolidayOptions& options) {
  Explain notes;
  const Calendar* c = find_calendar(calendar);
  if (!c) return notes;
  notes.push_back({"holiday-calendar", std::string(c->code) + ": " + say(c->scope) + "."});
  std::string changes = rule_changes(*c, from, to);
  if (!changes.empty())
    notes.push_back({"holiday-changes",
                     (from == to ? say({"In {0}: {1}.", "{0}: {1}.", "In {0}: {1}.", "I {0}: {1}."},
                                       {std::to_string(from), changes})
                                 : say({"Within {0}–{1}: {2}.", "{0}–{1}: {2}.", "Binnen {0}–{1}: {2}.",
                                        "Inden for {0}–{1}: {2}."},
                                       {std::to_string(from), std::to_string(to), changes}))});
  if (c->country == Country::de) {
    notes.push_back({"holiday-statewide",
                     say({"Only holidays that hold in the whole state are listed; days kept in some "
                          "communities only are not.",
                          "Aufgeführt sind nur Feiertage, die im ganzen Land gelten; Tage, die nur in einzelnen "
                          "Gemeinden gelten, nicht.",
                          "Alleen feestdagen die in de hele deelstaat gelden staan erin; dagen die alleen in "
                          "sommige gemeenten gelden niet.",
                          "Kun helligdage, der gælder i hele delstaten, er med; dage, der kun holdes i nogle "
                          "kommuner, er ikke."})});
    if (c->state == BY)
      notes.push_back({"holiday-regional",
                       say({"Not included: Assumption Day (15 August), a holiday only in Bavaria's "
                            "mainly Catholic communities, and the Augsburg Peace Festival (8 August, "
                            "city of Augsburg only).",
                            "Nicht enthalten: Mariä Himmelfahrt (15. August), ein Feiertag nur in Bayerns "
                            "überwiegend katholischen Gemeinden, und das Augsburger Friedensfest (8. August, "
                            "nur Stadt Augsburg).",
                            "Niet opgenomen: Maria-Tenhemelopneming (15 augustus), alleen een feestdag in de "
                            "overwegend katholieke gemeenten van Beieren, en het Augsburger Friedensfest "
                            "(8 augustus, alleen de stad Augsburg).",
                            "Ikke med: Marias himmelfart (15. august), kun en helligdag i Bayerns overvejende "
                            "katolske kommuner, og Augsburger Friedensfest (8. august, kun byen Augsburg)."})});
    if (c->state == SN)
      notes.push_back({"holiday-regional",
                       say({"Not included: Corpus Christi, a holiday only in some mainly Catholic communities "
                            "of the Bautzen district.",
                            "Nicht enthalten: Fronleichnam, ein Feiertag nur in einigen überwiegend katholischen "
                            "Gemeinden des Landkreises Bautzen.",
                            "Niet opgenomen: Sacramentsdag, alleen een feestdag in enkele overwegend katholieke "
                            "gemeenten van het district Bautzen.",
                            "Ikke med: Kristi legemsfest, kun en helligdag i nogle overvejende katolske kommuner "
                            "i distriktet Bautzen."})});
    if (c->state == TH)
      notes.push_back({"holiday-regional",
                       say({"Not included: Corpus Christi, a holiday only in some mainly Catholic communities "
                            "of the Eichsfeld, Unstrut-Hainich and Wartburg districts.",
                            "Nicht enthalten: Fronleichnam, ein Feiertag nur in einigen überwiegend katholischen "
                            "Gemeinden der Landkreise Eichsfeld, Unstrut-Hainich und Wartburgkreis.",
                            "Niet opgenomen: Sacramentsdag, alleen een feestdag in enkele overwegend katholieke "
                            "gemeenten van de districten Eichsfeld, Unstrut-Hainich en Wartburg.",
                            "Ikke med: Kristi legemsfest, kun en helligdag i nogle overvejende katolske kommuner "
                            "i distrikterne Eichsfeld, Unstrut-Hainich og Wartburg."})});
    if (from < 1990)
      notes.push_back({"holiday-history",
                       say({"Years before 1990 are an approximation: the Federal Republic's rules "
                            "(17 June as Day of German Unity 1954–1990, Repentance Day in every state "
                            "until 1994, Labour Day in 1919 and from 1933) with today's state lists "
                            "otherwise; the GDR's holidays and earlier state laws are not modelled.",
                            "Jahre vor 1990 sind eine Näherung: die Regeln der Bundesrepublik (17. Juni als Tag "
                            "der deutschen Einheit 1954–1990, Buß- und Bettag in allen Ländern bis 1994, Tag der "
                            "Arbeit 1919 und ab 1933), sonst die heutigen Listen der Länder; die Feiertage der DDR "
                            "und frühere Landesgesetze sind nicht abgebildet.",
                            "Jaren vóór 1990 zijn een benadering: de regels van de Bondsrepubliek (17 juni als Dag "
                            "van de Duitse Eenheid 1954–1990, Boete- en Gebedsdag in alle deelstaten tot 1994, "
                            "Dag van de Arbeid in 1919 en vanaf 1933), verder de huidige lijsten van de "
                            "deelstaten; de feestdagen van de DDR en eerdere deelstaatwetten zijn niet "
                            "nagebootst.",
                            "År før 1990 er en tilnærmelse: Forbundsrepublikkens regler (17. juni som dagen for "
                            "tysk enhed 1954–1990, bods- og bededag i alle delstater indtil 1994, arbejdernes "
                            "kampdag i 1919 og fra 1933), ellers delstaternes nuværende lister; DDR's helligdage "
                            "og tidligere delstatslove er ikke gengivet."})});
  }
  if (c->country == Country::nl) {
    notes.push_back(
        {"holiday-option-liberation-day",
         options.nl_liberation_day == LiberationDay::every_year
             ? say({"Liberation Day (5 May) counted every year since 1990, as the Algemene termijnenwet art. 3 lid 1 "
                    "lists it (the default); the other reading counts it only every fifth year, as most collective "
                    "agreements give the day off.",
                    "Befreiungstag (5. Mai) jedes Jahr seit 1990 gezählt, wie ihn die Algemene termijnenwet Art. 3 "
                    "Abs. 1 nennt (Vorgabe); die andere Lesart zählt ihn nur jedes fünfte Jahr, wie die meisten "
                    "Tarifverträge den Tag freigeben.",
                    "Bevrijdingsdag (5 mei) elk jaar geteld sinds 1990, zoals de Algemene termijnenwet art. 3 lid 1 "
                    "hem noemt (standaard); de andere lezing telt hem alleen elk vijfde jaar, zoals de meeste cao's "
                    "de dag vrij geven.",
                    "Befrielsesdagen (5. maj) talt hvert år siden 1990, som Algemene termijnenwet art. 3 lid 1 nævner "
                    "den (standard); den anden læsning tæller den kun hvert femte år, som de fleste overenskomster "
                    "giver fri."})
             : say({"Liberation Day (5 May) counted in lustrum years only (every fifth year), as most collective "
                    "agreements give the day off (chosen); the default follows the Algemene termijnenwet art. 3 "
                    "lid 1: every year.",
                    "Befreiungstag (5. Mai) nur in Lustrumjahren gezählt (jedes fünfte Jahr), wie die meisten "
                    "Tarifverträge den Tag freigeben (gewählt); die Vorgabe folgt der Algemene termijnenwet Art. 3 "
                    "Abs. 1: jedes Jahr.",
                    "Bevrijdingsdag (5 mei) alleen in lustrumjaren geteld (elk vijfde jaar), zoals de meeste cao's "
                    "de dag vrij geven (gekozen); de standaard volgt de Algemene termijnenwet art. 3 lid 1: elk jaar.",
                    "Befrielsesdagen (5. maj) kun talt i lustrumår (hvert femte år), som de fleste overenskomster "
                    "giver fri (valgt); standarden følger Algemene termijnenwet art. 3 lid 1: hvert år."})});
    notes.push_back(
        {"holiday-option-good-friday",
         options.nl_good_friday
             ? say({"Good Friday counted: the Algemene termijnenwet art. 3 lid 2 puts it on a par with the holidays "
                    "of lid 1 (the default); the other reading treats it as a working day, as most collective "
                    "agreements do.",
                    "Karfreitag gezählt: die Algemene termijnenwet Art. 3 Abs. 2 stellt ihn den Feiertagen aus "
                    "Abs. 1 gleich (Vorgabe); die andere Lesart behandelt ihn als Arbeitstag, wie die meisten "
                    "Tarifverträge.",
                    "Goede Vrijdag geteld: de Algemene termijnenwet art. 3 lid 2 stelt hem gelijk met de feestdagen "
                    "van lid 1 (standaard); de andere lezing behandelt hem als werkdag, zoals de meeste cao's.",
                    "Langfredag talt: Algemene termijnenwet art. 3 lid 2 sidestiller den med helligdagene i lid 1 "
                    "(standard); den anden læsning behandler den som en arbejdsdag, som de fleste overenskomster "
                    "gør."})
             : say({"Good Friday not counted: a working day under most collective agreements (chosen); the default "
                    "follows the Algemene termijnenwet art. 3 lid 2, which puts it on a par with the holidays.",
                    "Karfreitag nicht gezählt: ein Arbeitstag nach den meisten Tarifverträgen (gewählt); die Vorgabe "
                    "folgt der Algemene termijnenwet Art. 3 Abs. 2, die ihn den Feiertagen gleichstellt.",
                    "Goede Vrijdag niet geteld: een werkdag volgens de meeste cao's (gekozen); de standaard volgt de "
                    "Algemene termijnenwet art. 3 lid 2, die hem gelijkstelt met de feestdagen.",
                    "Langfredag ikke talt: en arbejdsdag efter de fleste overenskomster (valgt); standarden følger "
                    "Algemene termijnenwet art. 3 lid 2, som sidestiller den med helligdagene."})});
    notes.push_back({"holiday-sunday",
                     "Easter Sunday and Whit Sunday are listed though they are Sundays."});
    if (to >= 2014)
      notes.push_back({"holiday-kings-day",
                       "King's Day is 27 April, or Saturday 26 April when the 27th is a Sunday."});
    if (from <= 2013 && to >= 1949)
      notes.push_back({"holiday-queens-day",
                       "Queen's Day 1949–2013 was 30 April; on a Sunday it moved to Monday 1 May "
                       "until 1979 and to Saturday 29 April from 1980."});
    if (from < 1949)
      notes.push_back({"holiday-history",
                       "Before 1949 Queen's Day was 31 August (Queen Wilhelmina's birthday); no "
                       "Sunday rule is modelled for it."});
  }
  if (c->country == Country::dk) {
    notes.push_back({"holiday-great-prayer-day",
                     std::string("Great Prayer Day (Store bededag, the fourth Friday after "
                                 "Easter) was a holiday until 2023 and is abolished from 2024") +
                         (to <= 2023   ? "; it is listed in these years."
                          : from >= 2024 ? ": not listed."
                                         : ": listed up to 2023.")});
    notes.push_back({"holiday-not-public",
                     "Not counted: Constitution Day (5 June), Christmas Eve and New Year's Eve — "
                     "no public holidays, though many employers give them off."});
  }
  return notes;
}

HolidayYears holidays_between(std::string_view calendar, int from, int to,
                              const HolidayOptions& options) {
  HolidayYears out{{}, holiday_calendar_notes(calendar, from, to, options)};
  for (int y = from; y <= to; ++y) {
    for (Holiday& h : holidays_in_year(calendar, y, options)) {
      // The holidays' names are the calendar's own, inserted as they are.
      if (h.id.find('+') != std::string::npos)
        out.explain.push_back({"holiday-coincide", say({"{0}: {1} fall on the same day, listed once.",
                                                        "{0}: {1} fallen auf denselben Tag, einmal aufgeführt.",
                                                        "{0}: {1} vallen op dezelfde dag, één keer vermeld.",
                                                        "{0}: {1} falder på samme dag, anført én gang."},
                                                       {date_text(local_days{h.day}), h.name})});
      out.holidays.push_back(std::move(h));
    }
  }
  return out;
}

}  // namespace slacalc
