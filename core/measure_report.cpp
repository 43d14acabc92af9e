#include "measure_report.hpp"

#include <algorithm>
#include <utility>

#include "comma_list.hpp"
#include "lang.hpp"
#include "profile_text.hpp"
#include "zones.hpp"

namespace slacalc {
namespace {

// How the commitment is measured, in words: which commitment, its window,
// what is not downtime, what the percentage is of.
Explain measure_explain(const Profile& p, const CommitmentReading& r, const MeasureReport& report,
                        const std::optional<LocalSpan>& first_span) {
  const Commitment& c = *r.commitment;
  Explain explain;
  explain.push_back({"commitment", commitment_text(c) + (c.cite.clause.empty() ? "" : " — " + c.cite.clause) + "."});
  explain.push_back({"window", say({"Downtime counts inside {0}.", "Ausfallzeit zählt innerhalb von {0}.",
                                    "Downtime telt binnen {0}.", "Nedetid tæller inden for {0}."},
                                   {window_text(p, c.window)})});
  std::string not_counted = comma_list(c.excluded, [](const std::string& id) { return exclusion_text(id); });
  explain.push_back(
      {"excluded", not_counted.empty()
                       ? say({"Every outage counts: the commitment names no exclusions.",
                              "Jeder Ausfall zählt: die Zusage nennt keine Ausnahmen.",
                              "Elke storing telt: de toezegging noemt geen uitzonderingen.",
                              "Hvert udfald tæller: tilsagnet nævner ingen undtagelser."})
                       : say({"Not downtime: {0}. Overlapping outages are merged; an excluded outage takes its time out "
                              "of any outage it overlaps.",
                              "Keine Ausfallzeit: {0}. Überlappende Ausfälle werden zusammengeführt; ein ausgenommener "
                              "Ausfall nimmt seine Zeit aus jedem Ausfall heraus, den er überlappt.",
                              "Geen downtime: {0}. Overlappende storingen worden samengevoegd; een uitgezonderde storing "
                              "haalt haar tijd uit elke storing die ze overlapt.",
                              "Ikke nedetid: {0}. Overlappende udfald slås sammen; et undtaget udfald tager sin tid ud af "
                              "ethvert udfald, det overlapper."},
                             {not_counted})});
  explain.push_back({"denominator", c.denominator_minus_planned
                                        ? say({"Measured time = the counted time minus planned outages.",
                                               "Gemessene Zeit = die gezählte Zeit abzüglich geplanter Ausfälle.",
                                               "Gemeten tijd = de getelde tijd min geplande onderbrekingen.",
                                               "Målt tid = den talte tid minus planlagte udfald."})
                                        : say({"Measured time = the counted time; planned outages stay in it.",
                                               "Gemessene Zeit = die gezählte Zeit; geplante Ausfälle bleiben darin.",
                                               "Gemeten tijd = de getelde tijd; geplande onderbrekingen blijven erin.",
                                               "Målt tid = den talte tid; planlagte udfald forbliver i den."})});
  if (first_span)
    explain.push_back({"reading", say({"Budget under the reading applied — {0}. The other readings are listed with each "
                                       "period.",
                                       "Budget nach der angewandten Lesart — {0}. Die anderen Lesarten stehen bei jedem "
                                       "Zeitraum.",
                                       "Budget volgens de toegepaste lezing — {0}. De andere lezingen staan bij elke periode.",
                                       "Budget efter den anvendte læsning — {0}. De andre læsninger står ved hver periode."},
                                      {reading_text(p, r, *first_span)})});
  if (!c.scope.empty())
    explain.push_back({"scope", say({"Outages that name no scope count against every commitment; one that names a scope "
                                     "counts only against that commitment ({0}).",
                                     "Ausfälle ohne Geltungsbereich zählen gegen jede Zusage; einer mit Geltungsbereich "
                                     "nur gegen diese Zusage ({0}).",
                                     "Storingen zonder reikwijdte tellen tegen elke toezegging; een storing met reikwijdte "
                                     "alleen tegen die toezegging ({0}).",
                                     "Udfald uden omfang tæller mod hvert tilsagn; et udfald med omfang kun mod det "
                                     "tilsagn ({0})."},
                                    {c.scope_name()})});
  if (p.maintenance_notice) {
    const MaintenanceNotice& n = *p.maintenance_notice;
    std::string args[] = {hours_text(n.at_least_seconds), n.cite.clause.empty() ? "—" : n.cite.clause,
                          std::to_string(report.late_notice)};
    explain.push_back(
        {"notice", say({"A planned outage counts as an announced service window only when announced at least {0} ahead "
                        "({1}); one announced later is downtime ({2} in this list). A planned outage without an "
                        "announcement time is taken as announced in time.",
                        "Ein geplanter Ausfall gilt nur als angekündigtes Servicefenster, wenn er mindestens {0} vorher "
                        "angekündigt wurde ({1}); ein später angekündigter ist Ausfallzeit ({2} in dieser Liste). Ein "
                        "geplanter Ausfall ohne Ankündigungszeit gilt als rechtzeitig angekündigt.",
                        "Een geplande onderbreking telt alleen als aangekondigd servicevenster wanneer ze minstens {0} "
                        "van tevoren is aangekondigd ({1}); een later aangekondigde is downtime ({2} in deze lijst). Een "
                        "geplande onderbreking zonder aankondigingstijd geldt als tijdig aangekondigd.",
                        "Et planlagt udfald tæller kun som et varslet servicevindue, når det er varslet mindst {0} i "
                        "forvejen ({1}); et senere varslet er nedetid ({2} i denne liste). Et planlagt udfald uden "
                        "varslingstidspunkt regnes som varslet i tide."},
                       {args[0], args[1], args[2]})});
  }
  return explain;
}

// The outages within `spans` (UTC) that the commitment does not count, and why.
void list_not_counted(const Profile& p, const std::vector<Outage>& outages,
                      const std::vector<std::pair<date::sys_seconds, date::sys_seconds>>& spans, CommitmentMeasure& m) {
  const Commitment& c = *m.reading.commitment;
  const unsigned char own = own_scope(p, c);
  for (const auto& o : outages) {
    const char* reason = own != 0 && o.scope != 0 && o.scope != own ? "other-scope" : exclusion_of(c, o);
    if (!reason || std::none_of(spans.begin(), spans.end(),
                                [&o](const auto& span) { return o.begin < span.second && span.first < o.end; }))
      continue;
    if (m.not_counted.size() < kNotCountedListed) m.not_counted.push_back({o.row, reason});
    ++m.not_counted_total;
  }
}

}  // namespace

MeasureReport measure_tier(const MeasureQuery& q) {
  const Profile& p = *q.profile;
  const Zone& zone = *find_zone(p.time_zone);
  const std::vector<Outage>& outages = *q.outages;
  MeasureReport report;
  report.late_notice = static_cast<std::size_t>(
      std::count_if(outages.begin(), outages.end(), [](const Outage& o) { return o.late_notice; }));
  std::vector<std::pair<date::sys_seconds, date::sys_seconds>> evaluated;  // every period measured, in UTC
  for (const auto& c : q.tier->availability) {
    if (q.only_period && c.period != *q.only_period) continue;
    CommitmentMeasure m;
    m.reading = read_commitment(p, c, q.reading);
    m.periods = measure_periods(p, m.reading, outages, q.first_year, q.first_month, q.last_year, q.last_month, q.closed,
                                q.granularity, q.as_of);
    std::vector<std::pair<date::sys_seconds, date::sys_seconds>> spans;
    for (const auto& period : m.periods)
      spans.emplace_back(to_utc(zone, period.span.from).instant, to_utc(zone, period.span.to).instant);
    list_not_counted(p, outages, spans, m);
    evaluated.insert(evaluated.end(), spans.begin(), spans.end());
    m.explain = measure_explain(p, m.reading, report,
                                m.periods.empty() ? std::nullopt : std::optional<LocalSpan>(m.periods.front().span));
    report.commitments.push_back(std::move(m));
  }
  for (const auto& o : outages)
    report.outside += std::none_of(evaluated.begin(), evaluated.end(),
                                   [&o](const auto& span) { return o.begin < span.second && span.first < o.end; });
  return report;
}

}  // namespace slacalc
