// "Mijn keuzes": the student's keuzes (profiel, sector, vervolgopleiding, next steps and goals)
// over the years, with their reasons, from every school where they kept a dossier in this
// Koers. Only the student reads it: a school sees only what was written while the student was
// its own (decision 0014).
#include <algorithm>
#include <string>
#include <vector>

#include "modules/dossier/core/entries.hpp"
#include "modules/dossier/web/dossier_parts.hpp"
#include "modules/dossier/web/dossier_view.hpp"
#include "modules/dossier/web/paths.hpp"
#include "modules/dossier/web/routes.hpp"
#include "platform/core/common/dates.hpp"
#include "platform/core/common/errors.hpp"
#include "platform/core/common/numbers.hpp"
#include "platform/storage/org_repo.hpp"
#include "platform/web/pages/page.hpp"

namespace koers::web {

using namespace dossier_paths;
using core::Permission;
namespace {

// "2026-2027" for a moment from August 2026 to July 2027.
std::string SchoolYearOf(int64_t t) {
    const int year = core::YearOf(t);
    const auto month = core::ParseInt(core::FormatLocalInput(t).substr(5, 2), 1, 12).value_or(1);
    const int first = month >= 8 ? year : year - 1;
    return std::to_string(first) + "-" + std::to_string(first + 1);
}

struct Choice {
    const storage::DossierEntry* entry;
    std::string school;
    const storage::StudentRecord* enrolment;
};

View ChoiceView(const Choice& c, const StudentScope& here) {
    const auto& fields = c.entry->fields;
    const core::Form form = core::EntryForm(core::EntryKind::kKeuze);
    View item = Object();
    item.set("title", core::EntryTitle(c.entry->kind, fields));
    item.set("soort", core::DisplayValue(*form.Find("soort"), core::FieldOf(fields, "soort")));
    item.set("when", core::FormatDateLong(c.entry->created_at));
    item.set("school", c.school);
    item.set("waarom", std::string(core::FieldOf(fields, "waarom")));
    item.set("twijfel", std::string(core::FieldOf(fields, "twijfel")));
    item.set("stap", std::string(core::FieldOf(fields, "stap")));
    // Entries of this school's dossier open there; older ones are read here.
    item.set("href", c.enrolment->id == here.student.id
                         ? kEntry.With(here.student.school_id, here.student.id, c.entry->id)
                         : std::string());
    return item;
}

Response Choices(Ctx& ctx) {
    const StudentScope scope = LoadOwnStudent(ctx, Use::kAsIs);
    const auto enrolments = ctx.app.students.OfUser(ctx.user->user_id);
    std::vector<std::vector<storage::DossierEntry>> dossiers;
    dossiers.reserve(enrolments.size());
    std::vector<Choice> choices;
    for (const auto& e : enrolments) {
        dossiers.push_back(DossierOf(ctx).dossiers.Entries(e.id));
        const auto school = ctx.app.orgs.School(e.school_id);
        for (const auto& entry : dossiers.back())
            if (entry.kind == core::EntryKind::kKeuze)
                choices.push_back({&entry, school ? school->name : std::string(), &e});
    }
    std::sort(choices.begin(), choices.end(), [](const Choice& a, const Choice& b) {
        return a.entry->created_at > b.entry->created_at;
    });
    std::vector<std::pair<std::string, ViewList>> by_year;  // the latest first
    for (const auto& c : choices) {
        const std::string year = SchoolYearOf(c.entry->created_at);
        if (by_year.empty() || by_year.back().first != year) by_year.emplace_back(year, ViewList());
        by_year.back().second.push_back(ChoiceView(c, scope));
    }
    ViewList years;
    for (auto& [year, list] : by_year) {
        View y = Object();
        y.set("year", "Schooljaar " + year);
        y.set("choices", std::move(list));
        years.push_back(std::move(y));
    }
    View v = Object();
    v.set("dossier_path", kDossier.With(scope.student.school_id, scope.student.id));
    v.set("new_path", kNewEntry.With(scope.student.school_id, scope.student.id, "keuze"));
    v.set("has_years", !years.empty());
    v.set("years", std::move(years));
    return RenderPage(ctx, "dossier/choices", std::move(v), "Mijn keuzes");
}

}  // namespace

void AddDossierChoiceRoutes(Router& r) {
    r.Get(kChoices, Access::School(Permission::kWriteDossier, "school").Within(StudentParam),
          Choices);
}

}  // namespace koers::web
