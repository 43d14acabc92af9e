// The small parts of a large JSON document, each as a value of its own,
// without the whole document in memory: a monitor's export of a year can be
// tens of megabytes of samples, each a few bytes (monitor_export.hpp).
#pragma once

#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "error.hpp"

namespace slacalc {

// Where a record is: "/data/result/0/values/17", and the line its value starts on.
struct JsonPlace {
  std::string pointer;
  int line = 0;
  std::size_t outer_index = 0;  // its first array index (a Prometheus series)
};

// A record's path: object keys, and "*" for any element of an array; the
// unused places empty.
struct RecordPattern {
  int id;
  std::string_view path[6];
};

// Calls `found` with each value at one of `patterns`, in the text's order.
// A text that is not JSON is `invalid_json` at `/text`, naming the line and
// column, and whether the text ends too soon (a truncated export).
std::optional<Error> json_records(std::string_view text, std::span<const RecordPattern> patterns,
                                  const std::function<void(int, const nlohmann::json&, const JsonPlace&)>& found);

}  // namespace slacalc
