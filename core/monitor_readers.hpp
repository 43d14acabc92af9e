// The readers of each monitor's format, for monitor_export.cpp: the CSV ones
// (monitor_csv_readers.cpp) and the JSON ones (monitor_json_readers.cpp).
#pragma once

#include <memory>
#include <span>

#include "json_text.hpp"
#include "monitor_export.hpp"

namespace slacalc {

std::unique_ptr<MonitorReader> uptimerobot_reader(MonitorOptions options);
std::unique_ptr<MonitorReader> uptime_kuma_reader(MonitorOptions options);
std::unique_ptr<MonitorReader> betterstack_reader(MonitorOptions options);
std::unique_ptr<MonitorReader> pingdom_reader(MonitorOptions options);
std::unique_ptr<MonitorReader> prometheus_reader(MonitorOptions options);

// The parts of every JSON format that hold its outages; the first one a
// file has says which format it is.
std::span<const RecordPattern> json_record_patterns();
SourceFormat json_record_format(int pattern);

}  // namespace slacalc
