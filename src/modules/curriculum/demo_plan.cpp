#include "modules/curriculum/demo_plan.hpp"

#include <algorithm>
#include <stdexcept>
#include <string>

#include "modules/curriculum/core/activity.hpp"
#include "modules/curriculum/storage/activity_group_repo.hpp"
#include "modules/curriculum/storage/activity_repo.hpp"
#include "platform/storage/student_repo.hpp"

namespace koers::modules {

namespace {

// The demo's leerlijnen: vmbo and havo/vwo at a vo school, the two pairs of levels at an mbo
// school. "" when the levels span more than one.
std::string LineOf(std::string_view levels) {
    std::string line;
    for (const auto& code : core::SplitChoices(levels)) {
        const std::string of = code.rfind("vmbo", 0) == 0        ? "vmbo"
                               : code == "havo" || code == "vwo" ? "havo/vwo"
                               : code == "mbo-1-2"               ? "entree en niveau 2"
                               : code == "mbo-3-4"               ? "niveau 3 en 4"
                                                                 : code;
        if (!line.empty() && line != of) return {};
        line = of;
    }
    return line;
}

}  // namespace

void SeedDemoPlan(storage::Database& db, int64_t school, std::string_view sector,
                  const std::vector<DemoBankEntry>& bank, size_t limit, int64_t now) {
    storage::ActivityRepo repo(db);
    const storage::Author by{std::nullopt, "Koers-demo"};
    size_t placed = 0;
    for (const auto& [id, a] : bank) {
        if (placed == limit) break;
        const auto sectors = core::SplitChoices(core::FieldOf(a, "sectoren"));
        const auto years = core::SplitChoices(core::FieldOf(a, "leerjaren"));
        if (std::find(sectors.begin(), sectors.end(), sector) == sectors.end() || years.empty())
            continue;
        core::Fields f = {
            {"titel", std::string(core::FieldOf(a, "titel"))},
            {"wat", std::string(core::FieldOf(a, "wat"))},
            {"leerjaar", years.front()},
            {"periode", std::to_string(placed % core::kPlannerPeriods + 1)},
            {"competenties", std::string(core::FieldOf(a, "competenties"))},
            {"elementen", std::string(core::FieldOf(a, "elementen"))},
            {"groepen", "alle klassen van leerjaar " + years.front()},
            // Most of it the school already did; every fourth is new since it planned.
            {"fase", std::string(placed % 4 == 3 ? core::kPlanned : core::kExisting)},
        };
        // An assignment for the levels of one leerlijn is part of it; the others are the whole
        // school's.
        f["leerlijn"] = LineOf(core::FieldOf(a, "niveaus"));
        if (placed % 3 == 0) {
            f["evaluatie"] =
                "De leerlingen deden goed mee. Het nagesprek in de mentorles was te kort: volgend "
                "jaar een heel lesuur.";
            f["oordeel"] = placed % 2 == 0 ? "behouden" : "aanpassen";
        }
        const auto errors = core::CheckActivity(f);
        if (!errors.ok())
            throw std::runtime_error("demo-activiteit '" + f["titel"] +
                                     "': " + errors.errors().front().message);
        repo.Create(school, f, id, by, now);
        ++placed;
    }
}

void GiveDemoGroups(storage::Database& db, int64_t school, int leerjaar,
                    const std::vector<std::string>& groups) {
    std::vector<int64_t> ids;
    for (const auto& g : storage::StudentRepo(db).Groups(school))
        if (std::find(groups.begin(), groups.end(), g.name) != groups.end()) ids.push_back(g.id);
    storage::ActivityGroupRepo reach(db);
    for (const auto& a : storage::ActivityRepo(db).Plan(school))
        if (a.place.leerjaar == leerjaar) reach.SetGroups(school, a.id, ids);
}

}  // namespace koers::modules
