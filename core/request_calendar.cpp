#include "request_calendar.hpp"

#include <functional>

#include "comma_list.hpp"
#include "insertion_sort.hpp"
#include "json_read.hpp"
#include "lang.hpp"
#include "period_json.hpp"
#include "zones.hpp"

namespace slacalc {

Result<std::vector<date::local_days>> read_closed_days(const json* v, const std::string& path) {
  std::vector<date::local_days> days;
  if (!v) return days;
  if (!v->is_array())
    return wrong_type(path, say({"an array of dates", "ein Array von Daten", "een array van datums", "et array af datoer"}),
                      *v);
  if (v->size() > kMaxClosedDays)
    return Error{"out_of_range",
                 say({"at most {0} closed days", "höchstens {0} Schließtage", "hoogstens {0} sluitingsdagen",
                      "højst {0} lukkedage"},
                     {std::to_string(kMaxClosedDays)}),
                 path};
  for (std::size_t i = 0; i < v->size(); ++i) {
    auto day = read_day((*v)[i], path + "/" + std::to_string(i), "2026-12-24");  // a closed day, as on the page
    if (!day.ok()) return day.error();
    days.push_back(day.value());
  }
  insertion_sort(days, std::less<>());  // at most kMaxClosedDays
  return days;
}

// Every option belongs to one calendar (NL so far); elsewhere it is refused
// rather than ignored, since it would change nothing.
Result<HolidayOptions> read_holiday_options(const json* v, std::string_view calendar,
                                            const std::string& path) {
  HolidayOptions options;
  if (!v) return options;
  if (!v->is_object()) return wrong_type(path, an_object(), *v);
  if (auto e = reject_unknown_fields(*v, path, {"liberationDay", "goodFriday"})) return *e;
  for (auto it = v->begin(); it != v->end(); ++it) {
    if (calendar != "NL")
      return Error{"unknown_field",
                   say({"option \"{0}\" applies only to the NL calendar, not {1}",
                        "die Option \"{0}\" gilt nur für den Kalender NL, nicht {1}",
                        "optie \"{0}\" geldt alleen voor de kalender NL, niet {1}",
                        "indstillingen \"{0}\" gælder kun for kalenderen NL, ikke {1}"},
                       {it.key(), calendar}),
                   child_path(path, it.key())};
  }
  if (const json* l = find_field(*v, "liberationDay")) {
    if (auto e = read_id(*l, path + "/liberationDay", kLiberationDayIds, options.nl_liberation_day)) return *e;
  }
  if (const json* g = find_field(*v, "goodFriday")) {
    if (!g->is_boolean()) return wrong_type(path + "/goodFriday", true_or_false(), *g);
    options.nl_good_friday = g->get<bool>();
  }
  return options;
}

Result<std::string> read_calendar_code(const json& r) {
  const json* v = find_field(r, "calendar");
  if (!v)
    return missing_field("/calendar", say({"\"calendar\" (a code such as DE-ST, NL, DK or none)",
                                           "\"calendar\" (ein Code wie DE-ST, NL, DK oder none)",
                                           "\"calendar\" (een code zoals DE-ST, NL, DK of none)",
                                           "\"calendar\" (en kode som DE-ST, NL, DK eller none)"}));
  auto code = read_string(*v, "/calendar");
  if (!code.ok()) return code;
  if (is_known_holiday_calendar(code.value())) return code;
  return Error{"unknown_value",
               say({"no holiday calendar \"{0}\" (calendars: {1})", "kein Feiertagskalender \"{0}\" (Kalender: {1})",
                    "geen feestdagenkalender \"{0}\" (kalenders: {1})", "ingen helligdagskalender \"{0}\" (kalendere: {1})"},
                   {code.value(), comma_list(holiday_calendar_codes())}),
               "/calendar"};
}

Error unknown_zone_error(const std::string& name, const std::string& path) {
  auto similar = similar_zone_names(name);
  if (similar.empty())
    return Error{"unknown_value",
                 say({"unknown time zone \"{0}\" (call zones with {} for the list)",
                      "unbekannte Zeitzone \"{0}\" (die Liste liefert zones mit {})",
                      "onbekende tijdzone \"{0}\" (roep zones aan met {} voor de lijst)",
                      "ukendt tidszone \"{0}\" (kald zones med {} for listen)"},
                     {name}),
                 path};
  std::string list;
  for (std::size_t i = 0; i < similar.size(); ++i)
    list += (i == 0 ? std::string()
             : i + 1 == similar.size() ? say({"\" or \"", "\" oder \"", "\" of \"", "\" eller \""})
                                       : std::string("\", \"")) +
            std::string(similar[i]);
  return Error{"unknown_value",
               say({"unknown time zone \"{0}\"; did you mean \"{1}\"?", "unbekannte Zeitzone \"{0}\"; meinten Sie \"{1}\"?",
                    "onbekende tijdzone \"{0}\"; bedoelde u \"{1}\"?", "ukendt tidszone \"{0}\"; mente du \"{1}\"?"},
                   {name, list}),
               path};
}

Result<ClosedDays> read_closures(const json& r, const Profile& p) {
  ClosedDays closed;
  closed.holiday_calendar = p.holiday_calendar;
  auto options = read_holiday_options(find_field(r, "holidayOptions"), p.holiday_calendar, "/holidayOptions");
  if (!options.ok()) return options.error();
  closed.holiday_options = options.value();
  auto extra = read_closed_days(find_field(r, "closedDays"), "/closedDays");
  if (!extra.ok()) return extra.error();
  closed.extra = extra.value();
  return closed;
}

}  // namespace slacalc
