// Loopbaangesprekken: the mentor of the student's group (or the decaan) records a conversation
// in four parts, with the question library at hand, and the agreed actions; the student reads
// it in their dossier and finds the actions on their to-do list.
#include <string>

#include "modules/dossier/core/talks.hpp"
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

// The question library, per part, each question with its competency.
View Library() {
    ViewList parts;
    for (const auto& part : core::TalkParts()) {
        ViewList questions;
        for (const auto& q : core::TalkQuestions()) {
            if (q.part != part.code) continue;
            View item = Object();
            item.set("text", std::string(q.text));
            // The competency by its short name: "kwaliteiten" of "Wat kan ik? (kwaliteiten)".
            for (const auto& c : core::Competencies()) {
                if (c.code != q.competency) continue;
                const size_t open = c.label.rfind('(');
                item.set("competency", open == std::string::npos
                                           ? c.label
                                           : c.label.substr(open + 1, c.label.size() - open - 2));
            }
            questions.push_back(std::move(item));
        }
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
    const StudentScope scope = LoadStudent(ctx);
    const core::Fields fields = {
        {"datum", core::FormatLocalInput(ctx.app.clock.Now()).substr(0, 10)}};
    return ShowEntryForm(ctx, {scope, core::EntryKind::kGesprek},
                         FormFor(core::EntryKind::kGesprek, fields), fields, {}, 200, Library());
}

Response CreateTalk(Ctx& ctx) {
    const StudentScope scope = LoadStudent(ctx);
    return CreateEntry(ctx, scope, core::EntryKind::kGesprek, Library());
}

Response SaveTalk(Ctx& ctx) {
    const StudentScope scope = LoadStudent(ctx);
    const auto entry = LoadEntry(ctx, scope);
    if (entry.kind != core::EntryKind::kGesprek) throw core::NotFound();
    return SaveEntry(ctx, scope, entry, Library());
}

}  // namespace

void AddDossierTalkRoutes(Router& r) {
    const auto coach = Access::School(Permission::kCoachStudent, "school").Within(StudentParam);
    r.Get(kNewTalk, coach, NewTalk);
    r.Post(kNewTalk, coach, CreateTalk);
    r.Post(kSaveTalk, coach, SaveTalk);
}

}  // namespace koers::web
