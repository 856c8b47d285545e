// The student's loopbaandossier: the way in from the dashboard, the dossier page (what the
// student did, thought and chose, at a glance per competency and element), and who looked at it.
#include <map>
#include <string>

#include "modules/dossier/core/entries.hpp"
#include "modules/dossier/core/talks.hpp"
#include "modules/dossier/web/conversation.hpp"
#include "modules/dossier/web/dossier_parts.hpp"
#include "modules/dossier/web/dossier_view.hpp"
#include "modules/dossier/web/entry_editor.hpp"
#include "modules/dossier/web/paths.hpp"
#include "modules/dossier/web/routes.hpp"
#include "modules/dossier/web/self_assessment_view.hpp"
#include "platform/core/common/dates.hpp"
#include "platform/core/common/errors.hpp"
#include "platform/storage/student_repo.hpp"
#include "platform/web/pages/org_view.hpp"
#include "platform/web/pages/page.hpp"
#include "platform/web/render/shapes.hpp"

namespace koers::web {

using namespace dossier_paths;
using core::Permission;
namespace {

// The signed-in student's current enrolment at {school}, or the page that says there is none.
Response Mine(Ctx& ctx) {
    const int64_t school = ctx.Id("school");
    const auto enrolments = ctx.app.students.OfUser(ctx.user->user_id);
    for (const auto& s : enrolments)
        if (s.school_id == school && !s.left_at) return Redirect(kDossier.With(school, s.id));
    // A leaver finds the dossier Koers still keeps, to download it before it is erased: the one
    // of the latest leaving that still holds something.
    const storage::StudentRecord* kept = nullptr;
    for (const auto& s : enrolments)
        if (s.school_id == school && s.left_at && (!kept || *s.left_at > *kept->left_at) &&
            DossierOf(ctx).retention.Holds(s.id))
            kept = &s;
    if (kept) return Redirect(kDossier.With(school, kept->id));
    View v = Object();
    return RenderPage(ctx, "dossier/none", std::move(v), "Mijn loopbaandossier");
}

std::string CompetencyLabels(const std::vector<std::string>& codes) {
    std::string out;
    for (const auto& code : codes)
        for (const auto& c : core::Competencies())
            if (c.code == code) out += (out.empty() ? "" : ", ") + c.label;
    return out;
}

Response Dossier(Ctx& ctx) {
    const StudentScope scope = LoadStudent(ctx, Use::kAsIs);
    const auto& s = scope.student;
    const auto entries = DossierOf(ctx).dossiers.Entries(s.id);
    LogLook(ctx, scope, "het dossier");
    View v = Object();
    v.set("own", scope.own);
    v.set("name", s.name);
    v.set("school", scope.school_name);
    v.set("group", s.group_name);
    v.set("about", s.onderwijstype + ", leerjaar " + std::to_string(s.leerjaar));
    v.set("looks_path", kLooks.With(s.school_id, s.id));
    v.set("choices_path", kChoices.With(s.school_id, s.id));
    v.set("carry_path", kCarry.With(s.school_id, s.id));
    AddLeaving(ctx, scope, v);
    ViewList links =
        StudentLinks(ctx, core::Target::Student(s.school_id, s.group_id.value_or(0), s.user_id),
                     s.school_id, s.id, scope.own);
    for (auto& link : links)
        // Said to the student while at the school: staff read the links without the student's
        // words, a leaver without invitations ("begin er een") they can no longer take up.
        if (!scope.own_open()) link.set("about", std::string());
    v.set("student_links", std::move(links));
    if (MayWrite(ctx, scope, core::EntryKind::kGesprek))
        v.set("talk_path", kNewTalk.With(s.school_id, s.id));
    v.set("actions",
          Actions(entries, DossierOf(ctx).conversation.ActionsDone(s.id),
                  scope.own_open() ? kTickAction.With(s.school_id, s.id) : std::string()));
    AddTalkRequest(ctx, scope, v);
    if (scope.own) {
        ViewList kinds;
        for (const auto& k : core::EntryKinds()) {
            if (!k.by_student || scope.left()) continue;
            View kind = LinkView(kNewEntry.With(s.school_id, s.id, k.code), std::string(k.invite));
            kind.set("element", std::string(k.element));
            kinds.push_back(std::move(kind));
        }
        v.set("new_entries", std::move(kinds));
    } else if (s.group_id) {
        v.set("group_path", kGroup.With(s.school_id, *s.group_id));
    }
    ViewList elements;
    for (auto e : core::Elements()) elements.push_back(View(std::string(e)));
    v.set("elements", std::move(elements));
    v.set("glance", Glance(entries));
    AddSelfAssessmentTrend(entries, v);
    const auto comments = DossierOf(ctx).conversation.CommentCounts(s.id);
    const auto shared = DossierOf(ctx).dossiers.SharedWithParents(s.id);
    ViewList list;
    for (const auto& e : entries) {
        View item =
            LinkView(kEntry.With(s.school_id, s.id, e.id), core::EntryTitle(e.kind, e.fields));
        item.set("kind", std::string(core::InfoOf(e.kind).label));
        item.set("element", std::string(core::InfoOf(e.kind).element));
        item.set("when", core::FormatDateLong(e.updated_at));
        item.set("competencies", CompetencyLabels(core::CompetenciesOf(e.kind, e.fields)));
        item.set("shared", scope.own && shared.count(e.id) > 0);
        const auto n = comments.find(e.id);
        item.set("comments", n == comments.end() ? std::string()
                             : n->second == 1    ? std::string("1 reactie")
                                                 : std::to_string(n->second) + " reacties");
        list.push_back(std::move(item));
    }
    v.set("has_entries", !list.empty());
    v.set("entries", std::move(list));
    const std::string title =
        scope.own ? std::string("Mijn loopbaandossier") : "Loopbaandossier van " + s.name;
    v.set("title", title);
    return RenderPage(ctx, "dossier/dossier", std::move(v), title);
}

Response Looks(Ctx& ctx) {
    const StudentScope scope = LoadOwnStudent(ctx, Use::kAsIs);
    View v = Object();
    v.set("dossier_path", kDossier.With(scope.student.school_id, scope.student.id));
    ViewList looks;
    for (const auto& l : DossierOf(ctx).dossiers.Looks(scope.student.id, 200)) {
        View look = Object();
        look.set("who", l.viewer_name);
        look.set("basis", l.basis);
        look.set("what", l.what);
        look.set("when", core::FormatDateTime(l.at));
        looks.push_back(std::move(look));
    }
    v.set("has_looks", !looks.empty());
    v.set("looks", std::move(looks));
    return RenderPage(ctx, "dossier/looks", std::move(v), "Wie bekeek mijn dossier?");
}

}  // namespace

void AddDossierRoutes(Router& r) {
    r.Get(kMine, Access::School(Permission::kWriteDossier, "school"), Mine);
    r.Get(kDossier, Access::School(Permission::kViewDossier, "school").Within(StudentParam),
          Dossier);
    r.Get(kLooks, Access::School(Permission::kWriteDossier, "school").Within(StudentParam), Looks);
}

}  // namespace koers::web
