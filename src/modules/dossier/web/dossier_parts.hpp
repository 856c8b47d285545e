#pragma once
// What the loopbaandossier module builds at start (Module::build) and its handlers use.
#include "modules/dossier/storage/conversation_repo.hpp"
#include "modules/dossier/storage/dossier_repo.hpp"
#include "modules/dossier/storage/evidence_repo.hpp"
#include "modules/dossier/storage/question_repo.hpp"
#include "modules/dossier/storage/retention_repo.hpp"
#include "modules/dossier/storage/share_repo.hpp"
#include "platform/web/http/router.hpp"
#include "platform/web/services.hpp"

namespace koers::web {

struct DossierParts {
    explicit DossierParts(storage::Database& db)
        : dossiers(db), conversation(db), retention(db), evidence(db), shares(db), questions(db) {}

    storage::DossierRepo dossiers;           // entries, group summaries, the log of looks
    storage::ConversationRepo conversation;  // reactions, requests for a gesprek
    storage::RetentionRepo retention;        // the school's term, erasing
    storage::EvidenceRepo evidence;          // the files of bewijzen
    storage::ShareRepo shares;               // sharing with the next school
    storage::QuestionRepo questions;         // a school's own questions for gesprekken
};

inline DossierParts& DossierOf(const Services& app) { return app.parts.Get<DossierParts>(); }
inline DossierParts& DossierOf(const Ctx& ctx) { return DossierOf(ctx.app); }

}  // namespace koers::web
