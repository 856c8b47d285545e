// bench/search: query latency of Koers's search against SQLite FTS5 and PostgreSQL full-text
// search (to_tsvector('dutch')) on the same 100,000 synthetic Dutch documents, in one run.
//
// Koers answers through its Catalog (the index the server uses, filled from the database) and
// returns the total, facet counts over the whole result set and marked snippets for the top 10.
// The references return only their top-10 ids, ranked (bm25 / ts_rank). Rounds interleave the
// three systems per query, so a noisy neighbour hurts all alike. Prints p50/p99 and ratios.
//   search_bench <sqlite-file> [postgresql-url] [documents=100000] [rounds=20]
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "bench/search/corpus.hpp"
#include "modules/content/core/search/query.hpp"
#include "modules/content/module.hpp"
#include "modules/content/storage/content_repo.hpp"
#include "modules/content/storage/taxonomy_repo.hpp"
#include "modules/content/web/catalog.hpp"
#include "modules/content/web/snowball_stemmer.hpp"
#include "platform/core/common/environment.hpp"
#include "platform/storage/db/database.hpp"
#include "platform/storage/migrations.hpp"

namespace {

using Clock = std::chrono::steady_clock;
using koers::bench::Doc;
using koers::bench::Generate;
using koers::storage::Connection;
using koers::storage::Value;

const std::vector<std::string> kQueries = {"loopbaangesprek",
                                           "loopbaangesprekken",
                                           "mentor",
                                           "mentoren",
                                           "ouders",
                                           "visie beleid",
                                           "kwaliteit",
                                           "kwaliteitszorg",
                                           "doorstroom mbo",
                                           "overstap vmbo mbo",
                                           "studiekeuze",
                                           "stage",
                                           "financiele ondersteuning",
                                           "kansengelijkheid",
                                           "uitval hbo",
                                           "netwerk regio",
                                           "\"open dag\"",
                                           "\"doorlopende leerlijn\"",
                                           "loopbaan -ouders",
                                           "school -vmbo",
                                           "werkplan team",
                                           "evaluatie",
                                           "reflectie leerlingen",
                                           "competenties",
                                           "werkexploratie",
                                           "loopbaansturing",
                                           "arbeidsmarkt bedrijven",
                                           "proefstuderen",
                                           "meeloopdag",
                                           "voorlichting",
                                           "ouderavond",
                                           "loopbaandossier",
                                           "portfolio",
                                           "profielkeuze",
                                           "examenklas",
                                           "subsidie",
                                           "webinar",
                                           "conferentie",
                                           "professionalisering scholing",
                                           "handreiking",
                                           "wegwijzer",
                                           "instrument",
                                           "onderzoek uitval",
                                           "curriculum",
                                           "praktijkvoorbeeld",
                                           "decanen",
                                           "begeleiding studenten",
                                           "gesprek",
                                           "beroepen",
                                           "kwalitiet"};

double Ms(Clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); }

struct Series {
    std::vector<double> ms;
    double P(double q) {
        std::sort(ms.begin(), ms.end());
        return ms[std::min(ms.size() - 1, static_cast<size_t>(q * static_cast<double>(ms.size())))];
    }
};

// FTS5 has no Dutch stemmer: the equivalent query is the folded words (prefix-matched, which
// covers plurals) with the same operators.
std::string Fts5Query(const std::string& q) {
    auto parsed = koers::core::ParseQuery(q);
    std::string out;
    for (const auto& c : parsed.clauses) {
        std::string part;
        if (c.phrase) {
            part = "\"";
            for (size_t i = 0; i < c.words.size(); ++i) part += (i ? " " : "") + c.words[i];
            part += "\"";
        } else {
            part = "\"" + c.words[0] + "\"*";
        }
        if (c.negated) {
            out += " NOT " + part;
        } else {
            out += out.empty() ? part : " AND " + part;
        }
    }
    return out;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr,
                     "gebruik: search_bench <sqlite-bestand> [postgresql-url] [n] [rondes]\n");
        return 2;
    }
    const std::string sqlite_path = argv[1];
    const std::string pg_url = argc > 2 ? argv[2] : "";
    const size_t n = argc > 3 ? std::stoul(argv[3]) : 100000;
    const int rounds = argc > 4 ? std::stoi(argv[4]) : 20;

    std::printf("bench/search: %zu documenten, %zu zoekvragen, %d rondes\n", n, kQueries.size(),
                rounds);
    auto t0 = Clock::now();
    const auto docs = Generate(n);
    std::printf("  gegenereerd in %.1f s\n", Ms(Clock::now() - t0) / 1000);

    // Koers's own tables in SQLite, plus the FTS5 reference table in the same file.
    auto db = koers::storage::OpenDatabase(sqlite_path, 2);
    koers::storage::ApplyMigrations(*db, koers::web::SchemaOf({&koers::modules::Content(), 1}), 1);
    t0 = Clock::now();
    db->Transaction([&](Connection& c) {
        for (size_t i = 0; i < docs.size(); ++i)
            c.Execute(
                "INSERT INTO content_items (kind, slug, title, summary, body, status, publish_at, "
                "version, created_at, updated_at) VALUES ('kennisbank', ?, ?, ?, ?, "
                "'gepubliceerd', ?, 1, 1, 1)",
                {std::string("doc-") + std::to_string(i), docs[i].title, docs[i].summary,
                 docs[i].body, static_cast<int64_t>(1700000000 + i * 600)});
        c.ExecScript(
            "CREATE VIRTUAL TABLE ref_fts USING fts5(title, summary, body, "
            "tokenize='unicode61 remove_diacritics 2')");
        c.ExecScript(
            "INSERT INTO ref_fts (rowid, title, summary, body) SELECT id, title, summary, body "
            "FROM content_items");
    });
    std::printf("  SQLite geladen (Koers-tabellen en FTS5) in %.1f s\n",
                Ms(Clock::now() - t0) / 1000);

    koers::storage::ContentRepo content(*db);
    koers::storage::TaxonomyRepo taxonomy(*db);
    koers::core::ManualClock clock(1800000000);
    koers::web::SnowballDutch stemmer;
    koers::web::Catalog catalog(content, taxonomy, clock, stemmer);
    t0 = Clock::now();
    catalog.LoadAll();
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf(
        "  Koers-index opgebouwd in %.1f s (%zu documenten); piek-RSS van dit proces "
        "(corpus, SQLite en index samen): %ld MB\n",
        Ms(Clock::now() - t0) / 1000, catalog.size(), usage.ru_maxrss / 1024);

    std::unique_ptr<koers::storage::Database> pg;
    if (!pg_url.empty()) {
        pg = koers::storage::OpenDatabase(pg_url, 2);
        t0 = Clock::now();
        pg->Transaction([&](Connection& c) {
            c.ExecScript(
                "DROP TABLE IF EXISTS ref_docs; CREATE TABLE ref_docs (id BIGINT PRIMARY KEY, "
                "title TEXT, summary TEXT, body TEXT, tsv TSVECTOR)");
            for (size_t i = 0; i < docs.size(); ++i)
                c.Execute(
                    "INSERT INTO ref_docs (id, title, summary, body) VALUES (?, ?, ?, ?)",
                    {static_cast<int64_t>(i + 1), docs[i].title, docs[i].summary, docs[i].body});
            c.ExecScript(
                "UPDATE ref_docs SET tsv = setweight(to_tsvector('dutch', title), 'A') || "
                "setweight(to_tsvector('dutch', summary), 'B') || "
                "setweight(to_tsvector('dutch', body), 'C'); "
                "CREATE INDEX ref_docs_tsv ON ref_docs USING GIN (tsv); ANALYZE ref_docs");
        });
        std::printf("  PostgreSQL geladen (GIN-index op to_tsvector('dutch')) in %.1f s\n",
                    Ms(Clock::now() - t0) / 1000);
    }

    Series koers_ms, fts_ms, pg_ms;
    std::vector<Series> per_query(kQueries.size());
    std::vector<size_t> totals(kQueries.size());
    size_t koers_hits = 0, fts_hits = 0, pg_hits = 0;
    for (int round = 0; round < rounds; ++round) {
        for (size_t qi = 0; qi < kQueries.size(); ++qi) {
            const std::string& q = kQueries[qi];
            if (const char* only = std::getenv("KOERS_BENCH_ONLY"); only && q != only) continue;
            koers::core::SearchRequest req;
            req.query = koers::core::ParseQuery(q);
            req.now = clock.Now();
            auto s = Clock::now();
            auto result = catalog.Search(req);
            koers_ms.ms.push_back(Ms(Clock::now() - s));
            per_query[qi].ms.push_back(koers_ms.ms.back());
            if (round == 0) koers_hits += result->hits.size(), totals[qi] = result->total;

            const std::string fq = Fts5Query(q);
            s = Clock::now();
            auto rows = db->Use([&](Connection& c) {
                return c.Query(
                    "SELECT rowid FROM ref_fts WHERE ref_fts MATCH ? "
                    "ORDER BY bm25(ref_fts, 3.0, 2.0, 1.0) LIMIT 10",
                    {fq});
            });
            fts_ms.ms.push_back(Ms(Clock::now() - s));
            if (round == 0) fts_hits += rows.size();

            if (pg) {
                s = Clock::now();
                auto prow = pg->Use([&](Connection& c) {
                    return c.Query(
                        "SELECT id FROM ref_docs, websearch_to_tsquery('dutch', ?) query "
                        "WHERE tsv @@ query ORDER BY ts_rank(tsv, query) DESC LIMIT 10",
                        {q});
                });
                pg_ms.ms.push_back(Ms(Clock::now() - s));
                if (round == 0) pg_hits += prow.size();
            }
        }
    }

    const double kp50 = koers_ms.P(0.5), kp99 = koers_ms.P(0.99);
    const double fp50 = fts_ms.P(0.5), fp99 = fts_ms.P(0.99);
    std::printf("\n  %-34s %9s %9s %12s\n", "", "p50 (ms)", "p99 (ms)", "top-10 hits");
    std::printf("  %-34s %9.3f %9.3f %12zu\n", "Koers (facetten + snippets)", kp50, kp99,
                koers_hits);
    std::printf("  %-34s %9.3f %9.3f %12zu\n", "SQLite FTS5 bm25 top-10", fp50, fp99, fts_hits);
    if (pg) {
        const double pp50 = pg_ms.P(0.5), pp99 = pg_ms.P(0.99);
        std::printf("  %-34s %9.3f %9.3f %12zu\n", "PostgreSQL ts_rank top-10", pp50, pp99,
                    pg_hits);
        std::printf("\n  Koers/PostgreSQL: p50 %.2fx  p99 %.2fx (lager is sneller)\n", kp50 / pp50,
                    kp99 / pp99);
    }
    std::printf("  Koers/FTS5:       p50 %.2fx  p99 %.2fx (lager is sneller)\n", kp50 / fp50,
                kp99 / fp99);
    std::vector<std::pair<double, std::string>> slow;
    for (size_t qi = 0; qi < kQueries.size(); ++qi) {
        if (per_query[qi].ms.empty()) continue;
        slow.emplace_back(per_query[qi].P(0.5),
                          kQueries[qi] + " (" + std::to_string(totals[qi]) + " treffers)");
    }
    std::sort(slow.rbegin(), slow.rend());
    std::printf("  traagste zoekvragen in Koers (p50):");
    for (size_t i = 0; i < 5 && i < slow.size(); ++i)
        std::printf(" %s %.2f ms;", slow[i].second.c_str(), slow[i].first);
    std::printf("\n");
    std::printf("  doel: Koers p50 < 1 ms (%s), p99 < 5 ms (%s)\n", kp50 < 1 ? "ja" : "nee",
                kp99 < 5 ? "ja" : "nee");
    return 0;
}
