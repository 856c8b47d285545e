// bench/curriculum: the opdrachtenbank with 20,000 assignments of 200 schools (seven in ten
// shared), on SQLite and PostgreSQL in one run.
//
// A school's bank page (/scholen/{school}/opdrachten, signed in as its decaan), through Koers's
// router: without words, with words, with words and two facets, with three facets and no words.
// Each is set against the bare SQL a database-backed bank would have to run at the least: the
// visible assignments (the school's own and the shared) with the words as LIKE, before any facet
// count or ordering. Measurements interleave, so noise hurts all alike. Prints p50 and p99 and the
// ratio of the medians; reports only.
//
// A school's curriculumplanner with 300 activities over 6 leerjaren x 4 periods, then 5,000 (the
// most a school may plan): the planner page and the coverage page (target < 20 ms) through the
// router, against the bare SQL that counts the coverage's cells.
//   curriculum_bench <sqlite-file> <postgresql-url> [assignments=20000] [rounds=200]
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

#include "app/modules.hpp"
#include "bench/bench_app.hpp"
#include "bench/timing.hpp"
#include "modules/curriculum/storage/activity_repo.hpp"
#include "modules/curriculum/storage/assignment_repo.hpp"
#include "platform/storage/db/database.hpp"
#include "platform/storage/db/unit_of_work.hpp"
#include "platform/storage/org_repo.hpp"
#include "platform/storage/user_repo.hpp"

namespace {

using koers::bench::Clock;
using koers::bench::Millis;
using koers::bench::Percentile;
using koers::bench::WallClock;
using koers::storage::Connection;
using koers::storage::Database;

constexpr int kSchools = 200;

// Words teachers use, so that searches find some and not all.
const char* const kThemes[] = {
    "beroep",       "stage",      "open dag",       "loopbaangesprek",  "netwerk",
    "profielkeuze", "interview",  "bedrijfsbezoek", "sollicitatie",     "kwaliteiten",
    "motieven",     "ouders",     "alumni",         "portfolio",        "keuzedeel",
    "minor",        "meeloopdag", "gastles",        "vervolgopleiding", "werkplek"};
const char* const kSentences[] = {
    "De leerling bereidt vragen voor en bespreekt de antwoorden met een klasgenoot.",
    "Na afloop schrijft de leerling op wat opviel en wat hij of zij nog wil weten.",
    "In groepjes onderzoeken leerlingen wat het werk vraagt en welke opleiding erbij hoort.",
    "De mentor bespreekt de uitkomst in het volgende loopbaangesprek.",
    "De leerling kiest een volgende stap en zet die in het loopbaandossier.",
    "Een gast uit het bedrijfsleven vertelt over een gewone werkdag.",
};

koers::core::Fields Assignment(int n, std::mt19937& rng) {
    auto pick = [&](int k) { return static_cast<int>(rng() % static_cast<unsigned>(k)); };
    const std::string theme = kThemes[pick(20)];
    const char* const sectors[] = {"vo", "mbo", "hbo"};
    const char* const levels[] = {"vmbo-bb-kb", "vmbo-gl-tl", "havo", "vwo",
                                  "mbo-1-2",    "mbo-3-4",    "hbo"};
    const char* const competencies[] = {"kwaliteiten", "motieven", "werkexploratie",
                                        "loopbaansturing", "netwerken"};
    const char* const elements[] = {"ervaren", "reflecteren", "kiezen"};
    const char* const settings[] = {"in-de-les", "op-school", "buiten-school"};
    const char* const durations[] = {"kwartier", "lesuur", "dagdeel", "dag", "weken"};
    const char* const forms[] = {"individueel", "tweetallen", "groep",    "klassengesprek",
                                 "gastles",     "interview",  "open-dag", "meeloopdag"};
    std::string wat;
    for (int i = 0; i < 3; ++i) wat += std::string(kSentences[pick(6)]) + " ";
    return {{"titel", "Opdracht " + std::to_string(n) + " over " + theme},
            {"wat", wat + "Het gaat om " + theme + "."},
            {"waarom", kSentences[pick(6)]},
            {"stappen", "Bereid voor\nVoer uit\nKijk terug op " + theme},
            {"terugblik", "Wat leerde je over " + theme + "?"},
            {"sectoren", sectors[pick(3)]},
            {"niveaus", std::string(levels[pick(7)]) + "," + levels[pick(7)]},
            {"leerjaren", std::to_string(1 + pick(3)) + "," + std::to_string(4 + pick(3))},
            {"competenties", std::string(competencies[pick(5)]) + "," + competencies[pick(5)]},
            {"elementen", elements[pick(3)]},
            {"setting", settings[pick(3)]},
            {"duur", durations[pick(5)]},
            {"werkvorm", forms[pick(8)]}};
}

struct World {
    int64_t school = 0;
    std::vector<int64_t> schools;
    std::string session;
};

World Build(Database& db, int assignments, int64_t now) {
    koers::app::UpgradeSchema(db, now);
    koers::storage::OrgRepo orgs(db);
    std::vector<int64_t> schools;
    for (int s = 0; s < kSchools; ++s) {
        koers::storage::SchoolRecord rec;
        rec.name = "School " + std::to_string(s);
        rec.brin = std::to_string(10 + s / 26) + static_cast<char>('A' + s % 26) + "B";
        rec.sector = "vo";
        schools.push_back(orgs.AddSchool(rec, now));
    }
    std::mt19937 rng(2026);
    koers::storage::InTransaction(db, [&](Database& tx) {
        koers::storage::AssignmentRepo repo(tx);
        const koers::storage::Author by{std::nullopt, "Bench"};
        for (int n = 0; n < assignments; ++n) {
            const int64_t school = schools[static_cast<size_t>(n % kSchools)];
            const int64_t id = repo.Create(school, Assignment(n, rng), by, now);
            if (n % 10 < 7) repo.SetShared(school, id, 1, "cc-by", by, now);
        }
    });
    db.With([](Connection& c) { c.ExecScript("ANALYZE"); });
    World w;
    w.school = schools[0];
    w.schools = schools;
    koers::storage::UserRepo users(db);
    const int64_t decaan = users.Add("decaan@bench.koers.nl", "Bench Decaan", "x", now);
    users.AddMembership(decaan, koers::core::Role::kDecaan, w.school, std::nullopt, now);
    w.session = koers::bench::BenchSession(db, decaan, "bench-decaan-token-0123456789", now);
    return w;
}

struct Case {
    const char* label;
    std::string query;  // the page's query string
    std::string like;   // the words for the bare SQL ("" for none)
};

void RunPlanner(Database& db, koers::bench::BenchApp& app, const World& w, int activities,
                int total, int rounds, int64_t now);

void Run(const std::string& label, const std::string& url, int assignments, int rounds) {
    auto db = koers::storage::OpenDatabase(url, 4);
    WallClock clock;
    const int64_t now = clock.Now();
    const auto build_start = Clock::now();
    const World w = Build(*db, assignments, now);
    std::printf("%s: %d assignments of %d schools, built in %.1f s\n", label.c_str(), assignments,
                kSchools, Millis(Clock::now() - build_start) / 1000);

    const auto load_start = Clock::now();
    koers::bench::BenchApp app(*db, clock);
    std::printf("  bank loaded at start in %.0f ms\n", Millis(Clock::now() - load_start));
    auto& router = app.router;
    const std::string bank = "/scholen/" + std::to_string(w.school) + "/opdrachten";
    const Case cases[] = {
        {"no words", "", ""},
        {"words: stage", "?q=stage", "stage"},
        {"words + 2 facets", "?q=beroep&sectoren=vo&competenties=netwerken", "beroep"},
        {"3 facets, no words", "?sectoren=mbo&leerjaren=5&werkvorm=gastles", ""},
    };
    std::printf("  %-22s %9s %9s %9s %9s %7s\n", "page", "koers p50", "p99", "sql p50", "p99",
                "ratio");
    for (const Case& c : cases) {
        const auto req = koers::bench::SignedInGet(bank + c.query, w.session);
        const auto check = router.Handle(req);
        if (check.status != 200 || check.body.find("opdracht") == std::string::npos) {
            std::fprintf(stderr, "unexpected page %s: %d\n", c.query.c_str(), check.status);
            std::exit(1);
        }
        auto bare = [&] {
            return db->Use([&](Connection& c2) {
                return c2
                    .Query(
                        "SELECT id, body FROM curriculum_assignments WHERE deleted_at IS NULL AND "
                        "(status = 'gedeeld' OR school_id = ?) AND body LIKE ? ORDER BY id",
                        {w.school, "%" + c.like + "%"})
                    .size();
            });
        };
        std::vector<double> koers_ms, sql_ms;
        for (int r = 0; r < rounds; ++r) {
            auto t0 = Clock::now();
            const auto res = router.Handle(req);
            koers_ms.push_back(Millis(Clock::now() - t0));
            if (res.status != 200) std::exit(1);
            t0 = Clock::now();
            if (bare() == 0 && !c.like.empty()) std::exit(1);
            sql_ms.push_back(Millis(Clock::now() - t0));
        }
        const double kp50 = Percentile(koers_ms, 0.5), sp50 = Percentile(sql_ms, 0.5);
        std::printf("  %-22s %9.2f %9.2f %9.2f %9.2f %7.2f\n", c.label, kp50,
                    Percentile(koers_ms, 0.99), sp50, Percentile(sql_ms, 0.99), kp50 / sp50);
    }
    std::printf("  curriculumplanner (against the SQL that counts the coverage's cells):\n");
    RunPlanner(*db, app, w, 300, 300, rounds, now);
    RunPlanner(*db, app, w, 4700, 5000, rounds, now);  // 5,000 in all: the most a school may plan
}

koers::core::Fields Activity(int n, std::mt19937& rng) {
    auto pick = [&](int k) { return static_cast<unsigned>(rng() % static_cast<unsigned>(k)); };
    // One to three competencies and one or two elements, as a real activity maps.
    const auto competencies =
        static_cast<uint8_t>((1U << pick(5)) | (1U << pick(5)) | (1U << pick(5)));
    const auto elements = static_cast<uint8_t>((1U << pick(3)) | (1U << pick(3)));
    return {{"titel", "Activiteit " + std::to_string(n) + " over " + kThemes[pick(20)]},
            {"wat", kSentences[pick(6)]},
            {"leerjaar", std::to_string(1 + n % 6)},
            {"periode", std::to_string(1 + (n / 6) % 4)},
            {"competenties", koers::core::CompetencyCodes(competencies)},
            {"elementen", koers::core::ElementCodes(elements)},
            {"fase", n % 4 == 0 ? "gepland" : "bestaand"}};
}

// The curriculumplanner of one school with `activities` over 6 leerjaren x 4 periods (and as many
// at ten other schools): the planner and the coverage page through the router, against the bare
// SQL that counts the coverage's cells.
// `activities` more at each school, `total` then.
void RunPlanner(Database& db, koers::bench::BenchApp& app, const World& w, int activities,
                int total, int rounds, int64_t now) {
    std::mt19937 rng(2027 + total);
    koers::storage::InTransaction(db, [&](Database& tx) {
        koers::storage::ActivityRepo repo(tx);
        const koers::storage::Author by{std::nullopt, "Bench"};
        for (size_t s = 0; s < 11; ++s)
            for (int n = 0; n < activities; ++n)
                repo.Create(w.schools[s], Activity(n, rng), std::nullopt, by, now);
    });
    db.With([](Connection& c) { c.ExecScript("ANALYZE"); });
    auto bare = [&] {
        return db.Use([&](Connection& c) {
            return c
                .Query(
                    "SELECT leerjaar, competencies, elements, COUNT(*) AS n FROM "
                    "curriculum_activities WHERE school_id = ? AND deleted_at IS NULL GROUP BY "
                    "leerjaar, competencies, elements",
                    {w.school})
                .size();
        });
    };
    const std::string planner = "/scholen/" + std::to_string(w.school) + "/curriculum";
    for (const auto& [label, path] :
         {std::pair{"planner", planner}, std::pair{"coverage", planner + "/dekking"}}) {
        const auto req = koers::bench::SignedInGet(path, w.session);
        const auto check = app.router.Handle(req);
        if (check.status != 200 || check.body.find("Leerjaar 6") == std::string::npos) {
            std::fprintf(stderr, "unexpected page %s: %d\n", path.c_str(), check.status);
            std::exit(1);
        }
        std::vector<double> koers_ms, sql_ms;
        for (int r = 0; r < rounds; ++r) {
            auto t0 = Clock::now();
            if (app.router.Handle(req).status != 200) std::exit(1);
            koers_ms.push_back(Millis(Clock::now() - t0));
            t0 = Clock::now();
            if (bare() == 0) std::exit(1);
            sql_ms.push_back(Millis(Clock::now() - t0));
        }
        const double kp50 = Percentile(koers_ms, 0.5), sp50 = Percentile(sql_ms, 0.5);
        const std::string name = std::string(label) + ", " + std::to_string(total);
        std::printf("  %-22s %9.2f %9.2f %9.2f %9.2f %7.2f\n", name.c_str(), kp50,
                    Percentile(koers_ms, 0.99), sp50, Percentile(sql_ms, 0.99), kp50 / sp50);
    }
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr,
                     "usage: curriculum_bench <sqlite-file> <postgresql-url> [assignments] "
                     "[rounds]\n");
        return 2;
    }
    const int assignments = argc > 3 ? std::atoi(argv[3]) : 20000;
    const int rounds = argc > 4 ? std::atoi(argv[4]) : 200;
    std::printf(
        "bench/curriculum: a school's opdrachtenbank page through the router against the bare "
        "SQL that reads the visible assignments with the words as LIKE (ratio of medians: below 1 "
        "is faster than the database alone)\n");
    Run("SQLite", argv[1], assignments, rounds);
    Run("PostgreSQL", argv[2], assignments, rounds);
    return 0;
}
