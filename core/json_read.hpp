// Reading request JSON field by field, with an Error that points at the bad
// field (JSON pointer) instead of an exception. Every accessor checks the type
// first: nlohmann's throwing getters are never reached (the wasm build has no
// exceptions).
#pragma once

#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "comma_list.hpp"
#include "error.hpp"
#include "id_table.hpp"
#include "json_text.hpp"
#include "lang.hpp"
#include "quantity.hpp"
#include "rational.hpp"

namespace slacalc {

using json = nlohmann::json;

std::string json_type_name(const json& value);
std::string child_path(const std::string& parent, std::string_view key);

// nullptr when absent.
const json* find_field(const json& object, std::string_view key);

// First field of `object` that is not in `allowed`, reported as unknown_field.
std::optional<Error> reject_unknown_fields(const json& object, const std::string& path,
                                           std::initializer_list<std::string_view> allowed);

Error missing_field(const std::string& path, std::string_view what);
Error wrong_type(const std::string& path, std::string_view expected, const json& got);
// wrong_type for a request that is not an object.
Error not_a_request_object(const json& request);

// What many readers expect, as wrong_type and missing_field name it.
std::string an_object();
std::string true_or_false();
std::string whole_minor_units();
std::string negative_money_text();

Result<std::string> read_string(const json& value, const std::string& path);
// A percentage 0–100 as a string ("99,9", "99.9 %") or a JSON number.
Result<Percent> read_percent(const json& value, const std::string& path);
// A plain positive decimal as a string or a JSON number.
Result<Rational> read_decimal(const json& value, const std::string& path);
// A duration: a string with units ("3h 45m", "0:49:00") or a number of seconds.
Result<Duration> read_duration(const json& value, const std::string& path);
// The largest amount of money a request or profile may give: 10^15 minor units.
inline constexpr long long kMaxMinorUnits = 1'000'000'000'000'000LL;
Result<long long> read_integer(const json& value, const std::string& path, long long min,
                               long long max);
// Years from–to as a request range: to ≥ from (else inverted_range) and at
// most max_years of them (else out_of_range); both errors point at "/to".
std::optional<Error> check_year_span(long long from, long long to, long long max_years);
// The string field `key` of `object`, one of `ids` ("" when absent); `what`
// names it in the message that lists the ids.
Result<std::string> read_id_in(const json& object, const char* key, const std::vector<std::string>& ids,
                               const std::string& what);
// The index of value in `ids`, or unknown_value listing the choices.
Result<int> read_choice(const json& value, const std::string& path, std::span<const char* const> ids);
inline Result<int> read_choice(const json& value, const std::string& path,
                               std::initializer_list<const char*> ids) {
  return read_choice(value, path, std::span<const char* const>(ids.begin(), ids.size()));
}
// The value whose id `value` is (id_table.hpp) into `out`, or unknown_value
// listing the table's ids. An out-parameter, not a Result<Value>: one Result
// type per enum would cost the wasm a variant's code for each.
std::optional<Error> read_choice(const json& value, const std::string& path, std::span<const char* const> ids,
                                 std::size_t& index);
template <class Value, std::size_t N>
std::optional<Error> read_id(const json& value, const std::string& path, const IdOf<Value> (&table)[N], Value& out) {
  const auto ids = ids_of(table);
  std::size_t index = 0;
  if (auto e = read_choice(value, path, ids, index)) return e;
  out = table[index].value;
  return std::nullopt;
}

// A non-empty array of at most max_items, each read by read_item(value, path).
template <class T, class ReadItem>
Result<std::vector<T>> read_array(const json& value, const std::string& path, size_t max_items,
                                  ReadItem read_item) {
  if (!value.is_array() || value.empty())
    return wrong_type(path, say({"a non-empty array", "ein nicht leeres Array", "een niet-lege array", "et ikke-tomt array"}),
                      value);
  if (value.size() > max_items)
    return Error{"out_of_range",
                 say({"at most {0} items", "höchstens {0} Einträge", "hoogstens {0} elementen", "højst {0} elementer"},
                     {std::to_string(max_items)}),
                 path};
  std::vector<T> items;
  for (size_t i = 0; i < value.size(); ++i) {
    Result<T> item = read_item(value[i], path + "/" + std::to_string(i));
    if (!item.ok()) return item.error();
    items.push_back(item.value());
  }
  return items;
}

}  // namespace slacalc
