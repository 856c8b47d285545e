#include "modules/dossier/web/retention_job.hpp"

#include <string>

#include "modules/dossier/core/retention.hpp"
#include "modules/dossier/storage/retention_repo.hpp"
#include "modules/dossier/web/dossier_parts.hpp"
#include "modules/dossier/web/paths.hpp"
#include "platform/core/common/dates.hpp"
#include "platform/storage/db/unit_of_work.hpp"
#include "platform/storage/enrolment_end.hpp"
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

// What the audit log says of an enrolment forgotten at the end of its term (never its content).
std::string Forgotten(const storage::LeaverDossier& l, int64_t entries,
                      const storage::ForgottenEnrolment& f) {
    std::string said = "bewaartermijn verstreken: inschrijving " + std::to_string(l.student_id) +
                       " gewist met het loopbaandossier (" + std::to_string(entries) +
                       " stukken); het account van de leerling " +
                       (f.account ? "is gewist" : "blijft (andere inschrijving of rol)");
    if (f.parents > 0)
        said += ", en " + std::to_string(f.parents) + " account(s) van ouders zonder ander kind";
    return said;
}

}  // namespace

void KeepDossierRetention(Services& app) {
    const int64_t now = app.clock.Now();
    auto& retention = DossierOf(app).retention;
    for (const auto& l : retention.Leavers()) {
        const auto dates = core::RetentionFor(l.left_at, l.years);
        if (now >= dates.erase_at) {
            const int64_t entries = l.holds ? retention.Erase(l.student_id, now) : 0;
            const auto forgotten = storage::ForgetEnrolment(app.db, l.student_id);
            if (!forgotten.found) continue;  // another process was first
            app.audit.Record(now, std::nullopt, {"dossier.erased", "Loopbaandossier gewist"},
                             l.school_name, Forgotten(l, entries, forgotten), "");
        } else if (l.holds && now >= dates.warn_at && l.warned_left_at != l.left_at) {
            Warn(app, l, dates.erase_at);
        }
    }
}

}  // namespace koers::web
