#include "modules/scan/instruments.hpp"

#include <stdexcept>

#include "modules/scan/core/instrument.hpp"
#include "modules/scan/storage/scan_repo.hpp"
#include "platform/core/common/embedded.hpp"

namespace koers::modules {
namespace scan_instrument_files {
const std::vector<EmbeddedFile>& Files();
}  // namespace scan_instrument_files

std::vector<std::string> ShippedInstruments() {
    std::vector<std::string> out;
    for (const auto& f : scan_instrument_files::Files()) out.emplace_back(f.content);
    return out;
}

int LoadShippedInstruments(storage::Database& db, int64_t now) {
    storage::ScanRepo repo(db);
    int added = 0;
    for (const auto& f : scan_instrument_files::Files()) {
        auto parsed = core::ParseInstrument(f.content);
        if (!parsed.instrument)
            throw std::runtime_error("scan/" + std::string(f.name) + ": " + parsed.errors.front());
        const auto& ins = *parsed.instrument;
        if (repo.EnsureInstrument(ins.sector, ins.title, std::string(f.content), now)) ++added;
    }
    return added;
}

}  // namespace koers::modules
