// The CSV exports of monitors (docs/importing.md): UptimeRobot's log export
// and uptime-kuma's heartbeat table. Both are gathered first and read per
// monitor in time order at the end: an export may list the newest first,
// and several monitors' rows interleave.
#include <algorithm>
#include <string>
#include <map>
#include <vector>

#include "lang.hpp"
#include "monitor_readers.hpp"
#include "parse_number.hpp"

namespace slacalc {
namespace {

// The column named `name` (folded), or -1.
int column_of(const std::vector<std::string>& header, std::string_view name) {
  for (std::size_t c = 0; c < header.size(); ++c)
    if (folded(header[c]) == name) return static_cast<int>(c);
  return -1;
}

Error bad_cell(std::string_view text, std::string_view expected) {
  return Error{"invalid_format",
               say({"\"{0}\" is not {1}", "\"{0}\" ist nicht {1}", "\"{0}\" is niet {1}", "\"{0}\" er ikke {1}"},
                   {text, expected}),
               "/text"};
}

// "line 4, column 7 (Duration (in mins.)): …", as a table's rows are named.
Error at_cell(const Error& e, int line, int column, const std::string& header) {
  return Error{e.code,
               say({"line {0}, column {1} ({2}): {3}", "in Zeile {0}, Spalte {1} ({2}): {3}",
                    "regel {0}, kolom {1} ({2}): {3}", "linje {0}, kolonne {1} ({2}): {3}"},
                   {std::to_string(line), std::to_string(column + 1), header, e.message}),
               "/text"};
}

std::optional<long long> whole_number(std::string_view text) {
  if (text.empty() || text.size() > 12 || text.find_first_not_of("0123456789") != std::string_view::npos)
    return std::nullopt;
  long long n = 0;
  for (char c : text) n = n * 10 + (c - '0');
  return n;
}

// UptimeRobot: "Event, Monitor, Monitor URL, Date-Time, Reason, Duration,
// Duration (in mins.)". A Down row is an outage for its duration, which
// the export cuts to whole minutes: the monitor's next event, when it falls
// in the minute after, gives the end to the second. Times are the account's
// zone (the `zone` option).
class UptimeRobotReader final : public MonitorReader {
 public:
  using MonitorReader::MonitorReader;
  SourceFormat format() const override { return SourceFormat::uptimerobot; }

  void columns(const std::vector<std::string>& header) override {
    header_ = header;
    event_ = column_of(header, "event");
    monitor_ = column_of(header, "monitor");
    time_ = column_of(header, "datetime");
    reason_ = column_of(header, "reason");
    minutes_ = column_of(header, "duration(inmins.)");
  }

  void row(const CsvTable::Row& row) override {
    const std::string& event = row.fields[event_];
    std::string kind = folded(event);
    auto t = instant(row.fields[time_], "", row.line);
    if (!t.ok()) return problem(at_cell(t.error(), row.line, time_, header_[time_]), row.line, time_ + 1);
    Event e{t.value(), monitor(row.fields[monitor_]), row.line, kind == "down", -1, {}};
    if (e.down) {
      if (reason_ >= 0) e.reason = row.fields[reason_];
      if (minutes_ >= 0 && !row.fields[minutes_].empty()) {
        auto minutes = whole_number(row.fields[minutes_]);
        if (!minutes)
          return problem(at_cell(bad_cell(row.fields[minutes_], say({"a whole number of minutes", "eine ganze Zahl von Minuten",
                                                                      "een geheel aantal minuten", "et helt antal minutter"})),
                                 row.line, minutes_, header_[minutes_]),
                         row.line, minutes_ + 1);
        e.minutes = *minutes;
      }
    } else {
      ignore(kind == "up" ? "up" : "other");
    }
    events_.push_back(std::move(e));
  }

 protected:
  void end() override {
    std::sort(events_.begin(), events_.end(), [](const Event& a, const Event& b) {
      return a.monitor != b.monitor ? a.monitor < b.monitor : a.at != b.at ? a.at < b.at : a.line < b.line;
    });
    for (std::size_t i = 0; i < events_.size(); ++i) {
      const Event& e = events_[i];
      if (!e.down) continue;
      const Event* next = i + 1 < events_.size() && events_[i + 1].monitor == e.monitor ? &events_[i + 1] : nullptr;
      if (e.minutes >= 0) {
        // The minutes are cut to whole ones: the next event, when it falls in
        // that last minute, is the end to the second.
        auto end = e.at + std::chrono::minutes{e.minutes};
        bool exact = next && next->at >= end && next->at < end + std::chrono::minutes{1};
        add(e.monitor, e.at, exact ? next->at : end, Outage::Kind::unplanned, e.reason, e.line);
      } else if (next) {
        add(e.monitor, e.at, next->at, Outage::Kind::unplanned, e.reason, e.line);
      } else if (auto until = ongoing_end(e.at, latest())) {
        add(e.monitor, e.at, *until, Outage::Kind::unplanned, e.reason, e.line);
      } else {
        problem(unresolved(e.at), e.line);
      }
    }
    said({"uptimerobot-rows",
          say({"Each Down row is an outage from its Date-Time (in {0}) for its Duration (in mins.), to the second "
               "by the monitor's next event when that falls in the minute after.",
               "Jede Down-Zeile ist ein Ausfall ab ihrer Date-Time (in {0}) für ihre Duration (in mins.), auf die "
               "Sekunde durch das nächste Ereignis des Monitors, wenn es in die Minute danach fällt.",
               "Elke Down-regel is een storing vanaf haar Date-Time (in {0}) voor haar Duration (in mins.), op de "
               "seconde door de volgende gebeurtenis van de monitor als die in de minuut erna valt.",
               "Hver Down-linje er et nedbrud fra dens Date-Time (i {0}) i dens Duration (in mins.), på sekundet ved "
               "monitorens næste hændelse, når den falder i minuttet efter."},
              {options_.zone->name})});
  }

 private:
  struct Event {
    date::sys_seconds at;
    std::uint32_t monitor;
    int line;
    bool down;
    long long minutes;  // -1: none given
    std::string reason;
  };
  std::vector<std::string> header_;
  int event_ = -1, monitor_ = -1, time_ = -1, reason_ = -1, minutes_ = -1;
  std::vector<Event> events_;
};

// uptime-kuma: its heartbeat table as CSV (monitor_id, status, msg, time,
// …). A beat's status holds until the monitor's next beat: 0 down, 1 up,
// 2 pending (still retrying: the state before it holds), 3 maintenance
// (planned). Its times are UTC, as uptime-kuma stores them.
class UptimeKumaReader final : public MonitorReader {
 public:
  explicit UptimeKumaReader(MonitorOptions options) : MonitorReader(with_utc(std::move(options))) {}
  SourceFormat format() const override { return SourceFormat::uptime_kuma; }

  void columns(const std::vector<std::string>& header) override {
    header_ = header;
    monitor_ = column_of(header, "monitorid");
    status_ = column_of(header, "status");
    time_ = column_of(header, "time");
    msg_ = column_of(header, "msg");
  }

  void row(const CsvTable::Row& row) override {
    auto status = whole_number(row.fields[status_]);
    if (!status || *status > 3)
      return problem(at_cell(bad_cell(row.fields[status_], say({"a status 0, 1, 2 or 3", "ein Status 0, 1, 2 oder 3",
                                                                 "een status 0, 1, 2 of 3", "en status 0, 1, 2 eller 3"})),
                             row.line, status_, header_[status_]),
                     row.line, status_ + 1);
    auto t = instant(row.fields[time_], "", row.line);
    if (!t.ok()) return problem(at_cell(t.error(), row.line, time_, header_[time_]), row.line, time_ + 1);
    std::uint32_t note = 0;
    if (*status == 0 && msg_ >= 0) {
      auto [at, added] = notes_index_.try_emplace(row.fields[msg_], static_cast<std::uint32_t>(notes_.size()));
      if (added) notes_.push_back(row.fields[msg_]);
      note = at->second;
    }
    beats_.push_back({t.value(), monitor(row.fields[monitor_]), note, row.line, static_cast<unsigned char>(*status)});
  }

 protected:
  void end() override {
    std::sort(beats_.begin(), beats_.end(), [](const Beat& a, const Beat& b) {
      return a.monitor != b.monitor ? a.monitor < b.monitor : a.at != b.at ? a.at < b.at : a.line < b.line;
    });
    for (std::size_t i = 0; i < beats_.size();) {
      std::size_t next = i;
      while (next < beats_.size() && beats_[next].monitor == beats_[i].monitor) ++next;
      read_monitor(i, next);
      i = next;
    }
    beats_ = {};
    said({"uptime-kuma-beats",
          say({"Each beat's status holds until the monitor's next beat: down (0) is an outage, maintenance (3) "
               "planned, pending (2) keeps the status before it; times in UTC.",
               "Der Status eines Beats gilt bis zum nächsten Beat des Monitors: down (0) ist ein Ausfall, "
               "maintenance (3) geplant, pending (2) behält den Status davor; Zeiten in UTC.",
               "De status van een beat geldt tot de volgende beat van de monitor: down (0) is een storing, "
               "maintenance (3) gepland, pending (2) houdt de status ervoor; tijden in UTC.",
               "Et beats status gælder til monitorens næste beat: down (0) er et nedbrud, maintenance (3) planlagt, "
               "pending (2) beholder status før; tider i UTC."})});
  }

 private:
  struct Beat {
    date::sys_seconds at;
    std::uint32_t monitor, note;
    int line;
    unsigned char status;
  };
  static MonitorOptions with_utc(MonitorOptions options) {
    options.zone = find_zone("UTC");
    return options;
  }

  // The beats [from, to) of one monitor, in time order.
  void read_monitor(std::size_t from, std::size_t to) {
    constexpr unsigned char kDown = 0, kUp = 1, kPending = 2, kMaintenance = 3;
    unsigned char state = kUp;
    const Beat* since = nullptr;
    auto close = [&](date::sys_seconds at) {
      if (since)
        add(since->monitor, since->at, at, state == kMaintenance ? Outage::Kind::planned : Outage::Kind::unplanned,
            state == kDown ? notes_[since->note] : std::string(), since->line);
      since = nullptr;
    };
    for (std::size_t i = from; i < to; ++i) {
      const Beat& b = beats_[i];
      if (b.status == kPending) {
        ignore("pending");
        continue;
      }
      if (b.status == kUp) ignore("up");
      if (b.status == state) continue;
      close(b.at);
      state = b.status;
      if (state != kUp) since = &b;
    }
    if (!since) return;
    // Still down at the monitor's last beat: until then, or the file's last time.
    date::sys_seconds last = beats_[to - 1].at > since->at ? beats_[to - 1].at : latest();
    if (auto until = ongoing_end(since->at, last)) close(*until);
    else problem(unresolved(since->at), since->line);
  }

  std::vector<std::string> header_;
  int monitor_ = -1, status_ = -1, time_ = -1, msg_ = -1;
  std::vector<Beat> beats_;
  std::vector<std::string> notes_{""};  // the down beats' messages, each once; 0 none
  std::map<std::string, std::uint32_t, std::less<>> notes_index_;
};

}  // namespace

std::unique_ptr<MonitorReader> uptimerobot_reader(MonitorOptions options) {
  return std::make_unique<UptimeRobotReader>(std::move(options));
}
std::unique_ptr<MonitorReader> uptime_kuma_reader(MonitorOptions options) {
  return std::make_unique<UptimeKumaReader>(std::move(options));
}

}  // namespace slacalc
