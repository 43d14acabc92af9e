// No English slips through: for a set of varied requests (compare, deadline,
// term, price, windowBudget, zones, holidays over flying-circus, arena,
// nms-prime, scope4mation, wp-heaven and aws-ec2), every text for people in
// German, Dutch and Danish differs from the English one at the same place —
// unless the line is the profile's own data, listed below with the reason.
#include <set>
#include <vector>

#include "helpers.hpp"

namespace {

using test::json;
using test::ok;

struct Text {
  std::string where, text;
};

// The texts for people of a result, each with the place it has there.
void collect(const json& v, const std::string& where, std::vector<Text>& out) {
  if (v.is_object()) {
    for (auto it = v.begin(); it != v.end(); ++it) {
      const std::string& key = it.key();
      std::string at = where + "/" + key;
      if (key == "explain" && it->is_array()) {
        for (std::size_t i = 0; i < it->size(); ++i)
          out.push_back({at + "/" + (*it)[i]["code"].get<std::string>(), (*it)[i]["text"].get<std::string>()});
      } else if ((key == "lines" || key == "promise" || key == "effect" || key == "working" ||
                  // compare's row labels, windowBudget's readings, term's deadlines, the break-even
                  (key == "label" && (where.find("/rows/") != std::string::npos ||
                                      where.find("/readings/") != std::string::npos)) ||
                  (key == "text" && (where.find("/deadlines/") != std::string::npos || where.ends_with("/breakEven")))) &&
                 !it->is_null()) {
        if (it->is_string()) out.push_back({at, it->get<std::string>()});
        else
          for (std::size_t i = 0; i < it->size(); ++i) out.push_back({at + "/" + std::to_string(i), (*it)[i]});
      } else {
        collect(*it, at, out);
      }
    }
  } else if (v.is_array()) {
    for (std::size_t i = 0; i < v.size(); ++i) collect(v[i], where + "/" + std::to_string(i), out);
  }
}

std::vector<Text> texts(const std::string& function, json request, const char* lang) {
  request["lang"] = lang;
  std::vector<Text> out;
  collect(ok(function, request), "", out);
  return out;
}

// Lines that are the same in every language because they hold only the
// profile's data, a number or a sign.
bool is_data(const std::string& text) {
  static const std::set<std::string> kData = {
      "—",  // an empty cell
  };
  return kData.count(text) > 0;
}

// Explanations of the holiday calendars come from holidays.cpp, which this
// test does not cover (their codes start with "holiday-" and are not "holiday-coincide").
bool outside_this_test(const std::string& where) {
  auto at = where.rfind("/holiday-");
  return at != std::string::npos && where.substr(at) != "/holiday-coincide";
}

void check_translated(const std::string& function, const json& request) {
  std::vector<Text> en = texts(function, request, "en");
  REQUIRE_FALSE(en.empty());
  for (const char* lang : {"de", "nl", "da"}) {
    int checked = 0;
    std::vector<Text> other = texts(function, request, lang);
    INFO(function, " ", request.dump(), " in ", std::string(lang));
    REQUIRE(other.size() == en.size());
    for (std::size_t i = 0; i < en.size(); ++i) {
      CHECK(other[i].where == en[i].where);
      if (is_data(en[i].text) || outside_this_test(en[i].where)) continue;
      INFO(en[i].where, ": ", en[i].text);
      CHECK(other[i].text != en[i].text);
      ++checked;
    }
    CHECK(checked > 0);
  }
}

json vm(const char* name, int vcpus, json components) {
  return {{"name", name}, {"vcpus", vcpus}, {"ramGb", 8}, {"storageGb", 50}, {"components", std::move(components)}};
}

}  // namespace

TEST_CASE("lang coverage: compare") {
  json columns = {{{"profile", "flying-circus"}, {"tier", "managed-4"}},
                  {{"profile", "arena"}, {"tier", "plm-service"}, {"monthlyPrice", 400000}},
                  {{"profile", "nms-prime"}, {"tier", "advanced-service"}},
                  {{"profile", "scope4mation"}, {"tier", "default"}},
                  {{"profile", "wp-heaven"}, {"tier", "standard"}, {"monthlyPrice", 160000}},
                  {{"profile", "aws-ec2"}, {"tier", "region-level"}}};
  check_translated("compare", {{"columns", columns}, {"badMonth", "99"}});
  check_translated("compare", {{"columns", columns}, {"month", "2026-04"}, {"monthBasis", "30d"}});
  json guided = {{{"profile", "flying-circus"}, {"tier", "guided-1"}},
                 {{"profile", "flying-circus"}, {"tier", "hosted"}},
                 {{"profile", "scope4mation"}, {"tier", "extended"}}};
  check_translated("compare", {{"columns", guided}, {"month", "2026-04"}, {"badMonth", "99.9"}});
}

TEST_CASE("lang coverage: deadline") {
  auto at = [](const char* profile, const char* tier, const char* reported) {
    return json{{"profile", profile}, {"tier", tier}, {"reported", reported}};
  };
  check_translated("deadline", at("flying-circus", "guided-1", "2026-03-27T15:30"));
  json closed = at("flying-circus", "guided-1", "2026-12-23T15:00");
  closed["closedDays"] = {"2026-12-28"};
  check_translated("deadline", closed);
  check_translated("deadline", at("flying-circus", "managed-4", "2026-11-24T20:00"));
  json split = at("flying-circus", "managed-4", "2026-11-24T15:55");
  split["options"] = {{"splitReaction", "inside-window"}};
  check_translated("deadline", split);
  check_translated("deadline", at("flying-circus", "platform", "2026-11-24T10:00"));
  check_translated("deadline", at("flying-circus", "guided-3", "2026-03-29T02:30"));
  check_translated("deadline", at("scope4mation", "default", "2026-11-23T11:00"));
  json end_of_day = at("scope4mation", "extended", "2026-11-23T18:00");
  end_of_day["workingDayRule"] = "end-of-day";
  check_translated("deadline", end_of_day);
  check_translated("deadline", at("arena", "plm-service", "2026-11-24T10:00"));
  check_translated("deadline", at("nms-prime", "advanced-service", "2026-11-24T10:00"));
  check_translated("deadline", at("wp-heaven", "standard", "2026-11-24T10:00"));
  check_translated("deadline", at("aws-ec2", "region-level", "2026-11-24T10:00"));
  check_translated("deadline", {{"window", {{"weekly", {{"mon-fri", {"09:00-17:00"}}}}}},
                                {"time", "1.5s"},
                                {"reported", "1950-11-24T10:00"},
                                {"timeZone", "Europe/Amsterdam"}});
  check_translated("deadline", {{"window", {{"weekly", {{"mon-fri", {"09:00-17:00"}}}}, {"holidaysClosed", true}}},
                                {"holidays", "NL"},
                                {"workingDays", 2},
                                {"reported", "2026-12-24T10:00"}});
}

TEST_CASE("lang coverage: term") {
  json request = {{"profile", "flying-circus"}, {"tier", "guided-1"}, {"start", "2026-01-31"}, {"asOf", "2026-06-15"},
                  {"invoiceDate", "2026-05-02"},
                  {"changes", {{{"kind", "temporary-upgrade"}, {"tier", "managed-4"}, {"from", "2026-03-01"},
                                {"to", "2026-03-01"}},
                               {{"kind", "upgrade"}, {"tier", "guided-3"}, {"from", "2026-04-01"}},
                               {{"kind", "recommit"}, {"from", "2026-05-01"}}}},
                  {"terminationForCause", {{"date", "2026-06-10"}, {"monthlyFee", 250000}}}};
  check_translated("term", request);
  request.erase("invoiceDate");
  request["termEnd"] = "same-date";
  request["noticeDeadline"] = "same-day-number";
  request["remainingFees"] = "whole-months-up";
  check_translated("term", request);
  check_translated("term", {{"profile", "flying-circus"}, {"tier", "managed-4"}, {"start", "2026-01-01"},
                            {"asOf", "2026-02-01"}});
}

TEST_CASE("lang coverage: price") {
  json group = {{"vms", {vm("db1", 4, {"postgresql"}), vm("web1", 3, {"postgresql", "nginx"})}}};
  json larger = {{"vms", {vm("db1", 7, {"postgresql", "x", "y"})}}};
  json request = {{"profile", "flying-circus"},
                  {"tier", "managed-4"},
                  {"pricePerFactorUnit", 12000},
                  {"resourceGroup", group},
                  {"infrastructurePrices", {{"vcpu", 1500}, {"ramGb", 400}, {"storageGb", 15}}},
                  {"month", "2026-04"},
                  {"changes", {{{"from", "2026-04-15"}, {"resourceGroup", larger}}}},
                  {"factorIncrease", {{"resourceGroup", larger}, {"neededMonths", 9}}},
                  {"temporaryUpgrade", {{"tier", "managed-5"}, {"days", 3}, {"pricePerFactorUnit", 20000}}}};
  check_translated("price", request);
  request["dayBilling"] = "changed-months-only";
  request["dayMaximum"] = "group-total";
  request["factorIncrease"]["neededMonths"] = 12;
  request["temporaryUpgrade"]["days"] = 1;
  check_translated("price", request);
  request.erase("changes");
  request.erase("infrastructurePrices");
  request["factorIncrease"] = {{"resourceGroup", larger}, {"neededMonths", 1}, {"newMinimumMonths", 1}};
  check_translated("price", request);
  check_translated("price", {{"profile", "nms-prime"}, {"tier", "advanced-service"},
                             {"supportHours", {{"perMonth", "10"}, {"hourlyRate", 12000}, {"introductionMonths", 2},
                                               {"used", {"25", 8, "12.5"}}}}});
  check_translated("price", {{"profile", "arena"}, {"tier", "plm-service"}});
  check_translated("price", {{"profile", "wp-heaven"}, {"tier", "standard"}});
  check_translated("price", {{"profile", "scope4mation"}, {"tier", "default"}});
  check_translated("price", {{"profile", "aws-ec2"}, {"tier", "region-level"}});
}

TEST_CASE("lang coverage: windowBudget, zones and holidays") {
  check_translated("windowBudget", {{"profile", "flying-circus"}, {"tier", "guided-1"}, {"month", "2026-04"},
                                    {"closedDays", {"2026-04-14"}}});
  check_translated("windowBudget", {{"profile", "flying-circus"}, {"tier", "managed-4"}, {"month", "2026-11"}});
  check_translated("windowBudget", {{"profile", "arena"}, {"tier", "plm-service"}, {"month", "2026-05"}});
  check_translated("windowBudget", {{"profile", "wp-heaven"}, {"tier", "standard"}, {"month", "2026-02"}});
  check_translated("zones", {{"zone", "Europe/Berlin"}, {"from", 1990}, {"to", 1991}});
  check_translated("zones", {{"zone", "Asia/Jerusalem"}});
  check_translated("zones", {{"zone", "Asia/Calcutta"}});
  check_translated("holidays", {{"calendar", "DE-ST"}, {"year", 2008}});
}
