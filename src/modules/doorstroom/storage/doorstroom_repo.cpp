#include "modules/doorstroom/storage/doorstroom_repo.hpp"

#include <algorithm>
#include <set>
#include <string_view>

namespace koers::storage {
namespace {

// Rows per INSERT: one round trip for many rows (PostgreSQL allows 65,535 parameters).
constexpr size_t kBatch = 200;
constexpr std::string_view kInsertCells =
    "INSERT INTO doorstroom_cells (brin, vestiging, year, onderwijstype, destination, leavers, "
    "has_stayed, stayed) VALUES ";
constexpr size_t kCellColumns = 8;
constexpr std::string_view kInsertAttrition =
    "INSERT INTO doorstroom_attrition (brin, year, onderwijstype, enrolled, dropped, switched) "
    "VALUES ";
constexpr size_t kAttritionColumns = 6;
constexpr std::string_view kInsertInflow =
    "INSERT INTO doorstroom_inflow (brin, origin, year, onderwijstype, arrived) VALUES ";
constexpr size_t kInflowColumns = 5;

// `insert` with the placeholders of `rows` rows of `columns` values.
std::string InsertOf(std::string_view insert, size_t columns, size_t rows) {
    std::string one = "(?";
    for (size_t i = 1; i < columns; ++i) one += ", ?";
    one += ')';
    std::string sql(insert);
    sql.reserve(sql.size() + rows * (one.size() + 2));
    for (size_t i = 0; i < rows; ++i) sql += (i == 0 ? "" : ", ") + one;
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

// Where a kind's figures and its years are.
std::string_view CellsOf(FigureKind kind) {
    switch (kind) {
        case FigureKind::kFlows:
            return "doorstroom_cells";
        case FigureKind::kAttrition:
            return "doorstroom_attrition";
        case FigureKind::kInflow:
            return "doorstroom_inflow";
    }
    return "";
}
std::string_view YearsOf(FigureKind kind) {
    switch (kind) {
        case FigureKind::kFlows:
            return "doorstroom_years";
        case FigureKind::kAttrition:
            return "doorstroom_attrition_years";
        case FigureKind::kInflow:
            return "doorstroom_inflow_years";
    }
    return "";
}

// After a kind's rows of `year` were written: which file they came from.
void RecordYear(Connection& c, FigureKind kind, int year, int64_t rows, int64_t schools,
                int64_t stamp, const std::string& file_name, std::optional<int64_t> by,
                int64_t now) {
    const std::string table(YearsOf(kind));
    c.Execute("DELETE FROM " + table + " WHERE year = ?", {int64_t{year}});
    c.Execute("INSERT INTO " + table +
                  " (year, stamp, file_name, rows_read, schools, imported_by, imported_at) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?)",
              {int64_t{year}, stamp, file_name, rows, schools, Opt(by), now});
}

// One import at a time, as on SQLite (BEGIN IMMEDIATE): without it a second import of the same
// year on PostgreSQL inserted beside the first's rows it could not yet see, and failed on their
// keys. Readers are not held up by this lock mode.
void OneImportAtATime(Connection& c, FigureKind kind) {
    if (c.dialect() == Dialect::kPostgres)
        c.Execute("LOCK TABLE " + std::string(YearsOf(kind)) + " IN SHARE ROW EXCLUSIVE MODE", {});
}

// Writes `rows` in batches of kBatch, each row's values given by `values(row, params)`.
template <typename T, typename F>
void InsertBatches(Connection& c, std::string_view insert, size_t columns,
                   const std::vector<T>& rows, F values) {
    const std::string full = InsertOf(insert, columns, kBatch);
    std::vector<Value> params;
    params.reserve(kBatch * columns);
    for (size_t start = 0; start < rows.size(); start += kBatch) {
        const size_t n = std::min(kBatch, rows.size() - start);
        params.clear();
        for (size_t i = start; i < start + n; ++i) values(rows[i], params);
        c.Execute(n == kBatch ? full : InsertOf(insert, columns, n), params);
    }
}

// Records per year of the file which file it came from, with its rows and schools.
template <typename T>
void RecordYears(Connection& c, FigureKind kind, const std::vector<int>& years,
                 const std::vector<T>& rows, int64_t stamp, const std::string& file_name,
                 std::optional<int64_t> by, int64_t now) {
    for (int year : years) {
        int64_t count = 0;
        std::set<std::string_view> schools;
        for (const auto& r : rows)
            if (r.year == year) {
                ++count;
                schools.insert(r.brin);
            }
        RecordYear(c, kind, year, count, static_cast<int64_t>(schools.size()), stamp, file_name, by,
                   now);
    }
}

}  // namespace

void DoorstroomRepo::Replace(const core::FlowFile& file, const std::string& file_name,
                             std::optional<int64_t> by, int64_t now, int64_t stamp) {
    db_.Transaction([&](Connection& c) {
        OneImportAtATime(c, FigureKind::kFlows);
        for (int year : file.years) {
            c.Execute("DELETE FROM doorstroom_cells WHERE year = ?", {int64_t{year}});
            c.Execute("DELETE FROM doorstroom_national WHERE year = ?", {int64_t{year}});
        }
        InsertBatches(c, kInsertCells, kCellColumns, file.flows,
                      [](const core::Flow& f, std::vector<Value>& params) {
                          params.insert(params.end(),
                                        {f.brin, f.vestiging, int64_t{f.year}, f.onderwijstype,
                                         std::string(core::DestinationCode(f.to)),
                                         CountValue(f.leavers), int64_t{f.stayed ? 1 : 0},
                                         f.stayed ? CountValue(*f.stayed) : Value(nullptr)});
                      });
        for (int year : file.years) {
            // The year's rows are now exactly the file's: the country's sums, once.
            c.Execute(
                "INSERT INTO doorstroom_national (year, onderwijstype, destination, "
                "leavers_known, leavers_hidden, stayed_known, stayed_hidden, followed) SELECT " +
                    std::string(kSumColumns) +
                    " FROM doorstroom_cells WHERE year = ? GROUP BY year, onderwijstype, "
                    "destination",
                {int64_t{year}});
        }
        RecordYears(c, FigureKind::kFlows, file.years, file.flows, stamp, file_name, by, now);
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

FigureStamps DoorstroomRepo::Stamps() {
    return db_.Use([&](Connection& c) {
        FigureStamps out;
        for (const auto& r :
             c.Query("SELECT 0 AS kind, year, stamp FROM doorstroom_years UNION ALL "
                     "SELECT 1 AS kind, year, stamp FROM doorstroom_attrition_years UNION ALL "
                     "SELECT 2 AS kind, year, stamp FROM doorstroom_inflow_years "
                     "ORDER BY kind, year")) {
            auto& into = r.Int("kind") == 0   ? out.flows
                         : r.Int("kind") == 1 ? out.attrition
                                              : out.inflow;
            into.emplace_back(static_cast<int>(r.Int("year")), r.Int("stamp"));
        }
        return out;
    });
}

void DoorstroomRepo::ReplaceAttrition(const core::AttritionFile& file, const std::string& file_name,
                                      std::optional<int64_t> by, int64_t now, int64_t stamp) {
    db_.Transaction([&](Connection& c) {
        OneImportAtATime(c, FigureKind::kAttrition);
        for (int year : file.years)
            c.Execute("DELETE FROM doorstroom_attrition WHERE year = ?", {int64_t{year}});
        InsertBatches(c, kInsertAttrition, kAttritionColumns, file.cells,
                      [](const core::AttritionCell& a, std::vector<Value>& params) {
                          params.insert(
                              params.end(),
                              {a.brin, int64_t{a.year}, a.onderwijstype, CountValue(a.enrolled),
                               CountValue(a.dropped), CountValue(a.switched)});
                      });
        RecordYears(c, FigureKind::kAttrition, file.years, file.cells, stamp, file_name, by, now);
    });
}

std::vector<core::AttritionCell> DoorstroomRepo::Attrition() {
    return db_.Use([&](Connection& c) {
        std::vector<core::AttritionCell> out;
        for (const auto& r :
             c.Query("SELECT brin, year, onderwijstype, enrolled, dropped, switched FROM "
                     "doorstroom_attrition ORDER BY brin, year, onderwijstype"))
            out.push_back({r.Text("brin"), r.Text("onderwijstype"), static_cast<int>(r.Int("year")),
                           CountOf(r, "enrolled"), CountOf(r, "dropped"), CountOf(r, "switched")});
        return out;
    });
}

void DoorstroomRepo::ReplaceInflow(const core::InflowFile& file, const std::string& file_name,
                                   std::optional<int64_t> by, int64_t now, int64_t stamp) {
    db_.Transaction([&](Connection& c) {
        OneImportAtATime(c, FigureKind::kInflow);
        for (int year : file.years)
            c.Execute("DELETE FROM doorstroom_inflow WHERE year = ?", {int64_t{year}});
        InsertBatches(c, kInsertInflow, kInflowColumns, file.cells,
                      [](const core::InflowCell& a, std::vector<Value>& params) {
                          params.insert(params.end(), {a.brin, a.origin, int64_t{a.year},
                                                       a.onderwijstype, CountValue(a.count)});
                      });
        RecordYears(c, FigureKind::kInflow, file.years, file.cells, stamp, file_name, by, now);
    });
}

std::vector<core::InflowCell> DoorstroomRepo::Inflow() {
    return db_.Use([&](Connection& c) {
        std::vector<core::InflowCell> out;
        for (const auto& r :
             c.Query("SELECT brin, origin, year, onderwijstype, arrived FROM doorstroom_inflow "
                     "ORDER BY brin, year, origin, onderwijstype"))
            out.push_back({r.Text("brin"), r.Text("origin"), r.Text("onderwijstype"),
                           static_cast<int>(r.Int("year")), CountOf(r, "arrived")});
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

std::vector<FlowYear> DoorstroomRepo::Years(FigureKind kind) {
    return db_.Use([&](Connection& c) {
        std::vector<FlowYear> out;
        for (const auto& r :
             c.Query("SELECT y.year, y.file_name, y.rows_read, y.schools, y.imported_at, "
                     "COALESCE(u.display_name, '') AS by_name FROM " +
                     std::string(YearsOf(kind)) +
                     " y LEFT JOIN users u ON u.id = y.imported_by ORDER BY y.year DESC"))
            out.push_back({static_cast<int>(r.Int("year")), r.Text("file_name"), r.Int("rows_read"),
                           r.Int("schools"), r.Text("by_name"), r.Int("imported_at")});
        return out;
    });
}

int64_t DoorstroomRepo::Census(FigureKind kind) {
    return db_.Use([&](Connection& c) {
        return c.QueryOne("SELECT COUNT(*) AS n FROM " + std::string(CellsOf(kind)))->Int("n");
    });
}

}  // namespace koers::storage
