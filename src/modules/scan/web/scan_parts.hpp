#pragma once
// What the LOB-scan module builds at start (Module::build) and its handlers use: the scan
// repository and the service for instruments, results and closing rounds.
#include "modules/scan/storage/scan_repo.hpp"
#include "modules/scan/web/result_figures.hpp"
#include "modules/scan/web/scan_service.hpp"
#include "platform/web/http/router.hpp"
#include "platform/web/services.hpp"

namespace koers::web {

struct ScanParts {
    ScanParts(storage::Database& db, storage::OrgRepo& orgs, const core::Clock& clock)
        : scans(db), scan(scans, orgs, clock) {}

    storage::ScanRepo scans;
    ScanService scan;       // LOB-scan instruments, results and closing
    ResultFigures figures;  // the rendered figures of visible results
};

inline ScanParts& ScanOf(const Services& app) { return app.parts.Get<ScanParts>(); }
inline ScanParts& ScanOf(const Ctx& ctx) { return ScanOf(ctx.app); }

}  // namespace koers::web
