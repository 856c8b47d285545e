// bench/doorstroom: doorstroomgegevens at national scale, on SQLite and PostgreSQL in one run.
//
// Made-up figures (core/synthetic) of 650 vo schools, 70 mbo institutions and 40 hogescholen over
// five years. The
// import: the file read and checked (ReadFlowFile), then every year replaced with the country's
// sums (DoorstroomRepo::Replace), in rows per second, and the process's peak memory; uitval en
// overstap and instroom of the same schools and years likewise. Then the
// dashboards through Koers's router, signed in: a school's (its own rows, its region of 25 schools
// added up, the country's sums) and the region's, from the figures every process keeps in memory,
// and the figures alone without the page; each set against the bare SQL a dashboard without kept
// sums would run at the least: the country's figures added up from all rows.
// Measurements interleave, so noise hurts all alike. Prints p50 and p99 and the ratio of the
// medians; reports only.
// Last it prints "figures p50: sqlite=<ms> postgresql=<ms>" for run.sh, which sets DuckDB (from
// npm, bench/doorstroom/duckdb) beside it on the same file, written to [csv-file].
//   doorstroom_bench <sqlite-file> <postgresql-url> [rounds=200] [csv-file]
#include <sys/resource.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "bench/bench_app.hpp"
#include "bench/timing.hpp"
#include "modules/doorstroom/core/figures.hpp"
#include "modules/doorstroom/core/synthetic.hpp"
#include "modules/doorstroom/storage/doorstroom_repo.hpp"
#include "modules/doorstroom/web/doorstroom_parts.hpp"
#include "platform/storage/db/database.hpp"
#include "platform/storage/org_repo.hpp"
#include "platform/storage/user_repo.hpp"

namespace {

using koers::bench::Clock;
using koers::bench::Millis;
using koers::bench::Percentile;
using koers::bench::WallClock;
using koers::storage::Connection;

double PeakMegabytes() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

// The other kinds of file, beside the flows.
struct OtherFiles {
    std::string attrition;
    std::string inflow;
    std::string mbo_brin;  // an mbo institution that receives instroom
};

// Imports uitval en overstap and instroom, and prints their throughput.
void ImportOther(koers::storage::Database& db, const OtherFiles& other, int64_t now) {
    koers::storage::DoorstroomRepo repo(db);
    auto t0 = Clock::now();
    auto attrition_read = koers::core::ReadAttritionFile(other.attrition);
    const double read_ms = Millis(Clock::now() - t0);
    const auto& attrition = std::get<koers::core::AttritionFile>(attrition_read);
    t0 = Clock::now();
    repo.ReplaceAttrition(attrition, "uitval.csv", std::nullopt, now, now * 1000);
    const double write_ms = Millis(Clock::now() - t0);
    std::printf(
        "  uitval en overstap: %zu rows, read %.0f ms (%.0f rows/s), replaced %.0f ms "
        "(%.0f rows/s)\n",
        attrition.cells.size(), read_ms,
        static_cast<double>(attrition.cells.size()) / read_ms * 1000, write_ms,
        static_cast<double>(attrition.cells.size()) / write_ms * 1000);
    t0 = Clock::now();
    auto inflow_read = koers::core::ReadInflowFile(other.inflow);
    const double inflow_read_ms = Millis(Clock::now() - t0);
    const auto& inflow = std::get<koers::core::InflowFile>(inflow_read);
    t0 = Clock::now();
    repo.ReplaceInflow(inflow, "instroom.csv", std::nullopt, now, now * 1000);
    const double inflow_write_ms = Millis(Clock::now() - t0);
    db.With([](Connection& c) { c.ExecScript("ANALYZE"); });
    std::printf(
        "  instroom: %zu rows, read %.0f ms (%.0f rows/s), replaced %.0f ms (%.0f rows/s), "
        "peak %.0f MB\n",
        inflow.cells.size(), inflow_read_ms,
        static_cast<double>(inflow.cells.size()) / inflow_read_ms * 1000, inflow_write_ms,
        static_cast<double>(inflow.cells.size()) / inflow_write_ms * 1000, PeakMegabytes());
}

// Returns the p50 of the figures alone, in milliseconds.
double Run(const std::string& label, const std::string& url, const std::string& csv,
           const OtherFiles& other, int rounds) {
    auto db = koers::storage::OpenDatabase(url, 4);
    WallClock clock;
    const int64_t now = clock.Now();
    koers::app::UpgradeSchema(*db, now);
    // A region of 25 of the made-up schools, with a decaan at the first and a regiocoördinator.
    koers::storage::OrgRepo orgs(*db);
    const int64_t region = orgs.AddRegion("Regio Bench", now);
    int64_t school = 0;
    for (int n = 1; n <= 25; ++n) {
        koers::storage::SchoolRecord rec;
        rec.name = "School " + std::to_string(n);
        rec.brin = std::string("00A") + static_cast<char>('A' + n);  // as SyntheticSchools names
        rec.sector = "vo";
        rec.region_id = region;
        const int64_t id = orgs.AddSchool(rec, now);
        if (school == 0) school = id;
    }
    // An mbo institution in the same region, whose page shows its instroom.
    koers::storage::SchoolRecord mbo_rec;
    mbo_rec.name = "Bench mbo";
    mbo_rec.brin = other.mbo_brin;
    mbo_rec.sector = "mbo";
    mbo_rec.region_id = region;
    const int64_t mbo = orgs.AddSchool(mbo_rec, now);
    koers::storage::UserRepo users(*db);
    const int64_t decaan = users.Add("decaan@bench.koers.nl", "Bench Decaan", "x", now);
    users.AddMembership(decaan, koers::core::Role::kDecaan, school, std::nullopt, now);
    const int64_t regio = users.Add("regio@bench.koers.nl", "Bench Regio", "x", now);
    users.AddMembership(regio, koers::core::Role::kRegiocoordinator, std::nullopt, region, now);
    const int64_t mbo_decaan = users.Add("mbo@bench.koers.nl", "Bench Mbo", "x", now);
    users.AddMembership(mbo_decaan, koers::core::Role::kDecaan, mbo, std::nullopt, now);

    auto t0 = Clock::now();
    auto read = koers::core::ReadFlowFile(csv);
    const double read_ms = Millis(Clock::now() - t0);
    const auto& file = std::get<koers::core::FlowFile>(read);
    t0 = Clock::now();
    koers::storage::DoorstroomRepo(*db).Replace(file, "bench.csv", std::nullopt, now, now * 1000);
    const double write_ms = Millis(Clock::now() - t0);
    db->With([](Connection& c) { c.ExecScript("ANALYZE"); });
    std::printf("%s: %zu rows of %zu schools, %zu years\n", label.c_str(), file.flows.size(),
                file.schools, file.years.size());
    std::printf(
        "  import: read %.0f ms (%.0f rows/s), replaced %.0f ms (%.0f rows/s), peak %.0f MB\n",
        read_ms, static_cast<double>(file.flows.size()) / read_ms * 1000, write_ms,
        static_cast<double>(file.flows.size()) / write_ms * 1000, PeakMegabytes());
    ImportOther(*db, other, now);

    koers::bench::BenchApp app(*db, clock);
    const auto decaan_session =
        koers::bench::BenchSession(*db, decaan, "bench-decaan-token-0123456789", now);
    const auto regio_session =
        koers::bench::BenchSession(*db, regio, "bench-regio-token-0123456789a", now);
    const auto mbo_session =
        koers::bench::BenchSession(*db, mbo_decaan, "bench-mbo-token-0123456789ab", now);
    struct Case {
        const char* label;
        std::string target;
        std::string session;
    };
    const Case cases[] = {
        {"school, all types", "/scholen/" + std::to_string(school) + "/doorstroom", decaan_session},
        {"school, havo 2023",
         "/scholen/" + std::to_string(school) + "/doorstroom?type=havo&jaar=2023", decaan_session},
        {"school, vestiging", "/scholen/" + std::to_string(school) + "/doorstroom?vestiging=01",
         decaan_session},
        {"region of 25", "/regios/" + std::to_string(region) + "/doorstroom", regio_session},
        {"mbo, instroom", "/scholen/" + std::to_string(mbo) + "/doorstroom", mbo_session},
    };
    auto bare = [&] {
        return db->Use([&](Connection& c) {
            return c
                .Query(
                    "SELECT year, onderwijstype, destination, SUM(leavers) AS n, "
                    "SUM(CASE WHEN leavers IS NULL THEN 1 ELSE 0 END) AS hidden FROM "
                    "doorstroom_cells GROUP BY year, onderwijstype, destination")
                .size();
        });
    };
    std::printf("  %-20s %9s %9s %9s %9s %7s\n", "dashboard", "koers p50", "p99", "sql p50", "p99",
                "ratio");
    for (const Case& c : cases) {
        const auto req = koers::bench::SignedInGet(c.target, c.session);
        if (const auto check = app.router.Handle(req); check.status != 200) {
            std::fprintf(stderr, "unexpected page %s: %d\n", c.target.c_str(), check.status);
            std::exit(1);
        }
        std::vector<double> koers_ms, sql_ms;
        for (int r = 0; r < rounds; ++r) {
            t0 = Clock::now();
            if (app.router.Handle(req).status != 200) std::exit(1);
            koers_ms.push_back(Millis(Clock::now() - t0));
            t0 = Clock::now();
            if (bare() == 0) std::exit(1);
            sql_ms.push_back(Millis(Clock::now() - t0));
        }
        const double kp50 = Percentile(koers_ms, 0.5), sp50 = Percentile(sql_ms, 0.5);
        std::printf("  %-20s %9.3f %9.3f %9.3f %9.3f %7.4f\n", c.label, kp50,
                    Percentile(koers_ms, 0.99), sp50, Percentile(sql_ms, 0.99), kp50 / sp50);
    }
    // The figures alone, without the page: the region's 25 schools added up and the country's
    // year and type broken down, from the copy in memory.
    auto& figures = koers::web::DoorstroomOf(app.services).figures;
    std::vector<std::string> brins;
    for (const auto& s : orgs.Schools()) brins.push_back(s.brin);
    std::vector<double> koers_ms, sql_ms;
    for (int r = 0; r < rounds; ++r) {
        t0 = Clock::now();
        const auto copy = figures.Current();
        const auto region_sums = copy->Added(brins);
        const auto a = koers::core::BreakdownOf(region_sums, 2025, "havo");
        const auto b = koers::core::BreakdownOf(copy->national, 2025, "havo");
        koers_ms.push_back(Millis(Clock::now() - t0));
        if (a.empty() || b.empty()) std::exit(1);
        t0 = Clock::now();
        if (bare() == 0) std::exit(1);
        sql_ms.push_back(Millis(Clock::now() - t0));
    }
    const double kp50 = Percentile(koers_ms, 0.5), sp50 = Percentile(sql_ms, 0.5);
    std::printf("  %-20s %9.3f %9.3f %9.3f %9.3f %7.4f\n", "figures alone", kp50,
                Percentile(koers_ms, 0.99), sp50, Percentile(sql_ms, 0.99), kp50 / sp50);
    return kp50;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s <sqlite-file> <postgresql-url> [rounds=200] [csv-file]\n",
                     argv[0]);
        return 2;
    }
    const int rounds = argc > 3 ? std::atoi(argv[3]) : 200;
    const std::vector<std::string> taken;
    auto schools = koers::core::SyntheticSchools(650, 70, taken, 2026, 40);
    schools[1].vestigingen = {"Noord", "Zuid"};  // the decaan's school (00AB), for its vestiging
    const auto flows = koers::core::SyntheticFlows(schools, 2025, 5, 2026);
    const auto csv = koers::core::ToFlowCsv(flows, koers::core::SyntheticNames(schools));
    std::printf("doorstroom: a national file of %.1f MB\n", static_cast<double>(csv.size()) / 1e6);
    if (argc > 4) {
        std::FILE* out = std::fopen(argv[4], "wb");
        if (out == nullptr || std::fwrite(csv.data(), 1, csv.size(), out) != csv.size()) return 1;
        std::fclose(out);
    }
    const OtherFiles other{
        koers::core::ToAttritionCsv(koers::core::SyntheticAttrition(schools, 2025, 5, 2026)),
        koers::core::ToInflowCsv(koers::core::SyntheticInflow(flows, schools)), schools[650].brin};
    const double sqlite = Run("SQLite", argv[1], csv, other, rounds);
    const double postgresql = Run("PostgreSQL", argv[2], csv, other, rounds);
    std::printf("figures p50: sqlite=%.3f postgresql=%.3f\n", sqlite, postgresql);
    return 0;
}
