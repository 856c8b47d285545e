// The counted facts behind a schooljaar's PDCA overview: one query for the teams (and the year's
// count of changes), and what is counted from the year's records, kept until that count or the
// month changes (decision 0030). A handful of small queries whatever the number of activities
// (they are counted per team in SQL).
#include <map>

#include "modules/quality/core/forms.hpp"
#include "modules/quality/core/smart.hpp"
#include "modules/quality/storage/quality_repo.hpp"

namespace koers::storage {

// What the records of one schooljaar say, at one count of changes and in one month (activities
// planned before it are overdue). Teams by id, without their names.
struct QualityRepo::Counted {
    int64_t changes = 0;
    std::string month;
    core::SchoolFacts school;
    std::map<int64_t, core::TeamFacts> teams;
};

namespace {

// At most this many schooljaren are kept; when full, all go.
constexpr size_t kMaxCounted = 4096;

void CountDocuments(Connection& c, const YearRecord& year, core::SchoolFacts& school,
                    std::map<int64_t, core::TeamFacts>& teams) {
    for (const auto& r :
         c.Query("SELECT kind, team_id, status, body FROM quality_records WHERE year_id = ? AND "
                 "deleted_at IS NULL AND kind IN ('visie', 'beleid', 'doel', 'werkplan', "
                 "'evaluatie')",
                 {year.id})) {
        const auto kind = core::KindFromCode(r.Text("kind"));
        const bool adopted = r.Text("status") == core::kVastgesteld;
        const auto team_id = r.OptInt("team_id");
        if (kind == core::Kind::kVisie) school.visie_adopted = adopted;
        if (kind == core::Kind::kBeleid) school.beleid_adopted = adopted;
        if (kind == core::Kind::kWerkplan && team_id) {
            auto& t = teams[*team_id];
            t.has_plan = true;
            t.adopted = adopted;
        }
        if (kind == core::Kind::kDoel) {
            ++school.goals;
            const auto fields = core::DecodeFields(r.Text("body"));
            if (core::Gaps(*kind, fields).empty() &&
                core::SmartProblems(fields, year.start_year).empty())
                ++school.goals_complete;
        }
        if (kind == core::Kind::kEvaluatie) {
            const auto fields = core::DecodeFields(r.Text("body"));
            const bool evaluated = core::Gaps(*kind, fields).empty();
            const bool adjusted = !core::FieldOf(fields, "bijstellingen").empty();
            if (!team_id) {
                school.evaluated = evaluated;
                school.adjusted = adjusted;
                school.body_evaluated = !core::FieldOf(fields, "raad_datum").empty() &&
                                        !core::FieldOf(fields, "raad_uitkomst").empty();
            } else {
                auto& t = teams[*team_id];
                t.evaluated = evaluated;
                t.adjusted = adjusted;
            }
        }
    }
}

void CountActivities(Connection& c, const YearRecord& year, const std::string& month,
                     core::SchoolFacts& school, std::map<int64_t, core::TeamFacts>& teams) {
    for (const auto& r :
         c.Query("SELECT team_id, COUNT(*) AS activities, "
                 "SUM(CASE WHEN status = 'uitgevoerd' THEN 1 ELSE 0 END) AS done, "
                 "SUM(CASE WHEN status = 'vervallen' THEN 1 ELSE 0 END) AS dropped, "
                 "SUM(CASE WHEN status = 'gepland' AND due <> '' AND due < ? THEN 1 ELSE 0 END) "
                 "AS overdue "
                 "FROM quality_records WHERE year_id = ? AND kind = 'activiteit' AND "
                 "deleted_at IS NULL GROUP BY team_id",
                 {month, year.id})) {
        const auto team_id = r.OptInt("team_id");
        core::TeamFacts& t = team_id ? teams[*team_id] : school.own;
        t.activities = static_cast<int>(r.Int("activities"));
        t.done = static_cast<int>(r.Int("done"));
        t.dropped = static_cast<int>(r.Int("dropped"));
        t.overdue = static_cast<int>(r.Int("overdue"));
    }
}

}  // namespace

std::shared_ptr<const QualityRepo::Counted> QualityRepo::CountedFor(Connection& c,
                                                                    const YearRecord& year,
                                                                    int64_t changes,
                                                                    const std::string& month) {
    {
        std::lock_guard lock(counted_mu_);
        if (auto it = counted_.find(year.id);
            it != counted_.end() && it->second->changes == changes && it->second->month == month)
            return it->second;
    }
    // Counted after `changes` was read: what is kept under it is at least that new.
    auto counted = std::make_shared<Counted>();
    counted->changes = changes;
    counted->month = month;
    CountDocuments(c, year, counted->school, counted->teams);
    CountActivities(c, year, month, counted->school, counted->teams);
    std::lock_guard lock(counted_mu_);
    if (counted_.size() >= kMaxCounted) counted_.clear();
    counted_[year.id] = counted;
    return counted;
}

core::YearFacts QualityRepo::Facts(const YearRecord& year, int64_t now) {
    core::YearFacts f;
    f.start_year = year.start_year;
    f.next_year_started = !year.open();
    const std::string month = core::MonthOf(now);
    db_.With([&](Connection& c) {
        int64_t changes = 0;
        for (const auto& r :
             c.Query("SELECT y.changes, t.id AS team_id, t.name AS team_name FROM quality_years y "
                     "LEFT JOIN teams t ON t.school_id = y.school_id WHERE y.id = ? "
                     "ORDER BY t.name",
                     {year.id})) {
            changes = r.Int("changes");
            if (!r.IsNull("team_id"))
                f.teams.push_back({.team_id = r.Int("team_id"), .name = r.Text("team_name")});
        }
        const auto counted = CountedFor(c, year, changes, month);
        f.school = counted->school;
        for (auto& t : f.teams) {
            const auto it = counted->teams.find(t.team_id);
            if (it == counted->teams.end()) continue;
            core::TeamFacts facts = it->second;
            facts.team_id = t.team_id;
            facts.name = std::move(t.name);
            t = std::move(facts);
        }
    });
    return f;
}

}  // namespace koers::storage
