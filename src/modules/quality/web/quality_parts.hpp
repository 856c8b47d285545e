#pragma once
// What the kwaliteitscyclus module builds at start (Module::build) and its handlers use.
#include "modules/quality/storage/quality_repo.hpp"
#include "platform/web/http/router.hpp"
#include "platform/web/services.hpp"

namespace koers::web {

struct QualityParts {
    explicit QualityParts(storage::Database& db) : quality(db) {}

    storage::QualityRepo quality;  // visie, beleid, werkplannen, evaluations, LOB-taken
};

inline QualityParts& QualityOf(const Services& app) { return app.parts.Get<QualityParts>(); }
inline QualityParts& QualityOf(const Ctx& ctx) { return QualityOf(ctx.app); }

}  // namespace koers::web
