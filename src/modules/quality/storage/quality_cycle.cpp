// The counted facts behind a schooljaar's PDCA overview: a handful of small queries whatever the
// number of activities (they are counted per team in SQL).
#include <map>

#include "modules/quality/core/forms.hpp"
#include "modules/quality/core/smart.hpp"
#include "modules/quality/storage/quality_repo.hpp"

namespace koers::storage {

core::YearFacts QualityRepo::Facts(const YearRecord& year, int64_t now) {
    core::YearFacts f;
    f.start_year = year.start_year;
    f.next_year_started = !year.open();
    db_.With([&](Connection& c) {
        std::map<int64_t, size_t> team_at;
        for (const auto& r : c.Query("SELECT id, name FROM teams WHERE school_id = ? ORDER BY name",
                                     {year.school_id})) {
            team_at[r.Int("id")] = f.teams.size();
            f.teams.push_back({.team_id = r.Int("id"), .name = r.Text("name")});
        }
        auto team = [&](const std::optional<int64_t>& id) -> core::TeamFacts* {
            if (!id) return nullptr;
            auto it = team_at.find(*id);
            return it == team_at.end() ? nullptr : &f.teams[it->second];
        };
        for (const auto& r : c.Query(
                 "SELECT kind, team_id, status, body FROM quality_records WHERE year_id = ? AND "
                 "deleted_at IS NULL AND kind IN ('visie', 'beleid', 'doel', 'werkplan', "
                 "'evaluatie')",
                 {year.id})) {
            const auto kind = core::KindFromCode(r.Text("kind"));
            const bool adopted = r.Text("status") == core::kVastgesteld;
            if (kind == core::Kind::kVisie) f.school.visie_adopted = adopted;
            if (kind == core::Kind::kBeleid) f.school.beleid_adopted = adopted;
            if (kind == core::Kind::kWerkplan) {
                if (auto* t = team(r.OptInt("team_id"))) {
                    t->has_plan = true;
                    t->adopted = adopted;
                }
            }
            if (kind == core::Kind::kDoel) {
                ++f.school.goals;
                const auto fields = core::DecodeFields(r.Text("body"));
                if (core::Gaps(*kind, fields).empty() &&
                    core::SmartProblems(fields, year.start_year).empty())
                    ++f.school.goals_complete;
            }
            if (kind == core::Kind::kEvaluatie) {
                const auto fields = core::DecodeFields(r.Text("body"));
                const bool evaluated = core::Gaps(*kind, fields).empty();
                const bool adjusted = !core::FieldOf(fields, "bijstellingen").empty();
                if (r.IsNull("team_id")) {
                    f.school.evaluated = evaluated;
                    f.school.adjusted = adjusted;
                    f.school.body_evaluated = !core::FieldOf(fields, "raad_datum").empty() &&
                                              !core::FieldOf(fields, "raad_uitkomst").empty();
                } else if (auto* t = team(r.OptInt("team_id"))) {
                    t->evaluated = evaluated;
                    t->adjusted = adjusted;
                }
            }
        }
        for (const auto& r : c.Query(
                 "SELECT team_id, COUNT(*) AS activities, "
                 "SUM(CASE WHEN status = 'uitgevoerd' THEN 1 ELSE 0 END) AS done, "
                 "SUM(CASE WHEN status = 'vervallen' THEN 1 ELSE 0 END) AS dropped, "
                 "SUM(CASE WHEN status = 'gepland' AND due <> '' AND due < ? THEN 1 ELSE 0 END) "
                 "AS overdue "
                 "FROM quality_records WHERE year_id = ? AND kind = 'activiteit' AND "
                 "deleted_at IS NULL GROUP BY team_id",
                 {core::MonthOf(now), year.id})) {
            auto* t = r.IsNull("team_id") ? &f.school.own : team(r.OptInt("team_id"));
            if (t) {
                t->activities = static_cast<int>(r.Int("activities"));
                t->done = static_cast<int>(r.Int("done"));
                t->dropped = static_cast<int>(r.Int("dropped"));
                t->overdue = static_cast<int>(r.Int("overdue"));
            }
        }
    });
    return f;
}

}  // namespace koers::storage
