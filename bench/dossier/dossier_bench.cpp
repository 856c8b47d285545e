// bench/dossier: the loopbaandossier of a school with 2,000 students in 72 groups and 60 entries
// each (120,000 entries with their revisions), on SQLite and PostgreSQL in one run.
//
// - Importing the 2,000 students from a CSV file (RosterService: plan, then apply in one
//   transaction), in rows per second.
// - The student's dossier page, rendered by Koers through its router (the access check on the
//   student, the entries, the overview per competency, the page), against the bare SQL that
//   reads the same entries.
// - The mentor's group overview (28 students: counts, last dates, what is missing), through the
//   router, against the bare SQL of its two queries.
// - The student's export of one dossier (a zip with the readable page and the JSON document),
//   through the router, against the bare SQL that reads what it holds (entries, reactions, looks).
// Measurements interleave, so noise hurts all alike. Target: both pages under 20 ms.
//   dossier_bench <sqlite-file> <postgresql-url> [students=2000] [entries=60] [rounds=60]
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "app/modules.hpp"
#include "bench/bench_app.hpp"
#include "bench/timing.hpp"
#include "modules/dossier/core/entries.hpp"
#include "modules/dossier/storage/dossier_repo.hpp"
#include "modules/roster/storage/roster_repo.hpp"
#include "modules/roster/web/roster_service.hpp"
#include "platform/storage/db/database.hpp"
#include "platform/storage/db/unit_of_work.hpp"
#include "platform/storage/migrations.hpp"
#include "platform/storage/org_repo.hpp"
#include "platform/storage/student_repo.hpp"
#include "platform/storage/user_repo.hpp"

namespace {

using koers::bench::Clock;
using koers::bench::Millis;
using koers::bench::Percentile;
using koers::bench::WallClock;
using koers::storage::Connection;
using koers::storage::Database;

constexpr int kGroupSize = 28;

struct World {
    int64_t school = 0;
    int64_t student = 0;  // the enrolment whose dossier is read
    int64_t group = 0;    // its group
    std::string student_session, mentor_session;
    double import_ms = 0;
    int imported = 0;
};

std::string StudentList(int students) {
    std::string csv =
        "Stamnummer;Roepnaam;Achternaam;E-mailadres;Geboortedatum;Leerweg;Leerjaar;"
        "Stamgroep\n";
    for (int i = 0; i < students; ++i) {
        const int group = i / kGroupSize;
        csv += std::to_string(200000 + i) + ";Leerling;Nummer " + std::to_string(i) + ";leerling" +
               std::to_string(i) + "@bench.koers.nl;" + std::to_string(10 + i % 18) + "-0" +
               std::to_string(1 + i % 9) + "-2011;havo;" + std::to_string(1 + group % 5) + ";G" +
               std::to_string(group) + "\n";
    }
    return csv;
}

World Build(Database& db, int students, int entries, int64_t now, koers::core::Clock& clock) {
    koers::app::UpgradeSchema(db, now);
    koers::storage::OrgRepo orgs(db);
    koers::storage::SchoolRecord rec;
    rec.name = "Benchmarkcollege";
    rec.brin = "99BD";
    rec.sector = "vo";
    World w;
    w.school = orgs.AddSchool(rec, now);

    // The import of the whole school, as a decaan would do it.
    koers::web::RosterService roster(db, clock);
    const std::string file = StudentList(students);
    const int64_t import_id =
        koers::storage::RosterRepo(db).AddPreview(w.school, koers::storage::ImportKind::kStudents,
                                                  "bench.csv", file, std::nullopt, "Bench", now);
    const auto t0 = Clock::now();
    const auto plan = roster.Apply(w.school, import_id);
    w.import_ms = Millis(Clock::now() - t0);
    w.imported = plan.added;

    koers::storage::StudentRepo list(db);
    const auto all = list.OfSchool(w.school);
    const auto& chosen = all[all.size() / 2];
    w.student = chosen.id;
    w.group = *chosen.group_id;
    koers::storage::UserRepo users(db);
    const int64_t mentor = users.Add("mentor@bench.koers.nl", "Bench Mentor", "x", now);
    users.AddMembership(mentor, koers::core::Role::kMentor, w.school, std::nullopt, now);
    list.SetMentors(w.group, {mentor});

    // One student's entries written through the repository, then copied to every student.
    koers::storage::DossierRepo dossiers(db);
    const auto kinds = koers::core::EntryKinds();
    koers::storage::InTransaction(db, [&](Database& tx) {
        koers::storage::DossierRepo repo(tx);
        for (int e = 0; e < entries; ++e) {
            const auto kind = kinds[static_cast<size_t>(e) % 3].kind;  // the student's three kinds
            repo.Add(w.student, kind,
                     {{"titel", "Stuk " + std::to_string(e)},
                      {"soort", kind == koers::core::EntryKind::kKeuze ? "doel" : "open-dag"},
                      {"competentie", "werk"},
                      {"competenties", "werk,netwerk"},
                      {"resultaat", "Een middag rondgekeken en vragen gesteld over het werk."}},
                     {chosen.user_id, chosen.name}, now - int64_t{86400} * e);
        }
    });
    db.Transaction([&](Connection& c) {
        c.Execute(
            "INSERT INTO dossier_entries (student_id, kind, body, status, version, created_at, "
            "updated_at, updated_by) SELECT s.id, e.kind, e.body, e.status, 1, e.created_at, "
            "e.updated_at, e.updated_by FROM students s CROSS JOIN dossier_entries e WHERE "
            "e.student_id = ? AND s.id <> ? AND s.school_id = ?",
            {w.student, w.student, w.school});
        c.Execute(
            "INSERT INTO dossier_revisions (record_id, version, status, body, at, user_name, "
            "note) SELECT id, 1, status, body, updated_at, updated_by, 'aangemaakt' FROM "
            "dossier_entries WHERE student_id <> ?",
            {w.student});
        c.ExecScript("ANALYZE");
    });
    w.student_session =
        koers::bench::BenchSession(db, chosen.user_id, "bench-student-token-0123456789", now);
    w.mentor_session =
        koers::bench::BenchSession(db, mentor, "bench-mentor-token-01234567890", now);
    return w;
}

void Run(const std::string& label, const std::string& url, int students, int entries, int rounds) {
    auto db = koers::storage::OpenDatabase(url, 4);
    WallClock clock;
    const int64_t now = clock.Now();
    const auto build_start = Clock::now();
    World w = Build(*db, students, entries, now, clock);
    std::printf("%s: %d students in groups of %d, %d entries each, built in %.1f s\n",
                label.c_str(), students, kGroupSize, entries,
                Millis(Clock::now() - build_start) / 1000);

    koers::bench::BenchApp app(*db, clock);
    auto& router = app.router;
    const std::string school = "/scholen/" + std::to_string(w.school);
    const auto dossier_req = koers::bench::SignedInGet(
        school + "/leerlingen/" + std::to_string(w.student) + "/dossier", w.student_session);
    const auto group_req =
        koers::bench::SignedInGet(school + "/groepen/" + std::to_string(w.group), w.mentor_session);
    const auto export_req = koers::bench::SignedInGet(
        school + "/leerlingen/" + std::to_string(w.student) + "/dossier/loopbaandossier.zip",
        w.student_session);
    const auto exported = router.Handle(export_req);
    if (exported.status != 200 || exported.body.substr(0, 2) != "PK") {
        std::fprintf(stderr, "unexpected export: %d\n", exported.status);
        std::exit(1);
    }
    const auto dossier = router.Handle(dossier_req);
    const auto group = router.Handle(group_req);
    if (dossier.status != 200 || dossier.body.find("Stuk 59") == std::string::npos ||
        group.status != 200 || group.body.find("Nummer") == std::string::npos) {
        std::fprintf(stderr, "unexpected pages: %d %d\n%s\n", dossier.status, group.status,
                     group.body.substr(0, 400).c_str());
        std::exit(1);
    }
    auto bare_dossier = [&] {
        return db->Use([&](Connection& c) {
            return c
                .Query(
                    "SELECT id, kind, body, version, created_at, updated_at FROM "
                    "dossier_entries WHERE student_id = ? AND deleted_at IS NULL ORDER BY "
                    "updated_at DESC, id DESC",
                    {w.student})
                .size();
        });
    };
    koers::storage::StudentRepo list(*db);
    koers::storage::DossierRepo dossiers(*db);
    auto bare_group = [&] {
        return list.InGroup(w.group).size() + dossiers.Summaries(w.group).size();
    };
    auto bare_export = [&] {
        return db->Use([&](Connection& c) {
            return c.Query(
                        "SELECT id, kind, body, version, created_at, updated_at FROM "
                        "dossier_entries WHERE student_id = ? AND deleted_at IS NULL ORDER "
                        "BY updated_at DESC, id DESC",
                        {w.student})
                       .size() +
                   c.Query(
                        "SELECT id, entry_id, author_name, basis, body, at FROM "
                        "dossier_comments WHERE student_id = ? ORDER BY id",
                        {w.student})
                       .size() +
                   c.Query(
                        "SELECT viewer_name, basis, what, at FROM dossier_views WHERE "
                        "student_id = ? ORDER BY at DESC, id DESC",
                        {w.student})
                       .size();
        });
    };
    for (int i = 0; i < 5; ++i)
        router.Handle(dossier_req), router.Handle(group_req), bare_dossier(), bare_group();
    std::vector<double> page, sql, gpage, gsql;
    for (int r = 0; r < rounds; ++r) {
        const auto t0 = Clock::now();
        if (router.Handle(dossier_req).status != 200) std::exit(1);
        const auto t1 = Clock::now();
        bare_dossier();
        const auto t2 = Clock::now();
        if (router.Handle(group_req).status != 200) std::exit(1);
        const auto t3 = Clock::now();
        bare_group();
        const auto t4 = Clock::now();
        page.push_back(Millis(t1 - t0));
        sql.push_back(Millis(t2 - t1));
        gpage.push_back(Millis(t3 - t2));
        gsql.push_back(Millis(t4 - t3));
    }
    std::vector<double> epage, esql;
    for (int r = 0; r < rounds / 3 + 1; ++r) {
        const auto t0 = Clock::now();
        if (router.Handle(export_req).status != 200) std::exit(1);
        const auto t1 = Clock::now();
        bare_export();
        const auto t2 = Clock::now();
        epage.push_back(Millis(t1 - t0));
        esql.push_back(Millis(t2 - t1));
    }
    std::printf("  %-50s %9s %9s\n", "", "p50 ms", "p99 ms");
    std::printf("  %-50s %9.2f %9.2f   (%zu KB of HTML)\n", "Koers dossier page (router, render)",
                Percentile(page, 0.5), Percentile(page, 0.99), dossier.body.size() / 1024);
    std::printf("  %-50s %9.2f %9.2f\n", "bare SQL: the student's entries", Percentile(sql, 0.5),
                Percentile(sql, 0.99));
    std::printf("  %-50s %9.2f %9.2f   (%zu KB of HTML)\n", "Koers group overview (router, render)",
                Percentile(gpage, 0.5), Percentile(gpage, 0.99), group.body.size() / 1024);
    std::printf("  %-50s %9.2f %9.2f\n", "its two queries (students, summaries)",
                Percentile(gsql, 0.5), Percentile(gsql, 0.99));
    std::printf("  %-50s %9.2f %9.2f   (%zu KB zipped)\n", "Koers export of one dossier (zip)",
                Percentile(epage, 0.5), Percentile(epage, 0.99), exported.body.size() / 1024);
    std::printf("  %-50s %9.2f %9.2f\n", "its three queries (entries, reactions, looks)",
                Percentile(esql, 0.5), Percentile(esql, 0.99));
    std::printf(
        "  ratio dossier page / bare SQL: %.2f; group overview / its queries: %.2f; export / its "
        "queries: %.2f (p50)\n",
        Percentile(page, 0.5) / Percentile(sql, 0.5),
        Percentile(gpage, 0.5) / Percentile(gsql, 0.5),
        Percentile(epage, 0.5) / Percentile(esql, 0.5));
    std::printf("  import of %d students: %.0f ms, %.0f rows/s\n", w.imported, w.import_ms,
                w.imported / (w.import_ms / 1000));
    std::printf("  targets: dossier page under 20 ms: %s; group overview under 20 ms: %s\n\n",
                Percentile(page, 0.5) < 20 ? "met" : "NOT met",
                Percentile(gpage, 0.5) < 20 ? "met" : "NOT met");
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr,
                     "usage: %s <sqlite-file> <postgresql-url> [students] [entries] [rounds]\n",
                     argv[0]);
        return 2;
    }
    const int students = argc > 3 ? std::atoi(argv[3]) : 2000;
    const int entries = argc > 4 ? std::atoi(argv[4]) : 60;
    const int rounds = argc > 5 ? std::atoi(argv[5]) : 60;
    Run("SQLite", argv[1], students, entries, rounds);
    Run("PostgreSQL", argv[2], students, entries, rounds);
    return 0;
}
