// Loopbaangesprekken: the mentor of the student's group (or the decaan) records a conversation
// in four parts, with the question library at hand, and the agreed actions; the student reads
// it in their dossier and finds the actions on their to-do list.
#include <string>

#include "modules/dossier/core/talks.hpp"
#include "modules/dossier/web/dossier_parts.hpp"
#include "modules/dossier/web/dossier_view.hpp"
#include "modules/dossier/web/entry_editor.hpp"
#include "modules/dossier/web/paths.hpp"
#include "modules/dossier/web/routes.hpp"
#include "platform/core/common/dates.hpp"
#include "platform/core/common/errors.hpp"
#include "platform/web/services.hpp"

namespace koers::web {

using namespace dossier_paths;
using core::Permission;
namespace {

View Question(std::string_view text, std::string_view competency, bool own) {
    View item = Object();
    item.set("text", std::string(text));
    item.set("competency", core::CompetencyShortName(competency));
    item.set("own", own);
    return item;
}

// The question library, per part, each question with its competency: the built-in ones, then
// the school's own.
View Library(Ctx& ctx) {
    const auto own = DossierOf(ctx).questions.OfSchool(ctx.Id("school"));
    ViewList parts;
    for (const auto& part : core::TalkParts()) {
        ViewList questions;
        for (const auto& q : core::TalkQuestions())
            if (q.part == part.code) questions.push_back(Question(q.text, q.competency, false));
        for (const auto& q : own)
            if (q.part == part.code) questions.push_back(Question(q.text, q.competency, true));
        View p = Object();
        p.set("label", std::string(part.label));
        p.set("about", std::string(part.about));
        p.set("questions", std::move(questions));
        parts.push_back(std::move(p));
    }
    View more = Object();
    more.set("library", std::move(parts));
    return more;
}

Response NewTalk(Ctx& ctx) {
    const StudentScope scope = LoadStudent(ctx, Use::kChange);
    const core::Fields fields = {
        {"datum", core::FormatLocalInput(ctx.app.clock.Now()).substr(0, 10)}};
    return ShowEntryForm(ctx, {scope, core::EntryKind::kGesprek},
                         FormFor(core::EntryKind::kGesprek, fields), fields, {}, 200, Library(ctx));
}

Response CreateTalk(Ctx& ctx) {
    const StudentScope scope = LoadStudent(ctx, Use::kChange);
    return CreateEntry(ctx, scope, core::EntryKind::kGesprek, Library(ctx));
}

Response SaveTalk(Ctx& ctx) {
    const StudentScope scope = LoadStudent(ctx, Use::kChange);
    const auto entry = LoadEntry(ctx, scope);
    if (entry.kind != core::EntryKind::kGesprek) throw core::NotFound();
    return SaveEntry(ctx, scope, entry, Library(ctx));
}

}  // namespace

void AddDossierTalkRoutes(Router& r) {
    const auto coach = Access::School(Permission::kCoachStudent, "school").Within(StudentParam);
    r.Get(kNewTalk, coach, NewTalk);
    r.Post(kNewTalk, coach, CreateTalk);
    r.Post(kSaveTalk, coach, SaveTalk);
}

}  // namespace koers::web
