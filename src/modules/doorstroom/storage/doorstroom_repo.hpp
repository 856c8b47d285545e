#pragma once
// The doorstroomgegevens (doorstroom_cells, of whole schools or of vestigingen, with the
// vestigingen's names in doorstroom_vestigingen), the country's figures added up at import
// (doorstroom_national), and which file each year came from (doorstroom_years); uitval en
// overstap (doorstroom_attrition) and instroom (doorstroom_inflow), each with its own years.
// Thread-safe.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "modules/doorstroom/core/attrition_file.hpp"
#include "modules/doorstroom/core/flow_file.hpp"
#include "modules/doorstroom/core/inflow_file.hpp"
#include "platform/storage/db/database.hpp"

namespace koers::storage {

struct FlowYear {
    int year = 0;
    std::string file_name;
    int64_t rows = 0;
    int64_t schools = 0;
    std::string by_name;  // who imported it ("" when the account is gone)
    int64_t imported_at = 0;
};

// The kinds of file: where leavers went, uitval en overstap, and instroom.
enum class FigureKind { kFlows, kAttrition, kInflow };

// Per imported year of each kind its stamp: what the copy in memory was read from.
struct FigureStamps {
    std::vector<std::pair<int, int64_t>> flows;
    std::vector<std::pair<int, int64_t>> attrition;
    std::vector<std::pair<int, int64_t>> inflow;
    bool operator==(const FigureStamps&) const = default;
};

class DoorstroomRepo {
public:
    explicit DoorstroomRepo(Database& db) : db_(db) {}

    // Replaces every year the file holds by its figures, and those years' national sums, in one
    // transaction: readers see the old year or the new one, never a mix or a gap. `stamp` marks
    // the change for the copies in memory (the import's clock in milliseconds).
    void Replace(const core::FlowFile& file, const std::string& file_name,
                 std::optional<int64_t> by, int64_t now, int64_t stamp);

    // Every school's figures, every year (for the copy in memory), by school, year, onderwijstype
    // and destination, a school's vestigingen of one cell after each other.
    std::vector<core::Flow> All();
    // The vestigingen's names the files gave, by school and number.
    std::vector<core::VestigingName> Names();
    FigureStamps Stamps();

    // Replaces every year the file holds by its uitval en overstap, in one transaction, as
    // Replace does for the flows; the flows of those years stay as they are.
    void ReplaceAttrition(const core::AttritionFile& file, const std::string& file_name,
                          std::optional<int64_t> by, int64_t now, int64_t stamp);
    // Every school's uitval en overstap, every year, by school, year and onderwijstype.
    std::vector<core::AttritionCell> Attrition();
    // The same for instroom; every institution's, by institution, year and school of origin.
    void ReplaceInflow(const core::InflowFile& file, const std::string& file_name,
                       std::optional<int64_t> by, int64_t now, int64_t stamp);
    std::vector<core::InflowCell> Inflow();

    // The country's figures.
    std::vector<core::FlowSum> National();
    // The imported years of a kind, the latest first.
    std::vector<FlowYear> Years(FigureKind kind = FigureKind::kFlows);
    // For the access walk: how many rows there are of a kind.
    int64_t Census(FigureKind kind = FigureKind::kFlows);

private:
    Database& db_;
};

}  // namespace koers::storage
