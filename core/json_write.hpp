// Building result JSON. nlohmann's own brace form, {{"key", value}, …},
// decides at run time at every call site whether the list is an object or an
// array; inlined, that costs the wasm module some 150 gzip bytes a site.
// object() makes the same object in one call.
#pragma once

#include <initializer_list>
#include <utility>

#include <nlohmann/json.hpp>

#include "explain.hpp"

namespace slacalc {

using json = nlohmann::json;

// {"key": value, …} in the order given (the output sorts keys anyway). A
// value that is a list is written json::array({…}): a lone {x} would be read
// differently by GCC and clang.
json object(std::initializer_list<std::pair<const char*, json>> fields);

// A result's working: [{"code", "text"}, …].
json explain_json(const Explain& explain);

}  // namespace slacalc
