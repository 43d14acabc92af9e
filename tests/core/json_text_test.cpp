// The JSON reader and writer (core/json_text.cpp): worked examples, and
// nlohmann's own parser and dump() as the oracle over generated texts.
#include <cmath>
#include <cstdint>
#include <functional>
#include <random>
#include <set>
#include <string>
#include <vector>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "json_text.hpp"

using nlohmann::json;
using slacalc::json_text;
using slacalc::parse_json_text;

namespace {

json parsed(const std::string& text) {
  auto r = parse_json_text(text);
  INFO("text: ", text);
  REQUIRE(r.ok());
  return r.value();
}

slacalc::Error refused(const std::string& text) {
  auto r = parse_json_text(text);
  INFO("text: ", text);
  REQUIRE_FALSE(r.ok());
  return r.error();
}

std::string oracle_text(const json& value) { return value.dump(-1, ' ', false, json::error_handler_t::replace); }

}  // namespace

TEST_CASE("JSON text: values, escapes and UTF-8 as RFC 8259 has them") {
  json v = parsed(" {\"a\": [1, -2, 3.5, true, false, null], \"s\": \"x\\u00e9\\ud83d\\ude00\\n\\\"\\/\"}\r\n");
  CHECK(v["a"] == json::array({1, -2, 3.5, true, false, nullptr}));
  CHECK(v["s"] == "x\xC3\xA9\xF0\x9F\x98\x80\n\"/");
  CHECK(json_text(v) == "{\"a\":[1,-2,3.5,true,false,null],\"s\":\"x\xC3\xA9\xF0\x9F\x98\x80\\n\\\"/\"}");
  // A byte order mark may open the text, nowhere else.
  CHECK(parsed("\xEF\xBB\xBF[]") == json::array());
  CHECK(refused(" \xEF\xBB\xBF[]").code == "invalid_json");
  // A repeated key is refused with its path: which value was meant is a guess.
  CHECK(refused("{\"k\":1,\"k\":2}").code == "duplicate_key");
  CHECK(refused("{\"k\":1,\"k\":2}").path == "/k");
  CHECK(refused("{\"a\":[{},{\"x\":1,\"x\":1}]}").path == "/a/1/x");
  CHECK(parsed("{\"a\":{\"k\":1},\"b\":{\"k\":2}}") == json{{"a", {{"k", 1}}}, {"b", {{"k", 2}}}});
  for (const char* bad : {"", "[1,]", "{\"a\":1,}", "{,}", "01", "1.", ".5", "+1", "1e", "-", "tru", "[1 2]",
                          "\"\\x\"", "\"\\ud800\"", "\"\\udc00\"", "\"tab\there\"", "\"\xC0\xAF\"",
                          "\"\xED\xA0\x80\"", "\"\xF4\x90\x80\x80\"", "\"cut \xE2\x82\"", "[] []", "nul"})
    CHECK(refused(bad).code == "invalid_json");
}

TEST_CASE("JSON text: a syntax error says its line and column") {
  CHECK(refused("{\n  \"a\": tru\n}").message == "not valid JSON (line 2, column 8)");
  CHECK(refused("").message == "not valid JSON (line 1, column 1)");
  // Columns count characters, not bytes.
  CHECK(refused("[\"\xC3\xA9\xC3\xA9\", x]").message == "not valid JSON (line 1, column 8)");
}

TEST_CASE("JSON text: integers stay integers; other numbers are read exactly or refused") {
  CHECK(parsed("18446744073709551615").is_number_unsigned());
  CHECK(parsed("18446744073709551615").get<std::uint64_t>() == 18446744073709551615u);
  CHECK(parsed("-9223372036854775808").get<std::int64_t>() == INT64_MIN);
  CHECK(parsed("-0").is_number_integer());
  // 99.9 is the double nearest 999/10, and is written back as 99.9.
  CHECK(parsed("99.9").get<double>() == 99.9);
  CHECK(json_text(parsed("99.9")) == "99.9");
  CHECK(json_text(parsed("-0.0")) == "-0.0");
  CHECK(json_text(parsed("1.50000000000000000000")) == "1.5");  // trailing zeros carry no digits
  CHECK(json_text(parsed("1E+2")) == "100.0");
  CHECK(json_text(parsed("123456789.012345")) == "123456789.012345");  // 15 digits
  CHECK(json_text(parsed("1e22")) == "1e+22");
  CHECK(json_text(parsed("0.0000000000000000000001")) == "1e-22");

  auto e = refused("{\"tiers\": [{\"target\": 99.99999999999999999}]}");
  CHECK(e.code == "inexact_number");
  CHECK(e.path == "/tiers/0/target");
  CHECK(e.message.find("\"99.99999999999999999\"") != std::string::npos);
  CHECK(refused("{\"a/b\": [0, 1e23]}").path == "/a~1b/1");
  CHECK(refused("0.1234567890123456").code == "inexact_number");  // 16 digits
  CHECK(refused("1e-23").code == "inexact_number");
  CHECK(refused("18446744073709551616").code == "inexact_number");  // past 64 bits, 20 digits
}

TEST_CASE("JSON text: nesting beyond 64 levels is refused") {
  CHECK(parsed(std::string(64, '[') + std::string(64, ']')).is_array());
  CHECK(refused(std::string(65, '[') + std::string(65, ']')).code == "too_deep");
  CHECK(refused("{\"a\":" + std::string(200000, '[')).code == "too_deep");
}

TEST_CASE("JSON text: strings are written as dump() writes them, broken UTF-8 replaced") {
  CHECK(json_text(json("\x01\x1f\x7f\b\f\r\t")) == "\"\\u0001\\u001f\x7f\\b\\f\\r\\t\"");
  // U+FFFD per broken sequence; the byte that broke it starts anew.
  CHECK(json_text(json("a\xE2\x82z\xFF")) == "\"a\xEF\xBF\xBDz\xEF\xBF\xBD\"");
  CHECK(json_text(json("\xF0\x9F\x98")) == "\"\xEF\xBF\xBD\"");
  CHECK(json_text(json(std::nan(""))) == "null");
}

namespace {

// Whether an object in the text names a key twice, by nlohmann's SAX reader:
// the oracle for duplicate_key (its own parser keeps the last value).
bool repeats_a_key(const std::string& text) {
  struct Keys : nlohmann::json_sax<json> {
    std::vector<std::set<std::string>> open;
    bool repeated = false;
    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t&) override { return true; }
    bool string(string_t&) override { return true; }
    bool binary(binary_t&) override { return true; }
    bool start_object(std::size_t) override {
      open.emplace_back();
      return true;
    }
    bool key(string_t& k) override {
      repeated = repeated || !open.back().insert(k).second;
      return true;
    }
    bool end_object() override {
      open.pop_back();
      return true;
    }
    bool start_array(std::size_t) override { return true; }
    bool end_array() override { return true; }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override { return false; }
  } keys;
  json::sax_parse(text, &keys, json::input_format_t::json, false);
  return keys.repeated;
}

}  // namespace

TEST_CASE("JSON text: the same values and text as nlohmann over generated documents (seeded)") {
  std::mt19937_64 random(20261204);
  auto pick = [&](int n) { return static_cast<int>(random() % static_cast<unsigned>(n)); };
  const std::string alphabet = "a\"\\/\n\x01\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80\xFF\xED\xA0\x80 ~";
  auto text = [&] {
    std::string s;
    for (int i = pick(8); i > 0; --i) s += alphabet[static_cast<std::size_t>(pick(static_cast<int>(alphabet.size())))];
    return s;
  };
  std::function<json(int)> value = [&](int depth) -> json {
    switch (depth > 3 ? pick(5) : pick(7)) {
      case 0: return nullptr;
      case 1: return pick(2) == 0;
      case 2: return static_cast<std::int64_t>(random()) >> pick(64);
      case 3: return static_cast<double>(pick(2000000) - 1000000) / (pick(2) ? 1000.0 : 8.0);
      case 4: return text();
      case 5: {
        json a = json::array();
        for (int i = pick(4); i > 0; --i) a.push_back(value(depth + 1));
        return a;
      }
      default: {
        json o = json::object();
        for (int i = pick(4); i > 0; --i) o[text()] = value(depth + 1);
        return o;
      }
    }
  };
  for (int round = 0; round < 3000; ++round) {
    json original = value(0);
    std::string written = oracle_text(original);
    INFO("document: ", written);
    CHECK(json_text(original) == written);
    auto back = parse_json_text(written);
    // Two broken keys both written as U+FFFD: the text repeats a key.
    if (!back.ok() && back.error().code == "duplicate_key") {
      CHECK(repeats_a_key(written));
      continue;
    }
    REQUIRE(back.ok());
    CHECK(back.value() == json::parse(written));
    // One byte changed: both parsers accept it, or both refuse it.
    std::string mutated = written;
    mutated[static_cast<std::size_t>(pick(static_cast<int>(mutated.size())))] =
        "{}[]\",:0.e-tfn \\\x80"[pick(17)];
    INFO("mutated: ", mutated);
    json theirs = json::parse(mutated, nullptr, false);
    auto ours = parse_json_text(mutated);
    // A digit or point in the wrong place can make a number longer than a
    // double reads exactly: refused, where nlohmann rounds.
    if (!ours.ok() && ours.error().code == "inexact_number") continue;
    if (!ours.ok() && ours.error().code == "duplicate_key") {
      CHECK(repeats_a_key(mutated));
      continue;
    }
    CHECK(ours.ok() == !theirs.is_discarded());
    if (ours.ok() && !theirs.is_discarded()) CHECK(ours.value() == theirs);
  }
}

TEST_CASE("JSON records: each value at a pattern's path handed over with its pointer and line, the rest read past") {
  const slacalc::RecordPattern patterns[] = {{1, {"data", "*"}}, {2, {"data", "result", "*", "values", "*"}}};
  struct Seen {
    int id;
    std::string value, pointer;
    int line;
    std::size_t outer;
  };
  std::vector<Seen> seen;
  auto found = [&seen](int id, const nlohmann::json& v, const slacalc::JsonPlace& p) {
    seen.push_back({id, slacalc::json_text(v), p.pointer, p.line, p.outer_index});
  };
  SUBCASE("an array's elements; an object named data is not an array") {
    const std::string text = "{\"meta\": [1],\n \"data\": [\n  {\"a\": [1, 2]},\n  \"x\"\n ]}";
    REQUIRE_FALSE(slacalc::json_records(text, patterns, found));
    REQUIRE(seen.size() == 2);
    CHECK(seen[0].id == 1);
    CHECK(seen[0].value == "{\"a\":[1,2]}");
    CHECK(seen[0].pointer == "/data/0");
    CHECK(seen[0].line == 3);
    CHECK(seen[1].value == "\"x\"");
    CHECK(seen[1].pointer == "/data/1");
    CHECK(seen[1].line == 4);
  }
  SUBCASE("samples of the second series: their first array index is the series'") {
    const std::string text = R"({"data":{"result":[{"values":[[1,"0"]]},{"metric":{},"values":[[2,"1"],[3,"0"]]}]}})";
    REQUIRE_FALSE(slacalc::json_records(text, patterns, found));
    REQUIRE(seen.size() == 3);
    CHECK(seen[2].id == 2);
    CHECK(seen[2].value == "[3,\"0\"]");
    CHECK(seen[2].pointer == "/data/result/1/values/1");
    CHECK(seen[2].outer == 1);
  }
  SUBCASE("a text cut short says so, with the line and column where it stops") {
    auto e = slacalc::json_records("{\"data\": [\n {\"a\": 1},\n {\"b\":", patterns, found);
    REQUIRE(e);
    CHECK(e->code == "invalid_json");
    CHECK(e->message == "line 3, column 7: the JSON stops before it is complete (is the file cut short?)");
    CHECK(seen.size() == 1);  // the records before it were read
  }
  SUBCASE("text that is not JSON from some place on") {
    auto e = slacalc::json_records("[1709370000] SERVICE ALERT", patterns, found);
    REQUIRE(e);
    CHECK(e->message == "line 1, column 14: this is not JSON from here on");
  }
}
