// The record kernel's views: what a module's record page shows for a form, and the conflict a
// stale save shows.
#include <gtest/gtest.h>

#include "platform/web/records/record_views.hpp"

namespace koers::web {
namespace {

core::Form Sample() {
    core::Form form;
    form.fields = {
        core::Required(core::Line("titel", "Titel")),
        core::Text("reflectie", "Wat heb je geleerd?", "Schrijf het in je eigen woorden.")};
    return form;
}

std::string At(const View& v, std::string_view key) {
    const View* found = v.Find(key);
    return found ? found->string() : "<geen " + std::string(key) + ">";
}

TEST(RecordViews, AFieldKeepsTheUsersInputAndPointsAtItsError) {
    const auto form = Sample();
    const core::Fields input = {{"titel", ""}, {"reflectie", "Ik vond de stage leuk."}};
    const auto errors = core::Validate(form, input);
    ASSERT_FALSE(errors.ok());
    const auto fields = FieldViews(form, input, errors);
    ASSERT_EQ(fields.size(), 2U);
    EXPECT_EQ(At(fields[0], "error"), errors.For("titel"));
    EXPECT_EQ(At(fields[0], "describedby"), "f-titel-fout");
    EXPECT_EQ(At(fields[1], "value"), "Ik vond de stage leuk.") << "input survives an error";
    EXPECT_EQ(At(fields[1], "describedby"), "f-reflectie-uitleg");
    EXPECT_EQ(ReadViews(form, input).size(), 1U) << "an empty field is not shown for reading";
}

// type="month" may not carry a placeholder; the field says how to write a month instead (a
// browser without a month picker shows a plain text box).
TEST(RecordViews, AMonthFieldSaysHowToWriteTheMonth) {
    core::Form form;
    form.fields = {core::Typed(core::FieldType::kMonth, "maand", "Wanneer", "Kies de maand."),
                   core::Typed(core::FieldType::kMonth, "eind", "Tot", "")};
    const auto fields = FieldViews(form, {}, core::Validate(form, {}));
    EXPECT_EQ(At(fields[0], "help"),
              "Kies de maand. Schrijf de maand als jjjj-mm, bijvoorbeeld 2027-06.");
    EXPECT_EQ(At(fields[1], "help"), "Schrijf de maand als jjjj-mm, bijvoorbeeld 2027-06.");
    EXPECT_EQ(At(fields[1], "describedby"), "f-eind-uitleg");
}

TEST(RecordViews, AConflictShowsWhatIsStoredNextToTheUsersVersion) {
    const auto form = Sample();
    const auto changes = core::Changes(form, {{"titel", "Open dag"}},
                                       {{"titel", "Open dag Deltion"}, {"reflectie", "Druk."}});
    const View conflict = ConflictView("Iemand anders heeft dit opgeslagen.", changes);
    EXPECT_EQ(At(conflict, "message"), "Iemand anders heeft dit opgeslagen.");
    const auto& rows = conflict.Find("changes")->items();
    ASSERT_EQ(rows.size(), 2U);
    EXPECT_EQ(At(rows[0], "before"), "Open dag");
    EXPECT_EQ(At(rows[0], "after"), "Open dag Deltion");
    EXPECT_EQ(At(rows[1], "before"), "(leeg)") << "an empty side says so";
    EXPECT_EQ(At(rows[1], "after"), "Druk.");
}

}  // namespace
}  // namespace koers::web
