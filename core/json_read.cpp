#include "json_read.hpp"

#include <algorithm>

#include "local_text.hpp"
#include "parse_number.hpp"

namespace slacalc {

namespace {

// A JSON type as wrong_type names it to people: json_type_name, in the call's language.
std::string type_text(const json& v) {
  switch (v.type()) {
    case json::value_t::null: return "null";
    case json::value_t::boolean: return say({"boolean", "Wahrheitswert", "booleaanse waarde", "sandhedsværdi"});
    case json::value_t::string: return say({"string", "Zeichenkette", "tekenreeks", "tekststreng"});
    case json::value_t::array: return say({"array", "Array", "array", "array"});
    case json::value_t::object: return say({"object", "Objekt", "object", "objekt"});
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float: return say({"number", "Zahl", "getal", "tal"});
    default:
      return say({"unsupported value", "nicht unterstützter Wert", "niet-ondersteunde waarde", "ikke-understøttet værdi"});
  }
}

// An integer bound as people read it: grouped by thousands from five digits
// on in de/nl/da (1.000.000), never a year (2199).
std::string integer_text(long long n) {
  std::string digits = std::to_string(n);
  return n >= 10000 || n <= -10000 ? local_decimal(digits) : digits;
}

}  // namespace

std::string json_type_name(const json& v) {
  switch (v.type()) {
    case json::value_t::null: return "null";
    case json::value_t::boolean: return "boolean";
    case json::value_t::string: return "string";
    case json::value_t::array: return "array";
    case json::value_t::object: return "object";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float: return "number";
    default: return "unsupported value";
  }
}

std::string child_path(const std::string& parent, std::string_view key) {
  // RFC 6901 escaping: "~" → "~0", "/" → "~1".
  std::string out = parent + "/";
  for (char c : key) {
    if (c == '~') out += "~0";
    else if (c == '/') out += "~1";
    else out += c;
  }
  return out;
}

const json* find_field(const json& object, std::string_view key) {
  auto it = object.find(std::string(key));
  return it == object.end() ? nullptr : &*it;
}

std::optional<Error> reject_unknown_fields(const json& object, const std::string& path,
                                           std::initializer_list<std::string_view> allowed) {
  for (auto it = object.begin(); it != object.end(); ++it) {
    bool known = false;
    for (auto name : allowed) known = known || it.key() == name;
    if (!known) {
      return Error{"unknown_field",
                   say({"unknown field \"{0}\" (known: {1})", "unbekanntes Feld \"{0}\" (bekannt: {1})",
                        "onbekend veld \"{0}\" (bekend: {1})", "ukendt felt \"{0}\" (kendte: {1})"},
                       {it.key(), comma_list(allowed)}),
                   child_path(path, it.key())};
    }
  }
  return std::nullopt;
}

Error missing_field(const std::string& path, std::string_view what) {
  return Error{"missing_field", say({"missing {0}", "fehlt: {0}", "ontbreekt: {0}", "mangler: {0}"}, {what}), path};
}

Error wrong_type(const std::string& path, std::string_view expected, const json& got) {
  return Error{"wrong_type",
               say({"expected {0}, got {1}", "erwartet: {0}, erhalten: {1}", "verwacht: {0}, gekregen: {1}",
                    "forventet: {0}, modtaget: {1}"},
                   {expected, type_text(got)}),
               path};
}

Error not_a_request_object(const json& request) {
  return wrong_type("", say({"a request object", "ein Anfrageobjekt", "een verzoekobject", "et forespørgselsobjekt"}),
                    request);
}

std::string an_object() { return say({"an object", "ein Objekt", "een object", "et objekt"}); }

std::string true_or_false() { return say({"true or false", "true oder false", "true of false", "true eller false"}); }

std::string whole_minor_units() {
  return say({"a whole number of minor units (cents)", "eine ganze Zahl kleinster Währungseinheiten (Cent)",
              "een geheel aantal van de kleinste munteenheid (centen)", "et helt antal af mindste møntenhed (cent)"});
}

std::string negative_money_text() {
  return say({"a money amount must not be negative", "ein Geldbetrag darf nicht negativ sein",
              "een geldbedrag mag niet negatief zijn", "et pengebeløb må ikke være negativt"});
}

Result<std::string> read_string(const json& v, const std::string& path) {
  if (!v.is_string())
    return wrong_type(path, say({"a string", "eine Zeichenkette", "een tekenreeks", "en tekststreng"}), v);
  return v.get_ref<const std::string&>();
}

namespace {

// A JSON number as decimal text: integers as they are, floats in their
// shortest round-trip form (99.9 → "99.9"; parse_json_text only lets through
// a double that reads back as written), so 99.9 means exactly 999/1000.
std::optional<std::string> number_text(const json& v) {
  if (v.is_number_integer() || v.is_number_unsigned() || v.is_number_float()) return json_text(v);
  return std::nullopt;
}

Result<Rational> decimal_at(const std::string& text, const std::string& path, bool percent) {
  ParseFailure why;
  auto value = parse_decimal(text, percent, &why);
  if (!value) return Error{why.code, why.message, path};
  return *value;
}

// A string or a JSON number as a decimal; `expected` is worded only for a
// value of another type.
Result<Rational> read_decimal_text(const json& v, const std::string& path, bool percent, const Phrase& expected) {
  if (v.is_string()) return decimal_at(v.get_ref<const std::string&>(), path, percent);
  if (auto n = number_text(v)) return decimal_at(*n, path, percent);
  return wrong_type(path, say(expected), v);
}

}  // namespace

Result<Percent> read_percent(const json& v, const std::string& path) {
  auto r = read_decimal_text(v, path, true,
                             {"a percentage (string or number)", "ein Prozentsatz (Zeichenkette oder Zahl)",
                              "een percentage (tekenreeks of getal)", "en procentsats (tekststreng eller tal)"});
  if (!r.ok()) return r.error();
  if (r.value() > Rational(100))
    return Error{"out_of_range",
                 say({"a percentage must be between 0 and 100, got {0}",
                      "ein Prozentsatz muss zwischen 0 und 100 liegen, erhalten: {0}",
                      "een percentage moet tussen 0 en 100 liggen, gekregen: {0}",
                      "en procentsats skal ligge mellem 0 og 100, modtaget: {0}"},
                     {local_decimal(r.value().to_decimal(12))}),
                 path};
  return Percent(r.value());
}

Result<Rational> read_decimal(const json& v, const std::string& path) {
  return read_decimal_text(v, path, false,
                           {"a number (string or number)", "eine Zahl (Zeichenkette oder Zahl)",
                            "een getal (tekenreeks of getal)", "et tal (tekststreng eller tal)"});
}

Result<Duration> read_duration(const json& v, const std::string& path) {
  if (v.is_string()) {
    ParseFailure why;
    auto value = parse_duration(v.get_ref<const std::string&>(), &why);
    if (!value) return Error{why.code, why.message, path};
    return Duration(*value);
  }
  if (auto n = number_text(v)) {
    auto seconds = decimal_at(*n, path, false);
    if (!seconds.ok() && seconds.error().code == "out_of_range")
      return Error{"out_of_range",
                   say({"a duration must not be negative", "eine Dauer darf nicht negativ sein",
                        "een duur mag niet negatief zijn", "en varighed må ikke være negativ"}),
                   path};
    if (!seconds.ok()) return seconds.error();
    return Duration(seconds.value());
  }
  return wrong_type(path,
                    say({"a duration (\"3h 45m\" or a number of seconds)",
                         "eine Dauer (\"3h 45m\" oder eine Anzahl Sekunden)",
                         "een duur (\"3h 45m\" of een aantal seconden)",
                         "en varighed (\"3h 45m\" eller et antal sekunder)"}),
                    v);
}

Result<long long> read_integer(const json& v, const std::string& path, long long min,
                               long long max) {
  if (!v.is_number_integer() && !v.is_number_unsigned())
    return wrong_type(path, say({"an integer", "eine ganze Zahl", "een geheel getal", "et heltal"}), v);
  if (v.is_number_unsigned() && v.get<unsigned long long>() > static_cast<unsigned long long>(max))
    return Error{"out_of_range",
                 say({"must be at most {0}", "muss höchstens {0} sein", "mag hoogstens {0} zijn", "må højst være {0}"},
                     {integer_text(max)}),
                 path};
  long long n = v.get<long long>();
  if (n < min || n > max)
    return Error{"out_of_range",
                 say({"must be between {0} and {1}", "muss zwischen {0} und {1} liegen", "moet tussen {0} en {1} liggen",
                      "skal ligge mellem {0} og {1}"},
                     {integer_text(min), integer_text(max)}),
                 path};
  return n;
}

std::optional<Error> check_year_span(long long from, long long to, long long max_years) {
  if (to < from)
    return Error{"inverted_range",
                 say({"\"to\" ({0}) is before \"from\" ({1})", "\"to\" ({0}) liegt vor \"from\" ({1})",
                      "\"to\" ({0}) ligt vóór \"from\" ({1})", "\"to\" ({0}) ligger før \"from\" ({1})"},
                     {std::to_string(to), std::to_string(from)}),
                 "/to"};
  if (to - from + 1 > max_years)
    return Error{"out_of_range",
                 say({"at most {0} years per request", "höchstens {0} Jahre pro Anfrage", "hoogstens {0} jaar per verzoek",
                      "højst {0} år pr. forespørgsel"},
                     {std::to_string(max_years)}),
                 "/to"};
  return std::nullopt;
}

Result<int> read_choice(const json& v, const std::string& path, std::span<const char* const> ids) {
  if (!v.is_string())
    return wrong_type(path,
                      say({"one of {0}", "einer der Werte {0}", "een van de waarden {0}", "en af værdierne {0}"}, {comma_list(ids)}),
                      v);
  const auto& s = v.get_ref<const std::string&>();
  int index = 0;
  for (const char* id : ids) {
    if (s == id) return index;
    ++index;
  }
  return Error{"unknown_value",
               say({"unknown value \"{0}\" (expected one of {1})", "unbekannter Wert \"{0}\" (erwartet: einer der Werte {1})",
                    "onbekende waarde \"{0}\" (verwacht: een van de waarden {1})",
                    "ukendt værdi \"{0}\" (forventet: en af værdierne {1})"},
                   {s, comma_list(ids)}),
               path};
}

std::optional<Error> read_choice(const json& v, const std::string& path, std::span<const char* const> ids,
                                 std::size_t& index) {
  auto choice = read_choice(v, path, ids);
  if (!choice.ok()) return choice.error();
  index = static_cast<std::size_t>(choice.value());
  return std::nullopt;
}

Result<std::string> read_id_in(const json& r, const char* key, const std::vector<std::string>& ids,
                               const std::string& what) {
  const json* v = find_field(r, key);
  if (!v) return std::string();
  auto s = read_string(*v, std::string("/") + key);
  if (!s.ok()) return s.error();
  if (std::find(ids.begin(), ids.end(), s.value()) != ids.end()) return s.value();
  std::string list = comma_list(ids);
  if (list.empty()) list = say({"none defined", "keine definiert", "geen gedefinieerd", "ingen defineret"});
  return Error{"unknown_value",
               say({"no {0} \"{1}\" ({2})", "kein Wert \"{1}\" für {0} ({2})", "geen {0} \"{1}\" ({2})",
                    "ingen {0} \"{1}\" ({2})"},
                   {what, s.value(), list}),
               std::string("/") + key};
}

}  // namespace slacalc
