// Attachments in the redactie: a new item brings its first attachment with its first save, with
// the title readers see; a refused file leaves no item behind and a refused item no file, and
// the form keeps what was typed.
#include <gtest/gtest.h>

#include "modules/content/storage/content_repo.hpp"
#include "modules/content/web/content_parts.hpp"
#include "support/test_app.hpp"

namespace koers::web {
namespace {

using testing::Browser;
using testing::TestApp;

const std::string kPdf = "%PDF-1.7\n" + std::string(100, 'y');
constexpr const char* kSlug = "werkbladen-voor-de-mentorles";

using testing::Contains;

Pairs NewItem(const std::string& title) {
    return {{"kind", "nieuws"},
            {"title", title},
            {"summary", "Drie werkbladen om het loopbaangesprek voor te bereiden."},
            {"body", "De werkbladen staan hieronder."},
            {"status", "concept"},
            {"publish_at", ""},
            {"titel", "Werkblad loopbaangesprek"}};
}

class NewItemAttachments : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(editor.SignIn("redacteur@demo.koers.nl")); }
    TestApp app;
    Browser editor{app};
};

TEST_F(NewItemAttachments, TheFirstSaveBringsTheAttachmentWithItsTitle) {
    EXPECT_TRUE(Contains(editor.Get("/redactie/nieuw?type=nieuws").body,
                         "enctype=\"multipart/form-data\" novalidate>"));
    const auto res = editor.Upload("/redactie", "bestand", "werkblad_1.pdf", kPdf,
                                   NewItem("Werkbladen voor de mentorles"));
    ASSERT_EQ(res.status, 303);
    const auto item = ContentOf(app.services()).content.BySlug(kSlug);
    ASSERT_TRUE(item);
    EXPECT_EQ(res.Header("Location").value_or(""), "/redactie/" + std::to_string(item->id));
    const auto attachments = ContentOf(app.services()).content.Attachments(item->id);
    ASSERT_EQ(attachments.size(), 1u);
    EXPECT_EQ(attachments[0].title, "Werkblad loopbaangesprek");
    EXPECT_EQ(attachments[0].media_type, "application/pdf");
    EXPECT_TRUE(Contains(editor.Get("/redactie/" + std::to_string(item->id)).body,
                         ">Werkblad loopbaangesprek</a>"));
}

TEST_F(NewItemAttachments, ARefusedFileStoresNoItemAndARefusedItemNoFile) {
    const auto bad_file = editor.Upload("/redactie", "bestand", "werkblad.exe", "MZ not a pdf",
                                        NewItem("Werkbladen voor de mentorles"));
    EXPECT_EQ(bad_file.status, 415);
    EXPECT_TRUE(Contains(bad_file.body, "Dit soort bestand kan niet"));
    EXPECT_TRUE(Contains(bad_file.body, "Drie werkbladen om het loopbaangesprek")) << "input kept";
    EXPECT_FALSE(ContentOf(app.services()).content.BySlug(kSlug));

    const auto bad_item = editor.Upload("/redactie", "bestand", "werkblad.pdf", kPdf, NewItem("x"));
    EXPECT_EQ(bad_item.status, 400);
    EXPECT_TRUE(
        Contains(bad_item.body, "Het item is nog niet opgeslagen: kies het bestand opnieuw."));
    EXPECT_TRUE(Contains(bad_item.body, "value=\"Werkblad loopbaangesprek\""))
        << "its title is kept";

    auto long_title = NewItem("Werkbladen voor de mentorles");
    long_title.back().second = std::string(201, 'a');
    EXPECT_EQ(editor.Upload("/redactie", "bestand", "werkblad.pdf", kPdf, long_title).status, 400);
    EXPECT_FALSE(ContentOf(app.services()).content.BySlug(kSlug));

    // Without a file the first save is what it was.
    auto plain = NewItem("Werkbladen voor de mentorles");
    plain.pop_back();
    ASSERT_EQ(editor.Post("/redactie", plain).status, 303);
    const auto item = ContentOf(app.services()).content.BySlug(kSlug);
    ASSERT_TRUE(item);
    EXPECT_TRUE(ContentOf(app.services()).content.Attachments(item->id).empty());
}

}  // namespace
}  // namespace koers::web
