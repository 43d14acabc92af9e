#include "profile_check.hpp"

#include <algorithm>

#include "holidays.hpp"
#include "json_read.hpp"
#include "lang.hpp"
#include "local_text.hpp"
#include "span.hpp"
#include "weekly_window.hpp"
#include "zones.hpp"

namespace slacalc {
namespace {

using Fields = std::initializer_list<std::string_view>;

constexpr const char* kFormat = "slacalc-profile/1";

// The ids seen so far in one list, to report duplicates. It is the map type
// nlohmann::json keeps objects in (keys → null values here): the wasm carries
// that map's code already, and a std::set<std::string> would add a second copy.
using IdSet = json::object_t;

bool is_id(const std::string& s) {
  if (s.empty() || s.size() > 64 || s[0] == '-') return false;
  return std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
}

bool is_upper(const std::string& s, size_t from, size_t count) {
  if (s.size() < from + count) return false;
  for (size_t i = from; i < from + count; ++i)
    if (s[i] < 'A' || s[i] > 'Z') return false;
  return true;
}

// Collects every problem; each reader returns what it could read (or nullopt)
// and carries on, so one pass reports everything.
class Checker {
 public:
  ProfileCheck result;

  void error(std::string code, std::string message, std::string path) {
    if (result.errors.size() >= kMaxProblems) {
      ++result.unlisted_errors;
      return;
    }
    result.errors.push_back({std::move(code), std::move(message), std::move(path)});
  }
  void error(const Error& e) { error(e.code, e.message, e.path); }

  // Unknown fields are warnings, never dropped silently; clause and note are
  // allowed on every object.
  void known_fields(const json& obj, const std::string& path, Fields allowed) {
    for (auto it = obj.begin(); it != obj.end(); ++it) {
      const std::string& key = it.key();
      if (key == "clause" || key == "note") continue;
      if (std::find(allowed.begin(), allowed.end(), key) != allowed.end()) continue;
      if (result.warnings.size() < kMaxProblems)
        result.warnings.push_back({"unknown_field",
                                   say({"unknown field \"{0}\" is ignored", "unbekanntes Feld \"{0}\" wird ignoriert",
                                        "onbekend veld \"{0}\" wordt genegeerd", "ukendt felt \"{0}\" ignoreres"},
                                       {key}),
                                   child_path(path, key)});
    }
  }

  Cite cite(const json& obj, const std::string& path) {
    return {optional_string(obj, path, "clause").value_or(""),
            optional_string(obj, path, "note").value_or("")};
  }

  const json* field(const json& obj, const std::string& path, std::string_view key, bool required,
                    std::string_view what) {
    const json* v = find_field(obj, key);
    if (!v && required) error(missing_field(child_path(path, key), what));
    return v;
  }

  const json* object(const json& obj, const std::string& path, std::string_view key,
                     bool required, std::string_view what) {
    const json* v = field(obj, path, key, required, what);
    if (v && !v->is_object()) {
      error(wrong_type(child_path(path, key), an_object(), *v));
      return nullptr;
    }
    return v;
  }

  const json* array(const json& obj, const std::string& path, std::string_view key, bool required,
                    bool non_empty, std::string_view what) {
    const json* v = field(obj, path, key, required, what);
    if (v && !v->is_array()) {
      error(wrong_type(child_path(path, key),
                       non_empty ? say({"a non-empty array", "ein nicht leeres Array", "een niet-lege array",
                                        "et ikke-tomt array"})
                                 : say({"an array", "ein Array", "een array", "et array"}),
                       *v));
      return nullptr;
    }
    if (v && non_empty && v->empty()) {
      error("wrong_type",
            say({"expected a non-empty array, got an empty one: {0}", "das Array ist leer, erwartet: {0}",
                 "de array is leeg, verwacht: {0}", "arrayet er tomt, forventet: {0}"}, {what}),
            child_path(path, key));
      return nullptr;
    }
    return v;
  }

  std::optional<std::string> string_value(const json& v, const std::string& path,
                                          bool non_empty = true) {
    auto s = read_string(v, path);
    if (!s.ok()) {
      error(s.error());
      return std::nullopt;
    }
    if (non_empty && s.value().empty()) {
      error("invalid_format", say({"must not be empty", "darf nicht leer sein", "mag niet leeg zijn",
                                   "må ikke være tom"}), path);
      return std::nullopt;
    }
    return s.value();
  }

  std::optional<std::string> optional_string(const json& obj, const std::string& path,
                                             std::string_view key) {
    const json* v = find_field(obj, key);
    return v ? string_value(*v, child_path(path, key)) : std::nullopt;
  }

  std::optional<std::string> text(const json& obj, const std::string& path, std::string_view key,
                                   std::string_view what) {
    const json* v = field(obj, path, key, true, what);
    return v ? string_value(*v, child_path(path, key)) : std::nullopt;
  }

  std::optional<std::string> id_value(const json& v, const std::string& path) {
    auto s = string_value(v, path);
    if (s && !is_id(*s)) {
      error("invalid_format",
            say({"\"{0}\" is not an id (a–z, 0–9 and \"-\", at most 64 characters)",
                 "\"{0}\" ist keine ID (a–z, 0–9 und \"-\", höchstens 64 Zeichen)",
                 "\"{0}\" is geen id (a–z, 0–9 en \"-\", hoogstens 64 tekens)",
                 "\"{0}\" er ikke et id (a–z, 0–9 og \"-\", højst 64 tegn)"}, {*s}),
            path);
      return std::nullopt;
    }
    return s;
  }

  std::optional<int> choice(const json& obj, const std::string& path, std::string_view key,
                            bool required, std::initializer_list<const char*> ids) {
    std::string list;
    for (const char* id : ids) list += (list.empty() ? "" : ", ") + std::string(id);
    const json* v = field(obj, path, key, required,
                          say({"one of {0}", "einer der Werte {0}", "een van de waarden {0}", "en af værdierne {0}"},
                              {list}));
    if (!v) return std::nullopt;
    auto r = read_choice(*v, child_path(path, key), ids);
    if (!r.ok()) {
      error(r.error());
      return std::nullopt;
    }
    return r.value();
  }

  template <class T>
  std::optional<T> take(Result<T> r) {
    if (r.ok()) return r.value();
    error(r.error());
    return std::nullopt;
  }

  std::optional<Rational> percent(const json& obj, const std::string& path, std::string_view key,
                                  bool required) {
    const json* v = field(obj, path, key, required,
                          say({"a percentage, e.g. \"99.5\"", "ein Prozentsatz, z. B. \"99.5\"",
                               "een percentage, bijv. \"99.5\"", "en procentsats, f.eks. \"99.5\""}));
    return v ? take(read_percent(*v, child_path(path, key))) : std::nullopt;
  }

  std::optional<Rational> duration(const json& obj, const std::string& path, std::string_view key,
                                   bool required) {
    const json* v = field(obj, path, key, required,
                          say({"a duration, e.g. \"3h 45m\"", "eine Dauer, z. B. \"3h 45m\"",
                               "een duur, bijv. \"3h 45m\"", "en varighed, f.eks. \"3h 45m\""}));
    if (!v) return std::nullopt;
    auto d = take(read_duration(*v, child_path(path, key)));
    if (d && *d == Rational(0)) {
      error("out_of_range",
            say({"a duration here must be longer than zero", "eine Dauer muss hier länger als null sein",
                 "een duur moet hier langer dan nul zijn", "en varighed skal her være længere end nul"}),
            child_path(path, key));
      return std::nullopt;
    }
    return d;
  }

  std::optional<Span> span(const json& obj, const std::string& path, std::string_view key,
                           bool required) {
    const json* v = field(obj, path, key, required,
                          say({"a span, e.g. \"3 months\"", "eine Zeitspanne, z. B. \"3 months\"",
                               "een tijdspanne, bijv. \"3 months\"", "et tidsrum, f.eks. \"3 months\""}));
    if (!v) return std::nullopt;
    auto s = string_value(*v, child_path(path, key));
    if (!s) return std::nullopt;
    bool out_of_range = false;
    auto parsed = parse_span(*s, &out_of_range);
    if (!parsed)
      error(out_of_range ? "out_of_range" : "invalid_format",
            out_of_range ? say({"\"{0}\": the count must be 1–{1}", "\"{0}\": die Anzahl muss 1–{1} sein",
                                "\"{0}\": het aantal moet 1–{1} zijn", "\"{0}\": antallet skal være 1–{1}"},
                               {*s, std::to_string(kMaxSpanCount)})
                         : say({"\"{0}\" is not a span like \"3 months\" or \"15 days\"",
                                "\"{0}\" ist keine Zeitspanne wie \"3 months\" oder \"15 days\"",
                                "\"{0}\" is geen tijdspanne zoals \"3 months\" of \"15 days\"",
                                "\"{0}\" er ikke et tidsrum som \"3 months\" eller \"15 days\""}, {*s}),
            child_path(path, key));
    return parsed;
  }

  static std::string a_label() { return say({"a label", "eine Bezeichnung", "een label", "en betegnelse"}); }

  std::optional<std::int64_t> money(const json& obj, const std::string& path,
                                    std::string_view key) {
    const json* v = find_field(obj, key);
    if (!v) return std::nullopt;
    std::string p = child_path(path, key);
    if (v->is_number_integer() && v->get<long long>() < 0) {
      error("negative_money", negative_money_text(), p);
      return std::nullopt;
    }
    if (v->is_number_float() && v->get<double>() < 0) {
      error("negative_money", negative_money_text(), p);
      return std::nullopt;
    }
    if (!v->is_number_integer() && !v->is_number_unsigned()) {
      error(wrong_type(p, whole_minor_units(), *v));
      return std::nullopt;
    }
    return take(read_integer(*v, p, 0, kMaxMinorUnits));
  }

  std::optional<bool> boolean(const json& obj, const std::string& path, std::string_view key) {
    const json* v = find_field(obj, key);
    if (!v) return std::nullopt;
    if (!v->is_boolean()) {
      error(wrong_type(child_path(path, key), true_or_false(), *v));
      return std::nullopt;
    }
    return v->get<bool>();
  }

  // Each item of an array of objects, with its path.
  template <class F>
  void each_object(const json* list, const std::string& path, F read_item) {
    if (!list) return;
    for (size_t i = 0; i < list->size(); ++i) {
      std::string p = path + "/" + std::to_string(i);
      if (!(*list)[i].is_object()) error(wrong_type(p, an_object(), (*list)[i]));
      else read_item((*list)[i], p);
    }
  }

  void unique(IdSet& seen, const std::string& id, const std::string& path,
              std::string_view what) {
    if (!seen.try_emplace(id).second)
      error("duplicate_id",
            say({"{0} \"{1}\" is defined twice", "doppelt definiert: {0} \"{1}\"", "dubbel gedefinieerd: {0} \"{1}\"",
                 "defineret to gange: {0} \"{1}\""}, {what, id}),
            path);
  }

  // ------------------------------------------------------------ the document

  void read_document(const json& doc, Profile& p) {
    known_fields(doc, "", {"format", "id", "vendor", "product", "status", "caveat", "source",
                           "languages", "currency", "timeZone", "holidays", "windows",
                           "priorities", "options", "deadlines", "tiers"});
    if (auto f = text(doc, "", "format", "\"format\": \"slacalc-profile/1\""); f && *f != kFormat)
      error("unsupported_format",
            say({"format \"{0}\" is not supported (expected {1})",
                 "das Format \"{0}\" wird nicht unterstützt (erwartet: {1})",
                 "formaat \"{0}\" wordt niet ondersteund (verwacht: {1})",
                 "formatet \"{0}\" understøttes ikke (forventet: {1})"}, {*f, kFormat}),
            "/format");
    if (const json* v = field(doc, "", "id", true, say({"the profile's id", "die ID des Profils",
                                                        "de id van het profiel", "profilens id"})))
      p.id = id_value(*v, "/id").value_or("");
    p.vendor = text(doc, "", "vendor", say({"the vendor's name", "der Name des Anbieters", "de naam van de aanbieder",
                                            "leverandørens navn"})).value_or("");
    p.product = text(doc, "", "product",
                     say({"the contract or service name", "der Name des Vertrags oder Dienstes",
                          "de naam van het contract of de dienst", "navnet på aftalen eller tjenesten"}))
                    .value_or("");
    p.is_example = choice(doc, "", "status", true, {"contract", "example"}).value_or(0) == 1;
    p.caveat = optional_string(doc, "", "caveat").value_or("");
    if (p.is_example && !find_field(doc, "caveat"))
      error(missing_field("/caveat", say({"a caveat: an example profile must say it may be outdated",
                                          "ein Vorbehalt: ein Beispielprofil muss sagen, dass es veraltet sein kann",
                                          "een voorbehoud: een voorbeeldprofiel moet zeggen dat het verouderd kan zijn",
                                          "et forbehold: en eksempelprofil skal sige, at den kan være forældet"})));
    if (const json* source = object(doc, "", "source", false, ""))
      read_source(*source);
    read_languages(doc, p);
    if (auto c = text(doc, "", "currency", say({"an ISO 4217 code, e.g. \"EUR\"", "ein ISO-4217-Code, z. B. \"EUR\"",
                                                "een ISO 4217-code, bijv. \"EUR\"", "en ISO 4217-kode, f.eks. \"EUR\""}))) {
      if (c->size() != 3 || !is_upper(*c, 0, 3))
        error("invalid_format",
              say({"\"{0}\" is not a currency code like EUR", "\"{0}\" ist kein Währungscode wie EUR",
                   "\"{0}\" is geen valutacode zoals EUR", "\"{0}\" er ikke en valutakode som EUR"}, {*c}),
              "/currency");
      else p.currency = *c;
    }
    if (auto z = text(doc, "", "timeZone",
                      say({"an IANA time zone, e.g. \"Europe/Berlin\"", "eine IANA-Zeitzone, z. B. \"Europe/Berlin\"",
                           "een IANA-tijdzone, bijv. \"Europe/Berlin\"", "en IANA-tidszone, f.eks. \"Europe/Berlin\""}))) {
      if (!find_zone(*z)) {
        std::string hint;
        for (auto name : similar_zone_names(*z)) hint += (hint.empty() ? "" : ", ") + std::string(name);
        error("unknown_value",
              hint.empty() ? say({"no time zone \"{0}\"", "keine Zeitzone \"{0}\"", "geen tijdzone \"{0}\"",
                                  "ingen tidszone \"{0}\""}, {*z})
                           : say({"no time zone \"{0}\" (did you mean {1}?)",
                                  "keine Zeitzone \"{0}\" (meinten Sie {1}?)",
                                  "geen tijdzone \"{0}\" (bedoelde u {1}?)", "ingen tidszone \"{0}\" (mente du {1}?)"},
                                 {*z, hint}),
              "/timeZone");
      } else {
        p.time_zone = *z;
      }
    }
    if (const json* h = object(doc, "", "holidays", true,
                               say({"{\"calendar\": \"DE-ST\"} or \"none\"", "{\"calendar\": \"DE-ST\"} oder \"none\"",
                                    "{\"calendar\": \"DE-ST\"} of \"none\"", "{\"calendar\": \"DE-ST\"} eller \"none\""})))
      read_holidays(*h, p);
    if (const json* w = object(doc, "", "windows", false, "")) read_windows(*w, p);
    if (const json* pr = object(doc, "", "priorities", false, "")) read_priorities(*pr, p);
    if (const json* o = object(doc, "", "options", false, "")) read_options(*o, p);
    IdSet deadline_ids;
    each_object(array(doc, "", "deadlines", false, false, ""), "/deadlines",
                [&](const json& d, const std::string& path) {
                  ContractDeadline deadline = read_deadline(d, path);
                  if (!deadline.id.empty()) unique(deadline_ids, deadline.id, path + "/id", say({"deadline", "Frist",
                                                                                                 "termijn", "frist"}));
                  p.deadlines.push_back(std::move(deadline));
                });
    IdSet tier_ids;
    each_object(array(doc, "", "tiers", true, true, say({"at least one tier", "mindestens ein Tarif",
                                                         "minstens één niveau", "mindst ét niveau"})), "/tiers",
                [&](const json& t, const std::string& path) {
                  Tier tier = read_tier(t, path, p);
                  if (!tier.id.empty()) unique(tier_ids, tier.id, path + "/id", say({"tier", "Tarif", "niveau",
                                                                                     "niveau"}));
                  p.tiers.push_back(std::move(tier));
                });
    warn_unused_options(p);
  }

  void read_source(const json& source) {
    known_fields(source, "/source", {"document", "date", "url"});
    for (const char* key : {"document", "date", "url"}) optional_string(source, "/source", key);
  }

  void read_languages(const json& doc, Profile& p) {
    const json* list = array(doc, "", "languages", true, true,
                             say({"the original's languages, e.g. [\"de\"]",
                                  "die Sprachen des Originals, z. B. [\"de\"]",
                                  "de talen van het origineel, bijv. [\"de\"]", "originalens sprog, f.eks. [\"de\"]"}));
    if (!list) return;
    IdSet seen;
    for (size_t i = 0; i < list->size(); ++i) {
      std::string path = "/languages/" + std::to_string(i);
      auto code = string_value((*list)[i], path);
      if (!code) continue;
      if (code->size() != 2 || !std::all_of(code->begin(), code->end(),
                                            [](char c) { return c >= 'a' && c <= 'z'; })) {
        error("invalid_format",
              say({"\"{0}\" is not a two-letter language code", "\"{0}\" ist kein zweibuchstabiger Sprachcode",
                   "\"{0}\" is geen taalcode van twee letters", "\"{0}\" er ikke en sprogkode på to bogstaver"},
                  {*code}),
              path);
        continue;
      }
      unique(seen, *code, path, say({"language", "Sprache", "taal", "sprog"}));
      p.languages.push_back(*code);
    }
  }

  void read_holidays(const json& h, Profile& p) {
    known_fields(h, "/holidays", {"calendar"});
    if (auto c = text(h, "/holidays", "calendar",
                      say({"a calendar: \"none\", \"NL\", \"DE-ST\", …", "ein Kalender: \"none\", \"NL\", \"DE-ST\", …",
                           "een kalender: \"none\", \"NL\", \"DE-ST\", …",
                           "en kalender: \"none\", \"NL\", \"DE-ST\", …"}))) {
      if (!is_known_holiday_calendar(*c)) {
        std::string codes;
        for (auto code : holiday_calendar_codes()) codes += (codes.empty() ? "" : ", ") + std::string(code);
        error("unknown_value",
              say({"no holiday calendar \"{0}\" (calendars: {1})", "kein Feiertagskalender \"{0}\" (Kalender: {1})",
                   "geen feestdagenkalender \"{0}\" (kalenders: {1})",
                   "ingen helligdagskalender \"{0}\" (kalendere: {1})"}, {*c, codes}),
              "/holidays/calendar");
      }
      else p.holiday_calendar = *c;
    }
    p.holidays_cite = cite(h, "/holidays");
  }

  // ------------------------------------------------------------ windows

  struct PlacedInterval {
    WeeklyWindow::Interval interval;
    std::string path;
    std::size_t order;  // its place in the document
  };

  void read_windows(const json& windows, Profile& p) {
    for (auto it = windows.begin(); it != windows.end(); ++it) {
      std::string path = child_path("/windows", it.key());
      if (!is_id(it.key())) {
        error("invalid_format",
              say({"\"{0}\" is not a window id", "\"{0}\" ist keine Zeitfenster-ID", "\"{0}\" is geen venster-id",
                   "\"{0}\" er ikke et vindues-id"}, {it.key()}),
              path);
        continue;
      }
      if (it.key() == kAlwaysWindow) {
        error("duplicate_id",
              say({"\"always\" is built in (all day, every day)", "\"always\" ist eingebaut (ganztägig, jeden Tag)",
                   "\"always\" is ingebouwd (de hele dag, elke dag)", "\"always\" er indbygget (hele døgnet, hver dag)"}),
              path);
        continue;
      }
      if (!it.value().is_object()) {
        error(wrong_type(path, an_object(), it.value()));
        continue;
      }
      p.windows.push_back(read_window(it.key(), it.value(), path));
    }
  }

  WeeklyWindow read_window(const std::string& id, const json& w, const std::string& path) {
    WeeklyWindow window{id, "", {}, false, cite(w, path)};
    known_fields(w, path, {"label", "weekly", "holidaysClosed"});
    window.label = text(w, path, "label",
                        say({"a label for people", "eine Bezeichnung für Menschen", "een label voor mensen",
                             "en betegnelse til mennesker"}))
                       .value_or(id);
    window.holidays_closed = boolean(w, path, "holidaysClosed").value_or(false);
    const json* weekly = object(w, path, "weekly", true,
                                say({"day keys with time ranges", "Tagesschlüssel mit Zeitbereichen",
                                     "dagsleutels met tijdvakken", "dagnøgler med tidsintervaller"}));
    if (!weekly) return window;
    std::vector<PlacedInterval> placed;
    bool any_range = false;  // written, even if broken: then "never opens" would be noise
    for (auto it = weekly->begin(); it != weekly->end(); ++it) {
      std::string key_path = child_path(path + "/weekly", it.key());
      auto days = parse_day_key(it.key());
      if (!days) {
        error("invalid_format",
              say({"\"{0}\" is not a day (mon … sun) or ascending day range (mon-fri)",
                   "\"{0}\" ist kein Tag (mon … sun) und kein aufsteigender Tagesbereich (mon-fri)",
                   "\"{0}\" is geen dag (mon … sun) of oplopend dagbereik (mon-fri)",
                   "\"{0}\" er ikke en dag (mon … sun) eller et stigende dagsinterval (mon-fri)"}, {it.key()}),
              key_path);
        continue;
      }
      if (!it.value().is_array()) {
        error(wrong_type(key_path,
                         say({"an array of time ranges", "ein Array von Zeitbereichen", "een array van tijdvakken",
                              "et array af tidsintervaller"}),
                         it.value()));
        continue;
      }
      for (size_t i = 0; i < it.value().size(); ++i) {
        std::string range_path = key_path + "/" + std::to_string(i);
        any_range = true;
        auto s = string_value(it.value()[i], range_path);
        if (!s) continue;
        TimeRangeFailure why;
        auto range = parse_time_range(*s, &why);
        if (!range) {
          error(why.code, why.message, range_path);
          continue;
        }
        for (int d = days->first; d <= days->last; ++d) {
          int begin = d * 1440 + range->begin, end = d * 1440 + range->end;
          if (end <= kMinutesPerWeek) {
            placed.push_back({{begin, end}, range_path, placed.size()});
          } else {  // Sunday night into Monday
            placed.push_back({{begin, kMinutesPerWeek}, range_path, placed.size()});
            placed.push_back({{0, end - kMinutesPerWeek}, range_path, placed.size()});
          }
        }
      }
    }
    if (placed.empty()) {
      if (!any_range)
        error(missing_field(path + "/weekly",
                            say({"at least one time range: the window never opens",
                                 "mindestens ein Zeitbereich: das Zeitfenster öffnet nie",
                                 "minstens één tijdvak: het venster gaat nooit open",
                                 "mindst ét tidsinterval: vinduet åbner aldrig"})));
      return window;
    }
    // Of two ranges that start together, the later one in the document is the
    // one reported: the same in every standard library (native, wasm), which
    // std::sort alone is not.
    std::sort(placed.begin(), placed.end(), [](const PlacedInterval& a, const PlacedInterval& b) {
      return a.interval.begin != b.interval.begin ? a.interval.begin < b.interval.begin : a.order < b.order;
    });
    for (size_t i = 0; i < placed.size(); ++i) {
      const auto& iv = placed[i].interval;
      if (i > 0 && iv.begin < placed[i - 1].interval.end) {
        error("overlapping_ranges",
              say({"overlaps the range at {0}", "überschneidet sich mit dem Bereich bei {0}",
                   "overlapt met het tijdvak bij {0}", "overlapper intervallet ved {0}"}, {placed[i - 1].path}),
              placed[i].path);
        continue;
      }
      if (!window.intervals.empty() && window.intervals.back().end == iv.begin)
        window.intervals.back().end = iv.end;  // touching ranges form one interval
      else window.intervals.push_back(iv);
    }
    return window;
  }

  bool window_known(const Profile& p, const std::string& id) {
    return id == kAlwaysWindow || p.find_window(id);
  }

  std::string window_ref(const json& obj, const std::string& path, std::string_view key,
                         const Profile& p, std::string fallback) {
    auto id = optional_string(obj, path, key);
    if (!id) return fallback;
    if (!window_known(p, *id)) {
      error("unknown_reference",
            say({"no window \"{0}\" (defined: {1})", "kein Zeitfenster \"{0}\" (definiert: {1})",
                 "geen venster \"{0}\" (gedefinieerd: {1})", "intet vindue \"{0}\" (defineret: {1})"},
                {*id, window_list(p)}),
            child_path(path, key));
      return fallback;
    }
    return *id;
  }

  std::string window_list(const Profile& p) {
    std::string list = kAlwaysWindow;
    for (const auto& w : p.windows) list += ", " + w.id;
    return list;
  }

  // ------------------------------------------------------------ priorities, options

  void read_priorities(const json& pr, Profile& p) {
    Priorities priorities;
    priorities.cite = cite(pr, "/priorities");
    known_fields(pr, "/priorities", {"levels", "matrix"});
    IdSet ids;
    each_object(array(pr, "/priorities", "levels", true, true,
                      say({"the priority levels", "die Prioritätsstufen", "de prioriteitsniveaus",
                           "prioritetsniveauerne"})),
                "/priorities/levels", [&](const json& l, const std::string& path) {
                  known_fields(l, path, {"id", "label"});
                  PriorityLevel level;
                  if (const json* v = field(l, path, "id", true,
                                            say({"the level's id", "die ID der Stufe", "de id van het niveau",
                                                 "niveauets id"})))
                    level.id = id_value(*v, path + "/id").value_or("");
                  level.label = text(l, path, "label", a_label()).value_or(level.id);
                  if (!level.id.empty()) unique(ids, level.id, path + "/id", say({"priority level", "Prioritätsstufe",
                                                                                  "prioriteitsniveau",
                                                                                  "prioritetsniveau"}));
                  priorities.levels.push_back(level);
                });
    if (const json* m = object(pr, "/priorities", "matrix", false, ""))
      priorities.matrix = read_matrix(*m, priorities.levels);
    p.priorities = std::move(priorities);
  }

  // One axis of the matrix: {label, ids}.
  void read_axis(const json& m, std::string_view key, std::string& label,
                 std::vector<std::string>& ids) {
    const std::string base = "/priorities/matrix";
    const json* axis = object(m, base, key, true, "{\"label\", \"ids\"}");
    if (!axis) return;
    std::string path = child_path(base, key);
    known_fields(*axis, path, {"label", "ids"});
    label = text(*axis, path, "label",
                 say({"a label, e.g. \"Impact\"", "eine Bezeichnung, z. B. \"Impact\"", "een label, bijv. \"Impact\"",
                      "en betegnelse, f.eks. \"Impact\""}))
                .value_or("");
    const json* list = array(*axis, path, "ids", true, true,
                             say({"the ids along this axis", "die IDs entlang dieser Achse", "de id's langs deze as",
                                  "id'erne langs denne akse"}));
    if (!list) return;
    IdSet seen;
    for (size_t i = 0; i < list->size(); ++i) {
      std::string item_path = path + "/ids/" + std::to_string(i);
      if (auto id = id_value((*list)[i], item_path)) {
        unique(seen, *id, item_path, say({"matrix id", "Matrix-ID", "matrix-id", "matrix-id"}));
        ids.push_back(*id);
      }
    }
  }

  std::optional<PriorityMatrix> read_matrix(const json& m, const std::vector<PriorityLevel>& levels) {
    const std::string base = "/priorities/matrix";
    known_fields(m, base, {"rows", "columns", "cells"});
    PriorityMatrix matrix;
    read_axis(m, "rows", matrix.row_label, matrix.row_ids);
    read_axis(m, "columns", matrix.column_label, matrix.column_ids);
    const json* cells = array(m, base, "cells", true, true,
                              say({"one row of levels per row id", "eine Zeile von Stufen pro Zeilen-ID",
                                   "één rij niveaus per rij-id", "én række niveauer pr. række-id"}));
    if (!cells) return std::nullopt;
    bool ok = true;
    if (cells->size() != matrix.row_ids.size()) {
      error("out_of_range",
            say({"needs {0} rows, has {1}", "braucht {0} Zeilen, hat {1}", "heeft {0} rijen nodig, heeft er {1}",
                 "kræver {0} rækker, har {1}"},
                {std::to_string(matrix.row_ids.size()), std::to_string(cells->size())}),
            base + "/cells");
      ok = false;
    }
    for (size_t r = 0; r < cells->size(); ++r) {
      std::string row_path = base + "/cells/" + std::to_string(r);
      const json& row = (*cells)[r];
      if (!row.is_array() || row.size() != matrix.column_ids.size()) {
        error(wrong_type(row_path,
                         say({"an array of {0} level ids", "ein Array von {0} Stufen-IDs",
                              "een array van {0} niveau-id's", "et array med {0} niveau-id'er"},
                             {std::to_string(matrix.column_ids.size())}),
                         row));
        ok = false;
        continue;
      }
      std::vector<int> indexes;
      for (size_t c = 0; c < row.size(); ++c) {
        std::string cell_path = row_path + "/" + std::to_string(c);
        auto id = string_value(row[c], cell_path);
        auto found = std::find_if(levels.begin(), levels.end(),
                                  [&](const PriorityLevel& l) { return id && l.id == *id; });
        if (id && found == levels.end())
          error("unknown_reference", say({"no priority level \"{0}\"", "keine Prioritätsstufe \"{0}\"",
                                          "geen prioriteitsniveau \"{0}\"", "intet prioritetsniveau \"{0}\""}, {*id}),
                cell_path);
        if (!id || found == levels.end()) ok = false;
        else indexes.push_back(static_cast<int>(found - levels.begin()));
      }
      matrix.cells.push_back(indexes);
    }
    return ok ? std::optional(matrix) : std::nullopt;
  }

  // The options slacalc itself reads, with their closed sets of choices.
  static const std::initializer_list<const char*>* builtin_choices(std::string_view id) {
    static const std::initializer_list<const char*> kSplitReaction = {"report-time", "inside-window"};
    if (id == "monthBasis") return &kProfileMonthBases;
    if (id == "splitReaction") return &kSplitReaction;
    return nullptr;
  }

  void read_options(const json& options, Profile& p) {
    for (auto it = options.begin(); it != options.end(); ++it) {
      std::string path = child_path("/options", it.key());
      const auto* builtin = builtin_choices(it.key());
      if (!it.value().is_object()) {
        error(wrong_type(path, an_object(), it.value()));
        continue;
      }
      const json& o = it.value();
      known_fields(o, path, {"label", "choices", "default"});
      Option option{it.key(), text(o, path, "label", a_label()).value_or(it.key()), {}, "",
                    cite(o, path)};
      IdSet seen;
      const json* choices = array(o, path, "choices", true, true,
                                  say({"the readings to choose from", "die Lesarten zur Auswahl",
                                       "de lezingen om uit te kiezen", "læsningerne at vælge imellem"}));
      for (size_t i = 0; choices && i < choices->size(); ++i) {
        std::string choice_path = path + "/choices/" + std::to_string(i);
        auto c = string_value((*choices)[i], choice_path);
        if (!c) continue;
        if (builtin) {
          auto known = read_choice((*choices)[i], choice_path, *builtin);
          if (!known.ok()) {
            error(known.error());
            continue;
          }
        }
        unique(seen, *c, choice_path, say({"choice", "Auswahl", "keuze", "valgmulighed"}));
        option.choices.push_back(*c);
      }
      if (auto d = text(o, path, "default",
                        say({"the default reading", "die voreingestellte Lesart", "de standaardlezing",
                             "standardlæsningen"}))) {
        if (choices && seen.find(*d) == seen.end())
          error("unknown_value",
                say({"the default \"{0}\" is not one of the choices",
                     "die Voreinstellung \"{0}\" ist keine der Auswahlmöglichkeiten",
                     "de standaard \"{0}\" is niet een van de keuzes",
                     "standarden \"{0}\" er ikke en af valgmulighederne"}, {*d}),
                path + "/default");
        option.default_choice = *d;
      }
      p.options.push_back(option);
    }
  }

  // After the tiers: an option neither built in nor named by a rule's `when`
  // changes nothing — said, not silently kept.
  void warn_unused_options(const Profile& p) {
    for (const auto& o : p.options) {
      bool used = builtin_choices(o.id) != nullptr;
      for (const auto& t : p.tiers)
        for (const auto& r : t.response)
          for (const auto& w : r.when) used = used || w.first == o.id;
      if (!used && result.warnings.size() < kMaxProblems)
        result.warnings.push_back({"unknown_field",
                                   say({"option \"{0}\" is not used by this version or by any rule's \"when\"",
                                        "die Option \"{0}\" wird weder von dieser Version noch vom \"when\" einer Regel verwendet",
                                        "optie \"{0}\" wordt niet gebruikt door deze versie of door de \"when\" van een regel",
                                        "indstillingen \"{0}\" bruges hverken af denne version eller af en regels \"when\""},
                                       {o.id}),
                                   child_path("/options", o.id)});
    }
  }

  // ------------------------------------------------------------ tiers

  Tier read_tier(const json& t, const std::string& path, const Profile& p) {
    Tier tier;
    known_fields(t, path, {"id", "name", "family", "availability", "response", "term", "credit",
                           "pricing"});
    if (const json* v = field(t, path, "id", true, say({"the tier's id", "die ID des Tarifs", "de id van het niveau",
                                                        "niveauets id"})))
      tier.id = id_value(*v, path + "/id").value_or("");
    tier.name = text(t, path, "name", say({"the tier's name", "der Name des Tarifs", "de naam van het niveau",
                                           "niveauets navn"})).value_or(tier.id);
    tier.family = optional_string(t, path, "family").value_or("");
    each_object(array(t, path, "availability", true, false,
                      say({"the availability commitments ([] when there are none)",
                           "die Verfügbarkeitszusagen ([] wenn es keine gibt)",
                           "de beschikbaarheidstoezeggingen ([] als er geen zijn)",
                           "tilsagnene om tilgængelighed ([] hvis der ingen er)"})),
                path + "/availability", [&](const json& c, const std::string& cpath) {
                  tier.availability.push_back(read_commitment(c, cpath, p));
                });
    each_object(array(t, path, "response", false, false, ""), path + "/response",
                [&](const json& r, const std::string& rpath) {
                  tier.response.push_back(read_response(r, rpath, p));
                });
    if (const json* term = object(t, path, "term", false, "")) tier.term = read_term(*term, path + "/term");
    if (const json* credit = object(t, path, "credit", true,
                                    say({"a credit rule ({\"kind\": \"none\", \"reason\": …} if there is none)",
                                         "eine Gutschriftsregel ({\"kind\": \"none\", \"reason\": …} wenn es keine gibt)",
                                         "een crediteringsregel ({\"kind\": \"none\", \"reason\": …} als er geen is)",
                                         "en krediteringsregel ({\"kind\": \"none\", \"reason\": …} hvis der ingen er)"})))
      tier.credit = read_credit(*credit, path + "/credit", tier);
    if (const json* pricing = object(t, path, "pricing", false, ""))
      tier.pricing = read_pricing(*pricing, path + "/pricing");
    return tier;
  }

  Commitment read_commitment(const json& c, const std::string& path, const Profile& p) {
    Commitment out;
    out.cite = cite(c, path);
    known_fields(c, path, {"scope", "kind", "target", "period", "monthBasis", "window",
                           "maxDowntime", "excluded", "denominator"});
    out.scope = optional_string(c, path, "scope").value_or("");
    out.kind = static_cast<Commitment::Kind>(choice(c, path, "kind", true, {"guarantee", "target"}).value_or(0));
    out.target_percent = percent(c, path, "target", true).value_or(Rational(0));
    constexpr PeriodKind kPeriods[] = {PeriodKind::month, PeriodKind::quarter, PeriodKind::year};
    out.period = kPeriods[choice(c, path, "period", true, {"month", "quarter", "year"}).value_or(0)];
    if (auto b = choice(c, path, "monthBasis", false, kProfileMonthBases))
      out.month_basis = static_cast<MonthBasis>(*b);
    out.window = window_ref(c, path, "window", p, kAlwaysWindow);
    out.stated_max_downtime_seconds = duration(c, path, "maxDowntime", false);
    if (const json* list = array(c, path, "excluded", false, false, "")) {
      for (size_t i = 0; i < list->size(); ++i) {
        std::string item = path + "/excluded/" + std::to_string(i);
        auto r = read_choice((*list)[i], item,
                             {"planned-maintenance", "announced-service-windows", "force-majeure",
                              "customer-caused", "third-party", "redundant-system-failure"});
        if (r.ok()) out.excluded.push_back((*list)[i].get<std::string>());
        else error(r.error());
      }
    }
    out.denominator_minus_planned =
        choice(c, path, "denominator", false, {"period", "period-minus-planned"}).value_or(0) == 1;
    return out;
  }

  ResponseRule read_response(const json& r, const std::string& path, const Profile& p) {
    ResponseRule out;
    out.cite = cite(r, path);
    known_fields(r, path, {"measure", "class", "priority", "time", "workingDays", "bestEffort",
                           "window", "reportedIn", "when"});
    constexpr const char* kMeasures[] = {"reaction", "response", "resolution"};
    out.measure = kMeasures[choice(r, path, "measure", true, {"reaction", "response", "resolution"}).value_or(0)];
    constexpr const char* kClasses[] = {"any", "incident", "change", "request"};
    out.incident_class = kClasses[choice(r, path, "class", false, {"any", "incident", "change", "request"}).value_or(0)];
    if (auto prio = optional_string(r, path, "priority")) {
      bool known = *prio == "any";
      if (p.priorities)
        for (const auto& l : p.priorities->levels) known = known || l.id == *prio;
      if (!known)
        error("unknown_reference", say({"no priority level \"{0}\"", "keine Prioritätsstufe \"{0}\"",
                                        "geen prioriteitsniveau \"{0}\"", "intet prioritetsniveau \"{0}\""}, {*prio}), path + "/priority");
      out.priority = *prio;
    }
    int promises = 0;
    for (const char* key : {"time", "workingDays", "bestEffort"}) promises += find_field(r, key) ? 1 : 0;
    if (promises == 0)
      error(missing_field(path + "/time",
                          say({"one of \"time\", \"workingDays\" or \"bestEffort\": true",
                               "eines von \"time\", \"workingDays\" oder \"bestEffort\": true",
                               "één van \"time\", \"workingDays\" of \"bestEffort\": true",
                               "én af \"time\", \"workingDays\" eller \"bestEffort\": true"})));
    if (promises > 1)
      error("conflict",
            say({"give only one of \"time\", \"workingDays\" and \"bestEffort\"",
                 "geben Sie nur eines von \"time\", \"workingDays\" und \"bestEffort\" an",
                 "geef slechts één van \"time\", \"workingDays\" en \"bestEffort\"",
                 "angiv kun én af \"time\", \"workingDays\" og \"bestEffort\""}),
            path);
    if (auto t = duration(r, path, "time", false)) {
      out.promise = ResponseRule::Promise::duration;
      out.seconds = *t;
    }
    if (const json* v = find_field(r, "workingDays")) {
      out.promise = ResponseRule::Promise::workingDays;
      out.working_days = static_cast<int>(take(read_integer(*v, path + "/workingDays", 1, 1000)).value_or(1));
    }
    if (auto b = boolean(r, path, "bestEffort")) {
      if (!*b)
        error("unknown_value",
              say({"\"bestEffort\" is true or left out", "\"bestEffort\" ist true oder fehlt",
                   "\"bestEffort\" is true of wordt weggelaten", "\"bestEffort\" er true eller udelades"}),
              path + "/bestEffort");
      out.promise = ResponseRule::Promise::bestEffort;
    }
    out.window = window_ref(r, path, "window", p, kAlwaysWindow);
    out.reported_in = window_ref(r, path, "reportedIn", p, "");
    if (const json* when = object(r, path, "when", false, "")) out.when = read_when(*when, path + "/when", p);
    return out;
  }

  // {"optionId": "choice"}: each option declared, each choice one of its own.
  std::vector<std::pair<std::string, std::string>> read_when(const json& when, const std::string& path,
                                                             const Profile& p) {
    std::vector<std::pair<std::string, std::string>> out;
    if (when.empty())
      error("out_of_range",
            say({"name at least one option, or leave \"when\" out",
                 "nennen Sie mindestens eine Option oder lassen Sie \"when\" weg",
                 "noem minstens één optie, of laat \"when\" weg", "angiv mindst én indstilling, eller udelad \"when\""}),
            path);
    for (auto it = when.begin(); it != when.end(); ++it) {
      std::string item = child_path(path, it.key());
      auto choice = string_value(it.value(), item);
      const Option* option = p.find_option(it.key());
      if (!option) {
        error("unknown_reference",
              say({"no option \"{0}\" in \"options\"", "keine Option \"{0}\" in \"options\"",
                   "geen optie \"{0}\" in \"options\"", "ingen indstilling \"{0}\" i \"options\""}, {it.key()}),
              item);
      } else if (choice && std::find(option->choices.begin(), option->choices.end(), *choice) ==
                               option->choices.end()) {
        error("unknown_value",
              say({"\"{0}\" is not a choice of option \"{1}\"", "\"{0}\" ist keine Auswahl der Option \"{1}\"",
                   "\"{0}\" is geen keuze van optie \"{1}\"",
                   "\"{0}\" er ikke en valgmulighed for indstillingen \"{1}\""}, {*choice, it.key()}),
              item);
      } else if (choice) {
        out.emplace_back(it.key(), *choice);
      }
    }
    return out;
  }

  Term read_term(const json& t, const std::string& path) {
    Term term;
    term.cite = cite(t, path);
    known_fields(t, path, {"minimum", "renewal", "notice", "startsAt", "damagesForCause"});
    term.minimum = span(t, path, "minimum", true).value_or(Span{});
    term.renewal = span(t, path, "renewal", false);
    term.notice = span(t, path, "notice", false);
    term.starts_at = optional_string(t, path, "startsAt").value_or("");
    if (const json* d = object(t, path, "damagesForCause", false, "")) {
      std::string p = path + "/damagesForCause";
      known_fields(*d, p, {"percent", "capMonths"});
      DamagesForCause damages;
      damages.cite = cite(*d, p);
      damages.percent = percent(*d, p, "percent", true).value_or(Rational(0));
      if (const json* cap = field(*d, p, "capMonths", true,
                                  say({"the cap in months of fees, e.g. 36",
                                       "die Obergrenze in Monatsentgelten, z. B. 36",
                                       "het plafond in maanden aan vergoedingen, bijv. 36",
                                       "loftet i måneders gebyrer, f.eks. 36"})))
        damages.cap_months = static_cast<int>(take(read_integer(*cap, p + "/capMonths", 1, 1200)).value_or(1));
      term.damages_for_cause = damages;
    }
    return term;
  }

  ContractDeadline read_deadline(const json& d, const std::string& path) {
    ContractDeadline out;
    out.cite = cite(d, path);
    known_fields(d, path, {"id", "label", "after", "within"});
    if (const json* v = field(d, path, "id", true,
                              say({"an id, e.g. \"payment\"", "eine ID, z. B. \"payment\"", "een id, bijv. \"payment\"",
                                   "et id, f.eks. \"payment\""})))
      out.id = id_value(*v, path + "/id").value_or("");
    out.label = text(d, path, "label",
                     say({"what is due, e.g. \"Payment\"", "was fällig ist, z. B. \"Zahlung\"",
                          "wat verschuldigd is, bijv. \"Betaling\"", "hvad der forfalder, f.eks. \"Betaling\""}))
                    .value_or("");
    out.after = static_cast<ContractDeadline::After>(choice(d, path, "after", true, {"invoice", "regular-end"}).value_or(0));
    out.within = span(d, path, "within", true).value_or(Span{});
    return out;
  }

  Credit read_credit(const json& c, const std::string& path, const Tier& tier) {
    Credit out;
    out.cite = cite(c, path);
    auto kind = choice(c, path, "kind", true,
                       {"none", "flat-percent-of-fee", "proportional-shortfall", "tiered-schedule"});
    if (!kind) return out;
    out.kind = static_cast<Credit::Kind>(*kind);
    if (out.kind == Credit::Kind::none) {
      known_fields(c, path, {"kind", "reason"});
      out.reason = text(c, path, "reason",
                        say({"why there is no credit, for the user", "warum es keine Gutschrift gibt, für den Nutzer",
                             "waarom er geen creditering is, voor de gebruiker",
                             "hvorfor der ingen kreditering er, til brugeren"}))
                       .value_or("");
      return out;
    }
    known_fields(c, path, {"kind", "fee", "period", "percent", "steps", "cap", "minimumAmount",
                           "claim", "redemption"});
    constexpr const char* kFees[] = {"monthly-fee", "previous-month-resource-group-fee",
                                     "annual-fee", "period-fee"};
    if (auto fee = choice(c, path, "fee", true, {"monthly-fee", "previous-month-resource-group-fee",
                                                 "annual-fee", "period-fee"}))
      out.fee = kFees[*fee];
    constexpr PeriodKind kPeriods[] = {PeriodKind::month, PeriodKind::quarter, PeriodKind::year};
    if (auto period = choice(c, path, "period", false, {"month", "quarter", "year"}))
      out.period = kPeriods[*period];
    else if (!tier.availability.empty())
      out.period = tier.availability.front().period;
    else if (!find_field(c, "period"))
      error(missing_field(path + "/period",
                          say({"the credit's period: the tier has no commitment to take it from",
                               "der Zeitraum der Gutschrift: der Tarif hat keine Zusage, aus der er sich ergibt",
                               "de periode van de creditering: het niveau heeft geen toezegging waaraan die kan worden ontleend",
                               "krediteringens periode: niveauet har intet tilsagn at tage den fra"})));
    if (out.kind == Credit::Kind::flatPercentOfFee) {
      out.percent = percent(c, path, "percent", true).value_or(Rational(0));
      if (find_field(c, "percent") && out.percent == Rational(0))
        error("out_of_range",
              say({"a credit of 0 % is no credit: use kind \"none\"",
                   "eine Gutschrift von 0 % ist keine Gutschrift: verwenden Sie kind \"none\"",
                   "een creditering van 0% is geen creditering: gebruik kind \"none\"",
                   "en kreditering på 0 % er ingen kreditering: brug kind \"none\""}),
              path + "/percent");
    }
    if (out.kind == Credit::Kind::tieredSchedule) read_steps(c, path, out);
    out.cap_percent = percent(c, path, "cap", false);
    out.minimum_amount = money(c, path, "minimumAmount");
    if (const json* claim = object(c, path, "claim", false, "")) {
      std::string cp = path + "/claim";
      known_fields(*claim, cp, {"within", "after", "form"});
      constexpr const char* kAfter[] = {"period-end", "incident"};
      out.claim = Claim{span(*claim, cp, "within", true).value_or(Span{}),
                        kAfter[choice(*claim, cp, "after", true, {"period-end", "incident"}).value_or(0)],
                        optional_string(*claim, cp, "form").value_or(""), cite(*claim, cp)};
    }
    if (const json* r = object(c, path, "redemption", false, "")) {
      std::string rp = path + "/redemption";
      known_fields(*r, rp, {"available", "method", "cash", "expiry", "availableAt", "redeemIn"});
      Redemption red;
      red.available_at = static_cast<Redemption::AvailableAt>(
          choice(*r, rp, "availableAt", false, {"unspecified", "calendar-year-end"}).value_or(0));
      red.redeem_in = static_cast<Redemption::RedeemIn>(
          choice(*r, rp, "redeemIn", false, {"unspecified", "next-service-year"}).value_or(0));
      red.available = optional_string(*r, rp, "available").value_or("");
      red.method = optional_string(*r, rp, "method").value_or("");
      red.expiry = optional_string(*r, rp, "expiry").value_or("");
      red.cash = boolean(*r, rp, "cash");
      red.cite = cite(*r, rp);
      out.redemption = red;
    }
    return out;
  }

  // "< X and ≥ Y" steps: below strictly falling, credit strictly rising.
  void read_steps(const json& c, const std::string& path, Credit& out) {
    each_object(array(c, path, "steps", true, true,
                      say({"the schedule's steps", "die Stufen der Staffel", "de stappen van de staffel",
                           "skalaens trin"})),
                path + "/steps",
                [&](const json& s, const std::string& sp) {
                  known_fields(s, sp, {"below", "percent"});
                  auto below = percent(s, sp, "below", true);
                  auto credit = percent(s, sp, "percent", true);
                  if (!below || !credit) return;
                  if (!out.steps.empty() && !(*below < out.steps.back().below_percent &&
                                              *credit > out.steps.back().credit_percent))
                    error("credit_steps_not_ascending",
                          say({"each step needs a lower \"below\" and a higher \"percent\" than the one before",
                               "jede Stufe braucht ein niedrigeres \"below\" und ein höheres \"percent\" als die vorige",
                               "elke stap heeft een lagere \"below\" en een hogere \"percent\" nodig dan de vorige",
                               "hvert trin skal have en lavere \"below\" og en højere \"percent\" end det forrige"}),
                          sp);
                  out.steps.push_back({*below, *credit});
                });
  }

  Pricing read_pricing(const json& pr, const std::string& path) {
    Pricing out;
    out.cite = cite(pr, path);
    known_fields(pr, path, {"model", "monthlyPrice", "pricePerFactorUnit", "increaseSurcharge",
                            "temporaryUpgradeSurcharge", "supportHoursPerMonth",
                            "introductionMultiplier", "hourlyRate", "pricesAreExamples"});
    constexpr const char* kModels[] = {"none", "fixed-monthly", "component-factor", "support-hours"};
    out.model = kModels[choice(pr, path, "model", true,
                               {"none", "fixed-monthly", "component-factor", "support-hours"}).value_or(0)];
    out.monthly_price = money(pr, path, "monthlyPrice");
    out.price_per_factor_unit = money(pr, path, "pricePerFactorUnit");
    out.hourly_rate = money(pr, path, "hourlyRate");
    out.increase_surcharge_percent = percent(pr, path, "increaseSurcharge", false);
    out.temporary_upgrade_surcharge_percent = percent(pr, path, "temporaryUpgradeSurcharge", false);
    if (const json* v = find_field(pr, "supportHoursPerMonth"))
      out.support_hours_per_month = take(read_decimal(*v, path + "/supportHoursPerMonth"));
    if (const json* v = find_field(pr, "introductionMultiplier"))
      out.introduction_multiplier =
          static_cast<int>(take(read_integer(*v, path + "/introductionMultiplier", 1, 100)).value_or(1));
    out.prices_are_examples = boolean(pr, path, "pricesAreExamples").value_or(false);
    return out;
  }
};

}  // namespace

ProfileCheck check_profile(const json& document) {
  Checker checker;
  if (!document.is_object()) {
    checker.error(wrong_type("", say({"a profile object", "ein Profilobjekt", "een profielobject", "et profilobjekt"}), document));
    return std::move(checker.result);
  }
  Profile profile;
  checker.read_document(document, profile);
  if (checker.result.errors.empty()) checker.result.profile = std::move(profile);
  return std::move(checker.result);
}

ProfileCheck check_profile_text(std::string_view text) {
  if (text.size() > kMaxProfileBytes) {
    ProfileCheck out;
    out.errors.push_back({"too_large",
                          say({"the document has {0} bytes; profiles are limited to 1 MB (1 000 000 bytes)",
                               "das Dokument hat {0} Bytes; Profile sind auf 1 MB (1.000.000 Bytes) begrenzt",
                               "het document heeft {0} bytes; profielen zijn beperkt tot 1 MB (1.000.000 bytes)",
                               "dokumentet har {0} bytes; profiler er begrænset til 1 MB (1.000.000 bytes)"},
                              {local_decimal(std::to_string(text.size()))}),
                          ""});
    return out;
  }
  auto document = parse_json_text(text);
  if (!document.ok()) {
    ProfileCheck out;
    out.errors.push_back({document.error().code,
                          say({"the document: {0}", "das Dokument: {0}", "het document: {0}", "dokumentet: {0}"},
                              {document.error().message}),
                          ""});
    return out;
  }
  return check_profile(document.value());
}

}  // namespace slacalc
