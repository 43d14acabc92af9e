// slacalc — the command-line front end over the same core as the wasm module.
//
//   slacalc budget '{"target":"99.9","period":"week"}'
//   echo '{"target":"99.9","period":"week"}' | slacalc budget
//   slacalc measure --outages year.csv '{"profile":"arena","tier":"plm-service","from":"2026-01","to":"2026-12"}'
//   printf 'budget\t{"target":"99.9","period":"week"}\n' | slacalc --lines
//   slacalc profiles
//   slacalc help credit
//
// `help` lists the functions, `help FUNCTION` prints that function's section
// of docs/api.md (cli/help.hpp). Without a request, a function reads it from
// standard input; at a terminal, profiles and zones ask for everything ({})
// and any other function prints its help instead of waiting (a usage error).
//
// --outages reads a file of any size in pieces (LedgerSession), as the
// page's worker does, for measure, credit and compare. --lang sets the language of a
// request that names none, as createSlaCalc's lang does (validateProfile's
// document names none).
//
// Prints the result JSON on stdout (exit 0), or the error JSON
// {code, message, path} on stderr (exit 1). Usage errors exit 2 (the usage
// text says so too, as README.md does).
//
// --closed-days reads an iCalendar file's all-day events (parseClosedDays) into
// the request's closedDays, expanding yearly ones over --closed-days-years or,
// without it, from the first to one past the last year the request's own
// dates name (a deadline near the year's end runs into the next).
//
// --lines makes many calls in one run (tests/node/cli-agreement.test.mjs
// compares thousands with the wasm module): each line of standard input is
// FUNCTION, a tab and the request JSON; each line out is {"ok":…,"body":…}
// with the body as a JSON string (profile() answers a document with newlines).
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>
#include <unistd.h>

#include "api.hpp"
#include "endpoints.hpp"
#include "help.hpp"
#include "lang.hpp"

namespace {

std::string function_list() {
  std::string names;
  for (const auto& n : slacalc::function_names()) names += (names.empty() ? "" : ", ") + n;
  return names;
}

int usage(std::FILE* to, int status) {
  std::string names = function_list();
  std::fprintf(to,
               "usage: slacalc [--pretty] [--lang en|de|nl|da] [--outages FILE [FILE OPTIONS]]\n"
               "               [--closed-days FILE.ics [--closed-days-years FROM[-TO]]] FUNCTION [REQUEST_JSON]\n"
               "       slacalc --lines   (lines of FUNCTION<tab>REQUEST_JSON on standard input)\n"
               "       slacalc batch [FILE]   (NDJSON: {\"fn\": FUNCTION, \"request\": {...}} a line, a result\n"
               "                              or error line out for each; docs/batch.md)\n"
               "       slacalc help [FUNCTION]   (the functions, or one's request and result)\n"
               "  FUNCTION: %s\n"
               "  profiles and zones need no REQUEST_JSON; without one at a terminal, any other\n"
               "  function shows its help.\n"
               "  REQUEST_JSON is read from standard input when not given.\n"
               "  --outages: the outages of measure, credit or compare, from a file of any size: a table\n"
               "    (CSV) or a monitor's export (UptimeRobot, uptime-kuma, Better Stack, Pingdom, Prometheus).\n"
               "  FILE OPTIONS: --date-order day-month|month-day (slashed dates the file does not settle),\n"
               "    --zone ZONE (its times without an offset; default the profile's), --monitor NAME (one\n"
               "    monitor of an export; default all as one service), --ongoing-until INSTANT (the end of\n"
               "    an incident the export has as unresolved).\n"
               "  --closed-days FILE.ics: a provider's closed days from an iCalendar file's all-day events,\n"
               "    added to the request's closedDays (deadline, credit, measure, budget, windowBudget);\n"
               "    yearly events for --closed-days-years FROM[-TO] (default: the request's years and the next).\n"
               "  --lang: the language of texts when the request names none (default en).\n"
               "Exit status: 0 a result (its JSON on standard output); 1 an error in the request or\n"
               "the file (its JSON {code, message, path} on standard error); 2 a usage error (this text).\n",
               names.c_str());
  return status;
}

bool is_function(const std::string& name) {
  for (const auto& n : slacalc::function_names())
    if (n == name) return true;
  return false;
}

// `slacalc help`: each function in a line, then the usage text.
int help_overview() {
  std::size_t width = 0;
  for (const auto& n : slacalc::function_names()) width = std::max(width, n.size());
  std::printf("slacalc: a FUNCTION and its request as JSON in, the result as JSON out.\n\n"
              "Functions (slacalc help FUNCTION: its request and result, from docs/api.md):\n");
  for (const auto& n : slacalc::function_names())
    std::printf("  %-*s  %s\n", static_cast<int>(width), n.c_str(), std::string(slacalc::cli::summary(n)).c_str());
  std::printf("\n");
  return usage(stdout, 0);
}

// `slacalc help FUNCTION`: its section of docs/api.md on standard output.
int help_function(const std::string& function, int status) {
  auto section = slacalc::cli::doc_section(slacalc::cli::api_doc(), function);
  if (!is_function(function) || section.empty()) {
    std::fprintf(stderr, "slacalc help: no function \"%s\"; the functions: %s\n", function.c_str(),
                 function_list().c_str());
    return 2;
  }
  std::fputs(slacalc::cli::terminal_text(section).c_str(), stdout);
  return status;
}

bool blank(const std::string& text) { return text.find_first_not_of(" \t\r\n") == std::string::npos; }

slacalc::Response io_error(const std::string& message) {
  return {false, nlohmann::json{{"code", "io_error"}, {"message", message}, {"path", ""}}.dump()};
}

// Why a path given to --outages, --closed-days or batch cannot be read as a file, or nothing.
std::optional<std::string> not_a_file(const std::string& path) {
  std::error_code ec;
  auto status = std::filesystem::status(path, ec);
  if (status.type() == std::filesystem::file_type::not_found)
    return slacalc::say({"cannot read {0}: there is no such file", "{0} kann nicht gelesen werden: diese Datei gibt es nicht",
                         "{0} kan niet worden gelezen: dat bestand bestaat niet",
                         "{0} kan ikke læses: den fil findes ikke"},
                        {path});
  if (status.type() == std::filesystem::file_type::directory)
    return slacalc::say({"cannot read {0}: it is a folder, not a file",
                         "{0} kann nicht gelesen werden: es ist ein Ordner, keine Datei",
                         "{0} kan niet worden gelezen: het is een map, geen bestand",
                         "{0} kan ikke læses: det er en mappe, ikke en fil"},
                        {path});
  return std::nullopt;
}

slacalc::Response unreadable(const std::string& path) {
  return io_error(slacalc::say({"cannot read {0}", "{0} kann nicht gelesen werden", "{0} kan niet worden gelezen",
                                "{0} kan ikke læses"},
                               {path}));
}

// Opens `path` into `in`, or the io_error that says why it cannot be read.
std::optional<slacalc::Response> open_file(const std::string& path, std::ifstream& in) {
  if (auto why = not_a_file(path)) return io_error(*why);
  in.open(path, std::ios::binary);
  if (!in) return unreadable(path);
  return std::nullopt;
}

// The file in pieces through a LedgerSession, then the function on it.
// `open`: how to read the file (docs/api.md, "parseOutages": dateOrder,
// monitor, zone, ongoingUntil); the request's profile is added.
slacalc::Response call_with_file(const std::string& function, const std::string& request, const std::string& path,
                                 nlohmann::json open) {
  std::ifstream in;
  if (auto error = open_file(path, in)) return *error;
  auto parsed = nlohmann::json::parse(request, nullptr, false);
  if (parsed.is_object() && parsed.contains("profile")) open["profile"] = parsed["profile"];
  slacalc::LedgerSession session(slacalc::kFileEndpoints);  // measure, credit and compare
  if (auto r = session.open(open.dump()); !r.ok) return r;
  std::string piece(1 << 20, '\0');
  while (in) {
    in.read(piece.data(), static_cast<std::streamsize>(piece.size()));
    if (auto r = session.append(std::string_view(piece.data(), static_cast<std::size_t>(in.gcount()))); !r.ok) return r;
  }
  if (in.bad()) return unreadable(path);  // a read that failed, not the file's end
  if (auto r = session.finish(); !r.ok) return r;
  return session.call(function, request);
}

// The years a request's top-level dates name ("2026-11-24T15:55", "2026-Q1",
// 2026), from the first to one past the last; none when it names none.
std::optional<std::pair<int, int>> request_years(const nlohmann::json& request) {
  std::optional<std::pair<int, int>> years;
  for (const auto& [key, value] : request.items()) {
    int year = 0;
    if (value.is_number_integer() && (key == "year" || key == "from" || key == "to")) year = value.get<int>();
    else if (value.is_string()) {
      const std::string& text = value.get_ref<const std::string&>();
      bool dated = text.size() >= 7 && text[4] == '-' &&
                   std::all_of(text.begin(), text.begin() + 4, [](char c) { return c >= '0' && c <= '9'; });
      if (dated) year = std::stoi(text.substr(0, 4));
    }
    if (year < 1900 || year > 2200) continue;
    years = years ? std::pair{std::min(years->first, year), std::max(years->second, year)} : std::pair{year, year};
  }
  if (years) years->second = std::min(years->second + 1, 2200);
  return years;
}

// --closed-days FILE: the file's closed days added to the request's.
slacalc::Response add_closed_days(std::string& request, const std::string& path, const std::string& years) {
  std::ifstream in;
  if (auto error = open_file(path, in)) return *error;
  std::string text(std::istreambuf_iterator<char>(in), {});
  auto r = nlohmann::json::parse(request, nullptr, false);
  if (!r.is_object()) return slacalc::call("parseClosedDays", request);  // the core says what is wrong with it
  nlohmann::json read = {{"ics", text}};
  int from = 0, to = 0;
  if (!years.empty()) {
    if (std::sscanf(years.c_str(), "%d-%d", &from, &to) < 2) to = from;
    read["from"] = from, read["to"] = to;
  } else if (auto named = request_years(r)) {
    read["from"] = named->first, read["to"] = named->second;
  }
  slacalc::Response days = slacalc::call("parseClosedDays", read.dump());
  auto answer = nlohmann::json::parse(days.body);
  if (!days.ok) {
    answer["message"] = path + ": " + answer["message"].get<std::string>();
    if (answer["path"] == "/from") answer["message"] = answer["message"].get<std::string>() + " (--closed-days-years)";
    return {false, answer.dump()};
  }
  nlohmann::json& closed = r["closedDays"];
  if (!closed.is_array()) closed = nlohmann::json::array();  // the core refuses anything else as before
  for (const auto& day : answer["closedDays"])
    if (std::find(closed.begin(), closed.end(), day) == closed.end()) closed.push_back(day);
  request = r.dump();
  return {true, ""};
}

// slacalc batch [FILE]: NDJSON in (docs/batch.md), a line out for each line
// in, in order, as it comes: constant memory for any number of lines.
int batch(const char* path) {
  std::ifstream file;
  if (path) {
    if (auto error = open_file(path, file)) {
      std::fputs((error->body + "\n").c_str(), stderr);
      return 1;
    }
  }
  std::istream& in = path ? static_cast<std::istream&>(file) : std::cin;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::cout << slacalc::batch_line(line) << '\n';
  }
  return 0;
}

int call_lines() {
  std::string line;
  while (std::getline(std::cin, line)) {
    std::size_t tab = line.find('\t');
    if (tab == std::string::npos) return usage(stderr, 2);
    slacalc::Response response = slacalc::call(line.substr(0, tab), line.substr(tab + 1));
    nlohmann::json answer = {{"ok", response.ok}, {"body", response.body}};
    std::cout << answer.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  bool pretty = false;
  std::string function, request, outages_file, closed_days_file, closed_days_years;
  nlohmann::json file_options = nlohmann::json::object();  // how to read --outages
  // --date-order, --monitor, --zone and --ongoing-until: the file's fields of the same names.
  const std::pair<const char*, const char*> kFileFlags[] = {
      {"--date-order", "dateOrder"}, {"--monitor", "monitor"}, {"--zone", "zone"}, {"--ongoing-until", "ongoingUntil"}};
  bool have_request = false;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--help" || arg == "-h") return usage(stdout, 0);
    if (arg == "--lines" && argc == 2) return call_lines();
    if (arg == "batch" && i == 1 && argc <= 3) return batch(argc == 3 ? argv[2] : nullptr);
    if (arg == "--pretty") pretty = true;
    else if (arg == "--outages" && i + 1 < argc) outages_file = argv[++i];
    else if (arg == "--closed-days" && i + 1 < argc) closed_days_file = argv[++i];
    else if (arg == "--closed-days-years" && i + 1 < argc) closed_days_years = argv[++i];
    else if (auto flag = std::find_if(std::begin(kFileFlags), std::end(kFileFlags),
                                      [&arg](const auto& f) { return arg == f.first; });
             flag != std::end(kFileFlags) && i + 1 < argc)
      file_options[flag->second] = argv[++i];
    else if (arg == "--lang" && i + 1 < argc) {
      auto lang = slacalc::lang_from_code(argv[++i]);
      if (!lang) return usage(stderr, 2);
      slacalc::set_default_lang(*lang);
    }
    else if (function.empty()) function = arg;
    else if (!have_request) request = arg, have_request = true;
    else return usage(stderr, 2);
  }
  if (function.empty() || (!file_options.empty() && outages_file.empty()) ||
      (!closed_days_years.empty() && closed_days_file.empty()))
    return usage(stderr, 2);
  if (function == "help") return have_request ? help_function(request, 0) : help_overview();
  if (!have_request && isatty(STDIN_FILENO)) {
    if (is_function(function) && !slacalc::cli::needs_no_request(function)) {
      std::fprintf(stderr, "slacalc %s: give its request as an argument or on standard input.\n\n", function.c_str());
      return help_function(function, 2);
    }
    request = "{}";
  } else if (!have_request) {
    request.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    if (slacalc::cli::needs_no_request(function) && blank(request)) request = "{}";
  }

  if (!closed_days_file.empty()) {
    if (auto added = add_closed_days(request, closed_days_file, closed_days_years); !added.ok) {
      std::fputs((added.body + "\n").c_str(), stderr);
      return 1;
    }
  }
  slacalc::Response response = outages_file.empty() ? slacalc::call(function, request)
                                                    : call_with_file(function, request, outages_file, file_options);
  std::string out = response.body;
  if (pretty) out = nlohmann::json::parse(out).dump(2, ' ', false,
                                                    nlohmann::json::error_handler_t::replace);
  std::fputs((out + "\n").c_str(), response.ok ? stdout : stderr);
  return response.ok ? 0 : 1;
}
