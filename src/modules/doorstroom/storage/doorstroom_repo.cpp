#include "modules/doorstroom/storage/doorstroom_repo.hpp"

#include <algorithm>
#include <set>
#include <string_view>

namespace koers::storage {
namespace {

// Rows per INSERT: one round trip for many rows (PostgreSQL allows 65,535 parameters).
constexpr size_t kBatch = 200;
constexpr std::string_view kInsert =
    "INSERT INTO doorstroom_cells (brin, vestiging, year, onderwijstype, destination, leavers, "
    "has_stayed, stayed) VALUES ";
constexpr size_t kColumnsPerRow = 8;

std::string InsertOf(size_t rows) {
    std::string sql(kInsert);
    for (size_t i = 0; i < rows; ++i)
        sql += i == 0 ? "(?, ?, ?, ?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?, ?, ?, ?)";
    return sql;
}

Value CountValue(const core::Count& c) { return Opt(c.value); }

core::Count CountOf(const Row& r, std::string_view column) { return core::Count{r.OptInt(column)}; }

core::Destination DestinationOf(const Row& r) {
    return core::DestinationFrom(r.Text("destination")).value_or(core::Destination::kAfgeschermd);
}

// The select list of one cell, read by ToFlow.
constexpr std::string_view kFlowColumns =
    "brin, vestiging, year, onderwijstype, destination, leavers, has_stayed, stayed";

core::Flow ToFlow(const Row& r) {
    core::Flow f{r.Text("brin"), r.Text("onderwijstype"), static_cast<int>(r.Int("year")),
                 DestinationOf(r), CountOf(r, "leavers")};
    if (r.Int("has_stayed") == 1) f.stayed = CountOf(r, "stayed");
    f.vestiging = r.Text("vestiging");
    return f;
}

// The select list of added-up figures, read by ToSum.
constexpr std::string_view kSumColumns =
    "year, onderwijstype, destination, "
    "COALESCE(SUM(leavers), 0) AS leavers_known, "
    "SUM(CASE WHEN leavers IS NULL THEN 1 ELSE 0 END) AS leavers_hidden, "
    "COALESCE(SUM(stayed), 0) AS stayed_known, "
    "SUM(CASE WHEN has_stayed = 1 AND stayed IS NULL THEN 1 ELSE 0 END) AS stayed_hidden, "
    "COALESCE(SUM(CASE WHEN stayed IS NOT NULL THEN leavers END), 0) AS followed";

core::FlowSum ToSum(const Row& r) {
    core::FlowSum s;
    s.year = static_cast<int>(r.Int("year"));
    s.onderwijstype = r.Text("onderwijstype");
    s.to = DestinationOf(r);
    s.leavers = {r.Int("leavers_known"), r.Int("leavers_hidden")};
    s.stayed = {r.Int("stayed_known"), r.Int("stayed_hidden")};
    s.followed = r.Int("followed");
    return s;
}

}  // namespace

void DoorstroomRepo::Replace(const core::FlowFile& file, const std::string& file_name,
                             std::optional<int64_t> by, int64_t now, int64_t stamp) {
    db_.Transaction([&](Connection& c) {
        // Imports one after the other, as on SQLite (BEGIN IMMEDIATE): without it a second import
        // of the same year on PostgreSQL inserted beside the first's rows it could not yet see,
        // and failed on their keys. Readers are not held up by this lock mode.
        if (c.dialect() == Dialect::kPostgres)
            c.Execute("LOCK TABLE doorstroom_years IN SHARE ROW EXCLUSIVE MODE", {});
        for (int year : file.years) {
            c.Execute("DELETE FROM doorstroom_cells WHERE year = ?", {int64_t{year}});
            c.Execute("DELETE FROM doorstroom_national WHERE year = ?", {int64_t{year}});
        }
        std::vector<Value> params;
        params.reserve(kBatch * kColumnsPerRow);
        const std::string full = InsertOf(kBatch);
        for (size_t start = 0; start < file.flows.size(); start += kBatch) {
            const size_t n = std::min(kBatch, file.flows.size() - start);
            params.clear();
            for (size_t i = start; i < start + n; ++i) {
                const auto& f = file.flows[i];
                params.insert(params.end(), {f.brin, f.vestiging, int64_t{f.year}, f.onderwijstype,
                                             std::string(core::DestinationCode(f.to)),
                                             CountValue(f.leavers), int64_t{f.stayed ? 1 : 0},
                                             f.stayed ? CountValue(*f.stayed) : Value(nullptr)});
            }
            c.Execute(n == kBatch ? full : InsertOf(n), params);
        }
        for (int year : file.years) {
            // The year's rows are now exactly the file's: the country's sums, once.
            c.Execute(
                "INSERT INTO doorstroom_national (year, onderwijstype, destination, "
                "leavers_known, leavers_hidden, stayed_known, stayed_hidden, followed) SELECT " +
                    std::string(kSumColumns) +
                    " FROM doorstroom_cells WHERE year = ? GROUP BY year, onderwijstype, "
                    "destination",
                {int64_t{year}});
            int64_t rows = 0;
            std::set<std::string_view> schools;
            for (const auto& f : file.flows)
                if (f.year == year) {
                    ++rows;
                    schools.insert(f.brin);
                }
            c.Execute("DELETE FROM doorstroom_years WHERE year = ?", {int64_t{year}});
            c.Execute(
                "INSERT INTO doorstroom_years (year, stamp, file_name, rows_read, schools, "
                "imported_by, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                {int64_t{year}, stamp, file_name, rows, static_cast<int64_t>(schools.size()),
                 Opt(by), now});
        }
        for (const auto& v : file.names)
            c.Execute(
                "INSERT INTO doorstroom_vestigingen (brin, vestiging, name) VALUES (?, ?, ?) "
                "ON CONFLICT (brin, vestiging) DO UPDATE SET name = excluded.name",
                {v.brin, v.code, v.name});
    });
}

std::vector<core::Flow> DoorstroomRepo::All() {
    return db_.Use([&](Connection& c) {
        std::vector<core::Flow> out;
        for (const auto& r : c.Query("SELECT " + std::string(kFlowColumns) +
                                     " FROM doorstroom_cells ORDER BY brin, year, onderwijstype, "
                                     "destination, vestiging"))
            out.push_back(ToFlow(r));
        return out;
    });
}

std::vector<core::VestigingName> DoorstroomRepo::Names() {
    return db_.Use([&](Connection& c) {
        std::vector<core::VestigingName> out;
        for (const auto& r : c.Query("SELECT brin, vestiging, name FROM doorstroom_vestigingen "
                                     "ORDER BY brin, vestiging"))
            out.push_back({r.Text("brin"), r.Text("vestiging"), r.Text("name")});
        return out;
    });
}

std::vector<std::pair<int, int64_t>> DoorstroomRepo::Stamps() {
    return db_.Use([&](Connection& c) {
        std::vector<std::pair<int, int64_t>> out;
        for (const auto& r : c.Query("SELECT year, stamp FROM doorstroom_years ORDER BY year"))
            out.emplace_back(static_cast<int>(r.Int("year")), r.Int("stamp"));
        return out;
    });
}

std::vector<core::FlowSum> DoorstroomRepo::National() {
    return db_.Use([&](Connection& c) {
        std::vector<core::FlowSum> out;
        for (const auto& r :
             c.Query("SELECT year, onderwijstype, destination, leavers_known, leavers_hidden, "
                     "stayed_known, stayed_hidden, followed FROM doorstroom_national"))
            out.push_back(ToSum(r));
        return out;
    });
}

std::vector<FlowYear> DoorstroomRepo::Years() {
    return db_.Use([&](Connection& c) {
        std::vector<FlowYear> out;
        for (const auto& r :
             c.Query("SELECT y.year, y.file_name, y.rows_read, y.schools, y.imported_at, "
                     "COALESCE(u.display_name, '') AS by_name FROM doorstroom_years y "
                     "LEFT JOIN users u ON u.id = y.imported_by ORDER BY y.year DESC"))
            out.push_back({static_cast<int>(r.Int("year")), r.Text("file_name"), r.Int("rows_read"),
                           r.Int("schools"), r.Text("by_name"), r.Int("imported_at")});
        return out;
    });
}

int64_t DoorstroomRepo::Census() {
    return db_.Use([&](Connection& c) {
        return c.QueryOne("SELECT COUNT(*) AS n FROM doorstroom_cells")->Int("n");
    });
}

}  // namespace koers::storage
