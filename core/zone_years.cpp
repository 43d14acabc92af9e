#include "zone_years.hpp"

#include <algorithm>
#include <cstdlib>
#include <string>

#include "iso_time.hpp"
#include "lang.hpp"
#include "local_text.hpp"

namespace slacalc {
namespace {

// "02:00", "26:00 (02:00 the next day)"
std::string shifted_clock_text(int seconds) {
  auto hm = [](int s) {
    int a = std::abs(s);
    return std::string(s < 0 ? "-" : "") + two_digits(a / 3600) + ":" + two_digits(a / 60 % 60);
  };
  if (seconds >= 0 && seconds < 86400) return hm(seconds);
  int days = seconds >= 0 ? seconds / 86400 : -((-seconds + 86399) / 86400);
  std::string at = hm(seconds - days * 86400), n = std::to_string(days > 0 ? days : -days);
  std::string shifted =
      days == 1    ? say({"{0} the next day", "{0} am nächsten Tag", "{0} de volgende dag", "{0} næste dag"}, {at})
      : days == -1 ? say({"{0} the day before", "{0} am Tag davor", "{0} de dag ervoor", "{0} dagen før"}, {at})
      : days > 0   ? say({"{0} {1} days later", "{0} {1} Tage später", "{0} {1} dagen later", "{0} {1} dage senere"}, {at, n})
                   : say({"{0} {1} days before", "{0} {1} Tage davor", "{0} {1} dagen ervoor", "{0} {1} dage før"}, {at, n});
  return hm(seconds) + " (" + shifted + ")";
}

// A rule's day, as the object of "from" and "to" in rule_text: "the last
// Sunday in March at 02:00 local time"; de "letzten Sonntag im März um 02:00
// Ortszeit" (vom … bis zum …).
std::string posix_date_text(const PosixDate& d) {
  static constexpr Phrase kWeeks[] = {{"last", "letzten", "laatste", "sidste"},
                                      {"first", "ersten", "eerste", "første"},
                                      {"second", "zweiten", "tweede", "anden"},
                                      {"third", "dritten", "derde", "tredje"},
                                      {"fourth", "vierten", "vierde", "fjerde"},
                                      {"last", "letzten", "laatste", "sidste"}};
  static constexpr Phrase kMonths[] = {
      {"January", "Januar", "januari", "januar"},       {"February", "Februar", "februari", "februar"},
      {"March", "März", "maart", "marts"},               {"April", "April", "april", "april"},
      {"May", "Mai", "mei", "maj"},                      {"June", "Juni", "juni", "juni"},
      {"July", "Juli", "juli", "juli"},                  {"August", "August", "augustus", "august"},
      {"September", "September", "september", "september"}, {"October", "Oktober", "oktober", "oktober"},
      {"November", "November", "november", "november"}, {"December", "Dezember", "december", "december"}};
  std::string day, n = std::to_string(d.day);
  switch (d.kind) {
    case PosixDate::Kind::month_week_day: {
      // 4 January 1970 was a Sunday: weekday_name() names the day d.weekday after it.
      std::string weekday = weekday_name(date::local_days{date::days{3 + d.weekday}});
      day = say({"the {0} {1} in {2}", "{0} {1} im {2}", "de {0} {1} van {2}", "den {0} {1} i {2}"},
                {say(kWeeks[d.week]), weekday, say(kMonths[d.month - 1])});
      break;
    }
    case PosixDate::Kind::julian1:
      day = say({"day {0} of the year (29 February not counted)", "Tag {0} des Jahres (29. Februar nicht gezählt)",
                 "dag {0} van het jaar (29 februari niet meegeteld)", "dag {0} i året (29. februar ikke medregnet)"},
                {n});
      break;
    case PosixDate::Kind::julian0:
      day = say({"day {0} of the year (counting from 0)", "Tag {0} des Jahres (ab 0 gezählt)",
                 "dag {0} van het jaar (geteld vanaf 0)", "dag {0} i året (talt fra 0)"},
                {n});
      break;
  }
  return say({"{0} at {1} local time", "{0} um {1} Ortszeit", "{0} om {1} lokale tijd", "{0} kl. {1} lokal tid"},
             {day, shifted_clock_text(d.time)});
}

std::string rule_text(const Zone& z, const PosixRule& r) {
  std::string standard = std::string(r.std_abbrev) + " (" + utc_offset_text(r.std_offset) + ")";
  if (!r.has_dst())
    return say({"{0} keeps {1} all year (POSIX rule {2}).", "{0} bleibt das ganze Jahr auf {1} (POSIX-Regel {2}).",
                "{0} houdt het hele jaar {1} aan (POSIX-regel {2}).", "{0} holder {1} hele året (POSIX-regel {2})."},
               {z.name, standard, z.posix});
  return say({"{0} is on {1}, and on {2} ({3}) from {4} to {5} (POSIX rule {6}).",
              "In {0} gilt {1}, und {2} ({3}) vom {4} bis zum {5} (POSIX-Regel {6}).",
              "{0} gebruikt {1}, en {2} ({3}) van {4} tot {5} (POSIX-regel {6}).",
              "{0} bruger {1}, og {2} ({3}) fra {4} til {5} (POSIX-regel {6})."},
             {z.name, standard, r.dst_abbrev, utc_offset_text(r.dst_offset), posix_date_text(r.dst_start),
              posix_date_text(r.dst_end), z.posix});
}

}  // namespace

ZoneYears zone_years(const Zone& zone, std::string_view asked, int from, int to) {
  ZoneYears out;
  using date::year;
  date::sys_seconds start = date::sys_days{year{from} / 1 / 1};
  date::sys_seconds end = date::sys_days{year{to + 1} / 1 / 1};
  PosixRule rule = zone_rule(zone);
  out.types.push_back({start, local_type_at(rule, start)});
  for (const auto& t : transitions_between(rule, start, end - std::chrono::seconds{1})) out.types.push_back(t);

  Explain& explain = out.explain;
  if (zone.name != asked)
    explain.push_back({"alias", say({"{0} is another name for {1}.", "{0} ist ein anderer Name für {1}.",
                                     "{0} is een andere naam voor {1}.", "{0} er et andet navn for {1}."},
                                    {asked, zone.name})});
  explain.push_back({"rule", rule_text(zone, rule)});
  std::string valid_from = std::to_string(zone.valid_from_year);
  explain.push_back(
      {"source", say({"The zone's current rule, from IANA tzdata {0} (the POSIX TZ string that ends its tzdata file); it "
                      "matches tzdata from 1 January {1} on.",
                      "Die aktuelle Regel der Zone, aus IANA tzdata {0} (die POSIX-TZ-Zeichenkette am Ende ihrer "
                      "tzdata-Datei); sie stimmt ab dem 1. Januar {1} mit tzdata überein.",
                      "De huidige regel van de zone, uit IANA tzdata {0} (de POSIX-TZ-string aan het einde van het "
                      "tzdata-bestand); die komt vanaf 1 januari {1} overeen met tzdata.",
                      "Zonens nuværende regel fra IANA tzdata {0} (POSIX-TZ-strengen i slutningen af dens tzdata-fil); den "
                      "stemmer overens med tzdata fra 1. januar {1}."},
                     {tzdata_version(), valid_from})});
  if (from < zone.valid_from_year)
    explain.push_back(
        {"validity",
         say({"{0} had other rules before {1}, which slacalc does not know: the years {2}–{3} show the current rule "
              "projected backwards, not history.",
              "{0} hatte vor {1} andere Regeln, die slacalc nicht kennt: Die Jahre {2}–{3} zeigen die aktuelle Regel "
              "rückwärts fortgeschrieben, nicht die Geschichte.",
              "{0} had vóór {1} andere regels, die slacalc niet kent: de jaren {2}–{3} tonen de huidige regel terug in de "
              "tijd doorgetrokken, niet de geschiedenis.",
              "{0} havde andre regler før {1}, som slacalc ikke kender: årene {2}–{3} viser den nuværende regel "
              "fremskrevet bagud, ikke historikken."},
             {zone.name, valid_from, std::to_string(from),
              std::to_string(std::min(to, zone.valid_from_year - 1))})});

  return out;
}

}  // namespace slacalc
