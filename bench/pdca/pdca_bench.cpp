// bench/pdca: the quality cycle of one school with 40 teams and 5 schooljaren of history, on
// SQLite and PostgreSQL in one run.
//
// - The PDCA overview page, rendered by Koers through its router, against the facts it reads
//   (QualityRepo::Facts: three small queries) and against the naive way (every record of the
//   year loaded, decoded and counted in C++).
// - "Nieuw schooljaar starten" (QualityRepo::StartNextYear: core::RollOver, every record and a
//   revision inserted in one transaction) against a set-based SQL copy of the same rows
//   (INSERT ... SELECT into a scratch year, without the roll-over rules: the floor).
// Measurements interleave, so noise hurts all alike. Targets: overview under 20 ms, roll-over
// under 1 s.
//   pdca_bench <sqlite-file> <postgresql-url> [teams=40] [activities=12] [rounds=60]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "app/modules.hpp"
#include "bench/bench_app.hpp"
#include "bench/timing.hpp"
#include "modules/quality/core/cycle.hpp"
#include "modules/quality/demo_quality.hpp"
#include "modules/quality/storage/quality_repo.hpp"
#include "platform/storage/db/database.hpp"
#include "platform/storage/migrations.hpp"
#include "platform/storage/org_repo.hpp"
#include "platform/storage/user_repo.hpp"

namespace {

using koers::bench::Clock;
using koers::bench::Millis;
using koers::bench::Percentile;
using koers::bench::WallClock;
using koers::storage::Connection;
using koers::storage::Database;
using koers::storage::QualityRepo;
using koers::storage::YearRecord;

constexpr int kHistoryYears = 5;
constexpr int kRollOvers = 8;

struct World {
    int64_t school = 0;
    YearRecord year;  // the latest schooljaar, with kHistoryYears - 1 closed ones before it
    std::string session;
};

World Build(Database& db, int teams, int activities, int64_t now) {
    koers::app::UpgradeSchema(db, now);
    koers::storage::OrgRepo orgs(db);
    QualityRepo repo(db);
    koers::storage::SchoolRecord rec;
    rec.name = "Benchmarkcollege";
    rec.brin = "99BC";
    rec.sector = "vo";
    World w;
    w.school = orgs.AddSchool(rec, now);
    for (int t = 0; t < teams; ++t) orgs.AddTeam(w.school, "Team " + std::to_string(t + 1), now);
    const auto team_list = orgs.Teams(w.school);
    const koers::storage::Author author{std::nullopt, "Bench"};
    const int current = koers::core::SchoolYearOf(now);
    YearRecord year = repo.StartFirstYear(w.school, current - kHistoryYears + 1, author, now);
    koers::modules::FillQualityYear(repo, year, team_list, activities, true, now);
    for (int y = 1; y < kHistoryYears; ++y) year = *repo.StartNextYear(year, author, now);
    w.year = year;
    db.With([](Connection& c) { c.ExecScript("ANALYZE"); });
    koers::storage::UserRepo users(db);
    const int64_t user = users.Add("decaan@bench.koers.nl", "Bench Decaan", "x", now);
    users.AddMembership(user, koers::core::Role::kDecaan, w.school, std::nullopt, now);
    w.session = "bench-session-token-0123456789";
    koers::bench::BenchSession(db, user, w.session, now);
    return w;
}

// The naive overview: every record of the year loaded and counted in C++.
size_t NaiveFacts(QualityRepo& repo, const YearRecord& year) {
    size_t counted = 0;
    for (const auto& r : repo.AllRecords(year.id))
        counted += r.record.status == koers::core::kUitgevoerd || !r.record.fields.empty();
    return counted;
}

// The floor of a roll-over: the same rows copied set-based into a scratch year, then removed.
double SqlCopy(Database& db, const YearRecord& from, int64_t now) {
    int64_t scratch = 0;
    const auto t0 = Clock::now();
    db.Transaction([&](Connection& c) {
        scratch = c.InsertReturningId(
            "INSERT INTO quality_years (school_id, start_year, created_at) VALUES (?, ?, ?) "
            "RETURNING id",
            {from.school_id, int64_t{1000}, now});
        c.Execute(
            "INSERT INTO quality_records (year_id, kind, team_id, parent_id, position, status, "
            "due, status_at, status_by, body, source_id, version, updated_at, updated_by) "
            "SELECT ?, kind, team_id, parent_id, position, status, due, status_at, status_by, "
            "body, id, 1, ?, 'Bench' FROM quality_records WHERE year_id = ? AND deleted_at IS "
            "NULL",
            {scratch, now, from.id});
        c.Execute(
            "INSERT INTO quality_revisions (record_id, version, status, body, at, user_name, "
            "note) SELECT id, 1, status, body, ?, 'Bench', 'kopie' FROM quality_records WHERE "
            "year_id = ?",
            {now, scratch});
    });
    const double ms = Millis(Clock::now() - t0);
    db.Transaction([&](Connection& c) {
        c.Execute(
            "DELETE FROM quality_revisions WHERE record_id IN (SELECT id FROM quality_records "
            "WHERE year_id = ?)",
            {scratch});
        c.Execute("DELETE FROM quality_records WHERE year_id = ?", {scratch});
        c.Execute("DELETE FROM quality_years WHERE id = ?", {scratch});
    });
    return ms;
}

void Run(const std::string& label, const std::string& url, int teams, int activities, int rounds) {
    auto db = koers::storage::OpenDatabase(url, 4);
    WallClock clock;
    const int64_t now = clock.Now();
    const auto build_start = Clock::now();
    World w = Build(*db, teams, activities, now);
    QualityRepo repo(*db);
    const size_t records = repo.AllRecords(w.year.id).size();
    std::printf(
        "%s: %d teams x %d activities, %d schooljaren (%zu records in the latest), "
        "built in %.1f s\n",
        label.c_str(), teams, activities, kHistoryYears, records,
        Millis(Clock::now() - build_start) / 1000);

    koers::bench::BenchApp app(*db, clock);
    auto& router = app.router;
    const auto req = koers::bench::SignedInGet(
        "/scholen/" + std::to_string(w.school) + "/kwaliteit/" + std::to_string(w.year.start_year),
        w.session);
    const auto first = router.Handle(req);
    if (first.status != 200 || first.body.find("Team 40") == std::string::npos) {
        std::fprintf(stderr, "unexpected overview: %d\n%s\n", first.status,
                     first.body.substr(0, 400).c_str());
        std::exit(1);
    }
    for (int i = 0; i < 5; ++i)
        router.Handle(req), repo.Facts(w.year, now), NaiveFacts(repo, w.year);
    std::vector<double> page, facts, naive;
    for (int r = 0; r < rounds; ++r) {
        const auto t0 = Clock::now();
        if (router.Handle(req).status != 200) std::exit(1);
        const auto t1 = Clock::now();
        repo.Facts(w.year, now);
        const auto t2 = Clock::now();
        NaiveFacts(repo, w.year);
        const auto t3 = Clock::now();
        page.push_back(Millis(t1 - t0));
        facts.push_back(Millis(t2 - t1));
        naive.push_back(Millis(t3 - t2));
    }

    std::vector<double> roll, copy;
    YearRecord year = w.year;
    for (int i = 0; i < kRollOvers; ++i) {
        copy.push_back(SqlCopy(*db, year, now));
        const auto t0 = Clock::now();
        auto next = repo.StartNextYear(year, {std::nullopt, "Bench"}, now);
        roll.push_back(Millis(Clock::now() - t0));
        if (!next) std::exit(1);
        year = *next;
    }

    std::printf("  %-50s %9s %9s\n", "", "p50 ms", "p99 ms");
    std::printf("  %-50s %9.2f %9.2f   (%zu KB of HTML)\n", "Koers PDCA overview (router, render)",
                Percentile(page, 0.5), Percentile(page, 0.99), first.body.size() / 1024);
    std::printf("  %-50s %9.2f %9.2f\n", "facts it reads (3 queries)", Percentile(facts, 0.5),
                Percentile(facts, 0.99));
    std::printf("  %-50s %9.2f %9.2f\n", "naive: every record loaded and counted",
                Percentile(naive, 0.5), Percentile(naive, 0.99));
    std::printf("  %-50s %9.2f %9.2f\n", "Koers new schooljaar (rules, records, revisions)",
                Percentile(roll, 0.5), Percentile(roll, 1.0));
    std::printf("  %-50s %9.2f %9.2f\n", "SQL INSERT ... SELECT copy (no rules)",
                Percentile(copy, 0.5), Percentile(copy, 1.0));
    std::printf(
        "  ratio overview / facts: %.2f; naive / overview: %.2f; roll-over / SQL copy: "
        "%.2f (p50)\n",
        Percentile(page, 0.5) / Percentile(facts, 0.5),
        Percentile(naive, 0.5) / Percentile(page, 0.5),
        Percentile(roll, 0.5) / Percentile(copy, 0.5));
    std::printf("  targets: overview under 20 ms: %s; roll-over under 1 s: %s\n\n",
                Percentile(page, 0.5) < 20 ? "met" : "NOT met",
                Percentile(roll, 1.0) < 1000 ? "met" : "NOT met");
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr,
                     "usage: %s <sqlite-file> <postgresql-url> [teams] [activities] [rounds]\n",
                     argv[0]);
        return 2;
    }
    const int teams = argc > 3 ? std::atoi(argv[3]) : 40;
    const int activities = argc > 4 ? std::atoi(argv[4]) : 12;
    const int rounds = argc > 5 ? std::atoi(argv[5]) : 60;
    Run("SQLite", argv[1], teams, activities, rounds);
    Run("PostgreSQL", argv[2], teams, activities, rounds);
    return 0;
}
