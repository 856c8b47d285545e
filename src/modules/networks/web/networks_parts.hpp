#pragma once
// What the networks module builds at start (Module::build) and its handlers use.
#include "modules/networks/storage/network_repo.hpp"
#include "platform/web/http/router.hpp"
#include "platform/web/services.hpp"

namespace koers::web {

struct NetworksParts {
    explicit NetworksParts(storage::Database& db)
        : networks(db), documents(db, storage::kNetworkDocuments) {}

    storage::NetworkRepo networks;  // networks, members, meeting records, actions
    storage::FileTable documents;   // the networks' shared documents
};

inline NetworksParts& NetworksOf(const Services& app) { return app.parts.Get<NetworksParts>(); }
inline NetworksParts& NetworksOf(const Ctx& ctx) { return NetworksOf(ctx.app); }

}  // namespace koers::web
