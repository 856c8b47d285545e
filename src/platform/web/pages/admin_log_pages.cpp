// Beheer: the e-mail outbox and the audit log. Mail bodies hold live one-time links, so they are
// shown only when no SMTP server is configured (an offline demo, where the beheerder passes the
// links on); with SMTP the page lists who got what and whether it went out, never the content.
#include "platform/core/common/dates.hpp"
#include "platform/storage/outbox_repo.hpp"
#include "platform/web/http/router.hpp"
#include "platform/web/pages/page.hpp"
#include "platform/web/pages/paths.hpp"
#include "platform/web/pages/routes.hpp"
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

Response Audit(Ctx& ctx) {
    View v = Object();
    ViewList list;
    for (const auto& a : ctx.app.audit.Recent(200)) {
        View item = Object();
        item.set("at", core::FormatDateTime(a.at));
        item.set("actor", a.actor_name.empty() ? std::string("—") : a.actor_name);
        // Rows from before descriptions were kept show their code.
        item.set("description", a.description.empty() ? a.action : a.description);
        item.set("subject", a.subject);
        item.set("detail", a.detail);
        item.set("address", a.address);
        list.push_back(std::move(item));
    }
    v.set("entries", std::move(list));
    return RenderPage(ctx, "admin/audit", std::move(v), "Auditlog");
}

}  // namespace

void AddAdminLogRoutes(Router& r) {
    r.Get(kOutbox, Access::Beheer(), Outbox);
    r.Get(kAudit, Access::Beheer(), Audit);
}

}  // namespace koers::web
