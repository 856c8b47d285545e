// The redactie's nieuwsbrief: the issues and how many subscribe, composing an issue from what is
// new (news, kennisbank, coming events: issue_items), a preview of the mail for a reader with
// every interest, sending it (once: a second press, or another editor, finds it no longer a
// concept) and following how far sending is: queued in batches by the background work
// (SendNextBatch), then delivered or failed in the outbox.
#include "modules/newsletter/core/newsletter.hpp"
#include "modules/newsletter/web/issue_items.hpp"
#include "modules/newsletter/web/newsletter_mail.hpp"
#include "modules/newsletter/web/newsletter_parts.hpp"
#include "modules/newsletter/web/paths.hpp"
#include "modules/newsletter/web/routes.hpp"
#include "platform/core/common/dates.hpp"
#include "platform/core/common/errors.hpp"
#include "platform/storage/outbox_repo.hpp"
#include "platform/web/pages/page.hpp"
#include "platform/web/render/form_field.hpp"
#include "platform/web/render/shapes.hpp"

namespace koers::web {

using namespace newsletter_paths;
namespace {

const Access kEditor = Access::Platform(core::Permission::kEditContent);
constexpr int kIssuesShown = 100;

std::string_view StatusLabel(std::string_view status) {
    if (status == storage::kIssueConcept) return "Concept";
    if (status == storage::kIssueSending) return "Wordt verzonden";
    return "Verzonden";
}

View ProgressView(const storage::Progress& p) {
    View v = Object();
    v.set("total", std::to_string(p.total));
    v.set("waiting", std::to_string(p.waiting + p.queued));
    v.set("delivered", std::to_string(p.delivered));
    v.set("failed", std::to_string(p.failed));
    v.set("skipped", std::to_string(p.skipped));
    v.set("done", std::to_string(p.delivered + p.failed + p.skipped));
    v.set("busy", p.waiting + p.queued > 0);
    return v;
}

Response Issues(Ctx& ctx) {
    auto& repo = NewsletterOf(ctx).newsletter;
    ViewList issues;
    for (const auto& i : repo.Issues(kIssuesShown)) {
        View item = Object();
        item.set("subject", i.text.subject);
        item.set("href", kIssue.With(i.id));
        item.set("status", std::string(StatusLabel(i.status)));
        item.set("concept", i.status == storage::kIssueConcept);
        item.set("when", core::FormatDateTime(i.sent_at.value_or(i.updated_at)));
        item.set("progress", i.status == storage::kIssueConcept
                                 ? View(Object())
                                 : ProgressView(repo.ProgressOf(i.id)));
        issues.push_back(std::move(item));
    }
    const storage::SubscriberCount count = repo.Count();
    View v = Object();
    v.set("active", std::to_string(count.active));
    v.set("waiting", std::to_string(count.waiting));
    v.set("new_href", kNewIssue.With());
    v.set("public_href", kNewsletter.With());
    v.set("has_issues", !issues.empty());
    v.set("issues", std::move(issues));
    return RenderPage(ctx, "newsletter/issues", std::move(v), "Nieuwsbrief");
}

// The label of an offered item in the form: its kind and when.
std::string_view KindLabel(std::string_view kind) {
    if (kind == core::kItemNews) return "Nieuws";
    if (kind == core::kItemKnowledge) return "Kennisbank";
    return "Bijeenkomst";
}

// The form of a concept (or a new one), with the preview of its mail.
Response IssueForm(Ctx& ctx, std::optional<int64_t> id, const core::IssueText& text,
                   const std::vector<storage::StoredItem>& chosen,
                   const std::vector<storage::StoredItem>& offered, const core::Validation& v,
                   int status) {
    ViewList fields;
    fields.push_back(FieldView("subject", "Onderwerp", text.subject, FieldKind::kLine,
                               core::kMaxIssueSubject, true, v,
                               "Het onderwerp van de e-mail, zoals: Nieuwsbrief LOB, december."));
    fields.push_back(FieldView("intro", "Inleiding", text.intro, FieldKind::kText,
                               core::kMaxIssueIntro, false, v,
                               "Een paar zinnen bovenaan, voor iedereen dezelfde."));
    View items = FieldView("items", "Onderdelen", "", FieldKind::kChecks, 0, true, v,
                           "Elke abonnee krijgt alleen wat past bij de sectoren en thema's die "
                           "hij of zij koos.");
    ViewList options;
    std::vector<std::string> listed;
    const auto add = [&](const storage::StoredItem& i, bool is_chosen) {
        for (const auto& l : listed)
            if (l == i.source) return;
        listed.push_back(i.source);
        std::string label = std::string(KindLabel(i.item.kind)) + ": " + i.item.title;
        if (i.item.kind == core::kItemEvent) label += " (" + i.item.summary + ")";
        options.push_back(CheckOption("items", i.source, label, is_chosen));
    };
    for (const auto& i : chosen) add(i, true);
    for (const auto& i : offered) add(i, false);
    items.set("options", std::move(options));
    fields.push_back(std::move(items));

    std::vector<core::IssueItem> preview_items;
    preview_items.reserve(chosen.size());
    for (const auto& i : chosen) preview_items.push_back(i.item);
    const std::string preview = core::IssueMail(
        text, "", core::ItemsFor({}, preview_items),
        {AbsoluteUrl(ctx, ""), "(een link van de abonnee zelf)", "(een link van de abonnee zelf)"});
    const storage::SubscriberCount count = NewsletterOf(ctx).newsletter.Count();
    View view = Object();
    view.set("is_new", !id);
    view.set("list_href", kIssues.With());
    view.set("action", id ? kIssue.With(*id) : kNewIssue.With());
    view.set("send_action", id ? kSendIssue.With(*id) : std::string());
    view.set("delete_action", id ? kDeleteIssue.With(*id) : std::string());
    view.set("active", std::to_string(count.active));
    view.set("can_send", id && count.active > 0 && !chosen.empty());
    view.set("preview", preview);
    view.set("has_preview", !preview.empty());
    view.set("fields", std::move(fields));
    AddErrors(view, v);
    return RenderPage(ctx, "newsletter/issue", std::move(view),
                      id ? "Nieuwsbrief bewerken" : "Nieuwe nieuwsbrief", status);
}

Response NewIssue(Ctx& ctx) {
    const int64_t now = ctx.app.clock.Now();
    auto offered = OfferedItems(ctx, now);
    const std::string month = core::FormatDateLong(now);  // "2 december 2026"
    const core::IssueText text{"Nieuwsbrief LOB, " + month.substr(month.find(' ') + 1), ""};
    return IssueForm(ctx, std::nullopt, text, offered, {}, {}, 200);
}

storage::Issue LoadIssue(Ctx& ctx) {
    auto issue = NewsletterOf(ctx).newsletter.FindIssue(ctx.Id("editie"));
    if (!issue) throw core::NotFound("Deze nieuwsbrief bestaat niet (meer).");
    return std::move(*issue);
}

// The posted subject, intro and items; nullopt after showing the form again with the messages.
struct Posted {
    core::IssueText text;
    std::vector<storage::StoredItem> items;
};
std::optional<Posted> ReadPost(Ctx& ctx, const std::vector<storage::StoredItem>& offered,
                               const std::vector<storage::StoredItem>& kept, core::Validation& v) {
    Posted p;
    p.items = ChosenItems(ctx.FieldValues("items"), offered, kept, v);
    auto text = core::ValidateIssue(ctx.Field("subject"), ctx.Field("intro"), p.items.size(), v);
    if (!text) return std::nullopt;
    p.text = std::move(*text);
    return p;
}

Response AddIssue(Ctx& ctx) {
    const int64_t now = ctx.app.clock.Now();
    const auto offered = OfferedItems(ctx, now);
    core::Validation v;
    auto p = ReadPost(ctx, offered, {}, v);
    if (!p)
        return IssueForm(ctx, std::nullopt, {ctx.Field("subject"), ctx.Field("intro")},
                         ChosenItems(ctx.FieldValues("items"), offered, {}, v), offered, v, 422);
    const int64_t id =
        NewsletterOf(ctx).newsletter.AddIssue(p->text, p->items, ctx.user->user_id, now);
    SetFlash(ctx, "nieuwsbrief-opgeslagen");
    return Redirect(kIssue.With(id));
}

Response SentIssue(Ctx& ctx, const storage::Issue& issue) {
    ViewList items;
    for (const auto& i : issue.items)
        items.push_back(LinkView(AbsoluteUrl(ctx, i.item.path),
                                 std::string(KindLabel(i.item.kind)) + ": " + i.item.title));
    View v = Object();
    v.set("list_href", kIssues.With());
    v.set("subject", issue.text.subject);
    v.set("intro", issue.text.intro);
    v.set("items", std::move(items));
    v.set("sent_at", core::FormatDateTime(issue.sent_at.value_or(issue.updated_at)));
    View progress = ProgressView(NewsletterOf(ctx).newsletter.ProgressOf(issue.id));
    progress.set("self_href", kIssue.With(issue.id));
    v.set("progress", std::move(progress));
    v.set("progress_href", kIssueProgress.With(issue.id));
    v.set("no_mailer", !ctx.app.config.smtp_configured);
    return RenderPage(ctx, "newsletter/sent", std::move(v), issue.text.subject);
}

Response Issue(Ctx& ctx) {
    const storage::Issue issue = LoadIssue(ctx);
    if (issue.status != storage::kIssueConcept) return SentIssue(ctx, issue);
    const auto offered = OfferedItems(ctx, ctx.app.clock.Now());
    return IssueForm(ctx, issue.id, issue.text, issue.items, offered, {}, 200);
}

Response SaveIssue(Ctx& ctx) {
    const storage::Issue issue = LoadIssue(ctx);
    const int64_t now = ctx.app.clock.Now();
    const auto offered = OfferedItems(ctx, now);
    core::Validation v;
    auto p = ReadPost(ctx, offered, issue.items, v);
    if (!p)
        return IssueForm(ctx, issue.id, {ctx.Field("subject"), ctx.Field("intro")},
                         ChosenItems(ctx.FieldValues("items"), offered, issue.items, v), offered, v,
                         422);
    if (!NewsletterOf(ctx).newsletter.UpdateIssue(issue.id, p->text, p->items, now))
        throw core::Conflict("Deze nieuwsbrief is al verzonden; hij kan niet meer veranderen.");
    SetFlash(ctx, "nieuwsbrief-opgeslagen");
    return Redirect(kIssue.With(issue.id));
}

Response SendIssue(Ctx& ctx) {
    const storage::Issue issue = LoadIssue(ctx);
    auto& repo = NewsletterOf(ctx).newsletter;
    if (issue.status == storage::kIssueConcept && repo.Count().active == 0)
        throw core::Conflict("Er zijn nog geen abonnees die hun aanmelding bevestigden.");
    const int64_t now = ctx.app.clock.Now();
    const auto recipients = repo.StartSending(issue.id, ctx.user->user_id, now);
    if (!recipients) throw core::Conflict("Deze nieuwsbrief is al verzonden (of wordt verzonden).");
    ctx.app.audit.Record(now, ctx.user->user_id, {"newsletter.sent", "Nieuwsbrief verzonden"},
                         issue.text.subject, std::to_string(*recipients) + " abonnees",
                         ctx.req.remote_address);
    SendNextBatch(ctx.app);  // a small list is queued at once; the rest in the background
    SetFlash(ctx, "nieuwsbrief-verzonden");
    return Redirect(kIssue.With(issue.id));
}

Response DeleteIssue(Ctx& ctx) {
    const storage::Issue issue = LoadIssue(ctx);
    if (!NewsletterOf(ctx).newsletter.DeleteIssue(issue.id))
        throw core::Conflict("Een verzonden nieuwsbrief blijft bewaard.");
    SetFlash(ctx, "nieuwsbrief-verwijderd");
    return Redirect(kIssues.With());
}

// {"state": "busy" | "done", "done": n, "total": m}: the page follows it while sending.
Response IssueProgress(Ctx& ctx) {
    const storage::Issue issue = LoadIssue(ctx);
    const storage::Progress p = NewsletterOf(ctx).newsletter.ProgressOf(issue.id);
    const bool busy = issue.status != storage::kIssueSent || p.waiting + p.queued > 0;
    return Json(200, std::string(R"({"state":")") + (busy ? "busy" : "done") + R"(","done":)" +
                         std::to_string(p.delivered + p.failed + p.skipped) + R"(,"total":)" +
                         std::to_string(p.total) + "}");
}

}  // namespace

void AddIssueRoutes(Router& r) {
    r.Get(kIssues, kEditor, Issues);
    r.Get(kNewIssue, kEditor, NewIssue);
    r.Post(kNewIssue, kEditor, AddIssue);
    r.Get(kIssue, kEditor, Issue);
    r.Post(kIssue, kEditor, SaveIssue);
    r.Post(kSendIssue, kEditor, SendIssue);
    r.Post(kDeleteIssue, kEditor, DeleteIssue);
    r.Get(kIssueProgress, kEditor, IssueProgress);
}

}  // namespace koers::web
