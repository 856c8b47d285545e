// Beheer: the e-mail outbox and the audit log (a page at a time, found by words). Mail bodies hold
// live one-time links, so they are shown only when no SMTP server is configured (an offline demo,
// where the beheerder passes the links on); with SMTP the page lists who got what and whether it
// went out, never the content.
#include "platform/core/common/dates.hpp"
#include "platform/core/common/errors.hpp"
#include "platform/core/common/numbers.hpp"
#include "platform/core/common/utf8.hpp"
#include "platform/core/common/validation.hpp"
#include "platform/storage/outbox_repo.hpp"
#include "platform/web/http/parse.hpp"
#include "platform/web/http/router.hpp"
#include "platform/web/pages/page.hpp"
#include "platform/web/pages/paths.hpp"
#include "platform/web/pages/routes.hpp"
#include "platform/web/render/rows.hpp"
#include "platform/web/services.hpp"

namespace koers::web {

using namespace platform_paths;
namespace {

Response Outbox(Ctx& ctx) {
    View v = Object();
    ViewList list;
    for (const auto& m : ctx.app.outbox.Recent(100)) {
        View item = Object();
        item.set("to", m.to);
        item.set("subject", m.subject);
        item.set("body", ctx.app.config.smtp_configured ? std::string() : m.body);
        item.set("attachment", m.extras.attachment ? m.extras.attachment->filename : std::string());
        item.set("created", core::FormatDateTime(m.created_at));
        item.set("status", m.sent_at ? "verstuurd op " + core::FormatDateTime(*m.sent_at)
                           : m.last_error.empty() ? std::string("nog niet verstuurd")
                                                  : "mislukt: " + m.last_error);
        list.push_back(std::move(item));
    }
    v.set("mails", std::move(list));
    v.set("smtp", ctx.app.config.smtp_configured);
    return RenderPage(ctx, "admin/outbox", std::move(v), "Uitgaande e-mail");
}

// The audit log grows with every sign-in, for as long as the platform runs: a page of 100 lines
// at a time, read on from the last line shown, and found by words.
constexpr int64_t kAuditPerPage = 100;
constexpr size_t kMaxAuditWords = 100;

// A line of the audit log, read where it lies.
constexpr RowField<storage::AuditRecord> kAuditRow[] = {
    {"at",
     [](const storage::AuditRecord& a, std::string& made) -> std::string_view {
         return made = core::FormatDateTime(a.at);
     }},
    {"actor",
     [](const storage::AuditRecord& a, std::string&) -> std::string_view {
         return a.actor_name.empty() ? "—" : std::string_view(a.actor_name);
     }},
    // Rows from before descriptions were kept show their code.
    {"description",
     [](const storage::AuditRecord& a, std::string&) -> std::string_view {
         return a.description.empty() ? a.action : a.description;
     }},
    {"subject",
     [](const storage::AuditRecord& a, std::string&) -> std::string_view { return a.subject; }},
    {"detail",
     [](const storage::AuditRecord& a, std::string&) -> std::string_view { return a.detail; }},
    {"address",
     [](const storage::AuditRecord& a, std::string&) -> std::string_view { return a.address; }},
};

Response Audit(Ctx& ctx) {
    const std::string words = core::Trim(ctx.QueryParam("q").value_or(""));
    // In characters, as the search box's maxlength counts them.
    if (core::Utf8Length(words) > kMaxAuditWords)
        throw core::InvalidInput("Zoek met ten hoogste 100 tekens.");
    std::optional<int64_t> before;
    if (const auto voor = ctx.QueryParam("voor")) {
        before = core::ParseInt(*voor, 1);
        if (!before) throw core::InvalidInput("Die plek in het auditlog bestaat niet.");
    }
    auto page = ctx.app.audit.Find({words, before, kAuditPerPage});
    const std::string search = words.empty() ? "" : "q=" + UrlEncode(words, Slash::kEncode);
    View v = Object();
    v.set("words", words);
    v.set("later", before.has_value());
    v.set("newest_path", kAudit.With() + (search.empty() ? "" : "?" + search));
    if (page.older) {
        v.set("older_path", kAudit.With() + "?voor=" + std::to_string(*page.older) +
                                (search.empty() ? "" : "&" + search));
        // A search that read its span without filling the page goes on further back.
        v.set("older_label", page.lines.size() < static_cast<size_t>(kAuditPerPage)
                                 ? "Verder terug zoeken"
                                 : "Oudere gebeurtenissen");
    }
    v.set("entries", RowList(std::move(page.lines), kAuditRow));
    return RenderPage(ctx, "admin/audit", std::move(v), "Auditlog");
}

}  // namespace

void AddAdminLogRoutes(Router& r) {
    r.Get(kOutbox, Access::Beheer(), Outbox);
    r.Get(kAudit, Access::Beheer(), Audit);
}

}  // namespace koers::web
