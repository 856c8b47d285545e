#include <gtest/gtest.h>

#include <algorithm>

#include "modules/content/core/search/index.hpp"
#include "modules/content/core/search/query.hpp"
#include "modules/content/core/search/spelling.hpp"
#include "modules/content/core/search/text.hpp"

namespace koers::core {
namespace {

TEST(Text, FoldsCaseAndDiacritics) {
    EXPECT_EQ(FoldText("Financiële ondersteuning"), "financiele ondersteuning");
    EXPECT_EQ(FoldText("ĲSSEL Straße Ærø"), "ijssel strasse aero");
    EXPECT_EQ(FoldText("LOB-scan, auto's—en “meer”"), "lob scan auto s en meer");
    EXPECT_EQ(FoldText("\xff\xfe broken"), "broken");
}

TEST(Text, TokensKnowTheirPlaceInTheOriginal) {
    auto t = Tokenize("Één  Twee");
    ASSERT_EQ(t.size(), 2U);
    EXPECT_EQ(t[0].word, "een");
    EXPECT_EQ(t[0].begin, 0U);
    EXPECT_EQ(t[0].end, 5U);  // "Één" is five bytes
    EXPECT_EQ(t[1].begin, 7U);
}

TEST(Query, WordsPhrasesAndExclusions) {
    auto q = ParseQuery(R"(loopbaan "het gesprek" -ouders -"open dag")");
    ASSERT_EQ(q.clauses.size(), 4U);
    EXPECT_EQ(q.clauses[0].words, std::vector<std::string>{"loopbaan"});
    EXPECT_TRUE(q.clauses[1].phrase);
    EXPECT_EQ(q.clauses[1].words.size(), 2U);
    EXPECT_TRUE(q.clauses[2].negated);
    EXPECT_TRUE(q.clauses[3].negated && q.clauses[3].phrase);
    EXPECT_TRUE(q.notice.empty());
    EXPECT_EQ(QueryToString(q), R"(loopbaan "het gesprek" -ouders -"open dag")");
}

TEST(Query, MalformedInputBecomesANotice) {
    auto unbalanced = ParseQuery("\"loopbaan gesprek");
    EXPECT_EQ(unbalanced.clauses.size(), 2U);
    EXPECT_NE(unbalanced.notice.find("aanhalingsteken"), std::string::npos);

    auto only_minus = ParseQuery("-ouders");
    EXPECT_FALSE(only_minus.HasPositive());
    EXPECT_NE(only_minus.notice.find("minteken"), std::string::npos);

    auto operators = ParseQuery("\" - \" --");
    EXPECT_TRUE(operators.clauses.empty());
    EXPECT_FALSE(operators.notice.empty());

    auto huge = ParseQuery(std::string(10000, 'a') + " b");
    EXPECT_NE(huge.notice.find("lang"), std::string::npos);
    EXPECT_LE(huge.clauses.size(), 1U);

    auto controls = ParseQuery(
        "loop\x01\x02"
        "baan\x7f");
    ASSERT_EQ(controls.clauses.size(), 2U);
}

TEST(Spelling, EditDistanceWithTranspositions) {
    EXPECT_EQ(EditDistance("loopbaan", "loopbaan", 2), 0U);
    EXPECT_EQ(EditDistance("lopbaan", "loopbaan", 2), 1U);
    EXPECT_EQ(EditDistance("loobpaan", "loopbaan", 2), 1U);
    EXPECT_EQ(EditDistance("xyz", "loopbaan", 2), 3U);
}

SearchDocument Doc(int64_t id, std::string title, std::string summary, std::string text,
                   int64_t at = 100) {
    SearchDocument d;
    d.id = id;
    d.kind = "kennisbank";
    d.subtype = "handreiking";
    d.slug = "doc-" + std::to_string(id);
    d.title = std::move(title);
    d.summary = std::move(summary);
    d.text = std::move(text);
    d.publish_at = at;
    d.sectors = {"vmbo"};
    d.themes = {"visie"};
    return d;
}

SearchRequest Ask(std::string_view q, int64_t now = 1000) {
    SearchRequest r;
    r.query = ParseQuery(q);
    r.now = now;
    return r;
}

std::vector<int64_t> Ids(const SearchResult& r) {
    std::vector<int64_t> out;
    for (const auto& h : r.hits) out.push_back(h.doc.id);
    return out;
}

class IndexTest : public ::testing::Test {
protected:
    NoStemmer stemmer;
    SearchIndex index{stemmer};
};

TEST_F(IndexTest, TitleWeighsMoreThanBody) {
    index.Upsert(
        Doc(1, "Over ouders", "Kort", "Het gaat hier om loopbaan en nog veel meer tekst."));
    index.Upsert(Doc(2, "Loopbaan in de klas", "Kort", "Iets anders."));
    EXPECT_EQ(Ids(index.Search(Ask("loopbaan"))), (std::vector<int64_t>{2, 1}));
}

TEST_F(IndexTest, AllWordsMustMatchAndMinusExcludes) {
    index.Upsert(Doc(1, "Loopbaan en ouders", "s", "tekst"));
    index.Upsert(Doc(2, "Loopbaan en school", "s", "tekst"));
    EXPECT_EQ(Ids(index.Search(Ask("loopbaan ouders"))), (std::vector<int64_t>{1}));
    EXPECT_EQ(Ids(index.Search(Ask("loopbaan -ouders"))), (std::vector<int64_t>{2}));
    EXPECT_EQ(Ids(index.Search(Ask("loopbaan -\"en ouders\""))), (std::vector<int64_t>{2}));
}

TEST_F(IndexTest, PhrasesKeepTheirOrder) {
    index.Upsert(Doc(1, "Titel", "s", "het loopbaan gesprek voeren"));
    index.Upsert(Doc(2, "Titel", "s", "gesprek over de loopbaan"));
    EXPECT_EQ(Ids(index.Search(Ask("\"loopbaan gesprek\""))), (std::vector<int64_t>{1}));
    EXPECT_EQ(index.Search(Ask("loopbaan gesprek")).total, 2U);
}

TEST_F(IndexTest, CompoundsFoundFromTheirParts) {
    index.Upsert(Doc(1, "Het loopbaangesprek", "s", "tekst"));
    index.Upsert(Doc(2, "Een gesprek", "s", "tekst"));
    auto r = index.Search(Ask("gesprek"));
    EXPECT_EQ(Ids(r), (std::vector<int64_t>{2, 1}));  // the exact word ranks first
    EXPECT_EQ(Ids(index.Search(Ask("loopbaan gesprek"))), (std::vector<int64_t>{1}));
}

// Snowball Dutch shortens a double vowel before the last consonant ("loopbaan" -> "loopban");
// this stemmer does only that, to show what it does to compounds.
class ShortensVowels final : public Stemmer {
public:
    std::string Stem(std::string_view w) const override {
        std::string out(w);
        const size_t n = out.size();
        if (n >= 3 && out[n - 3] == out[n - 2] &&
            std::string_view("aeou").find(out[n - 2]) != std::string_view::npos)
            out.erase(n - 2, 1);
        return out;
    }
};

TEST(Index, AWordWhoseStemChangesStillFindsTheCompoundsItBegins) {
    ShortensVowels stemmer;
    SearchIndex index{stemmer};
    index.Upsert(Doc(1, "Het loopbaangesprek", "s", "tekst"));
    index.Upsert(Doc(2, "Loopbaanoriëntatie in de klas", "s", "tekst"));
    index.Upsert(Doc(3, "Studieloopbaan in het mbo", "s", "tekst"));
    index.Upsert(Doc(4, "Een baan vinden", "s", "tekst"));
    auto found = Ids(index.Search(Ask("loopbaan")));
    std::sort(found.begin(), found.end());
    EXPECT_EQ(found, (std::vector<int64_t>{1, 2, 3})) << "the compounds it begins and ends";
    EXPECT_EQ(Ids(index.Search(Ask("studie"))), (std::vector<int64_t>{3}));
}

TEST_F(IndexTest, DiacriticsAndCaseDoNotMatter) {
    index.Upsert(Doc(1, "Financiële steun", "s", "tekst"));
    EXPECT_EQ(index.Search(Ask("FINANCIELE")).total, 1U);
}

TEST_F(IndexTest, ScheduledItemsAppearOnTime) {
    index.Upsert(Doc(1, "Later nieuws", "s", "tekst", 5000));
    EXPECT_EQ(index.Search(Ask("nieuws", 4999)).total, 0U);
    EXPECT_EQ(index.Search(Ask("nieuws", 5000)).total, 1U);
}

TEST_F(IndexTest, UpdatesAndRemovalsApplyAtOnce) {
    index.Upsert(Doc(1, "Oude titel", "s", "tekst"));
    auto changed = Doc(1, "Nieuwe titel", "s", "tekst");
    changed.version = 2;
    index.Upsert(changed);
    EXPECT_EQ(index.Search(Ask("oude")).total, 0U);
    EXPECT_EQ(index.Search(Ask("nieuwe")).total, 1U);
    EXPECT_EQ(index.VersionOf(1), 2);
    index.Remove(1);
    EXPECT_EQ(index.Search(Ask("nieuwe")).total, 0U);
    EXPECT_EQ(index.size(), 0U);
}

TEST_F(IndexTest, FacetsCountTheResultSetAndIgnoreTheirOwnFilter) {
    auto a = Doc(1, "Visie op loopbaan", "s", "t");
    auto b = Doc(2, "Loopbaan in het mbo", "s", "t");
    b.sectors = {"mbo"};
    b.kind = "nieuws";
    b.subtype = "";
    auto c = Doc(3, "Iets anders", "s", "t");
    index.Upsert(a);
    index.Upsert(b);
    index.Upsert(c);
    auto req = Ask("loopbaan");
    req.filter.sector = "mbo";
    auto r = index.Search(req);
    EXPECT_EQ(Ids(r), (std::vector<int64_t>{2}));
    // The sector facet still offers vmbo (1 hit without the sector filter).
    ASSERT_EQ(r.facets.sector.size(), 2U);
    EXPECT_EQ(r.facets.kind.size(), 1U);  // kinds within sector mbo: only nieuws
    EXPECT_EQ(r.facets.kind[0].value, "nieuws");
    ASSERT_EQ(r.facets.year.size(), 1U);
}

TEST_F(IndexTest, SuggestsAKnownSpelling) {
    index.Upsert(Doc(1, "Loopbaanbegeleiding", "s", "t"));
    index.Upsert(Doc(2, "Kwaliteit", "s", "t"));
    auto r = index.Search(Ask("kwalitiet"));
    EXPECT_EQ(r.total, 0U);
    EXPECT_EQ(r.suggestion, "kwaliteit");
}

TEST_F(IndexTest, SnippetsMarkTheMatches) {
    index.Upsert(Doc(1, "Titel", "s",
                     "Een lange inleiding zonder veel. Daarna gaat het over de loopbaan van "
                     "leerlingen en hun ouders."));
    auto r = index.Search(Ask("ouders"));
    ASSERT_EQ(r.hits.size(), 1U);
    bool marked = false;
    for (const auto& s : r.hits[0].snippet) marked |= s.mark && s.text == "ouders";
    EXPECT_TRUE(marked);
}

TEST_F(IndexTest, SnippetsFindMatchesAtTheEndOfLongTexts) {
    std::string text;
    for (int i = 0; i < 60; ++i) text += "woord" + std::to_string(i) + " ";
    text += "en tot slot financiële steun.";
    index.Upsert(Doc(1, "Titel", "s", text));
    auto r = index.Search(Ask("financiele"));
    ASSERT_EQ(r.hits.size(), 1U);
    bool marked = false;
    for (const auto& s : r.hits[0].snippet) marked |= s.mark && s.text == "financiële";
    EXPECT_TRUE(marked);
    EXPECT_EQ(r.hits[0].snippet.front().text, "… ");
}

// Issue 14: the text inside attachments is searched, below the item's own text, and the snippet
// says where the words were found.
TEST_F(IndexTest, AttachmentsAreSearchedWithALowerWeight) {
    SearchDocument werkblad = Doc(1, "Werkbladen", "s", "Drie werkbladen voor de mentorles.");
    werkblad.attachments = "Werkblad 1\nWelke beroepen passen bij jouw kwaliteiten?";
    index.Upsert(werkblad);
    index.Upsert(Doc(2, "Over beroepen", "s", "Veel beroepen komen voorbij in de les."));
    auto r = index.Search(Ask("beroepen"));
    EXPECT_EQ(Ids(r), (std::vector<int64_t>{2, 1})) << "the item about it comes first";
    ASSERT_EQ(r.hits.size(), 2U);
    EXPECT_FALSE(r.hits[0].snippet_in_attachment);
    EXPECT_TRUE(r.hits[1].snippet_in_attachment);
    bool marked = false;
    for (const auto& seg : r.hits[1].snippet) marked |= seg.mark && seg.text == "beroepen";
    EXPECT_TRUE(marked) << "the snippet comes from the attachment";
    EXPECT_TRUE(r.hits[1].doc.attachments.empty()) << "a hit does not carry the text along";
    // A word in the body and the attachment: the body gives the snippet.
    r = index.Search(Ask("werkbladen"));
    ASSERT_EQ(r.hits.size(), 1U);
    EXPECT_FALSE(r.hits[0].snippet_in_attachment);
    // No phrase spans the body and the attachment.
    EXPECT_TRUE(index.Search(Ask("\"mentorles werkblad\"")).hits.empty());
    werkblad.attachments.clear();
    werkblad.version = 2;
    index.Upsert(werkblad);
    EXPECT_TRUE(index.Search(Ask("kwaliteiten")).hits.empty()) << "a removed attachment";
}

TEST_F(IndexTest, ListsWithoutWordsAreNewestFirstAndPaged) {
    for (int i = 1; i <= 5; ++i) index.Upsert(Doc(i, "T", "s", "t", 100 + i));
    SearchRequest r;
    r.now = 1000;
    r.offset = 1;
    r.limit = 2;
    auto res = index.Search(r);
    EXPECT_EQ(res.total, 5U);
    EXPECT_EQ(Ids(res), (std::vector<int64_t>{4, 3}));
}

TEST_F(IndexTest, RelatedShareThemes) {
    auto a = Doc(1, "A", "s", "t");
    auto b = Doc(2, "B", "s", "t");
    auto c = Doc(3, "C", "s", "t");
    c.themes = {"anders"};
    c.sectors = {"hbo"};
    index.Upsert(a);
    index.Upsert(b);
    index.Upsert(c);
    auto rel = index.Related(1, 3, 1000);
    ASSERT_EQ(rel.size(), 1U);
    EXPECT_EQ(rel[0].doc.id, 2);
}

}  // namespace
}  // namespace koers::core
