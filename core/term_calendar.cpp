#include "term_calendar.hpp"

#include <vector>

#include "ics.hpp"
#include "iso_time.hpp"
#include "lang.hpp"
#include "local_text.hpp"

namespace slacalc {

std::string term_calendar(const TermQuery& q, const TermAnswer& a) {
  const Profile& p = *q.profile;
  const Tier& tier = *q.tier;
  std::vector<IcsEvent> events;
  auto event = [&](const std::string& what, date::local_days day, const std::string& summary,
                   const std::string& description) {
    events.push_back({p.id + "-" + tier.id + "-" + what + "-" + iso_date(day) + "@slacalc", day, summary, description});
  };
  for (const auto& d : a.deadlines)
    if (d.due) event(d.rule->id, *d.due, d.rule->label, d.rule->label + ", " + d.rule_text + ". " + d.rule->cite.clause);
  // Calendar: the notice deadlines and ends of the current and next terms.
  for (std::size_t i = a.current.value_or(0); i < a.terms.size(); ++i) {
    const auto& t = a.terms[i];
    if (t.cut_short) continue;
    const std::string& clause = t.tier->term->cite.clause;
    if (t.notice_by && *t.notice_by >= q.as_of)
      event("notice", *t.notice_by,
            say({"Last day for notice: {0}, {1}", "Letzter Tag für die Kündigung: {0}, {1}",
                 "Laatste dag voor opzegging: {0}, {1}", "Sidste dag for opsigelse: {0}, {1}"},
                {p.product, t.tier->name}),
            say({"Notice must be received by today to end the term on {0}. {1}",
                 "Die Kündigung muss bis heute eingehen, damit die Laufzeit am {0} endet. {1}",
                 "De opzegging moet uiterlijk vandaag binnen zijn om de looptijd op {0} te laten eindigen. {1}",
                 "Opsigelsen skal være modtaget senest i dag, for at løbetiden ophører den {0}. {1}"},
                {date_text(t.last), clause}));
    event("term-end", t.last,
          say({"Term ends: {0}, {1}", "Laufzeit endet: {0}, {1}", "Looptijd eindigt: {0}, {1}", "Løbetiden ophører: {0}, {1}"},
              {p.product, t.tier->name}),
          say({"Last day of the term ({0} to {1}); it renews unless notice was given in time. {2}",
               "Letzter Tag der Laufzeit ({0} bis {1}); sie verlängert sich, sofern nicht rechtzeitig gekündigt wurde. {2}",
               "Laatste dag van de looptijd ({0} tot en met {1}); deze wordt verlengd, tenzij tijdig is opgezegd. {2}",
               "Sidste dag i løbetiden ({0} til {1}); den forlænges, medmindre der er opsagt rettidigt. {2}"},
              {date_text(t.first), date_text(t.last), clause}));
  }

  return ics_calendar(events, q.as_of);
}

}  // namespace slacalc
