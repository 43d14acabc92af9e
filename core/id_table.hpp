// A closed set of values and the ids the API names them by (docs/api.md), as
// one table: requests are read and answers written through the same table, so
// the two cannot drift apart, and the order an enum declares its values in
// means nothing. The table's own order is the order a message lists the ids in.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace slacalc {

template <class Value>
struct IdOf {
  Value value;
  const char* id;
};

// The id of `value`; "" for a value the table does not hold.
template <class Value, std::size_t N>
constexpr const char* id_of(const IdOf<Value> (&table)[N], const Value& value) {
  for (const auto& entry : table)
    if (entry.value == value) return entry.id;
  return "";
}

// The value whose id is `id`; nothing for an id the table does not hold.
template <class Value, std::size_t N>
constexpr std::optional<Value> value_of(const IdOf<Value> (&table)[N], std::string_view id) {
  for (const auto& entry : table)
    if (id == entry.id) return entry.value;
  return std::nullopt;
}

// The ids alone, in the table's order.
template <class Value, std::size_t N>
constexpr std::array<const char*, N> ids_of(const IdOf<Value> (&table)[N]) {
  std::array<const char*, N> ids{};
  for (std::size_t i = 0; i < N; ++i) ids[i] = table[i].id;
  return ids;
}

}  // namespace slacalc
