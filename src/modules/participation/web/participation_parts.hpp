#pragma once
// What the participation module builds at start (Module::build) and its handlers use.
#include "modules/participation/storage/participation_repo.hpp"
#include "platform/web/http/router.hpp"
#include "platform/web/services.hpp"

namespace koers::web {

struct ParticipationParts {
    explicit ParticipationParts(storage::Database& db) : participation(db) {}

    storage::ParticipationRepo participation;  // who took part in which activity
};

inline ParticipationParts& ParticipationOf(const Services& app) {
    return app.parts.Get<ParticipationParts>();
}
inline ParticipationParts& ParticipationOf(const Ctx& ctx) { return ParticipationOf(ctx.app); }

}  // namespace koers::web
