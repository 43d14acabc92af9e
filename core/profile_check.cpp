#include "profile_check.hpp"

#include <algorithm>
#include <span>

#include "holidays.hpp"
#include "insertion_sort.hpp"
#include "json_read.hpp"
#include "lang.hpp"
#include "local_text.hpp"
#include "span.hpp"
#include "weekly_window.hpp"
#include "zones.hpp"

namespace slacalc {
namespace {

// Keys are literals, passed as const char*: a string_view made from one at
// each of some 200 call sites was a call apiece in the wasm.
using Fields = std::initializer_list<const char*>;

constexpr const char* kFormat = "slacalc-profile/1";
// A tier's rank: at most this many axes, each level 0–kMaxRank.
constexpr size_t kMaxRankAxes = 8;
constexpr long long kMaxRank = 1000;

// The ids seen so far in one list, to report duplicates. It is the map type
// nlohmann::json keeps objects in (keys → null values here): the wasm carries
// that map's code already, and a std::set<std::string> would add a second copy.
using IdSet = json::object_t;

// Where a value sits in the document: the chain of keys and indexes from the
// root, written out as a JSON pointer only when a problem is reported there.
// The checker reads some 200 fields; building each one's pointer up front
// was a string made and freed at every read, in time and in wasm code. A
// child refers to its parent, so it is made from a named At (or a
// parameter), never from a temporary one: that does not compile.
class At {
 public:
  At() = default;
  At operator/(std::string_view key) const& { return At(this, key, kKey); }
  At operator/(const char* key) const& { return At(this, key, kKey); }
  At operator/(size_t index) const& { return At(this, {}, index); }
  At operator/(std::string_view) const&& = delete;
  At operator/(const char*) const&& = delete;
  At operator/(size_t) const&& = delete;

  // The key this value sits under ("" for an array's item or the root).
  std::string_view key() const { return index_ == kKey ? key_ : std::string_view(); }

  std::string pointer() const {
    if (!parent_) return "";
    if (index_ == kKey) return child_path(parent_->pointer(), key_);
    return parent_->pointer() + "/" + std::to_string(index_);
  }

 private:
  static constexpr size_t kKey = static_cast<size_t>(-1);
  At(const At* parent, std::string_view key, size_t index) : parent_(parent), key_(key), index_(index) {}
  const At* parent_ = nullptr;
  std::string_view key_;
  size_t index_ = kKey;
};

// What json_read's readers are given as the path: the checker puts the real
// one in only when a read fails.
const std::string kNoPath;

// Prose may run over lines and be long; every other text is a name, a label
// or a clause shown on one line — in a letter's subject, a table's cell
// (docs/profile-format.md, "Texts").
bool is_prose(std::string_view key) { return key == "note" || key == "reason" || key == "caveat"; }

// The fields of a profile's objects that are words for people and so may be
// given in other languages under "translations" (docs/profile-format.md,
// "Languages"). A commitment's `scope` stays its id; its translation is the
// scope's name for people.
bool is_translatable(std::string_view key) {
  for (std::string_view k : {"label", "name", "note", "reason", "caveat", "product", "scope", "startsAt", "form",
                             "available", "method", "expiry"})
    if (key == k) return true;
  return false;
}
constexpr std::size_t kMaxProse = 4000, kMaxName = 300;  // characters

std::size_t characters(std::string_view s) {
  return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

// Whether the text's directional embeddings, overrides (U+202A–U+202E) and
// isolates (U+2066–U+2069) each end where they are opened: an override left
// open ("Evil\u202e") reverses whatever is shown after the name.
bool balanced_bidi(std::string_view s) {
  int embeddings = 0, isolates = 0;
  for (std::size_t i = 0; i + 2 < s.size(); ++i) {
    if (static_cast<unsigned char>(s[i]) != 0xE2) continue;
    unsigned char b = static_cast<unsigned char>(s[i + 1]), c = static_cast<unsigned char>(s[i + 2]);
    if (b == 0x80 && (c == 0xAA || c == 0xAB || c == 0xAD || c == 0xAE)) ++embeddings;
    else if (b == 0x80 && c == 0xAC && --embeddings < 0) return false;
    else if (b == 0x81 && c >= 0xA6 && c <= 0xA8) ++isolates;
    else if (b == 0x81 && c == 0xA9 && --isolates < 0) return false;
  }
  return embeddings == 0 && isolates == 0;
}

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

// A text read from the document, or the fallback where there was none.
std::string text_or(const std::string* s, std::string_view fallback = {}) {
  return s ? *s : std::string(fallback);
}

// What a missing field was meant to hold, for the "missing …" message. Each
// is worded only when that message is written.
constexpr Phrase kPercentWhat{"a percentage, e.g. \"99.5\"", "ein Prozentsatz, z. B. \"99.5\"",
                              "een percentage, bijv. \"99.5\"", "en procentsats, f.eks. \"99.5\""};
constexpr Phrase kSpanWhat{"a span, e.g. \"3 months\"", "eine Zeitspanne, z. B. \"3 months\"",
                           "een tijdspanne, bijv. \"3 months\"", "et tidsrum, f.eks. \"3 months\""};
constexpr Phrase kLabelWhat{"a label", "eine Bezeichnung", "een label", "en betegnelse"};
constexpr Phrase kNoPriorityLevel{"no priority level \"{0}\"", "keine Prioritätsstufe \"{0}\"",
                                  "geen prioriteitsniveau \"{0}\"", "intet prioritetsniveau \"{0}\""};

// Collects every problem; each reader returns what it could read (or
// nothing) and carries on, so one pass reports everything. Texts are read as
// pointers into the document, not copied, until they are kept.
class Checker {
 public:
  ProfileCheck result;
  Lang written_ = Lang::en;  // the profile's "lang"
  int translated_ = 0, untranslated_ = 0;

  void error(Error e) {
    if (result.errors.size() >= kMaxProblems) {
      ++result.unlisted_errors;
      return;
    }
    result.errors.push_back(std::move(e));
  }
  void error(std::string_view code, std::string message, const At& at) {
    error(Error{code, std::move(message), at.pointer()});
  }
  // A json_read error (read with kNoPath), now with its place.
  void error(Error e, const At& at) {
    e.path = at.pointer();
    error(std::move(e));
  }
  void missing(const At& at, std::string what) { error(missing_field(at.pointer(), what)); }
  void wrong(const At& at, std::string expected, const json& got) {
    error(wrong_type(at.pointer(), expected, got));
  }

  // Unknown fields are warnings, never dropped silently; clause and note are
  // allowed on every object.
  void known_fields(const json& obj, const At& at, Fields allowed) {
    const bool own_translations = std::find(allowed.begin(), allowed.end(), "translations") != allowed.end();
    for (auto it = obj.begin(); it != obj.end(); ++it) {
      const std::string& key = it.key();
      if (key == "clause" || key == "note") continue;
      if (std::find(allowed.begin(), allowed.end(), key) != allowed.end()) continue;
      if (key == "translations" && !own_translations) {
        check_translations(it.value(), at / "translations", obj);
        continue;
      }
      unknown_field(at / key);
    }
  }

  void unknown_field(const At& at) {
    if (result.warnings.size() < kMaxProblems)
      result.warnings.push_back({"unknown_field",
                                 say({"unknown field \"{0}\" is ignored", "unbekanntes Feld \"{0}\" wird ignoriert",
                                      "onbekend veld \"{0}\" wordt genegeerd", "ukendt felt \"{0}\" ignoreres"},
                                     {std::string(at.key())}),
                                 at.pointer()});
  }

  // "translations": { "de": { field: text, … }, "nl": …, "da": … } on any
  // object: its words for people in the languages slacalc speaks, each a
  // text field the object itself has (docs/profile-format.md, "Languages").
  void check_translations(const json& map, const At& at, const json& owner) {
    if (!object(&map, at)) return;
    for (auto it = map.begin(); it != map.end(); ++it) {
      const At lang_at = at / it.key();
      if (!known_language(it.key(), lang_at)) continue;
      const json* words = object(&it.value(), lang_at);
      if (!words) continue;
      for (auto w = words->begin(); w != words->end(); ++w) {
        const At word_at = lang_at / w.key();
        if (!is_translatable(w.key()))
          error("unknown_value",
                say({"\"{0}\" is no text for people: only names, labels, notes and the like are translated",
                     "\"{0}\" ist kein Text für Menschen: übersetzt werden nur Namen, Bezeichnungen, Notizen und dergleichen",
                     "\"{0}\" is geen tekst voor mensen: alleen namen, labels, notities en dergelijke worden vertaald",
                     "\"{0}\" er ingen tekst til mennesker: kun navne, betegnelser, noter og lignende oversættes"},
                    {w.key()}),
                word_at);
        else if (!find_field(owner, w.key().c_str()))
          error("unknown_reference",
                say({"\"{0}\" translates a field the object does not have",
                     "\"{0}\" übersetzt ein Feld, das das Objekt nicht hat",
                     "\"{0}\" vertaalt een veld dat het object niet heeft",
                     "\"{0}\" oversætter et felt, som objektet ikke har"},
                    {w.key()}),
                word_at);
        else string_value(w.value(), word_at);
      }
    }
  }

  bool known_language(const std::string& code, const At& at) {
    if (lang_from_code(code)) return true;
    error("unknown_value",
          say({"\"{0}\" is not a language slacalc speaks (en, de, nl, da)",
               "\"{0}\" ist keine Sprache, die slacalc spricht (en, de, nl, da)",
               "\"{0}\" is geen taal die slacalc spreekt (en, de, nl, da)",
               "\"{0}\" er ikke et sprog, slacalc taler (en, de, nl, da)"},
              {code}),
          at);
    return false;
  }

  // The object's `key` in the call's language where the profile is written
  // in another and gives it (checked by check_translations); nullptr otherwise.
  const std::string* translation(const json& obj, const char* key) {
    if (written_ == current_lang() || !is_translatable(key)) return nullptr;
    const json* map = find_field(obj, "translations");
    const json* words = map && map->is_object() ? find_field(*map, lang_code(current_lang())) : nullptr;
    const json* word = words && words->is_object() ? find_field(*words, key) : nullptr;
    if (word && word->is_string() && !word->get_ref<const std::string&>().empty()) {
      ++translated_;
      return &word->get_ref<const std::string&>();
    }
    // Names (a tier's, the product's) often stay as written; the other words count.
    if (std::string_view(key) != "name" && std::string_view(key) != "product") ++untranslated_;
    return nullptr;
  }

  // A text as the call's language has it: the translation, else as written.
  const std::string* in_call_lang(const json& obj, const char* key, const std::string* written) {
    if (!written) return nullptr;
    const std::string* translated = translation(obj, key);
    return translated ? translated : written;
  }

  Cite cite(const json& obj, const At& at) {
    auto clause = optional_string(obj, at, "clause");
    return {text_or(clause), text_or(optional_string(obj, at, "note"))};
  }

  // A required field: missing is an error that says what belongs there.
  const json* field(const json& obj, const At& at, const char* key, const Phrase& what) {
    const json* v = find_field(obj, key);
    if (!v) missing(at / key, say(what));
    return v;
  }

  // An object field; nullptr when absent (an error if required) or not an object.
  const json* object(const json* v, const At& at) {
    if (v && !v->is_object()) {
      wrong(at, an_object(), *v);
      return nullptr;
    }
    return v;
  }
  const json* object(const json& obj, const At& at, const char* key) {
    return object(find_field(obj, key), at / key);
  }
  const json* object(const json& obj, const At& at, const char* key, const Phrase& what) {
    return object(field(obj, at, key, what), at / key);
  }

  // An array field that may be absent or empty.
  const json* array(const json& obj, const At& at, const char* key) {
    const json* v = find_field(obj, key);
    if (v && !v->is_array()) {
      wrong(at / key, say({"an array", "ein Array", "een array", "et array"}), *v);
      return nullptr;
    }
    return v;
  }
  // A required array; non_empty: with at least one item.
  const json* array(const json& obj, const At& at, const char* key, bool non_empty,
                    const Phrase& what) {
    const json* v = field(obj, at, key, what);
    if (v && !v->is_array()) {
      wrong(at / key,
            non_empty ? say({"a non-empty array", "ein nicht leeres Array", "een niet-lege array", "et ikke-tomt array"})
                      : say({"an array", "ein Array", "een array", "et array"}),
            *v);
      return nullptr;
    }
    if (v && non_empty && v->empty()) {
      error("wrong_type",
            say({"expected a non-empty array, got an empty one: {0}", "das Array ist leer, erwartet: {0}",
                 "de array is leeg, verwacht: {0}", "arrayet er tomt, forventet: {0}"}, {say(what)}),
            at / key);
      return nullptr;
    }
    return v;
  }

  const std::string* string_value(const json& v, const At& at) {
    if (!v.is_string()) {
      error(read_string(v, kNoPath).error(), at);
      return nullptr;
    }
    const std::string& s = v.get_ref<const std::string&>();
    if (s.empty()) {
      error("invalid_format", say({"must not be empty", "darf nicht leer sein", "mag niet leeg zijn", "må ikke være tom"}),
            at);
      return nullptr;
    }
    bool prose = is_prose(at.key());
    if (!prose && s.find_first_of("\r\n") != std::string::npos) {
      error("invalid_format",
            say({"a name or label is one line: no line breaks (a note may have them)",
                 "ein Name oder eine Bezeichnung steht in einer Zeile: ohne Zeilenumbrüche (eine Notiz darf sie haben)",
                 "een naam of label is één regel: zonder regeleinden (een notitie mag ze hebben)",
                 "et navn eller en betegnelse står på én linje: uden linjeskift (en note må have dem)"}),
            at);
      return nullptr;
    }
    if (std::size_t limit = prose ? kMaxProse : kMaxName; characters(s) > limit) {
      error("out_of_range",
            say({"at most {0} characters here", "hier höchstens {0} Zeichen", "hier hoogstens {0} tekens",
                 "højst {0} tegn her"},
                {std::to_string(limit)}),
            at);
      return nullptr;
    }
    if (!balanced_bidi(s) && result.warnings.size() < kMaxProblems)
      result.warnings.push_back(
          {"unbalanced_bidi",
           say({"direction controls (U+202A–U+202E, U+2066–U+2069) are not closed: shown isolated, but check the text",
                "Richtungssteuerzeichen (U+202A–U+202E, U+2066–U+2069) sind nicht geschlossen: isoliert angezeigt, "
                "aber prüfen Sie den Text",
                "richtingstekens (U+202A–U+202E, U+2066–U+2069) zijn niet gesloten: geïsoleerd getoond, maar "
                "controleer de tekst",
                "retningstegn (U+202A–U+202E, U+2066–U+2069) er ikke lukket: vist isoleret, men kontrollér teksten"}),
           at.pointer()});
    return &s;
  }

  // Texts for people (is_translatable) in the call's language, as written
  // where the profile gives none in it.
  const std::string* optional_string(const json& obj, const At& at, const char* key) {
    const json* v = find_field(obj, key);
    return v ? in_call_lang(obj, key, string_value(*v, at / key)) : nullptr;
  }

  // A text as the document writes it, never translated: the words of a translation themselves.
  const std::string* as_written(const json& obj, const At& at, const char* key) {
    const json* v = find_field(obj, key);
    return v ? string_value(*v, at / key) : nullptr;
  }

  const std::string* text(const json& obj, const At& at, const char* key, const Phrase& what) {
    const json* v = field(obj, at, key, what);
    return v ? in_call_lang(obj, key, string_value(*v, at / key)) : nullptr;
  }

  const std::string* id_value(const json& v, const At& at) {
    const std::string* s = string_value(v, at);
    if (s && !is_id(*s)) {
      error("invalid_format",
            say({"\"{0}\" is not an id (a–z, 0–9 and \"-\", at most 64 characters)",
                 "\"{0}\" ist keine ID (a–z, 0–9 und \"-\", höchstens 64 Zeichen)",
                 "\"{0}\" is geen id (a–z, 0–9 en \"-\", hoogstens 64 tekens)",
                 "\"{0}\" er ikke et id (a–z, 0–9 og \"-\", højst 64 tegn)"}, {*s}),
            at);
      return nullptr;
    }
    return s;
  }

  // A required id field.
  std::string id(const json& obj, const At& at, const Phrase& what) {
    const json* v = field(obj, at, "id", what);
    return v ? text_or(id_value(*v, at / "id")) : "";
  }

  std::optional<int> choice(const json& obj, const At& at, const char* key, bool required,
                            std::initializer_list<const char*> ids) {
    return choice_index(obj, at, key, required, std::span<const char* const>(ids.begin(), ids.size()));
  }

  // A choice read through its table (id_table.hpp); nothing when absent or
  // wrong (the error recorded).
  template <class Value, std::size_t N>
  std::optional<Value> choice(const json& obj, const At& at, const char* key, bool required,
                              const IdOf<Value> (&table)[N]) {
    const auto ids = ids_of(table);
    auto index = choice_index(obj, at, key, required, ids);
    if (!index) return std::nullopt;
    return table[*index].value;
  }

  std::optional<int> choice_index(const json& obj, const At& at, const char* key, bool required,
                                  std::span<const char* const> ids) {
    const json* v = find_field(obj, key);
    if (!v) {
      if (required)
        missing(at / key, say({"one of {0}", "einer der Werte {0}", "een van de waarden {0}", "en af værdierne {0}"},
                              {comma_list(ids)}));
      return std::nullopt;
    }
    return take(read_choice(*v, kNoPath, ids), at / key);
  }

  template <class T>
  std::optional<T> take(Result<T> r, const At& at) {
    if (r.ok()) return std::move(r.value());
    error(r.error(), at);
    return std::nullopt;
  }

  std::optional<Percent> percent(const json& obj, const At& at, const char* key, bool required) {
    const json* v = find_field(obj, key);
    if (!v && required) missing(at / key, say(kPercentWhat));
    return v ? take(read_percent(*v, kNoPath), at / key) : std::nullopt;
  }

  std::optional<Duration> duration(const json& obj, const At& at, const char* key) {
    const json* v = find_field(obj, key);
    if (!v) return std::nullopt;
    auto d = take(read_duration(*v, kNoPath), at / key);
    if (d && *d == Duration()) {
      error("out_of_range",
            say({"a duration here must be longer than zero", "eine Dauer muss hier länger als null sein",
                 "een duur moet hier langer dan nul zijn", "en varighed skal her være længere end nul"}),
            at / key);
      return std::nullopt;
    }
    return d;
  }

  std::optional<Span> span(const json& obj, const At& at, const char* key, bool required) {
    const json* v = find_field(obj, key);
    if (!v) {
      if (required) missing(at / key, say(kSpanWhat));
      return std::nullopt;
    }
    const std::string* s = string_value(*v, at / key);
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
            at / key);
    return parsed;
  }

  std::optional<std::int64_t> money(const json& obj, const At& at, const char* key) {
    const json* v = find_field(obj, key);
    if (!v) return std::nullopt;
    if ((v->is_number_integer() && v->get<long long>() < 0) || (v->is_number_float() && v->get<double>() < 0)) {
      error("negative_money", negative_money_text(), at / key);
      return std::nullopt;
    }
    if (!v->is_number_integer() && !v->is_number_unsigned()) {
      wrong(at / key, whole_minor_units(), *v);
      return std::nullopt;
    }
    return take(read_integer(*v, kNoPath, 0, kMaxMinorUnits), at / key);
  }

  std::optional<long long> integer(const json& obj, const At& at, const char* key, long long min,
                                   long long max) {
    const json* v = find_field(obj, key);
    return v ? take(read_integer(*v, kNoPath, min, max), at / key) : std::nullopt;
  }

  std::optional<bool> boolean(const json& obj, const At& at, const char* key) {
    const json* v = find_field(obj, key);
    if (!v) return std::nullopt;
    if (!v->is_boolean()) {
      wrong(at / key, true_or_false(), *v);
      return std::nullopt;
    }
    return v->get<bool>();
  }

  // Each item of an array of objects, with its place.
  template <class F>
  void each_object(const json* list, const At& at, F read_item) {
    if (!list) return;
    for (size_t i = 0; i < list->size(); ++i) {
      const At item = at / i;
      if (!(*list)[i].is_object()) wrong(item, an_object(), (*list)[i]);
      else read_item((*list)[i], item);
    }
  }

  void unique(IdSet& seen, const std::string& id, const At& at, const Phrase& what) {
    if (!seen.try_emplace(id).second)
      error("duplicate_id",
            say({"{0} \"{1}\" is defined twice", "doppelt definiert: {0} \"{1}\"", "dubbel gedefinieerd: {0} \"{1}\"",
                 "defineret to gange: {0} \"{1}\""}, {say(what), id}),
            at);
  }

  // ------------------------------------------------------------ the document

  void read_document(const json& doc, Profile& p) {
    const At root;
    read_lang(doc, root, p);
    known_fields(doc, root, {"format", "id", "vendor", "product", "status", "caveat", "source", "lang",
                             "languages", "currency", "timeZone", "holidays", "windows",
                             "priorities", "options", "deadlines", "maintenanceNotice", "tiers"});
    const std::string* format = text(doc, root, "format", {"\"format\": \"slacalc-profile/1\"",
                                                           "\"format\": \"slacalc-profile/1\"",
                                                           "\"format\": \"slacalc-profile/1\"",
                                                           "\"format\": \"slacalc-profile/1\""});
    if (format && *format != kFormat)
      error("unsupported_format",
            say({"format \"{0}\" is not supported (expected {1})",
                 "das Format \"{0}\" wird nicht unterstützt (erwartet: {1})",
                 "formaat \"{0}\" wordt niet ondersteund (verwacht: {1})",
                 "formatet \"{0}\" understøttes ikke (forventet: {1})"}, {*format, kFormat}),
            root / "format");
    p.id = id(doc, root, {"the profile's id", "die ID des Profils", "de id van het profiel", "profilens id"});
    p.vendor = text_or(text(doc, root, "vendor", {"the vendor's name", "der Name des Anbieters",
                                                  "de naam van de aanbieder", "leverandørens navn"}));
    p.product = text_or(text(doc, root, "product",
                             {"the contract or service name", "der Name des Vertrags oder Dienstes",
                              "de naam van het contract of de dienst", "navnet på aftalen eller tjenesten"}));
    p.is_example = choice(doc, root, "status", true, {"contract", "example"}).value_or(0) == 1;
    p.caveat = text_or(optional_string(doc, root, "caveat"));
    if (p.is_example && !find_field(doc, "caveat"))
      missing(root / "caveat", say({"a caveat: an example profile must say it may be outdated",
                                    "ein Vorbehalt: ein Beispielprofil muss sagen, dass es veraltet sein kann",
                                    "een voorbehoud: een voorbeeldprofiel moet zeggen dat het verouderd kan zijn",
                                    "et forbehold: en eksempelprofil skal sige, at den kan være forældet"}));
    if (const json* source = object(doc, root, "source")) read_source(*source, root / "source");
    read_languages(doc, root, p);
    read_currency(doc, root, p);
    read_time_zone(doc, root, p);
    if (const json* h = object(doc, root, "holidays",
                               {"{\"calendar\": \"DE-ST\"} or \"none\"", "{\"calendar\": \"DE-ST\"} oder \"none\"",
                                "{\"calendar\": \"DE-ST\"} of \"none\"", "{\"calendar\": \"DE-ST\"} eller \"none\""}))
      read_holidays(*h, root / "holidays", p);
    if (const json* w = object(doc, root, "windows")) read_windows(*w, root / "windows", p);
    if (const json* pr = object(doc, root, "priorities")) read_priorities(*pr, root / "priorities", p);
    if (const json* o = object(doc, root, "options")) read_options(*o, root / "options", p);
    IdSet deadline_ids;
    each_object(array(doc, root, "deadlines"), root / "deadlines", [&](const json& d, const At& at) {
      ContractDeadline deadline = read_deadline(d, at);
      if (!deadline.id.empty()) unique(deadline_ids, deadline.id, at / "id", {"deadline", "Frist", "termijn", "frist"});
      p.deadlines.push_back(std::move(deadline));
    });
    if (const json* n = object(doc, root, "maintenanceNotice")) read_maintenance_notice(*n, root / "maintenanceNotice", p);
    IdSet tier_ids;
    each_object(array(doc, root, "tiers", true,
                      {"at least one tier", "mindestens ein Tarif", "minstens één niveau", "mindst ét niveau"}),
                root / "tiers", [&](const json& t, const At& at) {
                  Tier tier = read_tier(t, at, p);
                  if (!tier.id.empty()) unique(tier_ids, tier.id, at / "id", {"tier", "Tarif", "niveau", "niveau"});
                  p.tiers.push_back(std::move(tier));
                });
    check_rank_axes(p, root / "tiers");
    warn_unused_options(p);
  }

  // WP Heaven §10.1: a service window is announced only when announced at
  // least this long ahead.
  void read_maintenance_notice(const json& n, const At& at, Profile& p) {
    known_fields(n, at, {"atLeast", "clause", "note"});
    if (!find_field(n, "atLeast"))
      missing(at / "atLeast", say({"how long ahead, e.g. \"48h\"", "wie lange im Voraus, z. B. \"48h\"",
                                   "hoe lang van tevoren, bijv. \"48h\"", "hvor længe i forvejen, f.eks. \"48h\""}));
    if (std::optional<Duration> d = duration(n, at, "atLeast")) p.maintenance_notice = MaintenanceNotice{*d, cite(n, at)};
  }

  // "lang": the language the profile's texts are written in, "en" when absent;
  // read first, so that every text after it is taken in the call's language.
  void read_lang(const json& doc, const At& root, Profile& p) {
    const json* v = find_field(doc, "lang");
    const std::string* code = v ? string_value(*v, root / "lang") : nullptr;
    if (code && known_language(*code, root / "lang")) {
      written_ = *lang_from_code(*code);
      p.lang = *code;
    }
  }

  // The language the profile's texts came out in: the call's where each was
  // written or translated in it, else the one they are written in.
  void set_text_lang(Profile& p) const {
    p.text_lang = written_ == current_lang() || untranslated_ == 0 ? lang_code(current_lang()) : lang_code(written_);
  }

  void read_source(const json& source, const At& at) {
    known_fields(source, at, {"document", "date", "url"});
    for (const char* key : {"document", "date", "url"}) optional_string(source, at, key);
  }

  void read_languages(const json& doc, const At& root, Profile& p) {
    const json* list = array(doc, root, "languages", true,
                             {"the original's languages, e.g. [\"de\"]", "die Sprachen des Originals, z. B. [\"de\"]",
                              "de talen van het origineel, bijv. [\"de\"]", "originalens sprog, f.eks. [\"de\"]"});
    if (!list) return;
    const At languages = root / "languages";
    IdSet seen;
    for (size_t i = 0; i < list->size(); ++i) {
      const At at = languages / i;
      const std::string* code = string_value((*list)[i], at);
      if (!code) continue;
      if (code->size() != 2 || !std::all_of(code->begin(), code->end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
        error("invalid_format",
              say({"\"{0}\" is not a two-letter language code", "\"{0}\" ist kein zweibuchstabiger Sprachcode",
                   "\"{0}\" is geen taalcode van twee letters", "\"{0}\" er ikke en sprogkode på to bogstaver"},
                  {*code}),
              at);
        continue;
      }
      unique(seen, *code, at, {"language", "Sprache", "taal", "sprog"});
      p.languages.push_back(*code);
    }
  }

  void read_currency(const json& doc, const At& root, Profile& p) {
    const std::string* c = text(doc, root, "currency", {"an ISO 4217 code, e.g. \"EUR\"", "ein ISO-4217-Code, z. B. \"EUR\"",
                                                        "een ISO 4217-code, bijv. \"EUR\"", "en ISO 4217-kode, f.eks. \"EUR\""});
    if (!c) return;
    if (c->size() != 3 || !is_upper(*c, 0, 3))
      error("invalid_format",
            say({"\"{0}\" is not a currency code like EUR", "\"{0}\" ist kein Währungscode wie EUR",
                 "\"{0}\" is geen valutacode zoals EUR", "\"{0}\" er ikke en valutakode som EUR"}, {*c}),
            root / "currency");
    else p.currency = *c;
  }

  void read_time_zone(const json& doc, const At& root, Profile& p) {
    const std::string* z = text(doc, root, "timeZone",
                                {"an IANA time zone, e.g. \"Europe/Berlin\"", "eine IANA-Zeitzone, z. B. \"Europe/Berlin\"",
                                 "een IANA-tijdzone, bijv. \"Europe/Berlin\"", "en IANA-tidszone, f.eks. \"Europe/Berlin\""});
    if (!z) return;
    if (find_zone(*z)) {
      p.time_zone = *z;
      return;
    }
    std::string hint = comma_list(similar_zone_names(*z));
    error("unknown_value",
          hint.empty() ? say({"no time zone \"{0}\"", "keine Zeitzone \"{0}\"", "geen tijdzone \"{0}\"",
                              "ingen tidszone \"{0}\""}, {*z})
                       : say({"no time zone \"{0}\" (did you mean {1}?)", "keine Zeitzone \"{0}\" (meinten Sie {1}?)",
                              "geen tijdzone \"{0}\" (bedoelde u {1}?)", "ingen tidszone \"{0}\" (mente du {1}?)"},
                             {*z, hint}),
          root / "timeZone");
  }

  void read_holidays(const json& h, const At& at, Profile& p) {
    known_fields(h, at, {"calendar"});
    if (const std::string* c = text(h, at, "calendar",
                                    {"a calendar: \"none\", \"NL\", \"DE-ST\", …", "ein Kalender: \"none\", \"NL\", \"DE-ST\", …",
                                     "een kalender: \"none\", \"NL\", \"DE-ST\", …",
                                     "en kalender: \"none\", \"NL\", \"DE-ST\", …"})) {
      if (!is_known_holiday_calendar(*c)) {
        error("unknown_value",
              say({"no holiday calendar \"{0}\" (calendars: {1})", "kein Feiertagskalender \"{0}\" (Kalender: {1})",
                   "geen feestdagenkalender \"{0}\" (kalenders: {1})",
                   "ingen helligdagskalender \"{0}\" (kalendere: {1})"}, {*c, comma_list(holiday_calendar_codes())}),
              at / "calendar");
      }
      else p.holiday_calendar = *c;
    }
    p.holidays_cite = cite(h, at);
  }

  // ------------------------------------------------------------ windows

  struct PlacedInterval {
    WeeklyWindow::Interval interval;
    std::string_view day_key;  // where it is written: weekly/<day_key>/<range>
    size_t range;
    size_t order;  // its place in the document
  };

  void read_windows(const json& windows, const At& windows_at, Profile& p) {
    for (auto it = windows.begin(); it != windows.end(); ++it) {
      const At at = windows_at / it.key();
      if (!is_id(it.key())) {
        error("invalid_format",
              say({"\"{0}\" is not a window id", "\"{0}\" ist keine Zeitfenster-ID", "\"{0}\" is geen venster-id",
                   "\"{0}\" er ikke et vindues-id"}, {it.key()}),
              at);
        continue;
      }
      if (it.key() == kAlwaysWindow) {
        error("duplicate_id",
              say({"\"always\" is built in (all day, every day)", "\"always\" ist eingebaut (ganztägig, jeden Tag)",
                   "\"always\" is ingebouwd (de hele dag, elke dag)", "\"always\" er indbygget (hele døgnet, hver dag)"}),
              at);
        continue;
      }
      if (!it.value().is_object()) {
        wrong(at, an_object(), it.value());
        continue;
      }
      p.windows.push_back(read_window(it.key(), it.value(), at));
    }
  }

  WeeklyWindow read_window(const std::string& id, const json& w, const At& at) {
    WeeklyWindow window{id, "", {}, false, cite(w, at)};
    known_fields(w, at, {"label", "weekly", "holidaysClosed"});
    window.label = text_or(text(w, at, "label", {"a label for people", "eine Bezeichnung für Menschen",
                                                 "een label voor mensen", "en betegnelse til mennesker"}),
                           id);
    window.holidays_closed = boolean(w, at, "holidaysClosed").value_or(false);
    const json* weekly = object(w, at, "weekly",
                                {"day keys with time ranges", "Tagesschlüssel mit Zeitbereichen",
                                 "dagsleutels met tijdvakken", "dagnøgler med tidsintervaller"});
    if (!weekly) return window;
    const At weekly_at = at / "weekly";
    std::vector<PlacedInterval> placed;
    bool any_range = false;  // written, even if broken: then "never opens" would be noise
    for (auto it = weekly->begin(); it != weekly->end(); ++it) {
      const At day_at = weekly_at / it.key();
      auto days = parse_day_key(it.key());
      if (!days) {
        error("invalid_format",
              say({"\"{0}\" is not a day (mon … sun) or ascending day range (mon-fri)",
                   "\"{0}\" ist kein Tag (mon … sun) und kein aufsteigender Tagesbereich (mon-fri)",
                   "\"{0}\" is geen dag (mon … sun) of oplopend dagbereik (mon-fri)",
                   "\"{0}\" er ikke en dag (mon … sun) eller et stigende dagsinterval (mon-fri)"}, {it.key()}),
              day_at);
        continue;
      }
      if (!it.value().is_array()) {
        wrong(day_at,
              say({"an array of time ranges", "ein Array von Zeitbereichen", "een array van tijdvakken",
                   "et array af tidsintervaller"}),
              it.value());
        continue;
      }
      for (size_t i = 0; i < it.value().size(); ++i) {
        const At range_at = day_at / i;
        any_range = true;
        const std::string* s = string_value(it.value()[i], range_at);
        if (!s) continue;
        TimeRangeFailure why;
        auto range = parse_time_range(*s, &why);
        if (!range) {
          error(why.code, why.message, range_at);
          continue;
        }
        for (int d = days->first; d <= days->last; ++d) {
          int begin = d * 1440 + range->begin, end = d * 1440 + range->end;
          if (end <= kMinutesPerWeek) {
            placed.push_back({{begin, end}, it.key(), i, placed.size()});
          } else {  // Sunday night into Monday
            placed.push_back({{begin, kMinutesPerWeek}, it.key(), i, placed.size()});
            placed.push_back({{0, end - kMinutesPerWeek}, it.key(), i, placed.size()});
          }
        }
      }
    }
    if (placed.empty()) {
      if (!any_range)
        missing(weekly_at, say({"at least one time range: the window never opens",
                                "mindestens ein Zeitbereich: das Zeitfenster öffnet nie",
                                "minstens één tijdvak: het venster gaat nooit open",
                                "mindst ét tidsinterval: vinduet åbner aldrig"}));
      return window;
    }
    // Of two ranges that start together, the later one in the document is the
    // one reported: the same in every standard library (native, wasm), which
    // an unstable sort alone is not.
    heap_sort(placed, [](const PlacedInterval& a, const PlacedInterval& b) {
      return a.interval.begin != b.interval.begin ? a.interval.begin < b.interval.begin : a.order < b.order;
    });
    auto range_pointer = [&](const PlacedInterval& r) {
      const At day_at = weekly_at / r.day_key;
      return (day_at / r.range).pointer();
    };
    for (size_t i = 0; i < placed.size(); ++i) {
      const auto& iv = placed[i].interval;
      if (i > 0 && iv.begin < placed[i - 1].interval.end) {
        error(Error{"overlapping_ranges",
                    say({"overlaps the range at {0}", "überschneidet sich mit dem Bereich bei {0}",
                         "overlapt met het tijdvak bij {0}", "overlapper intervallet ved {0}"},
                        {range_pointer(placed[i - 1])}),
                    range_pointer(placed[i])});
        continue;
      }
      if (!window.intervals.empty() && window.intervals.back().end == iv.begin)
        window.intervals.back().end = iv.end;  // touching ranges form one interval
      else window.intervals.push_back(iv);
    }
    return window;
  }

  std::string window_ref(const json& obj, const At& at, const char* key, const Profile& p,
                         std::string fallback) {
    const std::string* id = optional_string(obj, at, key);
    if (!id) return fallback;
    if (*id != kAlwaysWindow && !p.find_window(*id)) {
      std::string defined = kAlwaysWindow;
      for (const auto& w : p.windows) defined += ", " + w.id;
      error("unknown_reference",
            say({"no window \"{0}\" (defined: {1})", "kein Zeitfenster \"{0}\" (definiert: {1})",
                 "geen venster \"{0}\" (gedefinieerd: {1})", "intet vindue \"{0}\" (defineret: {1})"},
                {*id, defined}),
            at / key);
      return fallback;
    }
    return *id;
  }

  // ------------------------------------------------------------ priorities, options

  void read_priorities(const json& pr, const At& at, Profile& p) {
    Priorities priorities;
    priorities.cite = cite(pr, at);
    known_fields(pr, at, {"levels", "matrix"});
    IdSet ids;
    each_object(array(pr, at, "levels", true,
                      {"the priority levels", "die Prioritätsstufen", "de prioriteitsniveaus", "prioritetsniveauerne"}),
                at / "levels", [&](const json& l, const At& level_at) {
                  known_fields(l, level_at, {"id", "label"});
                  PriorityLevel level;
                  level.id = id(l, level_at, {"the level's id", "die ID der Stufe", "de id van het niveau", "niveauets id"});
                  level.label = text_or(text(l, level_at, "label", kLabelWhat), level.id);
                  if (!level.id.empty())
                    unique(ids, level.id, level_at / "id",
                           {"priority level", "Prioritätsstufe", "prioriteitsniveau", "prioritetsniveau"});
                  priorities.levels.push_back(level);
                });
    if (const json* m = object(pr, at, "matrix")) priorities.matrix = read_matrix(*m, at / "matrix", priorities.levels);
    p.priorities = std::move(priorities);
  }

  // One axis of the matrix: {label, ids}.
  void read_axis(const json& m, const At& matrix_at, const char* key, std::string& label,
                 std::vector<std::string>& ids) {
    const json* axis = object(m, matrix_at, key,
                              {"{\"label\", \"ids\"}", "{\"label\", \"ids\"}", "{\"label\", \"ids\"}", "{\"label\", \"ids\"}"});
    if (!axis) return;
    const At at = matrix_at / key;
    known_fields(*axis, at, {"label", "ids"});
    label = text_or(text(*axis, at, "label",
                         {"a label, e.g. \"Impact\"", "eine Bezeichnung, z. B. \"Impact\"", "een label, bijv. \"Impact\"",
                          "en betegnelse, f.eks. \"Impact\""}));
    const json* list = array(*axis, at, "ids", true,
                             {"the ids along this axis", "die IDs entlang dieser Achse", "de id's langs deze as",
                              "id'erne langs denne akse"});
    if (!list) return;
    const At ids_at = at / "ids";
    IdSet seen;
    for (size_t i = 0; i < list->size(); ++i) {
      const At item = ids_at / i;
      if (const std::string* id = id_value((*list)[i], item)) {
        unique(seen, *id, item, {"matrix id", "Matrix-ID", "matrix-id", "matrix-id"});
        ids.push_back(*id);
      }
    }
  }

  std::optional<PriorityMatrix> read_matrix(const json& m, const At& at, const std::vector<PriorityLevel>& levels) {
    known_fields(m, at, {"rows", "columns", "cells"});
    PriorityMatrix matrix;
    read_axis(m, at, "rows", matrix.row_label, matrix.row_ids);
    read_axis(m, at, "columns", matrix.column_label, matrix.column_ids);
    const json* cells = array(m, at, "cells", true,
                              {"one row of levels per row id", "eine Zeile von Stufen pro Zeilen-ID",
                               "één rij niveaus per rij-id", "én række niveauer pr. række-id"});
    if (!cells) return std::nullopt;
    const At cells_at = at / "cells";
    bool ok = true;
    if (cells->size() != matrix.row_ids.size()) {
      error("out_of_range",
            say({"needs {0} rows, has {1}", "braucht {0} Zeilen, hat {1}", "heeft {0} rijen nodig, heeft er {1}",
                 "kræver {0} rækker, har {1}"},
                {std::to_string(matrix.row_ids.size()), std::to_string(cells->size())}),
            cells_at);
      ok = false;
    }
    for (size_t r = 0; r < cells->size(); ++r) {
      const At row_at = cells_at / r;
      const json& row = (*cells)[r];
      if (!row.is_array() || row.size() != matrix.column_ids.size()) {
        wrong(row_at,
              say({"an array of {0} level ids", "ein Array von {0} Stufen-IDs", "een array van {0} niveau-id's",
                   "et array med {0} niveau-id'er"},
                  {std::to_string(matrix.column_ids.size())}),
              row);
        ok = false;
        continue;
      }
      std::vector<int> indexes;
      for (size_t c = 0; c < row.size(); ++c) {
        const At cell_at = row_at / c;
        const std::string* id = string_value(row[c], cell_at);
        auto found = std::find_if(levels.begin(), levels.end(),
                                  [&](const PriorityLevel& l) { return id && l.id == *id; });
        if (id && found == levels.end()) error("unknown_reference", say(kNoPriorityLevel, {*id}), cell_at);
        if (!id || found == levels.end()) ok = false;
        else indexes.push_back(static_cast<int>(found - levels.begin()));
      }
      matrix.cells.push_back(indexes);
    }
    return ok ? std::optional(matrix) : std::nullopt;
  }

  // The options slacalc itself reads, with their closed sets of choices.
  static std::span<const char* const> builtin_choices(std::string_view id) {
    static constexpr auto kMonthBases = ids_of(kProfileMonthBases);
    static constexpr const char* kSplitReaction[] = {"report-time", "inside-window"};
    if (id == "monthBasis") return kMonthBases;
    if (id == "splitReaction") return kSplitReaction;
    return {};
  }

  void read_options(const json& options, const At& options_at, Profile& p) {
    for (auto it = options.begin(); it != options.end(); ++it) {
      const At at = options_at / it.key();
      const auto builtin = builtin_choices(it.key());
      if (!it.value().is_object()) {
        wrong(at, an_object(), it.value());
        continue;
      }
      const json& o = it.value();
      known_fields(o, at, {"label", "choices", "default", "choiceLabels", "translations"});
      Option option{it.key(), text_or(text(o, at, "label", kLabelWhat), it.key()), {}, "", cite(o, at), {}, {}};
      IdSet seen;
      const json* choices = array(o, at, "choices", true,
                                  {"the readings to choose from", "die Lesarten zur Auswahl",
                                   "de lezingen om uit te kiezen", "læsningerne at vælge imellem"});
      const At choices_at = at / "choices";
      for (size_t i = 0; choices && i < choices->size(); ++i) {
        const At choice_at = choices_at / i;
        const std::string* c = string_value((*choices)[i], choice_at);
        if (!c) continue;
        if (!builtin.empty() && !take(read_choice((*choices)[i], kNoPath, builtin), choice_at)) continue;
        unique(seen, *c, choice_at, {"choice", "Auswahl", "keuze", "valgmulighed"});
        option.choices.push_back(*c);
      }
      if (const std::string* d = text(o, at, "default",
                                      {"the default reading", "die voreingestellte Lesart", "de standaardlezing",
                                       "standardlæsningen"})) {
        if (choices && seen.find(*d) == seen.end())
          error("unknown_value",
                say({"the default \"{0}\" is not one of the choices",
                     "die Voreinstellung \"{0}\" ist keine der Auswahlmöglichkeiten",
                     "de standaard \"{0}\" is niet een van de keuzes",
                     "standarden \"{0}\" er ikke en af valgmulighederne"}, {*d}),
                at / "default");
        option.default_choice = *d;
      }
      option.choice_labels = choice_labels(o, at, option.choices);
      if (const json* t = object(o, at, "translations")) read_translations(*t, at / "translations", option);
      p.options.push_back(option);
    }
  }

  // "choiceLabels": { choice: label }, each key one of the option's choices;
  // the labels parallel to the choices ("" where none is given).
  std::vector<std::string> choice_labels(const json& obj, const At& at, const std::vector<std::string>& choices) {
    std::vector<std::string> labels(choices.size());
    const json* map = object(obj, at, "choiceLabels");
    if (!map) return labels;
    const At map_at = at / "choiceLabels";
    for (auto it = map->begin(); it != map->end(); ++it) {
      const At label_at = map_at / it.key();
      auto found = std::find(choices.begin(), choices.end(), it.key());
      if (found == choices.end()) {
        error("unknown_reference",
              say({"\"{0}\" is not one of the option's choices", "\"{0}\" ist keine Auswahl der Option",
                   "\"{0}\" is geen keuze van de optie", "\"{0}\" er ikke en af indstillingens valgmuligheder"},
                  {it.key()}),
              label_at);
        continue;
      }
      labels[static_cast<std::size_t>(found - choices.begin())] = text_or(string_value(it.value(), label_at));
    }
    return labels;
  }

  // "translations": { "de": { "label", "note", "choiceLabels" }, … } — the
  // option's words in the other languages slacalc speaks.
  void read_translations(const json& map, const At& at, Option& option) {
    for (auto it = map.begin(); it != map.end(); ++it) {
      const At lang_at = at / it.key();
      if (!known_language(it.key(), lang_at)) continue;
      const json* words = object(&it.value(), lang_at);
      if (!words) continue;
      known_fields(*words, lang_at, {"label", "choiceLabels"});
      option.translations.push_back({it.key(), OptionWords{text_or(as_written(*words, lang_at, "label")),
                                                           text_or(as_written(*words, lang_at, "note")),
                                                           choice_labels(*words, lang_at, option.choices)}});
    }
  }

  // After the tiers: an option neither built in nor named by a rule's `when`
  // changes nothing — said, not silently kept.
  void warn_unused_options(const Profile& p) {
    const At root;
    const At options_at = root / "options";
    for (const auto& o : p.options) {
      bool used = !builtin_choices(o.id).empty();
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
                                   (options_at / o.id).pointer()});
    }
  }

  // ------------------------------------------------------------ tiers

  Tier read_tier(const json& t, const At& at, const Profile& p) {
    Tier tier;
    known_fields(t, at, {"id", "name", "family", "rank", "availability", "response", "term", "credit", "pricing",
                        "includes"});
    tier.id = id(t, at, {"the tier's id", "die ID des Tarifs", "de id van het niveau", "niveauets id"});
    tier.name = text_or(text(t, at, "name", {"the tier's name", "der Name des Tarifs", "de naam van het niveau",
                                             "niveauets navn"}),
                        tier.id);
    tier.family = text_or(optional_string(t, at, "family"));
    tier.rank = read_rank(t, at);
    each_object(array(t, at, "availability", false,
                      {"the availability commitments ([] when there are none)",
                       "die Verfügbarkeitszusagen ([] wenn es keine gibt)",
                       "de beschikbaarheidstoezeggingen ([] als er geen zijn)",
                       "tilsagnene om tilgængelighed ([] hvis der ingen er)"}),
                at / "availability",
                [&](const json& c, const At& c_at) { tier.availability.push_back(read_commitment(c, c_at, p)); });
    each_object(array(t, at, "response"), at / "response",
                [&](const json& r, const At& r_at) { tier.response.push_back(read_response(r, r_at, p)); });
    if (const json* term = object(t, at, "term")) tier.term = read_term(*term, at / "term");
    if (const json* credit = object(t, at, "credit",
                                    {"a credit rule ({\"kind\": \"none\", \"reason\": …} if there is none)",
                                     "eine Gutschriftsregel ({\"kind\": \"none\", \"reason\": …} wenn es keine gibt)",
                                     "een crediteringsregel ({\"kind\": \"none\", \"reason\": …} als er geen is)",
                                     "en krediteringsregel ({\"kind\": \"none\", \"reason\": …} hvis der ingen er)"}))
      tier.credit = read_credit(*credit, at / "credit", tier);
    if (const json* pricing = object(t, at, "pricing")) tier.pricing = read_pricing(*pricing, at / "pricing");
    each_object(array(t, at, "includes"), at / "includes",
                [&](const json& i, const At& i_at) { tier.includes.push_back(read_included(i, i_at)); });
    return tier;
  }

  // "includes": [{ "text", "clause", "translations": { "de": { "text" }, … } }].
  Included read_included(const json& obj, const At& at) {
    known_fields(obj, at, {"text", "translations"});
    Included item{text_or(text(obj, at, "text",
                               {"what the tier includes", "was der Tarif umfasst", "wat het niveau omvat",
                                "hvad niveauet omfatter"})),
                  text_or(optional_string(obj, at, "clause")), {}};
    const json* map = object(obj, at, "translations");
    if (!map) return item;
    const At map_at = at / "translations";
    for (auto it = map->begin(); it != map->end(); ++it) {
      const At lang_at = map_at / it.key();
      if (!known_language(it.key(), lang_at)) continue;
      const json* words = object(&it.value(), lang_at);
      if (!words) continue;
      known_fields(*words, lang_at, {"text"});
      if (const std::string* text_in = text(*words, lang_at, "text", kLabelWhat))
        item.translations.push_back({it.key(), *text_in});
    }
    return item;
  }

  // "rank": a whole number 0–1000, or an array of 1–8 of them (one per axis).
  std::vector<int> read_rank(const json& t, const At& at) {
    const json* v = find_field(t, "rank");
    if (!v) return {};
    const At rank_at = at / "rank";
    if (!v->is_array()) {
      auto n = take(read_integer(*v, kNoPath, 0, kMaxRank), rank_at);
      return n ? std::vector<int>{static_cast<int>(*n)} : std::vector<int>{};
    }
    if (v->empty() || v->size() > kMaxRankAxes) {
      error("out_of_range",
            say({"a rank has 1 to {0} levels", "ein Rang hat 1 bis {0} Stufen", "een rang heeft 1 tot {0} niveaus",
                 "en rang har 1 til {0} niveauer"},
                {std::to_string(kMaxRankAxes)}),
            rank_at);
      return {};
    }
    std::vector<int> rank;
    for (size_t i = 0; i < v->size(); ++i)
      if (auto n = take(read_integer((*v)[i], kNoPath, 0, kMaxRank), rank_at / i)) rank.push_back(static_cast<int>(*n));
    return rank.size() == v->size() ? rank : std::vector<int>{};
  }

  // Ranks are compared axis by axis: every ranked tier has as many levels.
  void check_rank_axes(const Profile& p, const At& tiers_at) {
    const Tier* first = nullptr;
    for (size_t i = 0; i < p.tiers.size(); ++i) {
      const Tier& t = p.tiers[i];
      const At tier_at = tiers_at / i;
      if (t.rank.empty()) continue;
      if (!first) first = &t;
      else if (t.rank.size() != first->rank.size())
        error("conflict",
              say({"this rank has {0} levels, the rank of {1} has {2}: ranks are compared level by level",
                   "dieser Rang hat {0} Stufen, der Rang von {1} hat {2}: Ränge werden Stufe für Stufe verglichen",
                   "deze rang heeft {0} niveaus, de rang van {1} heeft er {2}: rangen worden niveau voor niveau "
                   "vergeleken",
                   "denne rang har {0} niveauer, rangen for {1} har {2}: rang sammenlignes niveau for niveau"},
                  {std::to_string(t.rank.size()), first->id, std::to_string(first->rank.size())}),
              tier_at / "rank");
    }
  }

  Commitment read_commitment(const json& c, const At& at, const Profile& p) {
    Commitment out;
    out.cite = cite(c, at);
    known_fields(c, at, {"scope", "kind", "target", "period", "monthBasis", "window", "maxDowntime", "excluded",
                         "denominator"});
    if (const json* scope = find_field(c, "scope")) {
      const std::string* id = string_value(*scope, at / "scope");
      out.scope = text_or(id);
      out.scope_label = text_or(in_call_lang(c, "scope", id));
    }
    if (auto kind = choice(c, at, "kind", true, Commitment::kKindIds)) out.kind = *kind;
    out.target_percent = percent(c, at, "target", true).value_or(Percent());
    if (auto period = choice(c, at, "period", true, kProfilePeriods)) out.period = *period;
    out.month_basis = choice(c, at, "monthBasis", false, kProfileMonthBases);
    out.window = window_ref(c, at, "window", p, kAlwaysWindow);
    out.stated_max_downtime_seconds = duration(c, at, "maxDowntime");
    if (const json* list = array(c, at, "excluded")) {
      const At excluded_at = at / "excluded";
      for (size_t i = 0; i < list->size(); ++i) {
        if (take(read_choice((*list)[i], kNoPath,
                             {"planned-maintenance", "announced-service-windows", "force-majeure", "customer-caused",
                              "third-party", "redundant-system-failure"}),
                 excluded_at / i))
          out.excluded.push_back((*list)[i].get<std::string>());
      }
    }
    out.denominator_minus_planned =
        choice(c, at, "denominator", false, {"period", "period-minus-planned"}).value_or(0) == 1;
    return out;
  }

  ResponseRule read_response(const json& r, const At& at, const Profile& p) {
    ResponseRule out;
    out.cite = cite(r, at);
    known_fields(r, at, {"measure", "class", "priority", "time", "workingDays", "bestEffort", "window", "reportedIn",
                         "when"});
    if (auto measure = choice(r, at, "measure", true, ResponseRule::kMeasureIds)) out.measure = *measure;
    constexpr const char* kClasses[] = {"any", "incident", "change", "request"};
    out.incident_class = kClasses[choice(r, at, "class", false, {"any", "incident", "change", "request"}).value_or(0)];
    if (const std::string* prio = optional_string(r, at, "priority")) {
      bool known = *prio == "any";
      if (p.priorities)
        for (const auto& l : p.priorities->levels) known = known || l.id == *prio;
      if (!known) error("unknown_reference", say(kNoPriorityLevel, {*prio}), at / "priority");
      out.priority = *prio;
    }
    int promises = 0;
    for (const char* key : {"time", "workingDays", "bestEffort"}) promises += find_field(r, key) ? 1 : 0;
    if (promises == 0)
      missing(at / "time", say({"one of \"time\", \"workingDays\" or \"bestEffort\": true",
                                "eines von \"time\", \"workingDays\" oder \"bestEffort\": true",
                                "één van \"time\", \"workingDays\" of \"bestEffort\": true",
                                "én af \"time\", \"workingDays\" eller \"bestEffort\": true"}));
    if (promises > 1)
      error("conflict",
            say({"give only one of \"time\", \"workingDays\" and \"bestEffort\"",
                 "geben Sie nur eines von \"time\", \"workingDays\" und \"bestEffort\" an",
                 "geef slechts één van \"time\", \"workingDays\" en \"bestEffort\"",
                 "angiv kun én af \"time\", \"workingDays\" og \"bestEffort\""}),
            at);
    if (auto t = duration(r, at, "time")) {
      out.promise = ResponseRule::Promise::duration;
      out.seconds = *t;
    }
    if (find_field(r, "workingDays")) {
      out.promise = ResponseRule::Promise::workingDays;
      out.working_days = static_cast<int>(integer(r, at, "workingDays", 1, 1000).value_or(1));
    }
    if (auto b = boolean(r, at, "bestEffort")) {
      if (!*b)
        error("unknown_value",
              say({"\"bestEffort\" is true or left out", "\"bestEffort\" ist true oder fehlt",
                   "\"bestEffort\" is true of wordt weggelaten", "\"bestEffort\" er true eller udelades"}),
              at / "bestEffort");
      out.promise = ResponseRule::Promise::bestEffort;
    }
    out.window = window_ref(r, at, "window", p, kAlwaysWindow);
    out.reported_in = window_ref(r, at, "reportedIn", p, "");
    if (const json* when = object(r, at, "when")) out.when = read_when(*when, at / "when", p);
    return out;
  }

  // {"optionId": "choice"}: each option declared, each choice one of its own.
  std::vector<std::pair<std::string, std::string>> read_when(const json& when, const At& at, const Profile& p) {
    std::vector<std::pair<std::string, std::string>> out;
    if (when.empty())
      error("out_of_range",
            say({"name at least one option, or leave \"when\" out",
                 "nennen Sie mindestens eine Option oder lassen Sie \"when\" weg",
                 "noem minstens één optie, of laat \"when\" weg", "angiv mindst én indstilling, eller udelad \"when\""}),
            at);
    for (auto it = when.begin(); it != when.end(); ++it) {
      const At item = at / it.key();
      const std::string* choice = string_value(it.value(), item);
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

  Term read_term(const json& t, const At& at) {
    Term term;
    term.cite = cite(t, at);
    known_fields(t, at, {"minimum", "renewal", "notice", "startsAt", "damagesForCause"});
    term.minimum = span(t, at, "minimum", true).value_or(Span{});
    term.renewal = span(t, at, "renewal", false);
    term.notice = span(t, at, "notice", false);
    term.starts_at = text_or(optional_string(t, at, "startsAt"));
    if (const json* d = object(t, at, "damagesForCause")) {
      const At d_at = at / "damagesForCause";
      known_fields(*d, d_at, {"percent", "capMonths"});
      DamagesForCause damages;
      damages.cite = cite(*d, d_at);
      damages.percent = percent(*d, d_at, "percent", true).value_or(Percent());
      if (field(*d, d_at, "capMonths",
                {"the cap in months of fees, e.g. 36", "die Obergrenze in Monatsentgelten, z. B. 36",
                 "het plafond in maanden aan vergoedingen, bijv. 36", "loftet i måneders gebyrer, f.eks. 36"}))
        damages.cap_months = static_cast<int>(integer(*d, d_at, "capMonths", 1, 1200).value_or(1));
      term.damages_for_cause = damages;
    }
    return term;
  }

  ContractDeadline read_deadline(const json& d, const At& at) {
    ContractDeadline out;
    out.cite = cite(d, at);
    known_fields(d, at, {"id", "label", "after", "within"});
    out.id = id(d, at, {"an id, e.g. \"payment\"", "eine ID, z. B. \"payment\"", "een id, bijv. \"payment\"",
                        "et id, f.eks. \"payment\""});
    out.label = text_or(text(d, at, "label",
                             {"what is due, e.g. \"Payment\"", "was fällig ist, z. B. \"Zahlung\"",
                              "wat verschuldigd is, bijv. \"Betaling\"", "hvad der forfalder, f.eks. \"Betaling\""}));
    if (auto after = choice(d, at, "after", true, ContractDeadline::kAfterIds)) out.after = *after;
    out.within = span(d, at, "within", true).value_or(Span{});
    return out;
  }

  Credit read_credit(const json& c, const At& at, const Tier& tier) {
    Credit out;
    out.cite = cite(c, at);
    auto kind = choice(c, at, "kind", true, Credit::kKindIds);
    if (!kind) return out;
    out.kind = *kind;
    if (out.kind == Credit::Kind::none) {
      known_fields(c, at, {"kind", "reason"});
      out.reason = text_or(text(c, at, "reason",
                                {"why there is no credit, for the user", "warum es keine Gutschrift gibt, für den Nutzer",
                                 "waarom er geen creditering is, voor de gebruiker",
                                 "hvorfor der ingen kreditering er, til brugeren"}));
      return out;
    }
    known_fields(c, at, {"kind", "fee", "period", "percent", "steps", "cap", "minimumAmount", "claim", "redemption"});
    if (auto fee = choice(c, at, "fee", true, Credit::kFeeIds)) out.fee = *fee;
    if (auto period = choice(c, at, "period", false, kProfilePeriods))
      out.period = *period;
    else if (!tier.availability.empty())
      out.period = tier.availability.front().period;
    else if (!find_field(c, "period"))
      missing(at / "period",
              say({"the credit's period: the tier has no commitment to take it from",
                   "der Zeitraum der Gutschrift: der Tarif hat keine Zusage, aus der er sich ergibt",
                   "de periode van de creditering: het niveau heeft geen toezegging waaraan die kan worden ontleend",
                   "krediteringens periode: niveauet har intet tilsagn at tage den fra"}));
    if (out.kind == Credit::Kind::flatPercentOfFee) {
      out.percent = percent(c, at, "percent", true).value_or(Percent());
      if (find_field(c, "percent") && out.percent == Percent())
        error("out_of_range",
              say({"a credit of 0 % is no credit: use kind \"none\"",
                   "eine Gutschrift von 0 % ist keine Gutschrift: verwenden Sie kind \"none\"",
                   "een creditering van 0% is geen creditering: gebruik kind \"none\"",
                   "en kreditering på 0 % er ingen kreditering: brug kind \"none\""}),
              at / "percent");
    }
    if (out.kind == Credit::Kind::tieredSchedule) read_steps(c, at, out);
    out.cap_percent = percent(c, at, "cap", false);
    out.minimum_amount = money(c, at, "minimumAmount");
    if (const json* claim = object(c, at, "claim")) {
      const At claim_at = at / "claim";
      known_fields(*claim, claim_at, {"within", "after", "form"});
      out.claim = Claim{span(*claim, claim_at, "within", true).value_or(Span{}),
                        choice(*claim, claim_at, "after", true, Claim::kAfterIds).value_or(Claim::After::period_end),
                        text_or(optional_string(*claim, claim_at, "form")), cite(*claim, claim_at)};
    }
    if (const json* r = object(c, at, "redemption")) out.redemption = read_redemption(*r, at / "redemption");
    return out;
  }

  Redemption read_redemption(const json& r, const At& at) {
    known_fields(r, at, {"available", "method", "cash", "expiry", "availableAt", "redeemIn"});
    Redemption red;
    if (auto available_at = choice(r, at, "availableAt", false, Redemption::kAvailableAtIds))
      red.available_at = *available_at;
    if (auto redeem_in = choice(r, at, "redeemIn", false, Redemption::kRedeemInIds)) red.redeem_in = *redeem_in;
    red.available = text_or(optional_string(r, at, "available"));
    red.method = text_or(optional_string(r, at, "method"));
    red.expiry = text_or(optional_string(r, at, "expiry"));
    red.cash = boolean(r, at, "cash");
    red.cite = cite(r, at);
    return red;
  }

  // "< X and ≥ Y" steps: below strictly falling, credit strictly rising.
  void read_steps(const json& c, const At& at, Credit& out) {
    each_object(array(c, at, "steps", true,
                      {"the schedule's steps", "die Stufen der Staffel", "de stappen van de staffel", "skalaens trin"}),
                at / "steps", [&](const json& s, const At& step_at) {
                  known_fields(s, step_at, {"below", "percent"});
                  auto below = percent(s, step_at, "below", true);
                  auto credit = percent(s, step_at, "percent", true);
                  if (!below || !credit) return;
                  if (!out.steps.empty() &&
                      !(*below < out.steps.back().below_percent && *credit > out.steps.back().credit_percent))
                    error("credit_steps_not_ascending",
                          say({"each step needs a lower \"below\" and a higher \"percent\" than the one before",
                               "jede Stufe braucht ein niedrigeres \"below\" und ein höheres \"percent\" als die vorige",
                               "elke stap heeft een lagere \"below\" en een hogere \"percent\" nodig dan de vorige",
                               "hvert trin skal have en lavere \"below\" og en højere \"percent\" end det forrige"}),
                          step_at);
                  out.steps.push_back({*below, *credit});
                });
  }

  Pricing read_pricing(const json& pr, const At& at) {
    Pricing out;
    out.cite = cite(pr, at);
    known_fields(pr, at, {"model", "monthlyPrice", "pricePerFactorUnit", "increaseSurcharge", "temporaryUpgradeSurcharge",
                          "supportHoursPerMonth", "introductionMultiplier", "hourlyRate", "pricesAreExamples"});
    if (auto model = choice(pr, at, "model", true, Pricing::kModelIds)) out.model = *model;
    out.monthly_price = money(pr, at, "monthlyPrice");
    out.price_per_factor_unit = money(pr, at, "pricePerFactorUnit");
    out.hourly_rate = money(pr, at, "hourlyRate");
    out.increase_surcharge_percent = percent(pr, at, "increaseSurcharge", false);
    out.temporary_upgrade_surcharge_percent = percent(pr, at, "temporaryUpgradeSurcharge", false);
    if (const json* v = find_field(pr, "supportHoursPerMonth"))
      out.support_hours_per_month = take(read_decimal(*v, kNoPath), at / "supportHoursPerMonth");
    if (find_field(pr, "introductionMultiplier"))
      out.introduction_multiplier = static_cast<int>(integer(pr, at, "introductionMultiplier", 1, 100).value_or(1));
    out.prices_are_examples = boolean(pr, at, "pricesAreExamples").value_or(false);
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
  checker.set_text_lang(profile);
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
