// A school's own questions for loopbaangesprekken: the decaan or schoolleider adds them per part
// and competency next to the built-in library, and removes them; the school's mentors find them
// in the library on the gesprek form.
#include <string>

#include "modules/dossier/core/entries.hpp"
#include "modules/dossier/core/talks.hpp"
#include "modules/dossier/web/dossier_parts.hpp"
#include "modules/dossier/web/paths.hpp"
#include "modules/dossier/web/routes.hpp"
#include "platform/core/common/errors.hpp"
#include "platform/web/pages/org_view.hpp"
#include "platform/web/pages/page.hpp"
#include "platform/web/records/record_views.hpp"

namespace koers::web {

using namespace dossier_paths;
using core::Permission;
namespace {

Response QuestionsPage(Ctx& ctx, const core::Fields& fields, const core::Validation& errors,
                       int status) {
    const auto school = SchoolParam(ctx);
    View v = Object();
    v.set("school", school.name);
    v.set("action", kQuestions.With(school.id));
    v.set("builtin", std::to_string(core::TalkQuestions().size()));
    ViewList questions;
    for (const auto& q : DossierOf(ctx).questions.OfSchool(school.id)) {
        View item = Object();
        item.set("text", q.text);
        for (const auto& p : core::TalkParts())
            if (p.code == q.part) item.set("part", std::string(p.label));
        item.set("competency", core::CompetencyShortName(q.competency));
        item.set("by", q.created_by);
        item.set("remove_path", kRemoveQuestion.With(school.id, q.id));
        questions.push_back(std::move(item));
    }
    v.set("has_questions", !questions.empty());
    v.set("questions", std::move(questions));
    v.set("fields", FieldViews(core::SchoolQuestionForm(), fields, errors));
    AddFieldErrors(v, core::SchoolQuestionForm(), errors);
    return RenderPage(ctx, "dossier/questions", std::move(v), "Vragen voor loopbaangesprekken",
                      status);
}

Response ListQuestions(Ctx& ctx) { return QuestionsPage(ctx, {}, {}, 200); }

Response AddQuestion(Ctx& ctx) {
    const auto school = SchoolParam(ctx);
    const core::Form form = core::SchoolQuestionForm();
    const core::Fields fields = core::Normalise(form, ctx.form);
    const auto errors = core::Validate(form, fields);
    if (!errors.ok()) return QuestionsPage(ctx, fields, errors, 400);
    const auto added = DossierOf(ctx).questions.Add(
        school.id,
        {0, std::string(core::FieldOf(fields, "deel")),
         std::string(core::FieldOf(fields, "competentie")),
         std::string(core::FieldOf(fields, "vraag")), ctx.user->display_name},
        ctx.app.clock.Now(), core::kMaxSchoolQuestions);
    if (!added)
        throw core::Conflict("Uw school heeft al " + std::to_string(core::kMaxSchoolQuestions) +
                             " eigen vragen. Haal eerst vragen weg die u niet meer gebruikt.");
    SetFlash(ctx, "vraag-toegevoegd");
    return Redirect(kQuestions.With(school.id));
}

Response RemoveQuestion(Ctx& ctx) {
    const auto school = SchoolParam(ctx);
    if (!DossierOf(ctx).questions.Remove(school.id, ctx.Id("vraag"))) throw core::NotFound();
    SetFlash(ctx, "vraag-verwijderd");
    return Redirect(kQuestions.With(school.id));
}

}  // namespace

void AddDossierQuestionRoutes(Router& r) {
    const auto manage = Access::School(Permission::kManageStudents, "school");
    r.Get(kQuestions, manage, ListQuestions);
    r.Post(kQuestions, manage, AddQuestion);
    r.Post(kRemoveQuestion, manage, RemoveQuestion);
}

}  // namespace koers::web
