// bench/newsletter: sending a nieuwsbrief of 10 items to 10,000 subscribers with different
// interests, on SQLite and PostgreSQL in one run.
//
// - Koers: SendNextBatch until nothing waits, as the background step does (batches of 200, each
//   one transaction: claim, choose the subscriber's items, write their link, queue their mail).
// - Reference: the same rows written set-based in one transaction by bare SQL (one outbox row, one
//   link and one delivery update per subscriber, with one fixed text): the floor of what the
//   database must do, without choosing items or writing each mail.
// - The issue's progress (what the redactie's page reads while sending) against a bare COUNT.
// Rounds alternate, so noise hurts both alike. Target: 10,000 mails queued within a minute (the
// background step's pace: five batches every five seconds).
//   newsletter_bench <sqlite-file> <postgresql-url> [subscribers=10000] [rounds=3]
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "app/modules.hpp"
#include "bench/bench_app.hpp"
#include "bench/timing.hpp"
#include "modules/newsletter/storage/newsletter_repo.hpp"
#include "modules/newsletter/web/newsletter_mail.hpp"
#include "platform/storage/db/database.hpp"
#include "platform/storage/db/unit_of_work.hpp"

namespace {

using koers::bench::Clock;
using koers::bench::Millis;
using koers::bench::Percentile;
using koers::bench::WallClock;
using koers::storage::Database;
using koers::storage::NewsletterRepo;
using koers::storage::StoredItem;

const char* const kSectors[] = {"", "vo", "mbo", "hbo", "vo mbo"};
const char* const kThemes[] = {"", "loopbaangesprek", "kwaliteitsborging", "doorstromen",
                               "ouders loopbaangesprek"};

void AddSubscribers(Database& db, int n, int64_t now) {
    koers::storage::InTransaction(db, [&](Database& tx) {
        tx.With([&](koers::storage::Connection& c) {
            for (int i = 0; i < n; ++i)
                c.Execute(
                    "INSERT INTO newsletter_subscribers (email, name, sectors, themes, status, "
                    "created_at, confirmed_at) VALUES (?, ?, ?, ?, 'actief', ?, ?)",
                    {"lezer" + std::to_string(i) + "@bench.koers.nl",
                     i % 3 == 0 ? std::string() : "Lezer " + std::to_string(i),
                     std::string(kSectors[i % 5]), std::string(kThemes[(i / 5) % 5]), now, now});
        });
    });
}

std::vector<StoredItem> Items() {
    std::vector<StoredItem> items;
    const char* kinds[] = {"nieuws", "kennisbank", "bijeenkomst"};
    for (int i = 0; i < 10; ++i)
        items.push_back(
            {"nieuws:" + std::to_string(i + 1),
             {kinds[i % 3], "Onderdeel " + std::to_string(i + 1) + " over loopbaanoriëntatie",
              "Een alinea die vertelt waar het over gaat, in een paar zinnen, zoals een "
              "samenvatting in de kennisbank.",
              "/nieuws/onderdeel-" + std::to_string(i + 1),
              koers::core::SplitWords(kSectors[(i + 1) % 5]),
              koers::core::SplitWords(kThemes[i % 5])}});
    return items;
}

// The set-based floor: every active subscriber's link, mail and delivery in one transaction.
void QueueBySql(Database& db, int64_t issue, int64_t now) {
    koers::storage::InTransaction(db, [&](Database& tx) {
        tx.With([&](koers::storage::Connection& c) {
            c.Execute(
                "INSERT INTO newsletter_links (token_hash, subscriber_id, purpose, created_at, "
                "expires_at) SELECT 'ref-' || CAST(d.id AS TEXT), d.subscriber_id, 'beheren', ?, "
                "? FROM newsletter_deliveries d WHERE d.issue_id = ? AND d.state = 'wacht'",
                {now, now + 86400, issue});
            c.Execute(
                "INSERT INTO outbox (to_address, subject, body, created_at, list_unsubscribe) "
                "SELECT s.email, 'Nieuwsbrief', 'Beste lezer, een vaste tekst.', ?, "
                "'http://koers.bench/nieuwsbrief/afmelden/ref-' || CAST(d.id AS TEXT) FROM "
                "newsletter_deliveries d JOIN newsletter_subscribers s ON s.id = d.subscriber_id "
                "WHERE d.issue_id = ? AND d.state = 'wacht'",
                {now, issue});
            c.Execute(
                "UPDATE newsletter_deliveries SET state = 'in-outbox' WHERE issue_id = ? AND "
                "state = 'wacht'",
                {issue});
            c.Execute("UPDATE newsletter_issues SET status = 'verzonden' WHERE id = ?", {issue});
        });
    });
}

void Run(const std::string& label, const std::string& url, int subscribers, int rounds) {
    auto db = koers::storage::OpenDatabase(url, 4);
    WallClock clock;
    const int64_t now = clock.Now();
    koers::app::UpgradeSchema(*db, now);
    AddSubscribers(*db, subscribers, now);
    koers::bench::BenchApp app(*db, clock);
    auto& services = app.services;
    NewsletterRepo repo(*db);
    const auto items = Items();

    std::vector<double> koers_ms, sql_ms, progress_ms, count_ms;
    koers::storage::Progress last;
    for (int r = 0; r < rounds; ++r) {
        const int64_t issue = repo.AddIssue({"Nieuwsbrief", "Welkom."}, items, std::nullopt, now);
        repo.StartSending(issue, std::nullopt, now);
        auto t0 = Clock::now();
        while (koers::web::SendNextBatch(services) > 0) {
        }
        koers_ms.push_back(Millis(Clock::now() - t0));
        last = repo.ProgressOf(issue);

        const int64_t reference = repo.AddIssue({"Referentie", ""}, items, std::nullopt, now);
        repo.StartSending(reference, std::nullopt, now);
        t0 = Clock::now();
        QueueBySql(*db, reference, now);
        sql_ms.push_back(Millis(Clock::now() - t0));

        for (int i = 0; i < 20; ++i) {
            t0 = Clock::now();
            repo.ProgressOf(issue);
            progress_ms.push_back(Millis(Clock::now() - t0));
            t0 = Clock::now();
            db->With([&](koers::storage::Connection& c) {
                c.Query("SELECT COUNT(*) AS n FROM newsletter_deliveries WHERE issue_id = ?",
                        {issue});
            });
            count_ms.push_back(Millis(Clock::now() - t0));
        }
    }
    const double koers = Percentile(koers_ms, 0.5), sql = Percentile(sql_ms, 0.5);
    std::printf("%s: %d subscribers, %zu items, %d rounds (median)\n", label.c_str(), subscribers,
                items.size(), rounds);
    std::printf("  %-52s %9.0f ms  %7.0f mails/s\n", "Koers: SendNextBatch until nothing waits",
                koers, last.queued / (koers / 1000));
    std::printf("  %-52s %9.0f ms\n", "bare SQL: the same rows set-based, one fixed text", sql);
    std::printf("  queued %lld, skipped %lld (none of the items met their interests)\n",
                static_cast<long long>(last.queued), static_cast<long long>(last.skipped));
    std::printf("  %-52s %9.2f ms p50 %9.2f ms p99\n", "progress of the issue (the page's query)",
                Percentile(progress_ms, 0.5), Percentile(progress_ms, 0.99));
    std::printf("  %-52s %9.2f ms p50\n", "bare COUNT of its deliveries",
                Percentile(count_ms, 0.5));
    std::printf("  ratio Koers / bare SQL: %.2f; progress / COUNT: %.2f (p50)\n", koers / sql,
                Percentile(progress_ms, 0.5) / Percentile(count_ms, 0.5));
    std::printf("  target: %d queued within a minute: %s\n\n", subscribers,
                koers < 60'000 ? "met" : "NOT met");
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s <sqlite-file> <postgresql-url> [subscribers] [rounds]\n",
                     argv[0]);
        return 2;
    }
    const int subscribers = argc > 3 ? std::atoi(argv[3]) : 10000;
    const int rounds = argc > 4 ? std::atoi(argv[4]) : 3;
    Run("SQLite", argv[1], subscribers, rounds);
    Run("PostgreSQL", argv[2], subscribers, rounds);
    return 0;
}
