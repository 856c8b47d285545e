// The groups of a mentor or decaan: the list of the groups they follow, and per group its
// students with what their dossiers hold (counts and dates, no content), so the mentor sees who
// wrote nothing lately and whose dossier misses ervaren, reflecteren or kiezen.
#include <algorithm>
#include <string>

#include "modules/dossier/core/entries.hpp"
#include "modules/dossier/web/dossier_parts.hpp"
#include "modules/dossier/web/dossier_view.hpp"
#include "modules/dossier/web/paths.hpp"
#include "modules/dossier/web/routes.hpp"
#include "modules/roster/web/paths.hpp"
#include "platform/core/common/dates.hpp"
#include "platform/core/common/errors.hpp"
#include "platform/storage/org_repo.hpp"
#include "platform/storage/student_repo.hpp"
#include "platform/web/pages/org_view.hpp"
#include "platform/web/pages/page.hpp"
#include "platform/web/render/shapes.hpp"

namespace koers::web {

using namespace dossier_paths;
using core::Permission;
namespace {

Response Groups(Ctx& ctx) {
    const int64_t school = ctx.Id("school");
    View v = Object();
    v.set("school", SchoolParam(ctx).name);
    ViewList groups;
    for (const auto& g : ctx.app.students.Groups(school)) {
        if (!core::Allowed(ctx.user, Permission::kViewGroups, core::Target::Group(school, g.id)))
            continue;
        View item = LinkView(kGroup.With(school, g.id), g.name);
        item.set("students", std::to_string(g.students));
        item.set("mentors", g.mentors.empty() ? std::string("geen") : g.mentors);
        groups.push_back(std::move(item));
    }
    v.set("has_groups", !groups.empty());
    v.set("groups", std::move(groups));
    return RenderPage(ctx, "dossier/groups", std::move(v), "Groepen en loopbaandossiers");
}

Response Group(Ctx& ctx) {
    const int64_t school = ctx.Id("school");
    const auto group = GroupOf(ctx);
    const int64_t now = ctx.app.clock.Now();
    const auto students = ctx.app.students.InGroup(group.id);
    const auto summaries = DossierOf(ctx).dossiers.Summaries(group.id);
    const auto asked = DossierOf(ctx).conversation.OpenRequests(group.id);
    const auto open_actions = DossierOf(ctx).conversation.OpenActions(group.id);
    View v = Object();
    v.set("school", SchoolParam(ctx).name);
    v.set("groups_path", kGroups.With(school));
    v.set("name", group.name);
    v.set("mentors", group.mentors);
    ViewList rows;
    int quiet = 0, undecided = 0, with_open_actions = 0;
    for (const auto& s : students) {
        const auto summary = std::find_if(summaries.begin(), summaries.end(),
                                          [&](const auto& x) { return x.student_id == s.id; });
        const bool known = summary != summaries.end();
        View row = LinkView(kDossier.With(school, s.id), s.name);
        row.set("entries", std::to_string(known ? summary->entries : 0));
        const auto last = known ? summary->last_at : std::nullopt;
        row.set("last", last ? core::FormatDateLong(*last) : std::string("nog niets"));
        const bool is_quiet = core::IsQuiet(last, now);
        row.set("quiet", is_quiet);
        quiet += is_quiet ? 1 : 0;
        std::string missing;
        for (auto element : core::Elements()) {
            const bool done =
                known && std::find(summary->elements_done.begin(), summary->elements_done.end(),
                                   element) != summary->elements_done.end();
            if (!done) missing += (missing.empty() ? "" : ", ") + std::string(element);
        }
        row.set("missing", missing.empty() ? std::string("–") : missing);
        const auto talk = known ? summary->last_talk : std::nullopt;
        row.set("talk", talk ? core::FormatDateLong(*talk) : std::string("nog niet"));
        const std::string next = known ? summary->vervolgopleiding : std::string();
        row.set("next", next);
        undecided += next.empty() ? 1 : 0;
        const auto open = open_actions.find(s.id);
        row.set("open_actions",
                open == open_actions.end() ? std::string("–") : std::to_string(open->second));
        with_open_actions += open == open_actions.end() ? 0 : 1;
        const auto request = asked.find(s.id);
        row.set("asked",
                request == asked.end() ? std::string() : core::FormatDateLong(request->second));
        rows.push_back(std::move(row));
    }
    v.set("has_students", !rows.empty());
    v.set("students", std::move(rows));
    v.set("quiet", std::to_string(quiet));
    v.set("undecided", std::to_string(undecided));
    v.set("with_open_actions", std::to_string(with_open_actions));
    v.set("asking", asked.empty()       ? std::string()
                    : asked.size() == 1 ? std::string("1 leerling vraagt om een loopbaangesprek.")
                                        : std::to_string(asked.size()) +
                                              " leerlingen vragen om een loopbaangesprek.");
    v.set("count", std::to_string(students.size()));
    const auto waiting =
        std::count_if(students.begin(), students.end(), [](const auto& s) { return !s.activated; });
    if (waiting > 0 &&
        core::Allowed(ctx.user, Permission::kCoachStudent, core::Target::Group(school, group.id))) {
        v.set("codes_path", roster_paths::kCodes.With(school, group.id));
        v.set("waiting", waiting == 1 ? std::string("1 leerling heeft")
                                      : std::to_string(waiting) + " leerlingen hebben");
    }
    return RenderPage(ctx, "dossier/group", std::move(v), "Groep " + group.name);
}

}  // namespace

void AddDossierGroupRoutes(Router& r) {
    const auto view = Access::School(Permission::kViewGroups, "school");
    r.Get(kGroups, view, Groups);
    r.Get(kGroup, view.Within(GroupParam), Group);
}

}  // namespace koers::web
