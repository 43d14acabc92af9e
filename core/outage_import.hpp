// Outages from a spreadsheet: CSV text (csv.hpp) → the outage records that
// measure and credit take, with the columns matched leniently by name and
// every row checked, so a problem is reported by line and column.
//
//   { "text": "Start;Ende;Art\n2026-02-03 10:00;…", "profile": "arena" }
//   → { outages: [{ start, end, kind?, reason?, note? }], delimiter,
//       columns: { start: "Start", end: "Ende", kind: "Art" }, rows }
//
// Column names, compared without case, spaces, "-" and "_": start / begin /
// from / beginn / von / begin time; end / until / to / ende / bis; kind /
// type / art; reason / cause / grund; note / notes / comment / description /
// bemerkung / notiz. Kinds: unplanned (ungeplant), planned (geplant,
// maintenance, wartung), excluded (ausgeschlossen). Times as in measure, read
// in the profile's zone when they carry no offset (UTC without a profile).
#pragma once

#include <nlohmann/json.hpp>

#include "error.hpp"

namespace slacalc {

Result<nlohmann::json> parse_outages_endpoint(const nlohmann::json& request);

}  // namespace slacalc
