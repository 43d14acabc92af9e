#include "json_read.hpp"

#include <algorithm>

#include "parse_number.hpp"

namespace slacalc {

namespace {

// Deepest bracket nesting outside strings, stopping early past `limit`.
int nesting_depth(std::string_view text, int limit) {
  int depth = 0, deepest = 0;
  bool in_string = false, escaped = false;
  for (char c : text) {
    if (in_string) {
      if (escaped) escaped = false;
      else if (c == '\\') escaped = true;
      else if (c == '"') in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      deepest = std::max(deepest, ++depth);
      if (deepest > limit) break;
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return deepest;
}

}  // namespace

Result<json> parse_json_text(std::string_view text) {
  // nlohmann stops at a NUL byte as if the text ended there; JSON has no raw
  // NUL anywhere, so "{...}\0garbage" must not pass as valid (found by fuzzing).
  if (text.find('\0') != std::string_view::npos)
    return Error{"invalid_json", "not valid JSON: it contains a NUL byte", ""};
  if (nesting_depth(text, kMaxJsonDepth) > kMaxJsonDepth)
    return Error{"too_deep", "JSON nested deeper than " + std::to_string(kMaxJsonDepth) + " levels", ""};
  // What json::parse(first, last, nullptr, false) does, minus its branch for a
  // callback parser: that branch is decided at run time, so json::parse puts a
  // second, never used copy of the whole parser into the wasm. strict: nothing
  // but whitespace may follow the value.
  json value;
  nlohmann::detail::json_sax_dom_parser<json> builder(value, false);
  auto input = nlohmann::detail::input_adapter(text.begin(), text.end());
  nlohmann::detail::parser<json, decltype(input)> parser(std::move(input), nullptr, false, false);
  if (!parser.sax_parse(&builder, true)) return Error{"invalid_json", "not valid JSON", ""};
  return value;
}

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
      std::string list;
      for (auto name : allowed) list += (list.empty() ? "" : ", ") + std::string(name);
      return Error{"unknown_field", "unknown field \"" + it.key() + "\" (known: " + list + ")",
                   child_path(path, it.key())};
    }
  }
  return std::nullopt;
}

Error missing_field(const std::string& path, std::string_view what) {
  return Error{"missing_field", "missing " + std::string(what), path};
}

Error wrong_type(const std::string& path, std::string_view expected, const json& got) {
  return Error{"wrong_type",
               "expected " + std::string(expected) + ", got " + json_type_name(got), path};
}

Result<std::string> read_string(const json& v, const std::string& path) {
  if (!v.is_string()) return wrong_type(path, "a string", v);
  return v.get_ref<const std::string&>();
}

namespace {

// A JSON number as decimal text: integers as they are, floats in nlohmann's
// shortest round-trip form (99.9 → "99.9"), so 99.9 means exactly 999/1000.
std::optional<std::string> number_text(const json& v) {
  if (v.is_number_integer() || v.is_number_unsigned() || v.is_number_float()) return v.dump();
  return std::nullopt;
}

Result<Rational> read_decimal_text(const json& v, const std::string& path, bool percent,
                                   std::string_view expected) {
  std::string text;
  if (v.is_string()) text = v.get_ref<const std::string&>();
  else if (auto n = number_text(v)) text = *n;
  else return wrong_type(path, expected, v);
  ParseFailure why;
  auto value = parse_decimal(text, percent, &why);
  if (!value) return Error{why.code, why.message, path};
  return *value;
}

}  // namespace

Result<Rational> read_percent(const json& v, const std::string& path) {
  auto r = read_decimal_text(v, path, true, "a percentage (string or number)");
  if (!r.ok()) return r;
  if (r.value() > Rational(100))
    return Error{"out_of_range",
                 "a percentage must be between 0 and 100, got " + r.value().to_decimal(12), path};
  return r;
}

Result<Rational> read_decimal(const json& v, const std::string& path) {
  return read_decimal_text(v, path, false, "a number (string or number)");
}

Result<Rational> read_duration(const json& v, const std::string& path) {
  if (v.is_string()) {
    ParseFailure why;
    auto value = parse_duration(v.get_ref<const std::string&>(), &why);
    if (!value) return Error{why.code, why.message, path};
    return *value;
  }
  if (number_text(v)) {
    auto seconds = read_decimal_text(v, path, false, "");
    if (!seconds.ok() && seconds.error().code == "out_of_range")
      return Error{"out_of_range", "a duration must not be negative", path};
    return seconds;
  }
  return wrong_type(path, "a duration (\"3h 45m\" or a number of seconds)", v);
}

Result<long long> read_integer(const json& v, const std::string& path, long long min,
                               long long max) {
  if (!v.is_number_integer() && !v.is_number_unsigned())
    return wrong_type(path, "an integer", v);
  if (v.is_number_unsigned() && v.get<unsigned long long>() > static_cast<unsigned long long>(max))
    return Error{"out_of_range", "must be at most " + std::to_string(max), path};
  long long n = v.get<long long>();
  if (n < min || n > max)
    return Error{"out_of_range",
                 "must be between " + std::to_string(min) + " and " + std::to_string(max), path};
  return n;
}

std::optional<Error> check_year_span(long long from, long long to, long long max_years) {
  if (to < from)
    return Error{"inverted_range",
                 "\"to\" (" + std::to_string(to) + ") is before \"from\" (" + std::to_string(from) + ")",
                 "/to"};
  if (to - from + 1 > max_years)
    return Error{"out_of_range", "at most " + std::to_string(max_years) + " years per request", "/to"};
  return std::nullopt;
}

Result<int> read_choice(const json& v, const std::string& path,
                        std::initializer_list<const char*> ids) {
  std::string list;
  for (const char* id : ids) list += (list.empty() ? "" : ", ") + std::string(id);
  if (!v.is_string()) return wrong_type(path, "one of " + list, v);
  const auto& s = v.get_ref<const std::string&>();
  int index = 0;
  for (const char* id : ids) {
    if (s == id) return index;
    ++index;
  }
  return Error{"unknown_value", "unknown value \"" + s + "\" (expected one of " + list + ")",
               path};
}

}  // namespace slacalc
