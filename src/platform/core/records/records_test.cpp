// The record kernel on a form declared here, independent of any capability: storing fields,
// reading a post, the Dutch checks and the differences between two versions.
#include <gtest/gtest.h>

#include "platform/core/records/fields.hpp"
#include "platform/core/records/form.hpp"

namespace koers::core {
namespace {

const Form& Meeting() {
    static const Form kForm{{
        Required(Line("titel", "Titel")),
        Typed(FieldType::kDate, "datum", "Datum"),
        Typed(FieldType::kChoice, "vorm", "Vorm", {},
              {{"online", "Online"}, {"fysiek", "Op locatie"}}),
        Typed(FieldType::kChoices, "voor", "Voor wie", {},
              {{"decanen", "Decanen"}, {"mentoren", "Mentoren"}}),
        Text("verslag", "Verslag"),
    }};
    return kForm;
}

TEST(RecordFields, EncodingKeepsNewlinesBackslashesAndEqualsSigns) {
    const Fields in = {{"a", "regel 1\nregel 2\\n niet\r"}, {"b", "x=y"}, {"leeg", ""}};
    const Fields out = DecodeFields(EncodeFields(in));
    EXPECT_EQ(out.at("a"), in.at("a"));
    EXPECT_EQ(out.at("b"), "x=y");
    EXPECT_EQ(out.count("leeg"), 0u);  // empty fields are not stored
    EXPECT_TRUE(DecodeFields("zonder-is-teken\n=geen naam\nc=1").size() == 1);
}

TEST(RecordForm, ReadsOnlyDeclaredFieldsTrimmedWithChoicesInFormOrder) {
    const Fields f = Normalise(Meeting(), {{"titel", "  Netwerkdag \r"},
                                           {"voor", "mentoren"},
                                           {"voor", "decanen"},
                                           {"verslag", "regel 1\r\nregel 2"},
                                           {"stiekem", "weg"}});
    EXPECT_EQ(f.at("titel"), "Netwerkdag");
    EXPECT_EQ(f.at("voor"), "decanen,mentoren");
    EXPECT_EQ(f.at("verslag"), "regel 1\nregel 2");
    EXPECT_EQ(f.count("stiekem"), 0u);
    EXPECT_TRUE(Validate(Meeting(), f).ok());
}

// A link proposes additions to a stored record (a finding noted in an evaluation): text goes
// below what is there, once; options are added; nothing else changes.
TEST(RecordForm, AdditionsGoBelowTheStoredTextAndAddOptionsOnly) {
    const Fields stored = {{"titel", "Netwerkdag"}, {"voor", "mentoren,oud"}, {"verslag", "Goed."}};
    const Fields proposed = Normalise(Meeting(), {{"titel", "Anders"},
                                                  {"vorm", "online"},
                                                  {"voor", "decanen"},
                                                  {"voor", "iedereen"},
                                                  {"verslag", "Cijfer: 68%."}});
    const Fields out = WithAdditions(Meeting(), stored, proposed);
    EXPECT_EQ(out.at("titel"), "Netwerkdag") << "a line is not changed by a link";
    EXPECT_EQ(out.count("vorm"), 0u) << "nor a single choice";
    EXPECT_EQ(out.at("voor"), "decanen,mentoren,oud")
        << "in the form's order; a code no longer offered stays; one never offered is not added";
    EXPECT_EQ(out.at("verslag"), "Goed.\n\nCijfer: 68%.");
    EXPECT_EQ(WithAdditions(Meeting(), out, proposed), out) << "the same link twice adds nothing";
    EXPECT_EQ(WithAdditions(Meeting(), {}, proposed).at("verslag"), "Cijfer: 68%.");
}

TEST(RecordForm, RefusesWhatIsMalformedWithADutchMessageNamingTheField) {
    const Fields f = Normalise(
        Meeting(),
        {{"datum", "2027-02-30"}, {"vorm", "per post"}, {"voor", "ouders"}, {"verslag", "a\x01b"}});
    const Validation v = Validate(Meeting(), f);
    EXPECT_EQ(v.For("titel"), "Vul “Titel” in.");
    EXPECT_EQ(v.For("datum"), "“Datum” is geen geldige datum (jjjj-mm-dd).");
    EXPECT_EQ(v.For("vorm"), "Kies bij “Vorm” een van de mogelijkheden.");
    EXPECT_EQ(v.For("voor"), "Kies bij “Voor wie” alleen uit de mogelijkheden.");
    EXPECT_EQ(v.For("verslag"), "“Verslag” bevat tekens die niet zijn toegestaan.");
    EXPECT_NE(Validate(Meeting(), {{"titel", std::string(kMaxLineLength + 1, 'x')}})
                  .For("titel")
                  .find("te lang (hoogstens 300 tekens)"),
              std::string::npos);
}

TEST(RecordForm, ChangesShowLabelsAndKeepFieldsAnOlderFormHad) {
    const auto changes =
        Changes(Meeting(), {{"titel", "A"}, {"vorm", "online"}, {"oud", "x"}},
                {{"titel", "A"}, {"vorm", "fysiek"}, {"voor", "decanen,mentoren"}});
    ASSERT_EQ(changes.size(), 3u);
    EXPECT_EQ(changes[0].label, "Vorm");
    EXPECT_EQ(changes[0].before, "Online");
    EXPECT_EQ(changes[0].after, "Op locatie");
    EXPECT_EQ(changes[1].label, "Voor wie");
    EXPECT_EQ(changes[1].after, "Decanen, Mentoren");
    EXPECT_EQ(changes[2].label, "oud");
    EXPECT_EQ(changes[2].before, "x");
}

}  // namespace
}  // namespace koers::core
