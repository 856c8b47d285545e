#include "modules/dossier/web/conversation.hpp"

#include <algorithm>
#include <set>
#include <string>

#include "modules/dossier/core/conversation.hpp"
#include "modules/dossier/storage/conversation_repo.hpp"
#include "modules/dossier/web/dossier_parts.hpp"
#include "modules/dossier/web/entry_editor.hpp"
#include "modules/dossier/web/paths.hpp"
#include "modules/dossier/web/routes.hpp"
#include "platform/core/common/dates.hpp"
#include "platform/core/common/errors.hpp"
#include "platform/core/common/numbers.hpp"
#include "platform/storage/db/unit_of_work.hpp"
#include "platform/storage/outbox_repo.hpp"
#include "platform/storage/user_repo.hpp"
#include "platform/web/pages/page.hpp"
#include "platform/web/records/author.hpp"

namespace koers::web {

using namespace dossier_paths;
using core::Permission;
namespace {

Response PostComment(Ctx& ctx) {
    const StudentScope scope = LoadStudent(ctx, Use::kChange);
    const auto entry = LoadEntry(ctx, scope);
    const auto& s = scope.student;
    const core::Form form = core::CommentForm(scope.own);
    const core::Fields fields = core::Normalise(form, ctx.form);
    const auto errors = core::Validate(form, fields);
    if (!errors.ok()) {
        View more = Object();
        more.set("comment_text", std::string(core::FieldOf(fields, "reactie")));
        more.set("comment_error", errors.For("reactie"));
        return ShowEntryForm(ctx, {scope, entry.kind, &entry}, FormFor(entry.kind, entry.fields),
                             entry.fields, {}, 400, std::move(more));
    }
    const auto id = DossierOf(ctx).conversation.Comment(
        s.id, entry.id, AuthorOf(ctx), scope.basis, core::FieldOf(fields, "reactie"),
        ctx.app.clock.Now(), core::kMaxCommentsPerEntry);
    if (!id)
        throw core::Conflict(
            scope.own ? "Bij dit stuk staan al " + std::to_string(core::kMaxCommentsPerEntry) +
                            " reacties. Praat verder met je mentor, of begin een "
                            "nieuw stuk."
                      : "Bij dit stuk staan al " + std::to_string(core::kMaxCommentsPerEntry) +
                            " reacties. Bespreek het verder in een "
                            "loopbaangesprek.");
    SetFlash(ctx, "reactie-geplaatst");
    return Redirect(kEntry.With(s.school_id, s.id, entry.id) + "#reacties");
}

// Tells the mentors of the student's group, in the transaction that records the request; when
// no mentor would hear of it (no group, or a group without a mentor), the school's decanen. The
// mail names the student and links to the dossier; what the student wrote stays in Koers.
void TellMentorsOrDecanen(Ctx& ctx, storage::Database& tx, const StudentScope& scope) {
    const auto& s = scope.student;
    std::vector<storage::MentorAddress> to;
    if (s.group_id) to = storage::ConversationRepo(tx).Mentors(*s.group_id);
    std::string why;  // why a decaan gets it
    if (to.empty()) {
        why = "\n\n" + s.name +
              (s.group_id ? " zit in groep " + s.group_name + ", die in Koers geen mentor heeft"
                          : " zit in Koers in geen groep") +
              "; daarom krijgt u dit bericht als decaan.";
        std::set<std::string> told;
        const core::Role decaan[] = {core::Role::kDecaan};
        for (const auto& d : storage::UserRepo(tx).RolesAtSchool(s.school_id, decaan))
            if (d.user.active && told.insert(d.user.email).second)
                to.push_back({d.user.display_name, d.user.email});
    }
    storage::OutboxRepo outbox(tx);
    for (const auto& person : to)
        outbox.Enqueue(person.email, "Loopbaangesprek gevraagd door " + s.name,
                       "Beste " + person.name + ",\n\n" + s.name +
                           (s.group_id ? " uit groep " + s.group_name : std::string()) +
                           " vraagt om een loopbaangesprek. Wat de leerling erover schreef, "
                           "leest u in het loopbaandossier:\n\n" +
                           ctx.app.config.public_url + kDossier.With(s.school_id, s.id) + why +
                           "\n\nZodra u het gesprek vastlegt, is de vraag beantwoord.\n\n"
                           "Groet,\nKoers\n",
                       ctx.app.clock.Now());
}

Response AskForTalk(Ctx& ctx) {
    const StudentScope scope = LoadOwnStudent(ctx, Use::kChange);
    const auto& s = scope.student;
    const core::Form form = core::TalkRequestForm();
    const core::Fields fields = core::Normalise(form, ctx.form);
    const auto errors = core::Validate(form, fields);
    if (!errors.ok()) throw core::InvalidInput(errors.For("onderwerp"));
    bool asked = false;
    storage::InTransaction(ctx.app.db, [&](storage::Database& tx) {
        asked = storage::ConversationRepo(tx).AskForTalk(s.id, core::FieldOf(fields, "onderwerp"),
                                                         ctx.app.clock.Now());
        if (asked) TellMentorsOrDecanen(ctx, tx, scope);
    });
    if (!asked)
        throw core::Conflict(
            "Je hebt al om een gesprek gevraagd. Je mentor of decaan neemt contact met je op; "
            "na het gesprek kun je opnieuw vragen.");
    SetFlash(ctx, "gesprek-gevraagd");
    return Redirect(kDossier.With(s.school_id, s.id));
}

// The student ticks an agreed action off (klaar=ja) or back on (klaar=nee).
Response TickAction(Ctx& ctx) {
    const StudentScope scope = LoadOwnStudent(ctx, Use::kChange);
    const auto& s = scope.student;
    const auto entry = core::ParseInt(ctx.Field("gesprek"), 1);
    const std::string done = ctx.Field("klaar");
    if (!entry || (done != "ja" && done != "nee"))
        throw core::InvalidInput("Kies een afspraak om af te vinken.");
    const bool changed = DossierOf(ctx).conversation.SetActionDone(
        s.id, *entry, ctx.Field("actie"), done == "ja", ctx.app.clock.Now());
    // Ticking off what is ticked off already (a second click) changes nothing and is fine; an
    // action that is not in the gesprek (any more) is not.
    if (!changed) {
        const auto actions = DossierOf(ctx).conversation.ActionsDone(s.id);
        const bool already = std::any_of(actions.begin(), actions.end(), [&](const auto& a) {
            return a.entry_id == *entry && a.action == ctx.Field("actie");
        });
        if (already != (done == "ja"))
            throw core::Conflict(
                "Deze afspraak staat niet (meer) in het gesprek. Kijk in je dossier wat er nu "
                "is afgesproken.");
    }
    SetFlash(ctx, done == "ja" ? "afspraak-gedaan" : "afspraak-open");
    return Redirect(kDossier.With(s.school_id, s.id) + "#afspraken");
}

}  // namespace

void AddComments(Ctx& ctx, const StudentScope& scope, int64_t entry_id, View& v) {
    const auto& s = scope.student;
    ViewList comments;
    for (const auto& c : DossierOf(ctx).conversation.Comments(s.id, entry_id)) {
        View item = Object();
        item.set("who", c.author_name);
        item.set("basis", c.basis.empty() ? std::string("leerling") : c.basis);
        item.set("when", core::FormatDateTime(c.at));
        item.set("body", c.body);
        comments.push_back(std::move(item));
    }
    v.set("comments_shown", !comments.empty() || !scope.left());
    v.set("has_comments", !comments.empty());
    v.set("comments", std::move(comments));
    if (scope.left()) return;  // a leaver's dossier is read, not added to
    const core::Form form = core::CommentForm(scope.own);
    v.set("comment_path", kComment.With(s.school_id, s.id, entry_id));
    v.set("comment_label", form.fields.front().label);
    v.set("comment_help", form.fields.front().help);
}

void AddTalkRequest(Ctx& ctx, const StudentScope& scope, View& v) {
    // A leaver's request waits for no one: no gesprek can be held in a closed dossier, and the
    // mentors' lists leave leavers out too.
    if (scope.left()) return;
    const auto& s = scope.student;
    if (const auto open = DossierOf(ctx).conversation.OpenRequest(s.id)) {
        View request = Object();
        request.set("when", core::FormatDateLong(open->asked_at));
        request.set("note", open->note);
        request.set("own", scope.own);
        request.set("name", s.name);
        v.set("talk_request", std::move(request));
        return;
    }
    if (!scope.own_open()) return;
    const core::Form form = core::TalkRequestForm();
    v.set("ask_path", kAskTalk.With(s.school_id, s.id));
    v.set("ask_label", form.fields.front().label);
    v.set("ask_help", form.fields.front().help);
}

void AddDossierConversationRoutes(Router& r) {
    const auto read = Access::School(Permission::kViewDossier, "school").Within(StudentParam);
    const auto write = Access::School(Permission::kWriteDossier, "school").Within(StudentParam);
    r.Post(kComment, read, PostComment);
    r.Post(kAskTalk, write, AskForTalk);
    r.Post(kTickAction, write, TickAction);
}

}  // namespace koers::web
