// bench/scan: the results page of one school's LOB-scan round (with the previous round, sector
// and region peers) rendered by Koers through its router, against the equivalent aggregate SQL
// run directly on the same database, on SQLite and PostgreSQL, in one run.
//
// Data: `schools` vo schools in 10 regions, each with a closed round of `respondents` staff
// answering the shipped vo instrument (generated like the demo), plus a previous round for the
// measured school. Two references: "SQL, raw" computes the same figures from the answers
// (distribution per group and statement for this round and the previous one, and per-school theme
// percentages averaged over the other schools' latest rounds, for the sector and the region);
// "SQL, tallies" is what Koers reads itself (the same distributions, peers from the tallies
// stored when a round closes). Koers keeps a closed round's results and their rendered figures
// for a second (decision 0026), so the page is measured twice: as served again within that
// second ("kept"), and made afresh after the clock moved on a second ("afresh": results, figures,
// school list and session read again). Rounds interleave all four, so noise hurts all alike.
//   scan_bench <sqlite-file> <postgresql-url> [schools=200] [respondents=40] [rounds=60]
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
#include "modules/scan/core/instrument.hpp"
#include "modules/scan/demo_scan.hpp"
#include "modules/scan/instruments.hpp"
#include "modules/scan/storage/scan_repo.hpp"
#include "modules/scan/web/scan_service.hpp"
#include "platform/core/access/roles.hpp"
#include "platform/storage/db/database.hpp"
#include "platform/storage/migrations.hpp"
#include "platform/storage/org_repo.hpp"
#include "platform/storage/user_repo.hpp"
#include "platform/web/auth/crypto.hpp"
#include "platform/web/render/templates.hpp"

namespace {

using koers::bench::Clock;
using koers::bench::Millis;
using koers::bench::Percentile;
using koers::bench::WallClock;
using koers::core::Group;
using koers::storage::Connection;
using koers::storage::Database;
using koers::storage::Value;

constexpr int kRegions = 10;
constexpr int64_t kDay = int64_t{24} * 3600;

struct World {
    int64_t school = 0;  // the measured school
    int64_t round = 0;
    int64_t previous = 0;
    std::string session;  // a decaan's session token
};

// Inserts one closed round with generated answers; returns its id.
int64_t AddRound(Database& db, koers::web::ScanService& scan, int64_t school, int64_t instrument,
                 const koers::core::Instrument& ins, int respondents, double maturity, int64_t at,
                 koers::modules::ScanAnswerGenerator& gen, int64_t& token) {
    static constexpr Group kMix[] = {Group::kDocenten,      Group::kMentoren, Group::kDocenten,
                                     Group::kSchoolleiding, Group::kMentoren, Group::kCoordinator};
    int64_t round = 0;
    db.Transaction([&](Connection& c) {
        round = c.InsertReturningId(
            "INSERT INTO scan_rounds (school_id, instrument_id, title, respondent_groups, "
            "deadline, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
            {school, instrument, std::string("Benchmarkronde"),
             std::string("schoolleiding,coordinator,mentoren,docenten"), at, at - 30 * kDay});
        std::vector<double> m(ins.themes.size(), maturity);
        for (int r = 0; r < respondents; ++r) {
            const auto response = gen.Next(ins, kMix[r % 6], m);
            const int64_t id = c.InsertReturningId(
                "INSERT INTO scan_responses (round_id, grp, token_hash, created_at, updated_at, "
                "submitted_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
                {round, std::string(koers::core::GroupCode(response.group)),
                 "bench-" + std::to_string(++token), at, at, at});
            std::string sql = "INSERT INTO scan_answers (response_id, statement, answer) VALUES ";
            std::vector<Value> params;
            for (size_t s = 0; s < response.answers.size(); ++s) {
                if (response.answers[s] == koers::core::kUnanswered) continue;
                sql += params.empty() ? "(?, ?, ?)" : ", (?, ?, ?)";
                params.insert(params.end(), {id, ins.At(s).code, int64_t{response.answers[s]}});
            }
            if (!params.empty()) c.Execute(sql, params);
        }
    });
    scan.Close(scan.RoundOf(school, round), at);
    return round;
}

World Build(Database& db, int schools, int respondents) {
    WallClock clock;
    const int64_t now = clock.Now();
    koers::app::UpgradeSchema(db, now);
    koers::storage::OrgRepo orgs(db);
    koers::storage::ScanRepo repo(db);
    koers::web::ScanService scan(repo, orgs, clock);
    const auto instrument = *repo.LatestInstrument("vo");
    const auto ins = scan.InstrumentOf(instrument.id);
    std::vector<int64_t> regions;
    for (int r = 0; r < kRegions; ++r)
        regions.push_back(orgs.AddRegion("Regio " + std::to_string(r), now));
    World w;
    koers::modules::ScanAnswerGenerator gen(7);
    int64_t token = 0;
    for (int s = 0; s < schools; ++s) {
        koers::storage::SchoolRecord rec;
        rec.name = "School " + std::to_string(s);
        rec.brin = std::to_string(10 + s / 26) + static_cast<char>('A' + s % 26) + "X";
        rec.sector = "vo";
        rec.region_id = regions[static_cast<size_t>(s % kRegions)];
        const int64_t id = orgs.AddSchool(rec, now);
        const double maturity = 0.2 + 0.6 * gen.Uniform();
        if (s == 0) {
            w.school = id;
            w.previous = AddRound(db, scan, id, instrument.id, *ins, respondents, maturity - 0.15,
                                  now - 200 * kDay, gen, token);
        }
        const int64_t round = AddRound(db, scan, id, instrument.id, *ins, respondents, maturity,
                                       now - 10 * kDay, gen, token);
        if (s == 0) w.round = round;
    }
    // Fresh statistics, as autovacuum (PostgreSQL) or a periodic ANALYZE would leave them.
    db.With([](Connection& c) { c.ExecScript("ANALYZE"); });
    koers::storage::UserRepo users(db);
    const int64_t user = users.Add("decaan@bench.koers.nl", "Bench Decaan", "x", now);
    users.AddMembership(user, koers::core::Role::kDecaan, w.school, std::nullopt, now);
    w.session = "bench-session-token-0123456789";
    koers::bench::BenchSession(db, user, w.session, now);
    return w;
}

// The same figures from the raw answers ("raw") or from the stored tallies ("tallies").
size_t ReferenceSql(Database& db, const World& w, bool raw) {
    size_t rows = 0;
    db.With([&](Connection& c) {
        const char* distribution =
            "SELECT s.grp, a.statement, a.answer, COUNT(*) FROM scan_answers a "
            "JOIN scan_responses s ON s.id = a.response_id "
            "WHERE s.round_id = ? AND s.submitted_at IS NOT NULL GROUP BY s.grp, a.statement, "
            "a.answer";
        rows += c.Query(distribution, {w.round}).size();
        rows += c.Query(distribution, {w.previous}).size();
        const char* latest =
            "WITH latest AS (SELECT r.school_id, MAX(r.id) AS round_id FROM scan_rounds r "
            "JOIN schools sc ON sc.id = r.school_id WHERE sc.sector = 'vo' AND r.school_id <> ? "
            "AND r.team_id IS NULL AND r.closed_at IS NOT NULL AND (? = 0 OR sc.region_id = ?) "
            "GROUP BY r.school_id) ";
        const std::string peers =
            raw ? std::string(latest) +
                      ", per AS (SELECT l.school_id, m.theme, "
                      "SUM(CASE WHEN a.answer >= 3 THEN 1 ELSE 0 END) * 100.0 / "
                      "NULLIF(SUM(CASE WHEN a.answer >= 1 THEN 1 ELSE 0 END), 0) AS pct "
                      "FROM latest l JOIN scan_responses s ON s.round_id = l.round_id "
                      "AND s.submitted_at IS NOT NULL JOIN scan_answers a ON a.response_id = s.id "
                      "JOIN bench_statement_theme m ON m.statement = a.statement "
                      "GROUP BY l.school_id, m.theme) "
                      "SELECT theme, AVG(pct), COUNT(pct) FROM per GROUP BY theme"
                : std::string(latest) +
                      "SELECT sc.theme, AVG((sc.phase3 + sc.phase4) * 100.0 / "
                      "NULLIF(sc.phase1 + sc.phase2 + sc.phase3 + sc.phase4, 0)), COUNT(*) "
                      "FROM latest l JOIN scan_round_scores sc ON sc.round_id = l.round_id "
                      "GROUP BY sc.theme";
        auto region =
            c.QueryOne("SELECT region_id FROM schools WHERE id = ?", {w.school})->Int("region_id");
        rows += c.Query(peers, {w.school, int64_t{0}, int64_t{0}}).size();
        rows += c.Query(peers, {w.school, region, region}).size();
    });
    return rows;
}

void Run(const std::string& label, const std::string& url, int schools, int respondents,
         int rounds) {
    auto db = koers::storage::OpenDatabase(url, 4);
    const auto build_start = Clock::now();
    const World w = Build(*db, schools, respondents);
    std::printf("%s: %d schools x %d respondents loaded and closed in %.1f s\n", label.c_str(),
                schools, respondents, Millis(Clock::now() - build_start) / 1000);
    // The statement-to-theme mapping the raw reference joins on.
    db->With([&](Connection& c) {
        c.ExecScript(
            "CREATE TABLE bench_statement_theme (statement TEXT PRIMARY KEY, theme TEXT NOT NULL)");
        koers::storage::ScanRepo repo(*db);
        auto ins = koers::core::ParseInstrument(repo.LatestInstrument("vo")->source).instrument;
        for (size_t i = 0; i < ins->StatementCount(); ++i)
            c.Execute("INSERT INTO bench_statement_theme VALUES (?, ?)",
                      {ins->At(i).code, ins->themes[ins->ThemeOf(i)].code});
    });

    koers::core::ManualClock clock(WallClock().Now());  // moved on a second for "afresh"
    koers::bench::BenchApp app(*db, clock);
    auto& router = app.router;
    const auto req = koers::bench::SignedInGet(
        "/scholen/" + std::to_string(w.school) + "/scan/" + std::to_string(w.round) + "/resultaten",
        w.session);
    auto first = router.Handle(req);
    if (first.status != 200 || first.body.find("In de sector doen") == std::string::npos) {
        std::fprintf(stderr, "unexpected results page: %d\n%s\n", first.status,
                     first.body.substr(0, 400).c_str());
        std::exit(1);
    }
    for (int i = 0; i < 5; ++i)
        router.Handle(req), ReferenceSql(*db, w, true), ReferenceSql(*db, w, false);

    std::vector<double> fresh, page, raw, tallies;
    for (int r = 0; r < rounds; ++r) {
        clock.AdvanceMillis(1001);
        auto f0 = Clock::now();
        auto made = router.Handle(req);
        auto t0 = Clock::now();
        auto res = router.Handle(req);
        auto t1 = Clock::now();
        ReferenceSql(*db, w, true);
        auto t2 = Clock::now();
        ReferenceSql(*db, w, false);
        auto t3 = Clock::now();
        if (res.status != 200 || made.status != 200 || made.body.size() != res.body.size())
            std::exit(1);
        fresh.push_back(Millis(t0 - f0));
        page.push_back(Millis(t1 - t0));
        raw.push_back(Millis(t2 - t1));
        tallies.push_back(Millis(t3 - t2));
    }
    std::printf("  %-44s %9s %9s\n", "", "p50 ms", "p99 ms");
    std::printf("  %-44s %9.2f %9.2f   (%zu KB of HTML)\n",
                "Koers results page, afresh (router, render)", Percentile(fresh, 0.5),
                Percentile(fresh, 0.99), first.body.size() / 1024);
    std::printf("  %-44s %9.2f %9.2f\n", "Koers results page, kept (within the second)",
                Percentile(page, 0.5), Percentile(page, 0.99));
    std::printf("  %-44s %9.2f %9.2f\n", "SQL, raw (same figures from the answers)",
                Percentile(raw, 0.5), Percentile(raw, 0.99));
    std::printf("  %-44s %9.2f %9.2f\n", "SQL, tallies (what Koers reads)",
                Percentile(tallies, 0.5), Percentile(tallies, 0.99));
    std::printf(
        "  ratio Koers afresh / SQL raw: %.2f at p50, %.2f at p99; afresh / SQL tallies: %.2f at "
        "p50; kept / afresh: %.2f at p50\n",
        Percentile(fresh, 0.5) / Percentile(raw, 0.5),
        Percentile(fresh, 0.99) / Percentile(raw, 0.99),
        Percentile(fresh, 0.5) / Percentile(tallies, 0.5),
        Percentile(page, 0.5) / Percentile(fresh, 0.5));
    std::printf("  target: results page under 20 ms, made afresh: %s\n\n",
                Percentile(fresh, 0.5) < 20 ? "met" : "NOT met");
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr,
                     "usage: %s <sqlite-file> <postgresql-url> [schools] [respondents] [rounds]\n",
                     argv[0]);
        return 2;
    }
    const int schools = argc > 3 ? std::atoi(argv[3]) : 200;
    const int respondents = argc > 4 ? std::atoi(argv[4]) : 40;
    const int rounds = argc > 5 ? std::atoi(argv[5]) : 60;
    koers::web::auth::InitCrypto();
    koers::web::Templates::Check();
    Run("SQLite", argv[1], schools, respondents, rounds);
    Run("PostgreSQL", argv[2], schools, respondents, rounds);
    return 0;
}
