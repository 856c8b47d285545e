#include "modules/dossier/web/retention_job.hpp"

#include <string>

#include "modules/dossier/core/retention.hpp"
#include "modules/dossier/storage/retention_repo.hpp"
#include "modules/dossier/web/dossier_parts.hpp"
#include "modules/dossier/web/paths.hpp"
#include "platform/core/common/dates.hpp"
#include "platform/storage/db/unit_of_work.hpp"
#include "platform/storage/outbox_repo.hpp"
#include "platform/web/services.hpp"

namespace koers::web {
namespace {

// Warns once per leaving, in the transaction that records it, so two processes send one mail.
void Warn(Services& app, const storage::LeaverDossier& l, int64_t erase_at) {
    storage::InTransaction(app.db, [&](storage::Database& tx) {
        if (!storage::RetentionRepo(tx).MarkWarned(l.student_id, l.left_at)) return;
        storage::OutboxRepo(tx).Enqueue(
            l.email, "Je loopbaandossier van " + l.school_name + " wordt gewist",
            "Hoi " + l.name + ",\n\nJe zit niet meer op " + l.school_name +
                ". Je loopbaandossier van die school bewaart Koers nog tot " +
                core::FormatDateLong(erase_at) +
                ". Daarna wordt het helemaal gewist.\n\nWil je het houden? Log in en download "
                "het voor die datum:\n\n" +
                app.config.public_url + dossier_paths::kCarry.With(l.school_id, l.student_id) +
                "\n\nGroet,\nKoers\n",
            app.clock.Now());
    });
}

}  // namespace

void KeepDossierRetention(Services& app) {
    const int64_t now = app.clock.Now();
    auto& retention = DossierOf(app).retention;
    for (const auto& l : retention.Leavers()) {
        const auto dates = core::RetentionFor(l.left_at, l.years);
        if (now >= dates.erase_at) {
            const int64_t entries = retention.Erase(l.student_id, now);
            app.audit.Record(now, std::nullopt, {"dossier.erased", "Loopbaandossier gewist"},
                             l.school_name,
                             "bewaartermijn verstreken: loopbaandossier van inschrijving " +
                                 std::to_string(l.student_id) + " gewist (" +
                                 std::to_string(entries) + " stukken)",
                             "");
        } else if (now >= dates.warn_at && l.warned_left_at != l.left_at) {
            Warn(app, l, dates.erase_at);
        }
    }
}

}  // namespace koers::web
