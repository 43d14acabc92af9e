// Time zones: known offsets and transitions, DST gaps and overlaps, the POSIX
// rule parser, and the zones endpoint. The offsets of every zone for every day
// 2000–2037 are checked against Node's Intl in tests/node/zones-oracle.test.mjs.
#include <doctest/doctest.h>

#include "helpers.hpp"
#include "posix_tz.hpp"
#include "zones.hpp"

using namespace std::chrono_literals;
using slacalc::Disambiguation;
using slacalc::LocalToUtc;
using slacalc::Zone;
using test::fails;
using test::json;
using test::zone;

namespace {

// "2026-03-29T01:00:00" as an instant (UTC) or a local time.
date::sys_seconds utc(int y, unsigned mo, unsigned d, int h, int mi = 0, int s = 0) {
  return date::sys_days{date::year{y} / mo / d} + std::chrono::hours{h} +
         std::chrono::minutes{mi} + std::chrono::seconds{s};
}
date::local_seconds local(int y, unsigned mo, unsigned d, int h, int mi = 0) {
  return date::local_seconds{utc(y, mo, d, h, mi).time_since_epoch()};
}

int offset(const char* name, date::sys_seconds t) {
  return slacalc::utc_offset_seconds(zone(name), t);
}

// The switch at `at`: `before` seconds east of UTC one second earlier, `after` from `at` on.
void switches(const char* name, date::sys_seconds at, int before, int after) {
  INFO(name);
  CHECK(offset(name, at - 1s) == before);
  CHECK(offset(name, at) == after);
}

}  // namespace

TEST_CASE("offsets and transitions of well-known zones") {
  switches("Europe/Berlin", utc(2026, 3, 29, 1), 3600, 7200);
  switches("Europe/Berlin", utc(2026, 10, 25, 1), 7200, 3600);
  CHECK(slacalc::abbreviation(zone("Europe/Berlin"), utc(2026, 7, 1, 12)) == "CEST");
  CHECK(slacalc::abbreviation(zone("Europe/Berlin"), utc(2026, 1, 1, 12)) == "CET");
  switches("Europe/London", utc(2026, 3, 29, 1), 0, 3600);
  switches("Europe/London", utc(2026, 10, 25, 1), 3600, 0);
  // Dublin's tzdata rule has IST as standard time and GMT as "negative DST".
  switches("Europe/Dublin", utc(2026, 3, 29, 1), 0, 3600);
  switches("Europe/Dublin", utc(2026, 10, 25, 1), 3600, 0);
  switches("Europe/Helsinki", utc(2026, 3, 29, 1), 7200, 10800);
  switches("America/New_York", utc(2026, 3, 8, 7), -5 * 3600, -4 * 3600);
  switches("America/New_York", utc(2026, 11, 1, 6), -4 * 3600, -5 * 3600);
  switches("America/St_Johns", utc(2026, 3, 8, 5, 30), -12600, -9000);
  // Sydney: DST ends 5 April 2026 03:00 AEDT, starts 4 October 2026 02:00 AEST.
  switches("Australia/Sydney", utc(2026, 4, 4, 16), 39600, 36000);
  switches("Australia/Sydney", utc(2026, 10, 3, 16), 36000, 39600);
  CHECK(offset("Australia/Sydney", utc(2026, 1, 1, 0)) == 39600);
  CHECK(slacalc::abbreviation(zone("Australia/Sydney"), utc(2026, 1, 1, 0)) == "AEDT");
  switches("Pacific/Auckland", utc(2026, 9, 26, 14), 12 * 3600, 13 * 3600);
  // Jerusalem: Friday before the last Sunday of March, 02:00 local.
  switches("Asia/Jerusalem", utc(2026, 3, 27, 0), 7200, 10800);
  // Cairo: last Friday of April 00:00, last Thursday of October 24:00.
  switches("Africa/Cairo", utc(2026, 4, 23, 22), 7200, 10800);
  switches("Africa/Cairo", utc(2026, 10, 29, 21), 10800, 7200);
  // Santiago: DST from the first Saturday of September 24:00 (−04) to the first
  // Saturday of April 24:00 (−03).
  switches("America/Santiago", utc(2026, 9, 6, 4), -4 * 3600, -3 * 3600);
  switches("America/Santiago", utc(2026, 4, 5, 3), -3 * 3600, -4 * 3600);
  for (int month = 1; month <= 12; ++month) {
    auto t = utc(2026, static_cast<unsigned>(month), 15, 12);
    CHECK(offset("Asia/Kathmandu", t) == 5 * 3600 + 45 * 60);
    CHECK(offset("Asia/Tehran", t) == 3 * 3600 + 30 * 60);
    CHECK(offset("Asia/Kolkata", t) == 5 * 3600 + 30 * 60);
    CHECK(offset("Asia/Tokyo", t) == 9 * 3600);
    CHECK(offset("Europe/Moscow", t) == 3 * 3600);
    CHECK(offset("America/Phoenix", t) == -7 * 3600);
    CHECK(offset("UTC", t) == 0);
  }
  CHECK(slacalc::abbreviation(zone("Asia/Kathmandu"), utc(2026, 1, 1, 0)) == "+0545");
  CHECK(slacalc::to_local(zone("Asia/Kathmandu"), utc(2026, 1, 1, 0)) == local(2026, 1, 1, 5, 45));
}

TEST_CASE("a local time in the spring-forward gap does not exist") {
  const Zone& berlin = zone("Europe/Berlin");
  auto t = local(2026, 3, 29, 2, 30);
  LocalToUtc r = slacalc::to_utc(berlin, t);
  CHECK(r.kind == LocalToUtc::gap);
  CHECK(r.instant == utc(2026, 3, 29, 1, 30));  // shifted forward: 03:30 CEST
  CHECK(slacalc::to_local(berlin, r.instant) == local(2026, 3, 29, 3, 30));
  CHECK(slacalc::to_utc(berlin, t, Disambiguation::later).instant == utc(2026, 3, 29, 1, 30));
  CHECK(slacalc::to_utc(berlin, t, Disambiguation::earlier).instant == utc(2026, 3, 29, 0, 30));
  // The edges: 02:00 is already in the gap, 03:00 and 01:59 are not.
  CHECK(slacalc::to_utc(berlin, local(2026, 3, 29, 2)).kind == LocalToUtc::gap);
  CHECK(slacalc::to_utc(berlin, local(2026, 3, 29, 3)).kind == LocalToUtc::unique);
  CHECK(slacalc::to_utc(berlin, local(2026, 3, 29, 3)).instant == utc(2026, 3, 29, 1));
  CHECK(slacalc::to_utc(berlin, local(2026, 3, 29, 1, 59)).kind == LocalToUtc::unique);
  // Southern hemisphere and Dublin's negative DST.
  CHECK(slacalc::to_utc(zone("Australia/Sydney"), local(2026, 10, 4, 2, 30)).kind ==
        LocalToUtc::gap);
  LocalToUtc dublin = slacalc::to_utc(zone("Europe/Dublin"), local(2026, 3, 29, 1, 30));
  CHECK(dublin.kind == LocalToUtc::gap);
  CHECK(dublin.instant == utc(2026, 3, 29, 1, 30));  // 02:30 IST
}

TEST_CASE("a local time in the fall-back overlap exists twice") {
  const Zone& berlin = zone("Europe/Berlin");
  auto t = local(2026, 10, 25, 2, 30);
  LocalToUtc r = slacalc::to_utc(berlin, t);
  CHECK(r.kind == LocalToUtc::overlap);
  CHECK(r.instant == utc(2026, 10, 25, 0, 30));  // the earlier: still CEST
  CHECK(slacalc::abbreviation(berlin, r.instant) == "CEST");
  CHECK(slacalc::to_utc(berlin, t, Disambiguation::earlier).instant == utc(2026, 10, 25, 0, 30));
  LocalToUtc later = slacalc::to_utc(berlin, t, Disambiguation::later);
  CHECK(later.instant == utc(2026, 10, 25, 1, 30));
  CHECK(slacalc::abbreviation(berlin, later.instant) == "CET");
  CHECK(slacalc::to_utc(berlin, local(2026, 10, 25, 3)).kind == LocalToUtc::unique);
  CHECK(slacalc::to_utc(berlin, local(2026, 10, 25, 1, 59)).kind == LocalToUtc::unique);
  CHECK(slacalc::to_utc(zone("Australia/Sydney"), local(2026, 4, 5, 2, 30)).kind ==
        LocalToUtc::overlap);
  CHECK(slacalc::to_utc(zone("America/New_York"), local(2026, 11, 1, 1, 30)).instant ==
        utc(2026, 11, 1, 5, 30));
  CHECK(slacalc::to_utc(zone("Asia/Tokyo"), local(2026, 10, 25, 2, 30)).kind ==
        LocalToUtc::unique);
}

TEST_CASE("every zone: sane offsets, and local time round-trips to UTC") {
  auto names = slacalc::zone_names();
  CHECK(names.size() >= 100);
  for (auto name : names) {
    const Zone* z = slacalc::find_zone(name);
    REQUIRE(z != nullptr);
    INFO(name, " ", z->posix);
    CHECK(slacalc::parse_posix_tz(z->posix).error == nullptr);
    CHECK(z->valid_from_year >= 1900);
    CHECK(z->valid_from_year <= 2023);
    // Every hour of 2026; the first problem is reported (one CHECK per zone).
    int switches_2026 = 0;
    std::string problem;
    int previous = slacalc::utc_offset_seconds(*z, utc(2026, 1, 1, 0));
    for (auto t = utc(2026, 1, 1, 0); t < utc(2027, 1, 1, 0) && problem.empty(); t += 1h) {
      int o = slacalc::utc_offset_seconds(*z, t);
      if (o < -12 * 3600 || o > 14 * 3600) problem = "offset " + std::to_string(o);
      if (o != previous) ++switches_2026;
      previous = o;
      date::local_seconds l = slacalc::to_local(*z, t);
      LocalToUtc back = slacalc::to_utc(*z, l);
      bool found = back.instant == t ||
                   (back.kind == LocalToUtc::overlap &&
                    slacalc::to_utc(*z, l, Disambiguation::later).instant == t);
      if (back.kind == LocalToUtc::gap || !found)
        problem = "local time of " + std::to_string(t.time_since_epoch().count()) +
                  " does not map back";
    }
    CHECK(problem == "");
    CHECK(switches_2026 == (slacalc::zone_rule(*z).has_dst() ? 2 : 0));
  }
}

TEST_CASE("zone names, aliases and near misses") {
  CHECK(slacalc::find_zone("Europe/Berlin")->posix == "CET-1CEST,M3.5.0,M10.5.0/3");
  CHECK(slacalc::find_zone("America/New_York")->posix == "EST5EDT,M3.2.0,M11.1.0");
  CHECK(slacalc::find_zone("Europe/London")->posix == "GMT0BST,M3.5.0/1,M10.5.0");
  CHECK(slacalc::find_zone("Australia/Sydney")->posix == "AEST-10AEDT,M10.1.0,M4.1.0/3");
  CHECK(slacalc::find_zone("Asia/Tokyo")->posix == "JST-9");
  CHECK(slacalc::find_zone("UTC")->posix == "UTC0");
  CHECK(slacalc::find_zone("Asia/Calcutta")->name == "Asia/Kolkata");
  CHECK(slacalc::find_zone("Europe/Kiev")->name == "Europe/Kyiv");
  CHECK(slacalc::find_zone("europe/berlin") == nullptr);
  CHECK(slacalc::find_zone("Berlin") == nullptr);
  CHECK(slacalc::find_zone("") == nullptr);
  using V = std::vector<std::string_view>;
  CHECK(slacalc::similar_zone_names("Berlin") == V{"Europe/Berlin"});
  CHECK(slacalc::similar_zone_names("europe/berlin") == V{"Europe/Berlin"});
  CHECK(slacalc::similar_zone_names("America/Kolkata") == V{"Asia/Kolkata"});
  CHECK(slacalc::similar_zone_names("Calcutta") == V{"Asia/Kolkata"});
  CHECK(slacalc::similar_zone_names("new york") == V{"America/New_York"});
  CHECK(slacalc::similar_zone_names("Nowhere/Atlantis").empty());
  // Every Europe/ zone of zone.tab (the EU ones from 1996 or later).
  int europe = 0;
  for (auto name : slacalc::zone_names())
    if (name.substr(0, 7) == "Europe/") ++europe;
  CHECK(europe == 58);
  CHECK(slacalc::find_zone("Europe/Amsterdam")->valid_from_year == 1996);
  CHECK(slacalc::find_zone("Europe/Moscow")->valid_from_year == 2015);
  CHECK(slacalc::find_zone("America/Chicago")->valid_from_year == 2007);
}

TEST_CASE("POSIX TZ strings: the forms tzdata uses, and broken ones") {
  using slacalc::parse_posix_tz;
  using slacalc::PosixDate;
  static_assert(parse_posix_tz("CET-1CEST,M3.5.0,M10.5.0/3").rule.dst_end.time == 3 * 3600);
  auto nuuk = parse_posix_tz("<-02>2<-01>,M3.5.0/-1,M10.5.0/0");
  REQUIRE(nuuk.error == nullptr);
  CHECK(nuuk.rule.std_abbrev == "-02");
  CHECK(nuuk.rule.std_offset == -7200);
  CHECK(nuuk.rule.dst_start.time == -3600);
  auto lord_howe = parse_posix_tz("<+1030>-10:30<+11>-11,M10.1.0,M4.1.0");
  REQUIRE(lord_howe.error == nullptr);
  CHECK(lord_howe.rule.dst_offset - lord_howe.rule.std_offset == 1800);
  auto all_year = parse_posix_tz("EST5EDT,0/0,J365/25");  // RFC 8536's DST all year
  REQUIRE(all_year.error == nullptr);
  CHECK(all_year.rule.dst_start.kind == PosixDate::Kind::julian0);
  CHECK(all_year.rule.dst_end.time == 25 * 3600);
  CHECK(parse_posix_tz("XST-0:30:15").rule.std_offset == 1815);

  // Jn skips 29 February, n counts it.
  auto jn = parse_posix_tz("XST0XDT,J60/0,J300/0").rule;
  CHECK(slacalc::local_type_at(jn, utc(2024, 3, 1, 0) - 1s).offset == 0);
  CHECK(slacalc::local_type_at(jn, utc(2024, 3, 1, 0)).offset == 3600);
  auto n = parse_posix_tz("XST0XDT,59/0,300/0").rule;
  CHECK(slacalc::local_type_at(n, utc(2024, 2, 29, 0)).offset == 3600);
  CHECK(slacalc::local_type_at(n, utc(2024, 2, 28, 23)).offset == 0);
  CHECK(slacalc::local_type_at(n, utc(2023, 3, 1, 0)).offset == 3600);

  for (const char* bad : {"", "CET", "CE-1", "CET-", "CET-1CEST", "CET-1CEST,M3.5.0",
                          "CET-1CEST,M13.5.0,M10.5.0", "CET-1CEST,M3.6.0,M10.5.0",
                          "CET-1CEST,M3.5.7,M10.5.0", "CET-1CEST,M3.5.0,M10.5.0/3x",
                          "CET-1CEST,J0,J300", "CET-1CEST,366,300", "<+03-3", "CET-25",
                          "CET-1CEST,M3.5.0/168,M10.5.0", "CET-1CEST-1,M3.5.0,M10.5.0"}) {
    INFO(bad);
    auto p = parse_posix_tz(bad);
    CHECK(p.error != nullptr);
    CHECK(p.at <= std::string_view(bad).size());
  }
}

TEST_CASE("zones endpoint: the list and one zone's transitions") {
  json list = test::ok("zones", json::object());
  CHECK(list["tzdata"] == "2025b");
  CHECK(list["zones"].size() == slacalc::zone_names().size());
  CHECK(list["zones"][0] == json{{"name", "Africa/Cairo"}, {"validFrom", 2023}});
  CHECK(list["aliases"].size() >= 5);

  json berlin = test::ok("zones", {{"zone", "Europe/Berlin"}, {"from", 2000}, {"to", 2037}});
  CHECK(berlin["zone"] == "Europe/Berlin");
  CHECK(berlin["validFrom"] == 1996);
  CHECK(berlin["posix"] == "CET-1CEST,M3.5.0,M10.5.0/3");
  const json& t = berlin["transitions"];
  REQUIRE(t.size() == 1 + 38 * 2);
  CHECK(t[0] == json{{"at", "2000-01-01T00:00:00Z"}, {"offset", 3600}, {"abbrev", "CET"},
                     {"dst", false}});
  CHECK(t[1] == json{{"at", "2000-03-26T01:00:00Z"}, {"offset", 7200}, {"abbrev", "CEST"},
                     {"dst", true}});
  CHECK(t[2]["at"] == "2000-10-29T01:00:00Z");
  CHECK(t.back()["at"] == "2037-10-25T01:00:00Z");
  bool has_validity = false;
  for (const auto& e : berlin["explain"]) has_validity |= e["code"] == "validity";
  CHECK_FALSE(has_validity);

  // Defaults: from = validFrom, to = from. Southern zones start the year in DST.
  json sydney = test::ok("zones", {{"zone", "Australia/Sydney"}});
  CHECK(sydney["from"] == 2008);
  CHECK(sydney["to"] == 2008);
  CHECK(sydney["transitions"][0]["abbrev"] == "AEDT");
  CHECK(sydney["transitions"].size() == 3);

  json before = test::ok("zones", {{"zone", "Europe/Berlin"}, {"to", 1990}});
  CHECK(before["from"] == 1990);
  CHECK(before["explain"].back()["code"] == "validity");

  json tokyo = test::ok("zones", {{"zone", "Asia/Tokyo"}, {"from", 2000}, {"to", 2199}});
  CHECK(tokyo["transitions"].size() == 1);

  json early = test::ok("zones", {{"zone", "Europe/Moscow"}, {"from", 2010}, {"to", 2016}});
  const json& last = early["explain"].back();
  CHECK(last["code"] == "validity");
  CHECK(last["text"].get<std::string>().find("2010–2014") != std::string::npos);

  json alias = test::ok("zones", {{"zone", "Asia/Calcutta"}, {"from", 2026}});
  CHECK(alias["zone"] == "Asia/Kolkata");
  CHECK(alias["explain"][0]["code"] == "alias");
  CHECK(alias["transitions"][0]["offset"] == 19800);
}

TEST_CASE("zones endpoint: errors") {
  auto expect = [](const json& request, const char* code, const char* path) {
    return test::fails_at("zones", request, code, path);
  };
  json e = expect({{"zone", "Europe/Berlinn"}}, "unknown_value", "/zone");
  e = expect({{"zone", "Berlin"}}, "unknown_value", "/zone");
  CHECK(e["message"].get<std::string>().find("\"Europe/Berlin\"") != std::string::npos);
  expect({{"zone", 5}}, "wrong_type", "/zone");
  expect({{"from", 2000}}, "missing_field", "/zone");
  expect({{"zone", "UTC"}, {"from", 1899}}, "out_of_range", "/from");
  expect({{"zone", "UTC"}, {"from", 2000}, {"to", 2201}}, "out_of_range", "/to");
  expect({{"zone", "UTC"}, {"from", 2000}, {"to", 1999}}, "inverted_range", "/to");
  expect({{"zone", "UTC"}, {"from", 1900}, {"to", 2200}}, "out_of_range", "/to");
  expect({{"zone", "UTC"}, {"from", "2000"}}, "wrong_type", "/from");
  expect({{"zone", "UTC"}, {"from", 2000.5}}, "wrong_type", "/from");
  expect({{"zone", "UTC"}, {"form", 2000}}, "unknown_field", "/form");
  CHECK(fails("zones", std::string("[]"))["code"] == "wrong_type");
  CHECK(test::ok("zones", {{"zone", "UTC"}, {"from", 1900}, {"to", 2199}})["to"] == 2199);
}
