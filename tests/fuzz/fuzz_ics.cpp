// libFuzzer target for the calendar-file reader (core/ics_read.cpp,
// ics_rule.cpp) through parseClosedDays: the input is the .ics text. A reading
// must list its days in order, once each, within the years asked; skipping
// timed events reads at least what refusing them reads; every refusal names
// its line; and the days read are closed days deadline takes.
#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

#include "api.hpp"
#include "require.hpp"

namespace {

using nlohmann::json;

json answer(const json& request) {
  slacalc::Response r = slacalc::call("parseClosedDays", request.dump(-1, ' ', false, json::error_handler_t::replace));
  json value = json::parse(r.body, nullptr, false);
  require(value.is_object(), "an answer is an object", r.body);
  if (r.ok) return value;
  require(value.contains("code") && value.contains("message") && value.contains("path"), "an error's parts", r.body);
  if (value["path"] == "/ics" && value["code"] != "out_of_range") require(value.contains("line"), "a refusal's line", r.body);
  return json{{"error", value}};
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  json refused = answer({{"ics", text}, {"from", 2026}, {"to", 2027}});
  json skipped = answer({{"ics", text}, {"from", 2026}, {"to", 2027}, {"timedEvents", "skip"}});
  if (refused.contains("error")) {
    if (refused["error"]["code"] != "timed_event") require(skipped == refused, "skip changes only timed events", text);
    return 0;
  }
  require(skipped == refused, "without timed events, skip reads the same", text);
  const json& days = refused["closedDays"];
  require(days.size() <= 1000 && days.size() == refused["days"].size(), "days listed once each");
  for (std::size_t i = 0; i < days.size(); ++i) {
    const std::string day = days[i];
    require(day >= "2026-01-01" && day <= "2027-12-31", "within the years", day);
    if (i) require(days[i - 1].get<std::string>() < day, "in order, once each", day);
  }
  json deadline = {{"profile", "flying-circus"}, {"tier", "hosted"}, {"reported", "2026-12-23T12:00"}, {"closedDays", days}};
  require(slacalc::call("deadline", deadline.dump()).ok, "deadline takes the days", deadline.dump());
  return 0;
}
