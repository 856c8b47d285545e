#include <gtest/gtest.h>

#include "modules/content/core/content.hpp"
#include "modules/content/core/diff.hpp"
#include "modules/content/core/item_form.hpp"
#include "modules/content/core/slug.hpp"
#include "platform/core/common/dates.hpp"

namespace koers::core {
namespace {

TEST(Slug, FromTitle) {
    EXPECT_EQ(Slugify("Regiobijeenkomst Amstelland: ‘Financiële’ zaken!"),
              "regiobijeenkomst-amstelland-financiele-zaken");
    EXPECT_TRUE(IsValidSlug("lob-scan-2026"));
    EXPECT_FALSE(IsValidSlug("-x"));
    EXPECT_FALSE(IsValidSlug("a--b"));
    EXPECT_FALSE(IsValidSlug("Hoofd"));
    EXPECT_TRUE(IsReservedTopLevel("zoeken"));
    EXPECT_LE(Slugify(std::string(300, 'a') + " b").size(), 80U);
}

std::vector<TermRef> Terms() {
    return {{1, "sector", "vmbo", "vmbo"},
            {2, "thema", "visie", "Visie"},
            {3, "soort", "handreiking", "Handreiking"}};
}

ContentInput Valid() {
    ContentInput in;
    in.kind = "kennisbank";
    in.title = "Een visie op LOB";
    in.summary = "Zo schrijft u een visie op loopbaanbegeleiding.";
    in.body = "# Kop\n\nTekst.";
    in.status = std::string(kPublished);
    in.term_ids = {3, 2};
    return in;
}

TEST(Content, ValidItemGetsSlugAndPublicationTime) {
    auto in = Valid();
    std::optional<int64_t> at;
    auto v = ValidateContent(in, Terms(), 1000, at);
    EXPECT_TRUE(v.ok());
    EXPECT_EQ(in.slug, "een-visie-op-lob");
    EXPECT_EQ(at, 1000);
    EXPECT_TRUE(IsPublic(kPublished, at, 1000));
    EXPECT_FALSE(IsPublic(kPublished, at, 999));
    EXPECT_FALSE(IsPublic(kConcept, at, 2000));
}

TEST(Content, RulesPerKind) {
    auto in = Valid();
    in.term_ids = {2};  // kennisbank without soort
    std::optional<int64_t> at;
    EXPECT_FALSE(ValidateContent(in, Terms(), 0, at).ok());

    in = Valid();
    in.kind = "praktijkvoorbeeld";
    in.term_ids = {2};
    auto v = ValidateContent(in, Terms(), 0, at);
    EXPECT_FALSE(v.ok());  // needs a school and a sector
    in.school_name = "Het Baken";
    in.term_ids = {1, 2};
    EXPECT_TRUE(ValidateContent(in, Terms(), 0, at).ok());

    in = Valid();
    in.kind = "pagina";
    in.term_ids = {};
    in.slug = "zoeken";
    EXPECT_FALSE(ValidateContent(in, Terms(), 0, at).ok());

    in = Valid();
    in.term_ids = {3, 99};
    EXPECT_FALSE(ValidateContent(in, Terms(), 0, at).ok());

    in = Valid();
    in.cover_id = 5;
    EXPECT_FALSE(ValidateContent(in, Terms(), 0, at).ok());  // alt text required
}

TEST(Content, ScheduledDateIsAmsterdamTime) {
    auto in = Valid();
    in.publish_at = "2026-12-01T09:00";
    std::optional<int64_t> at;
    ASSERT_TRUE(ValidateContent(in, Terms(), 0, at).ok());
    EXPECT_EQ(FormatLocalInput(*at), "2026-12-01T09:00");
    EXPECT_EQ(FormatRfc3339(*at), "2026-12-01T08:00:00Z");
    in.publish_at = "2026-02-30T09:00";
    EXPECT_FALSE(ValidateContent(in, Terms(), 0, at).ok());
    EXPECT_EQ(ParseLocalInput("2026-07-01"), ParseLocalInput("2026-07-01T00:00"));
    EXPECT_EQ(FormatLocalInput(*ParseLocalInput("2026-07-01T12:30")), "2026-07-01T12:30");
}

TEST(Diff, MarksAddedAndRemovedLines) {
    auto d = DiffLines("a\nb\nc\n", "a\nx\nc\nd");
    std::string ops;
    for (const auto& l : d)
        ops += l.op == DiffLine::Op::kSame ? '=' : l.op == DiffLine::Op::kAdded ? '+' : '-';
    EXPECT_EQ(ops, "=+-=+");
    EXPECT_EQ(d[1].text, "x");
}

TEST(ItemForm, VersionsAreComparedFieldByFieldWithLabelsAsTheEditorReadsThem) {
    const Fields before = {{"title", "LOB-dag"}, {"status", "concept"}, {"slug", "lob-dag"}};
    const Fields after = {{"title", "LOB-dag"},
                          {"status", "gepubliceerd"},
                          {"highlighted", "ja"},
                          {"slug", "lob-dag"}};
    const auto changes = Changes(ItemForm(), before, after);
    ASSERT_EQ(changes.size(), 2u);
    EXPECT_EQ(changes[0].label, "Status");
    EXPECT_EQ(changes[0].before, "Concept");
    EXPECT_EQ(changes[0].after, "Gepubliceerd");
    EXPECT_EQ(changes[1].label, "Uitgelicht");
    EXPECT_TRUE(Changes(ItemForm(), before, before).empty());
}

}  // namespace
}  // namespace koers::core
