// Search relevance, tested with what users type (issue 14): single words, compounds and their
// parts, plurals, diminutives, words without their accents, misspellings, phrases and
// exclusions, each with the demo items that must be among the first results. The same set runs
// on SQLite and on PostgreSQL (the catalogue loads from either into one index).
#include <gtest/gtest.h>

#include <set>
#include <vector>

#include "modules/content/core/search/query.hpp"
#include "modules/content/demo_content.hpp"
#include "modules/content/web/catalog_test_support.hpp"

namespace koers::web {
namespace {

using catalog_testing::kNow;

struct Case {
    const char* query;
    std::vector<const char*> expected;  // each among the first `within` results; none: no result
    size_t within = 5;
    const char* suggestion = "";  // for a misspelling: the "bedoelde u" that must be offered
};

// clang-format off
const std::vector<Case> kCases = {
    // Single words
    {"loopbaan", {"loopbaangesprek-vragenlijst", "infographic-vijf-loopbaancompetenties"}, 10},
    {"ouders", {"handreiking-ouders-betrekken", "ouderpanel-lob", "ouders-betrekken-bij-lob-webinar"}},
    {"visie", {"handreiking-lob-visie-in-vijf-stappen", "lob-visie-met-het-hele-team"}},
    {"beleid", {"wegwijzer-lob-beleid-smart"}},
    {"pdca", {"pdca-cyclus-voor-lob"}},
    {"PDCA-cyclus", {"pdca-cyclus-voor-lob"}, 1},
    {"smart", {"wegwijzer-lob-beleid-smart"}, 1},
    {"doorstroom", {"cijfers-doorstroom-2026", "wegwijzer-doorstroomgegevens-gebruiken"}},
    {"proefstuderen", {"proefstuderen-vwo-hbo", "bijeenkomst-twente-hbo"}},
    {"keuzestress", {"onderzoek-keuzestress-bij-havisten"}, 1},
    {"uitval", {"onderzoek-effect-lob-op-uitval"}, 2},
    {"subsidie", {"subsidieregeling-lob-2027-opengesteld"}, 1},
    {"takenmatrix", {"instrument-lob-taken-matrix"}, 1},
    {"infographic", {"infographic-vijf-loopbaancompetenties"}, 1},
    {"webinar", {"ouders-betrekken-bij-lob-webinar"}, 1},
    {"kansengelijkheid", {"kansengelijkheid-en-lob-conferentie"}, 1},
    {"leergemeenschap", {"mentoren-leergemeenschap-start"}, 1},
    {"monitor", {}},  // the only item about it is planned for next week: nothing yet
    {"decaan", {"decaan-vmbo-de-linden"}},
    {"privacy", {"privacyverklaring"}, 1},
    {"toegankelijkheid", {"toegankelijkheidsverklaring"}, 1},
    // Compounds, and the parts of compounds
    {"loopbaangesprek", {"loopbaangesprek-vragenlijst", "video-loopbaangesprek-in-de-praktijk", "loopbaangesprekken-in-de-onderbouw"}},
    {"gesprek", {"loopbaangesprek-vragenlijst", "video-loopbaangesprek-in-de-praktijk"}, 6},
    // Words only the attachment has (its Word werkblad).
    {"openingsvragen", {"loopbaangesprek-vragenlijst"}},
    {"compliment", {"loopbaangesprek-vragenlijst"}},
    {"loopbaanbegeleiding", {"onderzoek-effect-lob-op-uitval", "onderzoek-lob-in-het-mbo"}},
    {"begeleiding", {"onderzoek-effect-lob-op-uitval", "slb-coaching-mbo-eerste-jaar"}, 10},
    {"studieloopbaanbegeleiding", {"slb-coaching-mbo-eerste-jaar"}, 1},
    {"competenties", {"infographic-vijf-loopbaancompetenties"}, 3},
    {"panel", {"ouderpanel-lob"}, 2},
    {"bijeenkomst", {"regiobijeenkomst-amstelland-najaar-2026"}, 1},
    {"hogescholen proefstuderen", {"bijeenkomst-twente-hbo", "proefstuderen-vwo-hbo"}, 2},
    {"netwerk", {"wegwijzer-samenwerken-in-de-regio", "netwerkdag-met-bedrijven"}},
    {"kaarten", {"instrument-reflectiekaarten"}, 2},
    {"reflectie", {"instrument-reflectiekaarten"}, 3},
    {"studiekeuze", {"hbo-studiekeuzecheck-gesprekken"}, 3},
    {"doorstroomgegevens", {"wegwijzer-doorstroomgegevens-gebruiken"}, 1},
    {"leerlijn", {"doorlopende-leerlijn-vmbo-mbo-economie"}, 2},
    // Plurals and singulars
    {"gesprekken", {"loopbaangesprekken-in-de-onderbouw", "hbo-studiekeuzecheck-gesprekken"}},
    {"ouder", {"handreiking-ouders-betrekken", "ouderpanel-lob"}},
    {"mentor", {"mentoren-leergemeenschap-start", "instrument-reflectiekaarten"}},
    {"mentoren", {"mentoren-leergemeenschap-start"}, 4},
    {"hogeschool", {"bijeenkomst-twente-hbo"}},
    {"competentie", {"infographic-vijf-loopbaancompetenties"}, 3},
    {"doelen", {"wegwijzer-lob-beleid-smart"}, 3},
    {"studenten", {"mbo-studenten-kiezen-vaker-bbl", "slb-coaching-mbo-eerste-jaar"}},
    {"netwerken", {"subsidieregeling-lob-2027-opengesteld", "wegwijzer-samenwerken-in-de-regio"}},
    {"vragen", {"loopbaangesprek-vragenlijst"}},
    // Diminutives
    {"gesprekje", {"loopbaangesprek-vragenlijst"}, 6},
    {"kaartjes", {"instrument-reflectiekaarten"}, 2},
    {"vraagjes", {"loopbaangesprek-vragenlijst"}, 5},
    // Without accents, or with them
    {"loopbaanorientatie", {"handreiking-ouders-betrekken", "ouders-betrekken-bij-lob-webinar"}},
    {"loopbaanoriëntatie", {"handreiking-ouders-betrekken", "ouders-betrekken-bij-lob-webinar"}},
    {"financiele", {"video-financiele-ondersteuning-studie"}, 1},
    {"regiocoordinator", {"regiocoordinator-lob-amstelland"}, 1},
    // Misspellings: nothing found, but the right word offered
    {"loopbaangespek", {"loopbaangesprek-vragenlijst"}, 5, "loopbaangesprek"},
    {"proefsturen", {"proefstuderen-vwo-hbo"}, 5, "proefstuderen"},
    {"keuzstress", {"onderzoek-keuzestress-bij-havisten"}, 1, "keuzestress"},
    {"subsidieregling", {"subsidieregeling-lob-2027-opengesteld"}, 1, "subsidieregeling"},
    // Several words, phrases and exclusions
    {"ouders betrekken", {"handreiking-ouders-betrekken", "ouders-betrekken-bij-lob-webinar"}, 3},
    {"loopbaangesprek brugklas", {"loopbaangesprekken-in-de-onderbouw"}, 1},
    {"smart doelen", {"wegwijzer-lob-beleid-smart"}, 1},
    {"vmbo mbo overstap", {"regiobijeenkomst-amstelland-najaar-2026"}, 3},
    {"lob visie team", {"lob-visie-met-het-hele-team"}, 2},
    {"\"doorlopende leerlijn\"", {"doorlopende-leerlijn-vmbo-mbo-economie"}, 1},
    {"\"vijf stappen\"", {"handreiking-lob-visie-in-vijf-stappen", "handreiking-lob-visie-verschenen"}, 2},
    {"\"landelijke LOB-dag\"", {"landelijke-lob-dag-2027"}, 1},
    {"lob-scan", {"nieuwe-versie-lob-scan"}, 1},
    {"leren en werken", {"mbo-studenten-kiezen-vaker-bbl"}, 1},
    {"loopbaangesprek -video", {"loopbaangesprek-vragenlijst"}},
};
// clang-format on

// The demo content, loaded into the catalogue.
struct DemoWorld : catalog_testing::CatalogWorld {
    explicit DemoWorld(const std::string& kind) : CatalogWorld(kind) {
        if (!db) return;
        modules::SeedDemoContent(*db, kNow);
        catalog->LoadAll();
    }
};

core::SearchResult Search(Catalog& catalog, std::string_view q, size_t limit) {
    core::SearchRequest req;
    req.query = core::ParseQuery(q);
    req.now = kNow;
    req.limit = limit;
    return *catalog.Search(req);
}

std::vector<std::string> Slugs(const core::SearchResult& r) {
    std::vector<std::string> out;
    for (const auto& h : r.hits) out.push_back(h.doc.slug);
    return out;
}

class SearchRelevance : public ::testing::TestWithParam<std::string> {};

TEST_P(SearchRelevance, EveryQueryOfTheSetFindsWhatItMust) {
    DemoWorld w(GetParam());
    if (!w.db) GTEST_SKIP() << "geen PostgreSQL-testcluster";
    ASSERT_GE(kCases.size(), 60U);
    size_t passed = 0;
    for (const Case& c : kCases) {
        SCOPED_TRACE(c.query);
        core::SearchResult r = Search(*w.catalog, c.query, c.within);
        bool ok = true;
        if (*c.suggestion) {
            EXPECT_EQ(r.total, 0U);
            EXPECT_EQ(r.suggestion, c.suggestion);
            ok = r.total == 0 && r.suggestion == c.suggestion;
            r = Search(*w.catalog, r.suggestion, c.within);
        }
        const auto top = Slugs(r);
        if (c.expected.empty()) {
            EXPECT_EQ(r.total, 0U) << ::testing::PrintToString(top);
            ok = ok && r.total == 0;
        }
        for (const char* slug : c.expected) {
            const bool found = std::find(top.begin(), top.end(), slug) != top.end();
            EXPECT_TRUE(found) << slug << " not among the first " << c.within << " of " << r.total
                               << ": " << ::testing::PrintToString(top);
            ok = ok && found;
        }
        passed += ok ? 1 : 0;
    }
    std::printf("[ relevance ] %s: %zu of %zu queries find what they must\n", GetParam().c_str(),
                passed, kCases.size());
}

// A word finds the compounds it begins or ends, with Snowball Dutch as the site uses it, even
// when stemming changes the word ("loopbaan" -> "loopban"): the most important word on a site
// about loopbaanoriëntatie found nothing before.
TEST_P(SearchRelevance, AWordFindsEveryCompoundItIsPartOf) {
    DemoWorld w(GetParam());
    if (!w.db) GTEST_SKIP() << "geen PostgreSQL-testcluster";
    auto all = [&](std::string_view q) {
        const auto slugs = Slugs(Search(*w.catalog, q, 1000));
        return std::set<std::string>(slugs.begin(), slugs.end());
    };
    for (const auto& [part, compound] :
         {std::pair{"loopbaan", "loopbaangesprek"}, std::pair{"loopbaan", "loopbaanoriëntatie"},
          std::pair{"loopbaan", "loopbaancompetenties"}, std::pair{"gesprek", "loopbaangesprek"}}) {
        SCOPED_TRACE(std::string(part) + " / " + compound);
        const auto whole = all(compound);
        const auto parts = all(part);
        ASSERT_FALSE(whole.empty());
        for (const auto& slug : whole) EXPECT_TRUE(parts.count(slug)) << slug;
    }
}

INSTANTIATE_TEST_SUITE_P(BothDatabases, SearchRelevance, ::testing::Values("sqlite", "postgresql"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace koers::web
