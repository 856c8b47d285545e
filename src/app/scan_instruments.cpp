#include "app/scan_instruments.hpp"

#include <stdexcept>

#include "core/scan/instrument.hpp"
#include "embedded/embedded.hpp"
#include "storage/repos/scan_repo.hpp"

namespace koers::app {
namespace scan_files {
const std::vector<EmbeddedFile>& Files();
}  // namespace scan_files

std::vector<std::string> ShippedInstruments() {
    std::vector<std::string> out;
    for (const auto& f : scan_files::Files()) out.emplace_back(f.content);
    return out;
}

int LoadShippedInstruments(storage::Database& db, int64_t now) {
    storage::ScanRepo repo(db);
    int added = 0;
    for (const auto& f : scan_files::Files()) {
        auto parsed = core::ParseInstrument(f.content);
        if (!parsed.instrument)
            throw std::runtime_error("scan/" + std::string(f.name) + ": " + parsed.errors.front());
        const auto& ins = *parsed.instrument;
        if (repo.EnsureInstrument(ins.sector, ins.title, std::string(f.content), now)) ++added;
    }
    return added;
}

}  // namespace koers::app
