// What a parent or verzorger sees of their child's loopbaanoriëntatie, decided by the child's age
// (core::ParentRule): under 16 the dossier at a glance and what the loopbaangesprekken agreed,
// from 16 only what the child shares, from 18 what the child decides. The page says why, and the
// child sees in their log that the parent looked.
#include <optional>
#include <string>

#include "modules/dossier/core/parents.hpp"
#include "modules/dossier/core/retention.hpp"
#include "modules/dossier/web/dossier_parts.hpp"
#include "modules/dossier/web/dossier_view.hpp"
#include "modules/dossier/web/entry_editor.hpp"
#include "modules/dossier/web/paths.hpp"
#include "modules/dossier/web/routes.hpp"
#include "platform/core/common/dates.hpp"
#include "platform/core/common/errors.hpp"
#include "platform/storage/student_repo.hpp"
#include "platform/web/pages/org_view.hpp"
#include "platform/web/pages/page.hpp"
#include "platform/web/records/record_views.hpp"
#include "platform/web/render/shapes.hpp"
#include "platform/web/services.hpp"

namespace koers::web {

using namespace dossier_paths;
using core::Permission;
namespace {

// The parent's children at the school; a child who left is there while Koers still keeps the
// dossier (for the parent of a child under 16 to read and to erase it), with until when.
Response Children(Ctx& ctx) {
    const auto school = SchoolParam(ctx);
    ViewList children;
    for (const auto& s : ctx.app.students.ChildrenAt(ctx.user->user_id, school.id))
        children.push_back(LinkView(kForParents.With(school.id, s.id), s.name));
    auto& retention = DossierOf(ctx).retention;
    std::optional<int> years;  // the school's term, read for the first leaver
    for (const auto& s : ctx.app.students.FormerChildrenAt(ctx.user->user_id, school.id)) {
        if (!retention.Holds(s.id)) continue;
        if (!years) years = retention.Years(school.id);
        View child = LinkView(kForParents.With(school.id, s.id), s.name);
        child.set("left_on", core::FormatDateLong(*s.left_at));
        child.set("erased_on",
                  core::FormatDateLong(core::RetentionFor(*s.left_at, *years).erase_at));
        children.push_back(std::move(child));
    }
    View v = Object();
    v.set("school", school.name);
    v.set("has_children", !children.empty());
    v.set("children", std::move(children));
    return RenderPage(ctx, "dossier/children", std::move(v), "Mijn kinderen");
}

Response ForParents(Ctx& ctx) {
    const StudentScope scope = LoadStudent(ctx, Use::kAsIs);
    const auto rule = ParentRuleOf(ctx, scope.student);
    View v = Object();
    v.set("name", scope.student.name);
    v.set("school", scope.school_name);
    v.set("children_path", kChildren.With(scope.student.school_id));
    v.set("reason", std::string(core::ParentRuleReason(rule)));
    AddLeaving(ctx, scope, v);
    // What the child shares, whatever the age; under 16 also the summary. The entries are read
    // once, and the page is one look in the child's log.
    const auto shared_ids = DossierOf(ctx).dossiers.SharedWithParents(scope.student.id);
    const bool summary = rule == core::ParentRule::kSummary;
    const auto entries = summary || !shared_ids.empty()
                             ? DossierOf(ctx).dossiers.Entries(scope.student.id)
                             : std::vector<storage::DossierEntry>();
    ViewList shared;
    for (const auto& e : entries) {
        if (!shared_ids.count(e.id)) continue;
        View item = Object();
        item.set("title", core::EntryTitle(e.kind, e.fields));
        item.set("kind", std::string(core::InfoOf(e.kind).label));
        item.set("when", core::FormatDateLong(e.created_at));
        item.set("read", ReadViews(FormFor(e.kind, e.fields), e.fields));
        shared.push_back(std::move(item));
    }
    if (summary)
        LogLook(ctx, scope,
                shared.empty() ? "de samenvatting voor ouders"
                               : "de samenvatting voor ouders en wat met ouders is gedeeld");
    else if (!shared.empty())
        LogLook(ctx, scope, "wat met ouders is gedeeld");
    v.set("has_shared", !shared.empty());
    v.set("shared", std::move(shared));
    if (summary) {
        ViewList elements;
        for (auto e : core::Elements()) elements.emplace_back(std::string(e));
        v.set("summary", true);
        v.set("elements", std::move(elements));
        v.set("glance", Glance(entries));
        v.set("actions",
              Actions(entries, DossierOf(ctx).conversation.ActionsDone(scope.student.id), ""));
        v.set("erase_path", kParentErase.With(scope.student.school_id, scope.student.id));
    }
    return RenderPage(ctx, "dossier/parents", std::move(v),
                      "Loopbaanoriëntatie van " + scope.student.name);
}

}  // namespace

void AddDossierParentRoutes(Router& r) {
    const auto parent = Access::School(Permission::kParentView, "school");
    r.Get(kChildren, parent, Children);
    r.Get(kForParents, parent.Within(StudentParam), ForParents);
}

}  // namespace koers::web
